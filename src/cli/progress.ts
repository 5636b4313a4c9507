/**
 * Progress on stderr: in a terminal one live line redrawn in place (run state, elapsed time, fetch
 * counts) with milestones printed above it; otherwise plain lines, one per milestone and state change,
 * so CI logs stay readable. Reports never go here: stdout is for them alone.
 */

import { formatDuration } from "../core/duration.js";
import type { ProgressEvent } from "../gate.js";
import type { Logger } from "../logging.js";
import type { CliIo } from "./io.js";

export interface CliProgress {
  readonly onEvent: (event: ProgressEvent) => void;
  readonly logger: Logger;
  /** Clears the live line and stops the ticker. */
  done(): void;
}

const CLEAR_LINE = "\r\x1b[2K";
/** Plain mode prints fetch progress at most this often. */
const PLAIN_FETCH_EVERY_MS = 5_000;

/** Characters of findings and ARNs that must not move a terminal's cursor or change its colours. */
function inert(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}

export function createProgress(io: CliIo, options: { quiet: boolean; now?: () => number }): CliProgress {
  const now = options.now ?? (() => Date.now());
  const live = io.stderrIsTTY;
  let liveText = "";
  let liveShown = false;
  let liveStartedAt = 0;
  let liveElapsedAt = 0;
  let lastPlainFetch = 0;
  let ticker: ReturnType<typeof setInterval> | undefined;

  const write = (line: string) => {
    if (live && liveShown) io.stderr(CLEAR_LINE);
    io.stderr(`${inert(line)}\n`);
    if (live && liveShown) drawLive();
  };
  const drawLive = () => {
    const elapsed = liveElapsedAt + (now() - liveStartedAt);
    const width = 100;
    const text = `${liveText} · ${formatDuration(elapsed)}`;
    io.stderr(`${CLEAR_LINE}${inert(text.length > width ? `${text.slice(0, width - 1)}…` : text)}`);
    liveShown = true;
  };
  const setLive = (text: string, elapsedMs: number) => {
    liveText = text;
    liveElapsedAt = elapsedMs;
    liveStartedAt = now();
    drawLive();
    if (ticker === undefined) {
      ticker = setInterval(drawLive, 1000);
      ticker.unref?.();
    }
  };

  const onEvent = (event: ProgressEvent) => {
    if (options.quiet) return;
    switch (event.type) {
      case "state":
        if (live) setLive(`run '${event.runName}': ${event.state}`, event.elapsedMs);
        else write(event.message);
        return;
      case "fetch": {
        const text = event.message;
        if (live) {
          setLive(text, event.elapsedMs);
          return;
        }
        const finished = event.listingDone && event.described >= event.listed;
        if (finished || now() - lastPlainFetch >= PLAIN_FETCH_EVERY_MS) {
          lastPlainFetch = now();
          write(text);
        }
        return;
      }
      case "verdict":
        // The report (or the error line) says it; nothing to add here.
        return;
      default:
        write(event.message);
    }
  };

  const logger: Logger = {
    debug() {},
    info(message) {
      if (!options.quiet) write(message);
    },
    warn(message) {
      if (!options.quiet) write(`warning: ${message}`);
    },
    // Errors reach the user once, through the result (the door prints result.error).
    error() {},
  };

  return {
    onEvent,
    logger,
    done() {
      if (ticker !== undefined) clearInterval(ticker);
      ticker = undefined;
      if (live && liveShown) io.stderr(CLEAR_LINE);
      liveShown = false;
    },
  };
}
