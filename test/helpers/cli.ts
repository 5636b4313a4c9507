/** The CLI door run in process, with its output captured: `runCli(["check", ...], { cwd })`. */
import { main } from "../../src/cli/cli.js";
import type { CliIo } from "../../src/cli/io.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  argv: readonly string[],
  options: { cwd: string; env?: Record<string, string>; stdoutIsTTY?: boolean; stderrIsTTY?: boolean },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd,
    signal: new AbortController().signal,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
