/**
 * One verdict over many gates (docs/fleet.md). Counts are summed; each limit and rule is combined as the
 * policy says (`fleet: { limits: per-gate | total }`, recorded in every report): per-gate, the fleet
 * violates it when any gate did; total, the findings it counted in every gate are summed and compared with
 * its max once. Any gate that ended in an error makes the merged verdict an error: a fleet with a member
 * missing is never a pass. Pure: the reports are read elsewhere (read.ts).
 */
import { ConfigError, ExitCode } from "../errors.js";
import { emptySeverityCounts, type Finding, SEVERITIES, type SeverityCounts } from "../model.js";
import type {
  Evaluation,
  FleetLimits,
  RuleResult,
  SeverityLimitResult,
  SourceLocation,
  Violation,
} from "../policy/types.js";
import type { JsonReport, JsonViolation } from "../report/json.js";
import type { GateResult } from "../result.js";
import type { FleetInput } from "./read.js";
import type { FleetMember } from "./types.js";

type JsonCheck = JsonReport["severity"][number] | JsonReport["rules"][number];

function location(source: { file: string; line: number; column: number }): SourceLocation {
  return { file: source.file, line: source.line, column: source.column };
}

/** What a report says its gate looked at, in a few words. */
export function scopeWords(report: JsonReport): string {
  const source = report.source as (Record<string, unknown> & { kind: string }) | null;
  if (source === null) return "no source chosen";
  if (source.kind === "inspector-classic-run") {
    const run = source.run as { arn?: string } | null;
    const arn = run?.arn ?? (source.runArn as string | null) ?? (source.templateArn as string | null);
    return arn ?? "no run located";
  }
  if (source.kind === "file") {
    const files = (source.files as { path: string }[]).map((f) => f.path);
    return files.length > 3
      ? `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`
      : files.join(", ");
  }
  const lineage = report.fingerprints?.scope.lineage ?? [];
  if (lineage.length > 0)
    return lineage.length > 3
      ? `${lineage.slice(0, 3).join(", ")} and ${lineage.length - 3} more`
      : lineage.join(", ");
  return source.kind;
}

function memberOf({ file, report }: FleetInput): FleetMember {
  return {
    file,
    source: report.source?.kind ?? null,
    scope: scopeWords(report),
    verdict: report.verdict,
    exitCode: report.exitCode,
    findings: report.findings.total,
    ...(report.error ? { error: { code: report.error.code, message: report.error.message } } : {}),
  };
}

function sumInto(into: SeverityCounts, add: SeverityCounts | null | undefined): void {
  if (!add) return;
  for (const s of SEVERITIES) into[s] += add[s] ?? 0;
}

/** What a check counted against its max: its new findings when new-only, else all it counted. */
function counted(check: JsonCheck, all: number): number {
  return check.baseline?.mode === "new-only" ? check.baseline.new : all;
}

interface Combined<T> {
  first: T;
  mode: FleetLimits;
  count: number;
  counted: number;
  waived: number;
  max: number;
  anyViolated: boolean;
  baseline?: { mode: "new-only" | "all"; new: number; unchanged: number; absent: number };
}

function combine<T extends JsonCheck>(
  map: Map<string, Combined<T>>,
  key: string,
  check: T,
  all: number,
  waived: number,
) {
  const seen = map.get(key);
  const c: Combined<T> = seen ?? {
    first: check,
    mode: check.fleet,
    count: 0,
    counted: 0,
    waived: 0,
    max: check.max,
    anyViolated: false,
  };
  c.count += all;
  c.counted += counted(check, all);
  c.waived += waived;
  // The same policy gives the same max everywhere; should two differ, the strictest holds.
  c.max = Math.min(c.max, check.max);
  if (check.fleet === "total") c.mode = "total";
  c.anyViolated ||= check.violated;
  if (check.baseline) {
    const b = c.baseline ?? { mode: check.baseline.mode, new: 0, unchanged: 0, absent: 0 };
    b.new += check.baseline.new;
    b.unchanged += check.baseline.unchanged;
    b.absent += check.baseline.absent;
    c.baseline = b;
  }
  map.set(key, c);
}

function violatedOf(c: Combined<JsonCheck>): boolean {
  return c.mode === "total" ? c.counted > c.max : c.anyViolated;
}

function findingOf(v: JsonViolation): Finding {
  const label = v.asset.label !== "unknown asset" ? v.asset.label : undefined;
  return {
    arn: v.findingArn,
    severity: v.severity,
    ...(v.findingId !== null ? { id: v.findingId } : {}),
    ...(v.title !== null ? { title: v.title } : {}),
    ...(v.numericSeverity !== null ? { numericSeverity: v.numericSeverity } : {}),
    ...(v.rulesPackage !== null ? { rulesPackageName: v.rulesPackage } : {}),
    attributes: [],
    userAttributes: [],
    asset: {
      ...(v.asset.agentId !== null ? { agentId: v.asset.agentId } : {}),
      ...((v.asset.hostname ?? label) !== undefined ? { hostname: (v.asset.hostname ?? label)! } : {}),
      ...(v.asset.autoScalingGroup !== null ? { autoScalingGroup: v.asset.autoScalingGroup } : {}),
      ...(v.asset.amiId !== null ? { amiId: v.asset.amiId } : {}),
    },
  };
}

/** Refuses gates run under different policies: their limits and rules cannot be combined. */
function checkPolicies(inputs: readonly FleetInput[]): void {
  let first: FleetInput | undefined;
  for (const input of inputs) {
    if (input.report.policy.digest === null) continue;
    if (first === undefined) first = input;
    else if (first.report.policy.digest !== input.report.policy.digest) {
      throw new ConfigError(
        "MERGE_POLICY_MISMATCH",
        `'${input.file}' was decided under another policy than '${first.file}' (policy digest ${input.report.policy.digest.slice(0, 12)}… vs ${(first.report.policy.digest ?? "").slice(0, 12)}…): merge the reports of gates that ran one policy.`,
      );
    }
  }
}

export interface MergeOptions {
  /** When the merge started (ISO). */
  readonly startedAt: string;
  readonly totalMs?: number;
  /** How many gates the fleet has (`--expect`): another number of reports is an error, never a verdict. */
  readonly expected?: number;
}

/** The merged result of the fleet's reports, in the order given. */
export function mergeReports(inputs: readonly FleetInput[], options: MergeOptions): GateResult {
  checkPolicies(inputs);
  const members = inputs.map(memberOf);
  const counts = emptySeverityCounts();
  const after = emptySeverityCounts();
  const apiCalls: Record<string, number> = {};
  const warnings: string[] = [];
  const limits = new Map<string, Combined<JsonReport["severity"][number]>>();
  const rules = new Map<string, Combined<JsonReport["rules"][number]>>();
  const violations: Violation[] = [];
  const baselineNew = emptySeverityCounts();
  const baselineUnchanged = emptySeverityCounts();
  const baselineAbsent = emptySeverityCounts();
  let baselines = 0;
  let total = 0;
  let evaluated = 0;
  let truncated = false;
  const policyFiles = new Set<string>();
  for (const { file, report } of inputs) {
    total += report.findings.total;
    evaluated += report.findings.evaluated;
    sumInto(counts, report.counts);
    sumInto(after, report.countsAfterExceptions ?? report.counts);
    for (const [op, n] of Object.entries(report.apiCalls)) apiCalls[op] = (apiCalls[op] ?? 0) + n;
    for (const w of report.warnings) warnings.push(`${file}: ${w}`);
    for (const f of report.policy.files) policyFiles.add(f);
    for (const l of report.severity) combine(limits, l.severity, l, l.count, 0);
    for (const r of report.rules) combine(rules, r.id, r, r.matched, r.waived);
    for (const v of report.violations) {
      violations.push({
        ruleId: v.ruleId,
        level: v.level,
        finding: findingOf(v),
        ...(v.baselineState !== null ? { baselineState: v.baselineState } : {}),
      });
    }
    truncated ||= report.violationsTruncated;
    if (report.baseline) {
      baselines++;
      sumInto(baselineNew, report.baseline.new);
      sumInto(baselineUnchanged, report.baseline.unchanged);
      sumInto(baselineAbsent, report.baseline.absent);
    }
    if (
      report.verdict === "fail" &&
      !report.severity.some((l) => l.violated) &&
      !report.rules.some((r) => r.violated && r.level === "error")
    ) {
      // Failed on something other than a limit or rule (coverage, say): the fleet fails with it.
      warnings.push(`${file}: its gate failed${report.warnings[0] ? `: ${report.warnings[0]}` : ""}`);
    }
  }
  const severity: SeverityLimitResult[] = [...limits.values()].map((c) => ({
    severity: c.first.severity,
    count: c.count,
    max: c.max,
    violated: violatedOf(c),
    source: location(c.first.source),
    fleet: c.mode,
    ...(c.baseline ? { baseline: c.baseline } : {}),
  }));
  const ruleResults: RuleResult[] = [...rules.values()].map((c) => ({
    id: c.first.id,
    ...(c.first.description !== null ? { description: c.first.description } : {}),
    level: c.first.level,
    matched: c.count,
    waived: c.waived,
    max: c.max,
    violated: violatedOf(c),
    source: location(c.first.source),
    fleet: c.mode,
    ...(c.baseline ? { baseline: c.baseline } : {}),
  }));
  const failedElsewhere = inputs.some(
    ({ report }) =>
      report.verdict === "fail" &&
      !report.severity.some((l) => l.violated) &&
      !report.rules.some((r) => r.violated && r.level === "error"),
  );
  const failed =
    failedElsewhere ||
    severity.some((l) => l.violated) ||
    ruleResults.some((r) => r.violated && r.level === "error");
  const errored = members.filter((m) => m.verdict === "error");
  const evaluation: Evaluation = {
    verdict: failed ? "fail" : "pass",
    findings: { evaluated },
    counts: { raw: counts, afterExceptions: after },
    severity,
    rules: ruleResults,
    violations: keepViolated(violations, severity, ruleResults),
    violationsTruncated: truncated,
    exceptions: { applied: [], expired: [], unused: [], expiring: [] },
    ...(baselines > 0
      ? {
          baseline: {
            new: baselineNew,
            unchanged: baselineUnchanged,
            absent: baselineAbsent,
            unfingerprinted: inputs.reduce((n, { report }) => n + (report.baseline?.unfingerprinted ?? 0), 0),
            absentSamples: [],
          },
        }
      : {}),
  };
  if (baselines > 0 && baselines < inputs.length)
    warnings.push(
      `${baselines} of ${inputs.length} gates were compared with a baseline; the others count every finding.`,
    );
  const startedAt = inputs.map((i) => i.report.timings.startedAt).sort()[0] ?? options.startedAt;
  const common = {
    policyFiles: [...policyFiles],
    ...(inputs[0]?.report.policy.name ? { policyName: inputs[0].report.policy.name } : {}),
    source: null,
    findings: { total, evaluated },
    counts,
    apiCalls,
    timings: { startedAt, totalMs: options.totalMs ?? 0 },
    warnings,
    fleet: members,
    ...(baselines > 0
      ? {
          baseline: {
            file: `${baselines} baseline${baselines === 1 ? "" : "s"}`,
            source: null,
            takenAt: null,
            policyMatches: null,
          },
        }
      : {}),
  };
  // No trustworthy verdict: the evaluation is kept for the reports, the verdict is the error.
  const noVerdict = (code: string, why: string): GateResult => ({
    ...common,
    verdict: "error",
    exitCode: ExitCode.Error,
    evaluation,
    error: { code, message: `${why}, so the fleet has no trustworthy verdict` },
  });
  const expected = options.expected;
  if (expected !== undefined && expected < members.length) {
    return noVerdict(
      "FLEET_INCOMPLETE",
      `The fleet has ${expected} gates but ${members.length} reports were given: ` +
        `${members.length - expected} more than expected (a report of another run, or an old one?)`,
    );
  }
  if (expected !== undefined && expected > members.length) {
    const missing = expected - members.length;
    return noVerdict(
      "FLEET_INCOMPLETE",
      `The fleet has ${expected} gates but only ${members.length} report${members.length === 1 ? " was" : "s were"} ` +
        `given: ${missing} gate${missing === 1 ? " is" : "s are"} missing (a job that failed or did not upload its report)`,
    );
  }
  if (errored.length > 0) {
    const named = errored
      .slice(0, 5)
      .map((m) => `${m.file} (${m.error?.code ?? "ERROR"}: ${m.error?.message ?? "no verdict"})`)
      .join("; ");
    const more = errored.length > 5 ? `; and ${errored.length - 5} more` : "";
    return noVerdict(
      "FLEET_MEMBER_ERROR",
      `${errored.length} of ${members.length} gates ended in an error: ${named}${more}`,
    );
  }
  return {
    ...common,
    verdict: evaluation.verdict,
    exitCode: failed ? ExitCode.Fail : ExitCode.Pass,
    evaluation,
  };
}

/** The violations of the limits and rules the fleet violates (a total limit may hold where a gate's did not). */
function keepViolated(
  violations: readonly Violation[],
  severity: readonly SeverityLimitResult[],
  rules: readonly RuleResult[],
): Violation[] {
  const violated = new Set<string>([
    ...severity.filter((l) => l.violated).map((l) => `severity:${l.severity}`),
    ...rules.filter((r) => r.violated).map((r) => r.id),
  ]);
  return violations.filter((v) => violated.has(v.ruleId));
}
