/**
 * SARIF 2.1.0 (`--format sarif`, the Action's `sarif-file`), for GitHub code scanning and other SARIF
 * viewers. One result per violating finding, with ruleId = the policy rule (or `severity:<Severity>` for a
 * severity limit), level from the rule's level, located at the policy file line that set the rule or
 * limit (through ctx.displayPath) with the finding's asset as a logical location. Findings an exception
 * waived are results too, carrying an external, accepted suppression whose justification is the
 * exception's reason. `tool.driver.rules` describes every rule and limit of the policy.
 * Messages are plain text (plainText): SARIF viewers show them as text.
 */
import type { Log } from "sarif";
import { type GateResult } from "../result.js";
import type { Formatter, ReportContext } from "./types.js";
export declare const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** A relative or absolute path as a URI reference: forward slashes, each segment percent-encoded. */
export declare function pathToUri(path: string): string;
export declare function buildSarif(result: GateResult, ctx: ReportContext): Log;
export declare const formatSarif: Formatter;
