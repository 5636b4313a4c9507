/** What a CLI command may touch of the process: passed in, so commands can be run in-process by tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stdout is a terminal (the text report may then be coloured). */
  readonly stdoutIsTTY?: boolean;
  /** True when stderr is a terminal (progress may redraw one live line). */
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Aborted on SIGINT/SIGTERM. */
  readonly signal: AbortSignal;
}

export interface Command {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  /** Returns the exit code; never calls process.exit. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
