/** Views of a GateResult shared by the formatters. Pure: no I/O, no clock, no environment. */
import type { TargetBaseline } from "../baseline/types.js";
import { type Finding, type Severity } from "../model.js";
import type { Evaluation, FleetLimits, RuleLevel, SourceLocation, Violation } from "../policy/types.js";
import type { FindingsFileInfo, GateResult, RunInfo, SourceInfo } from "../result.js";
import type { ReportContext } from "./types.js";
export declare const TOOL_NAME = "inspector-gate";
/** Said where a violated check lists no finding: the verdict came from the run's counts alone. */
export declare const NOT_FETCHED: string;
/** NOT_FETCHED, with the door's own way to list the findings when it gave one (ctx.notFetchedHint). */
export declare function notFetched(ctx: ReportContext): string;
/** Severities worst first. */
export declare const SEVERITIES_DESC: readonly Severity[];
/**
 * The severities a human report lists, worst first: those the source can report, and any other that has
 * a count (a count is never hidden). A Classic run's report does not list Critical or Untriaged rows it
 * can never fill.
 */
export declare function shownSeverities(result: GateResult): readonly Severity[];
/** A severity limit or a rule, as every report lists them. */
export interface Check {
    /** The rule id, or "severity:<Severity>" for a severity limit (as Violation.ruleId). */
    readonly id: string;
    readonly kind: "severity" | "rule";
    /** The severity a limit is about. */
    readonly severity?: Severity;
    readonly description?: string;
    /** Severity limits are always error-level. */
    readonly level: RuleLevel;
    /** Findings counted against it after exceptions. */
    readonly matched: number;
    /** Findings an exception waived (rules only). */
    readonly waived?: number;
    readonly max: number;
    readonly violated: boolean;
    readonly source: SourceLocation;
    /** Its violating findings the evaluation kept, worst first. */
    readonly violations: readonly Violation[];
    /** Against a baseline: new, unchanged and gone here, and whether only new findings counted. */
    readonly baseline?: TargetBaseline;
    /** How its max applies across a fleet, when the policy says. */
    readonly fleet?: FleetLimits;
}
export declare function severityCheckId(severity: Severity): string;
/** Orders findings worst first: severity, then numeric severity, then id, title and ARN (deterministic). */
export declare function compareFindings(a: Finding, b: Finding): number;
export declare function compareText(a: string, b: string): number;
/** Every severity limit (worst severity first) then every rule (policy order), with its violations. */
export declare function checksOf(evaluation: Evaluation | undefined): Check[];
/** The worst severity among a check's violations (its own severity for a limit), -1 when none. */
export declare function worstRank(check: Check): number;
/** Ranks checks for attention: worst severity first, then by how far over the limit, then policy order. */
export declare function rankChecks(checks: readonly Check[]): Check[];
export declare function displayFile(ctx: ReportContext, file: string): string;
export declare function where(ctx: ReportContext, source: SourceLocation): string;
/**
 * Where annotations and SARIF point in the user's repository. A shipped preset's own lines are in no file
 * there, so what a preset brought in is anchored at the user's `extends` entry that names it.
 */
export declare function anchorOf(source: SourceLocation): SourceLocation;
/** Names the preset something came from, for a message shown at the user's `extends` entry; "" otherwise. */
export declare function presetNote(source: SourceLocation): string;
/** `where`, followed by the user's `extends` entry when it came from a preset. */
export declare function whereFrom(ctx: ReportContext, source: SourceLocation): string;
/** "250ms", "12.3s", "4m 05s", "2h 03m". */
export declare function formatDuration(ms: number): string;
/** Milliseconds between two ISO-8601 instants, undefined when either is missing or unreadable. */
export declare function spanMs(from: string | undefined, to: string | undefined): number | undefined;
/**
 * "JSON array of 3 Inspector Classic findings", "2 findings documents of 5 Inspector (v2) findings (1
 * suppressed, not counted)" (plain words; the caller escapes nothing here but counts).
 */
export declare function fileFormatWords(file: FindingsFileInfo, includeSuppressed?: boolean): string;
/** Where a result's findings came from when that is not a located Classic run, in a few plain words. */
export declare function sourceWords(source: SourceInfo | null): string;
/** What "the findings it holds" are called in a summary line. */
export declare function holderWords(source: SourceInfo | null): string;
export declare function runDurationMs(run: RunInfo): number | undefined;
export declare function totalApiCalls(result: GateResult): number;
/** "ListFindings 2, DescribeFindings 12" in a stable order (most calls first, then by name). */
export declare function apiCallsList(result: GateResult): string;
/** One line about a finding, untrusted parts made plain: `High CVE-2021-44228 Title on host-1` (or on its v2 resource). */
export declare function findingLine(finding: Finding, maxTitle?: number): string;
/** How many checks are violated, per level. */
export declare function violatedCounts(checks: readonly Check[]): {
    errors: number;
    warnings: number;
};
export declare function plural(n: number, one: string, many?: string): string;
/** The verdict in words, as every human report opens. */
export declare function verdictTitle(result: GateResult): string;
/** A one-sentence explanation of the verdict. */
export declare function verdictSummary(result: GateResult, checks: readonly Check[]): string;
/** Sums a per-severity record. */
export declare function sumCounts(counts: Readonly<Record<Severity, number>>): number;
