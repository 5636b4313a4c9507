/**
 * SARIF 2.1.0 (`--format sarif`, `--sarif FILE`), for GitHub code scanning and other SARIF viewers. One
 * result per violating finding, with ruleId = the policy rule (or `severity:<Severity>` for a severity
 * limit) — for an Inspector (v2) package vulnerability, its vulnerability id, whose descriptor carries
 * `security-severity` from the Inspector score, the policy rule being the result's `policyRule` — level from the rule's level, located at the policy file line that set the rule or limit (through
 * ctx.displayPath; what a shipped preset brought in, at the user's `extends` entry naming it) with the
 * finding's asset as a logical location. Artifact URIs are relative to the repository root (the working
 * directory, or the workspace in the Action); a policy outside it is located through a `uriBaseId` whose
 * base is its directory, so no artifact URI is ever absolute. Findings an exception
 * waived are results too, carrying an external, accepted suppression whose justification is the
 * exception's reason. `tool.driver.rules` describes every rule and limit of the policy.
 * Messages are plain text (plainText): SARIF viewers show them as text.
 */
import type { Log } from "sarif";
import { type GateResult } from "../result.js";
import type { Formatter, ReportContext } from "./types.js";
import { type Check } from "./views.js";
export declare const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** A relative or absolute path as a URI reference: forward slashes, each segment percent-encoded. */
export declare function pathToUri(path: string): string;
/** A rule's `name`: an identifier distinct from its id ("no-log4shell" -> "NoLog4shellRule"). */
export declare function ruleName(check: Pick<Check, "id" | "kind" | "severity">): string;
export declare function buildSarif(result: GateResult, ctx: ReportContext): Log;
export declare const formatSarif: Formatter;
