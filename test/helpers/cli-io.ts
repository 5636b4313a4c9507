/** A CliIo that records what a command writes, for running CLI commands in-process. */
import type { CliIo } from "../../src/cli/io.js";

export interface CapturedIo {
  readonly io: CliIo;
  /** Everything written to stdout so far. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
}

export function captureIo(
  options: { signal?: AbortSignal; env?: Record<string, string | undefined>; cwd?: string } = {},
): CapturedIo {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    stderrIsTTY: false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    signal: options.signal ?? new AbortController().signal,
  };
  return { io, out: () => out, err: () => err };
}
