/** A CliIo that records what a command writes, for running CLI commands in-process. */
import { main } from "../../src/cli/cli.js";
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

export interface Served {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs `inspector-gate emulator ARGS` in process until it has printed its banner, hands the endpoint
 * and the banner to `use`, then stops it (as Ctrl-C would) and returns its exit code and output.
 */
export async function serveEmulator(
  args: readonly string[],
  use: (endpoint: string, banner: string) => Promise<void>,
): Promise<Served> {
  const controller = new AbortController();
  const c = captureIo({ signal: controller.signal });
  const exit = main(["emulator", ...args], c.io);
  const deadline = Date.now() + 10_000;
  while (!/^control /m.test(c.out()) && Date.now() < deadline) {
    if (c.err() !== "") break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const endpoint = /^listening on (\S+)$/m.exec(c.out())?.[1];
  try {
    if (endpoint === undefined) throw new Error(`no endpoint; stderr: ${c.err()}`);
    await use(endpoint, c.out());
  } finally {
    controller.abort();
  }
  return { code: await exit, out: c.out(), err: c.err() };
}
