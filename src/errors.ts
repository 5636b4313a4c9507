/**
 * Coded errors. A user mistake (bad input, bad policy) is a ConfigError and exits 2; a failure of
 * Inspector, of the run or of the data (incomplete, inconsistent) is an InspectorError and exits 3.
 * Anything else is a bug and keeps its stack trace.
 */

export const ExitCode = {
  /** The policy holds. */
  Pass: 0,
  /** The policy is violated. */
  Fail: 1,
  /** Usage error, invalid input or invalid policy. */
  Usage: 2,
  /** Inspector, run or data error: the gate could not reach a trustworthy verdict. */
  Error: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export abstract class GateError extends Error {
  abstract readonly exitCode: ExitCode;
  /** A stable, machine-readable code such as "POLICY_INVALID" or "RUN_FAILED". */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The user's input (arguments, inputs, policy files) is wrong. Exit 2. */
export class ConfigError extends GateError {
  readonly exitCode = ExitCode.Usage;
  /** Individual problems, each already formatted (e.g. "policy.yml:3:5: unknown key 'sevrity'"). */
  readonly problems: readonly string[];

  constructor(
    code: string,
    message: string,
    problems: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.problems = problems;
  }
}

/** Inspector, the run or the data it gave cannot support a verdict. Exit 3. */
export class InspectorError extends GateError {
  readonly exitCode = ExitCode.Error;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Maps any thrown value to the exit code it deserves; unknown errors are bugs and exit 3 (never pass). */
export function exitCodeOf(error: unknown): ExitCode {
  return error instanceof GateError ? error.exitCode : ExitCode.Error;
}
