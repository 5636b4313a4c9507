/** The contract of every report: a pure function from the gate's result to text. */
import type { GateResult } from "../result.js";
export type Format = "text" | "json" | "markdown" | "sarif" | "junit";
export interface ReportContext {
    /** The tool's version, for SARIF's driver and report headers. */
    readonly toolVersion: string;
    /**
     * Maps a policy file as loaded to the path a report should show (e.g. relative to the workspace for
     * annotations and SARIF). Identity when absent.
     */
    readonly displayPath?: (file: string) => string;
    /** Upper bound on the output size in bytes, where the format supports truncation (markdown). */
    readonly maxBytes?: number;
    /** Use ANSI colour (text format only). */
    readonly color?: boolean;
}
export type Formatter = (result: GateResult, ctx: ReportContext) => string;
