/** Views of a GateResult shared by the formatters. Pure: no I/O, no clock, no environment. */
import type { TargetBaseline } from "../baseline/types.js";
import { type Finding, SEVERITIES, SEVERITY_RANK, type Severity, subjectLabel } from "../model.js";
import type { Evaluation, FleetLimits, RuleLevel, SourceLocation, Violation } from "../policy/types.js";
import type { FindingsFileFormat, FindingsFileInfo, GateResult, RunInfo, SourceInfo } from "../result.js";
import { plainText } from "./escape.js";
import type { ReportContext } from "./types.js";

export const TOOL_NAME = "inspector-gate";

/** Said where a violated check lists no finding: the verdict came from the run's counts alone. */
export const NOT_FETCHED =
  "Findings not fetched: a severity-only policy is decided from the run's finding counts. " +
  "List them with `aws inspector list-findings` filtered on the run and severity.";

/** NOT_FETCHED, with the door's own way to list the findings when it gave one (ctx.notFetchedHint). */
export function notFetched(ctx: ReportContext): string {
  if (ctx.notFetchedHint === undefined) return NOT_FETCHED;
  return `Findings not fetched: a severity-only policy is decided from the run's finding counts. ${plainText(ctx.notFetchedHint, 500)}`;
}

/** Severities worst first. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

/**
 * The severities a human report lists, worst first: those the source can report, and any other that has
 * a count (a count is never hidden). A Classic run's report does not list Critical or Untriaged rows it
 * can never fill.
 */
export function shownSeverities(result: GateResult): readonly Severity[] {
  const possible: ReadonlySet<Severity> = new Set(result.source?.severities ?? SEVERITIES);
  const counts = result.evaluation?.counts;
  const tables = [result.counts, counts?.afterExceptions, ...Object.values(counts?.byRulesPackage ?? {})];
  const counted = (s: Severity) => tables.some((t) => (t?.[s] ?? 0) > 0);
  return SEVERITIES_DESC.filter((s) => possible.has(s) || counted(s));
}

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

export function severityCheckId(severity: Severity): string {
  return `severity:${severity}`;
}

/** Orders findings worst first: severity, then numeric severity, then id, title and ARN (deterministic). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (b.numericSeverity ?? -1) - (a.numericSeverity ?? -1) ||
    compareText(a.id ?? "", b.id ?? "") ||
    compareText(a.title ?? "", b.title ?? "") ||
    compareText(a.arn, b.arn)
  );
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every severity limit (worst severity first) then every rule (policy order), with its violations. */
export function checksOf(evaluation: Evaluation | undefined): Check[] {
  if (!evaluation) return [];
  const byCheck = new Map<string, Violation[]>();
  for (const violation of evaluation.violations) {
    const list = byCheck.get(violation.ruleId);
    if (list) list.push(violation);
    else byCheck.set(violation.ruleId, [violation]);
  }
  for (const list of byCheck.values()) list.sort((a, b) => compareFindings(a.finding, b.finding));
  const limits = [...evaluation.severity].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
  const checks: Check[] = limits.map((limit) => {
    const id = severityCheckId(limit.severity);
    return {
      id,
      kind: "severity",
      severity: limit.severity,
      description: `At most ${limit.max} ${limit.severity} finding${limit.max === 1 ? "" : "s"}`,
      level: "error",
      matched: limit.count,
      max: limit.max,
      violated: limit.violated,
      source: limit.source,
      violations: byCheck.get(id) ?? [],
      ...(limit.baseline ? { baseline: limit.baseline } : {}),
      ...(limit.fleet ? { fleet: limit.fleet } : {}),
    };
  });
  for (const rule of evaluation.rules) {
    checks.push({
      id: rule.id,
      kind: "rule",
      ...(rule.description !== undefined ? { description: rule.description } : {}),
      level: rule.level,
      matched: rule.matched,
      waived: rule.waived,
      max: rule.max,
      violated: rule.violated,
      source: rule.source,
      violations: byCheck.get(rule.id) ?? [],
      ...(rule.baseline ? { baseline: rule.baseline } : {}),
      ...(rule.fleet ? { fleet: rule.fleet } : {}),
    });
  }
  return checks;
}

/** The worst severity among a check's violations (its own severity for a limit), -1 when none. */
export function worstRank(check: Check): number {
  if (check.severity !== undefined) return SEVERITY_RANK[check.severity];
  const first = check.violations[0];
  return first ? SEVERITY_RANK[first.finding.severity] : -1;
}

/** Ranks checks for attention: worst severity first, then by how far over the limit, then policy order. */
export function rankChecks(checks: readonly Check[]): Check[] {
  return checks
    .map((check, index) => ({ check, index }))
    .sort(
      (a, b) =>
        worstRank(b.check) - worstRank(a.check) ||
        b.check.matched - b.check.max - (a.check.matched - a.check.max) ||
        a.index - b.index,
    )
    .map(({ check }) => check);
}

export function displayFile(ctx: ReportContext, file: string): string {
  return ctx.displayPath ? ctx.displayPath(file) : file;
}

export function where(ctx: ReportContext, source: SourceLocation): string {
  return `${displayFile(ctx, source.file)}:${source.line}`;
}

/**
 * Where annotations and SARIF point in the user's repository. A shipped preset's own lines are in no file
 * there, so what a preset brought in is anchored at the user's `extends` entry that names it.
 */
export function anchorOf(source: SourceLocation): SourceLocation {
  const via = source.via;
  return via ? { file: via.file, line: via.line, column: via.column } : source;
}

/** Names the preset something came from, for a message shown at the user's `extends` entry; "" otherwise. */
export function presetNote(source: SourceLocation): string {
  const via = source.via;
  if (!via) return "";
  const through = via.preset === source.file ? "" : ` (through ${plainText(via.preset, 100)})`;
  return `From the preset ${plainText(source.file, 100)}${through}, line ${source.line}, which this extends entry brings in.`;
}

/** `where`, followed by the user's `extends` entry when it came from a preset. */
export function whereFrom(ctx: ReportContext, source: SourceLocation): string {
  const via = source.via;
  if (!via) return where(ctx, source);
  return `${where(ctx, source)} (extended at ${displayFile(ctx, via.file)}:${via.line})`;
}

/** "250ms", "12.3s", "4m 05s", "2h 03m". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "unknown";
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) {
    const s = Math.round(ms / 100) / 10;
    return `${s}s`;
  }
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  return `${m}m ${String(s).padStart(2, "0")}s`;
}

/** Milliseconds between two ISO-8601 instants, undefined when either is missing or unreadable. */
export function spanMs(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined) return undefined;
  const a = Date.parse(from);
  const b = Date.parse(to);
  return Number.isFinite(a) && Number.isFinite(b) && b >= a ? b - a : undefined;
}

const LAYOUTS: Readonly<Record<FindingsFileFormat["layout"], string>> = {
  document: "findings document",
  array: "JSON array",
  "json-lines": "JSON Lines",
  finding: "single finding",
};
const SERVICES: Readonly<Record<NonNullable<FindingsFileFormat["service"]>, string>> = {
  "inspector-classic": "Inspector Classic",
  inspector2: "Inspector (v2)",
};

/**
 * "JSON array of 3 Inspector Classic findings", "2 findings documents of 5 Inspector (v2) findings (1
 * suppressed, not counted)" (plain words; the caller escapes nothing here but counts).
 */
export function fileFormatWords(file: FindingsFileInfo, includeSuppressed = false): string {
  if (file.format === null) return "not read";
  const { layout, service, documents } = file.format;
  const what = documents !== undefined ? `${documents} ${LAYOUTS[layout]}s` : LAYOUTS[layout];
  const kind = service === null ? "finding" : `${SERVICES[service]} finding`;
  const set: string[] = [];
  if (file.suppressed !== undefined) {
    set.push(`${file.suppressed} suppressed${includeSuppressed ? ", counted" : ", not counted"}`);
  }
  if (file.closed !== undefined) set.push(`${file.closed} closed, not counted`);
  return `${what} of ${plural(file.findings, kind)}${set.length > 0 ? ` (${set.join("; ")})` : ""}`;
}

/** Where a result's findings came from when that is not a located Classic run, in a few plain words. */
export function sourceWords(source: SourceInfo | null): string {
  if (source === null) return "none: the gate stopped before choosing one";
  switch (source.kind) {
    case "inspector-classic-run":
      return source.run === null ? "Inspector Classic: no run located" : "Inspector Classic run";
    case "file":
      return source.files.length === 1 ? "findings file" : "findings files";
    case "inspector2":
      return "Inspector (v2)";
    default:
      return "Inspector";
  }
}

/** What "the findings it holds" are called in a summary line. */
export function holderWords(source: SourceInfo | null): string {
  if (source?.kind === "inspector-classic-run") return "the run";
  if (source?.kind === "file") return source.files.length === 1 ? "the file" : "the files";
  if (source?.kind === "inspector2") return "the scope";
  return "the source";
}

export function runDurationMs(run: RunInfo): number | undefined {
  return spanMs(run.startedAt, run.completedAt);
}

export function totalApiCalls(result: GateResult): number {
  return Object.values(result.apiCalls).reduce((sum, n) => sum + n, 0);
}

/** "ListFindings 2, DescribeFindings 12" in a stable order (most calls first, then by name). */
export function apiCallsList(result: GateResult): string {
  return Object.entries(result.apiCalls)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || compareText(a, b))
    .map(([op, n]) => `${op} ${n}`)
    .join(", ");
}

/** One line about a finding, untrusted parts made plain: `High CVE-2021-44228 Title on host-1` (or on its v2 resource). */
export function findingLine(finding: Finding, maxTitle = 120): string {
  const id = finding.id ? `${plainText(finding.id, 60)} ` : "";
  const title = finding.title ? plainText(finding.title, maxTitle) : "(no title)";
  return `${finding.severity} ${id}${title} on ${plainText(subjectLabel(finding), 120)}`;
}

/** How many checks are violated, per level. */
export function violatedCounts(checks: readonly Check[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const check of checks) {
    if (!check.violated) continue;
    if (check.level === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The verdict in words, as every human report opens. */
export function verdictTitle(result: GateResult): string {
  switch (result.verdict) {
    case "pass":
      return "Passed";
    case "fail":
      return result.warnOnly ? "Policy violated (warn-only: not failing)" : "Policy violated";
    default:
      return "Error: no verdict";
  }
}

/** A one-sentence explanation of the verdict. */
export function verdictSummary(result: GateResult, checks: readonly Check[]): string {
  const { errors, warnings } = violatedCounts(checks);
  const findings = result.evaluation?.findings.evaluated ?? result.findings.evaluated;
  const total = checks.length;
  switch (result.verdict) {
    case "pass": {
      const warn = warnings > 0 ? `; ${plural(warnings, "warning-level rule")} violated` : "";
      return `${plural(total, "check")} held over ${plural(findings, "finding")}${warn}.`;
    }
    case "fail": {
      if (errors === 0) {
        const why = result.warnings[0] !== undefined ? `: ${plainText(result.warnings[0], 300)}` : "";
        return `The policy failed${why}.`;
      }
      const warn = warnings > 0 ? `; ${plural(warnings, "warning-level rule")} violated` : "";
      return `${errors} of ${plural(total, "check")} failed${warn}.`;
    }
    default:
      return "The gate could not reach a trustworthy verdict.";
  }
}

/** Sums a per-severity record. */
export function sumCounts(counts: Readonly<Record<Severity, number>>): number {
  return SEVERITIES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
}
