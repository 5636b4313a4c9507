/** How `check` shows progress on stderr: a live line in a terminal, plain lines in CI logs. */
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { createProgress } from "../../src/cli/progress.js";
import type { ProgressEvent } from "../../src/gate.js";

function io(tty: boolean): { io: CliIo; err: () => string } {
  let err = "";
  return {
    io: {
      stdout: () => {
        throw new Error("progress must never write to stdout");
      },
      stderr: (t) => {
        err += t;
      },
      stderrIsTTY: tty,
      env: {},
      cwd: "/",
      signal: new AbortController().signal,
    },
    err: () => err,
  };
}

const state = (s: string, elapsedMs: number): ProgressEvent => ({
  type: "state",
  runArn: "arn:run",
  runName: "ci",
  state: s,
  elapsedMs,
  message: `run 'ci': ${s} (${elapsedMs / 1000}s)`,
});
const fetch = (described: number, listed: number, done: boolean): ProgressEvent => ({
  type: "fetch",
  listed,
  described,
  total: 20,
  listingDone: done,
  elapsedMs: 1000,
  message: `findings: ${described} described, ${listed} listed of 20`,
});

describe("progress", () => {
  it("prints plain lines when stderr is not a terminal, fetch progress only when done (or every few s)", () => {
    const t = io(false);
    let now = 0;
    const p = createProgress(t.io, { quiet: false, now: () => now });
    p.onEvent({
      type: "run",
      action: "started",
      runArn: "arn:run",
      runName: "ci",
      elapsedMs: 5,
      message: "started assessment run 'ci' (arn:run)",
    });
    p.onEvent(state("COLLECTING_DATA", 2000));
    now = 1000;
    p.onEvent(fetch(10, 20, false));
    p.onEvent(fetch(20, 20, true));
    p.logger.warn("2 of 5 agents were unhealthy");
    p.done();
    expect(t.err()).toBe(
      [
        "started assessment run 'ci' (arn:run)",
        "run 'ci': COLLECTING_DATA (2s)",
        "findings: 20 described, 20 listed of 20",
        "warning: 2 of 5 agents were unhealthy",
        "",
      ].join("\n"),
    );
  });

  it("redraws one live line in a terminal and clears it at the end", () => {
    const t = io(true);
    const p = createProgress(t.io, { quiet: false, now: () => 0 });
    p.onEvent(state("COLLECTING_DATA", 65_000));
    p.onEvent({
      type: "stop",
      runArn: "arn:run",
      reason: "timeout",
      elapsedMs: 70_000,
      message: "stopping assessment run 'ci'",
    });
    p.done();
    const out = t.err();
    expect(out).toContain("\r\x1b[2Krun 'ci': COLLECTING_DATA · 1m 5s");
    expect(out).toContain("stopping assessment run 'ci'\n");
    expect(out.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("says nothing when quiet, and never lets scanner text drive the terminal", () => {
    const q = io(false);
    const quiet = createProgress(q.io, { quiet: true });
    quiet.onEvent(state("COLLECTING_DATA", 1));
    quiet.logger.warn("x");
    quiet.done();
    expect(q.err()).toBe("");

    const t = io(false);
    const p = createProgress(t.io, { quiet: false });
    p.logger.warn("agent \x1b]8;;http://evil\x07click\x1b[2J");
    p.done();
    expect(t.err()).not.toMatch(/\x1b|\x07/);
  });
});
