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
    /**
     * Violating findings listed per rule or severity limit in the human reports (text: 5, markdown: 10,
     * annotations: 3). The JSON, SARIF and JUnit reports list every violation the evaluation kept.
     */
    readonly maxFindingsPerCheck?: number;
    /**
     * Where the complete JSON report can be found, quoted by the markdown truncation note, e.g.
     * "the JSON report `inspector-gate.json`". Plain text; it is escaped.
     */
    readonly fullReportHint?: string;
    /**
     * How to list the findings of a limit decided from the run's counts alone, when the default suggestion
     * (the AWS CLI on the run) cannot work, e.g. after the demo's emulator has stopped. Plain text.
     */
    readonly notFetchedHint?: string;
}
export type Formatter = (result: GateResult, ctx: ReportContext) => string;
