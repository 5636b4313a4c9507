/**
 * Coded errors. A user mistake (bad input, bad policy) is a ConfigError and exits 2; a failure of
 * Inspector, of the run or of the data (incomplete, inconsistent) is an InspectorError and exits 3.
 * Anything else is a bug and keeps its stack trace.
 */
export declare const ExitCode: {
    /** The policy holds. */
    readonly Pass: 0;
    /** The policy is violated. */
    readonly Fail: 1;
    /** Usage error, invalid input or invalid policy. */
    readonly Usage: 2;
    /** Inspector, run or data error: the gate could not reach a trustworthy verdict. */
    readonly Error: 3;
};
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
export declare abstract class GateError extends Error {
    abstract readonly exitCode: ExitCode;
    /** A stable, machine-readable code such as "POLICY_INVALID" or "RUN_FAILED". */
    readonly code: string;
    constructor(code: string, message: string, options?: {
        cause?: unknown;
    });
}
/** The user's input (arguments, inputs, policy files) is wrong. Exit 2. */
export declare class ConfigError extends GateError {
    readonly exitCode: 2;
    /** Individual problems, each already formatted (e.g. "policy.yml:3:5: unknown key 'sevrity'"). */
    readonly problems: readonly string[];
    constructor(code: string, message: string, problems?: readonly string[], options?: {
        cause?: unknown;
    });
}
/** Inspector, the run or the data it gave cannot support a verdict. Exit 3. */
export declare class InspectorError extends GateError {
    readonly exitCode: 3;
}
export declare function errorMessage(error: unknown): string;
/** Maps any thrown value to the exit code it deserves; unknown errors are bugs and exit 3 (never pass). */
export declare function exitCodeOf(error: unknown): ExitCode;
