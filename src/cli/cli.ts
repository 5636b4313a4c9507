/** The CLI door: picks a command, runs it, maps any error to an exit code. */
import { ConfigError, ExitCode, errorMessage, GateError } from "../errors.js";
import { VERSION } from "../version.js";
import type { CliIo, Command } from "./io.js";

type Loader = () => Promise<Command>;

const COMMANDS: Readonly<Record<string, { summary: string; load: Loader }>> = {
  check: {
    summary: "run the gate: resolve a run, wait for it, fetch findings, evaluate policies",
    load: async () => (await import("./commands/check.js")).command,
  },
  validate: {
    summary: "validate policy files (exit 0 valid, 2 with file:line:col problems)",
    load: async () => (await import("./commands/validate.js")).command,
  },
  demo: {
    summary: "run the whole gate against the embedded Inspector emulator",
    load: async () => (await import("./commands/demo.js")).command,
  },
  emulator: {
    summary: "serve the local Amazon Inspector emulators (Classic and v2)",
    load: async () => (await import("./commands/emulator.js")).command,
  },
  export: {
    summary: "write a completed Classic run's findings as JSON Lines, for check --findings",
    load: async () => (await import("./commands/export.js")).command,
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: inspector-gate <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run 'inspector-gate <command> --help' for a command's options.",
    "",
    "Exit codes: 0 pass, 1 policy violated, 2 usage or policy error, 3 Inspector or run error.",
    "",
  ].join("\n");
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? ExitCode.Usage : ExitCode.Pass;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`${VERSION}\n`);
    return ExitCode.Pass;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (entry === undefined) {
    io.stderr(
      `inspector-gate: unknown command '${name}': expected one of ${Object.keys(COMMANDS).join(", ")}.\n`,
    );
    io.stderr("Run 'inspector-gate --help' for usage.\n");
    return ExitCode.Usage;
  }
  try {
    const command = await entry.load();
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** User mistakes and Inspector failures get one clean message; anything else is a bug and shows its stack. */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof GateError) {
    io.stderr(`inspector-gate: ${error.message}\n`);
    if (error instanceof ConfigError) {
      for (const problem of error.problems) io.stderr(`${problem}\n`);
    }
    return error.exitCode;
  }
  const stack = error instanceof Error && error.stack ? error.stack : errorMessage(error);
  io.stderr(`inspector-gate: internal error (a bug; please report it):\n${stack}\n`);
  return ExitCode.Error;
}
