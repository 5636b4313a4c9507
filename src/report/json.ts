/**
 * The stable machine report (`--format json`, the Action's `report-file`). Its JSON Schema is
 * `report.schema.json` beside this file and must agree with `JsonReport` below; schemaVersion changes only
 * when a field is removed or changes meaning (new fields may be added within a version).
 * Values are carried as the gate saw them (JSON escaping makes them safe to parse); consumers that render
 * them must escape them for their medium.
 */
import {
  assetLabel,
  emptySeverityCounts,
  type Finding,
  SEVERITIES,
  type Severity,
  type SeverityCounts,
} from "../model.js";
import type { ExceptionStatus, RuleLevel, SourceLocation, Violation } from "../policy/types.js";
import {
  type FindingsFileFormat,
  type GateResult,
  isInspector2Coverage,
  type RunInfo,
  type SourceInfo,
  type Verdict,
} from "../result.js";
import { toJsonText } from "./escape.js";
import { findingFacts } from "./facts.js";
import {
  type JsonBaselineComparison,
  type JsonCheckBaseline,
  type JsonFingerprints,
  jsonCheckBaseline,
  jsonComparison,
  jsonFingerprints,
  jsonViolationBaseline,
} from "./json-baseline.js";
import {
  type JsonInspector2Coverage,
  type JsonInspector2Source,
  jsonInspector2Coverage,
  jsonInspector2Source,
} from "./json-inspector2.js";
import type { Formatter, ReportContext } from "./types.js";
import { compareFindings, compareText, displayFile, TOOL_NAME, totalApiCalls } from "./views.js";

/**
 * 2: `source` (which service, which run or files) replaced `run`; severities gained Critical and
 * Untriaged (every count object has seven keys).
 */
export const REPORT_SCHEMA_VERSION = 2;

export interface JsonSource {
  /** The policy file as shown by the report (ctx.displayPath applied). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface JsonRun {
  readonly arn: string;
  readonly name: string;
  readonly templateArn: string;
  readonly state: string;
  readonly createdAt: string | null;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  readonly durationInSeconds: number | null;
  readonly startedByGate: boolean;
  readonly stateChanges: readonly { readonly state: string; readonly at: string }[];
  readonly findingCounts: SeverityCounts | null;
  readonly rulesPackageArns: readonly string[];
}

/** Where the findings came from (`source` in the report; null only when a door failed before choosing). */
export type JsonFindingSource =
  | {
      readonly kind: "inspector-classic-run";
      readonly severities: readonly Severity[];
      readonly selection: "run" | "template" | "latest";
      readonly runArn: string | null;
      readonly templateArn: string | null;
      readonly runName: string | null;
      readonly run: JsonRun | null;
    }
  | {
      readonly kind: "file";
      readonly severities: readonly Severity[];
      readonly files: readonly {
        readonly path: string;
        readonly layout: FindingsFileFormat["layout"] | null;
        readonly service: FindingsFileFormat["service"] | null;
        readonly findings: number;
        readonly documents?: number;
        readonly suppressed?: number;
        readonly closed?: number;
      }[];
      readonly includeSuppressed?: boolean;
    }
  | JsonInspector2Source;

export interface JsonViolation {
  readonly ruleId: string;
  readonly level: RuleLevel;
  readonly findingArn: string;
  readonly severity: Severity;
  readonly title: string | null;
  readonly findingId: string | null;
  readonly numericSeverity: number | null;
  readonly rulesPackage: string | null;
  readonly asset: JsonAsset;
  /** The Inspector (v2) facts; null for an Inspector Classic finding. */
  readonly v2: JsonV2Facts | null;
  readonly fingerprint: string | null;
  readonly baselineState: "new" | "unchanged" | null;
}

export interface JsonV2Facts {
  readonly resource: string | null;
  readonly packages: readonly { readonly installed: string; readonly fixedIn: string | null }[];
  readonly morePackages: number;
  readonly inspectorScore: number | null;
  readonly epss: number | null;
  readonly exploitAvailable: boolean | null;
  readonly kev: boolean | null;
  readonly link: string | null;
}

export interface JsonNotApplicable {
  readonly kind: "rule" | "exception";
  readonly id: string;
  readonly level: RuleLevel;
  readonly findings: number;
  readonly reasons: readonly { readonly reason: string; readonly findings: number }[];
  readonly source: JsonSource;
}

export interface JsonAsset {
  readonly label: string;
  readonly agentId: string | null;
  readonly hostname: string | null;
  readonly autoScalingGroup: string | null;
  readonly amiId: string | null;
}

export interface JsonExceptionDetail {
  readonly id: string;
  readonly reason: string;
  readonly expires: string;
  readonly daysLeft: number;
  readonly owner: string | null;
  readonly ticket: string | null;
  /** Findings it waived. */
  readonly waived: number;
  readonly expired: boolean;
  readonly expiring: boolean;
  /** Valid but matched nothing. */
  readonly unused: boolean;
  readonly source: JsonSource;
}

export interface JsonReport {
  readonly schemaVersion: 2;
  readonly tool: { readonly name: string; readonly version: string };
  readonly verdict: Verdict;
  readonly exitCode: number;
  readonly warnOnly: boolean;
  readonly policy: {
    readonly name: string | null;
    readonly files: readonly string[];
    readonly digest: string | null;
  };
  readonly source: JsonFindingSource | null;
  readonly findings: { readonly total: number; readonly evaluated: number };
  /** Raw counts per severity, before exceptions. */
  readonly counts: SeverityCounts;
  readonly countsAfterExceptions: SeverityCounts | null;
  readonly countsByRulesPackage: Readonly<Record<string, SeverityCounts>> | null;
  readonly severity: readonly ({
    readonly severity: Severity;
    readonly count: number;
    readonly max: number;
    readonly violated: boolean;
    readonly source: JsonSource;
  } & JsonCheckBaseline)[];
  readonly rules: readonly ({
    readonly id: string;
    readonly description: string | null;
    readonly level: RuleLevel;
    readonly matched: number;
    readonly waived: number;
    readonly max: number;
    readonly violated: boolean;
    readonly source: JsonSource;
  } & JsonCheckBaseline)[];
  readonly violations: readonly JsonViolation[];
  /** Rules and exceptions some findings could not be decided for (absent from older reports). */
  readonly notApplicable?: readonly JsonNotApplicable[];
  /** True when some rule or limit had more violating findings than the evaluation kept. */
  readonly violationsTruncated: boolean;
  readonly exceptions: {
    /** One entry per waived finding the evaluation kept. */
    readonly applied: readonly { readonly id: string; readonly findingArn: string }[];
    readonly expired: readonly string[];
    readonly unused: readonly string[];
    readonly expiring: readonly string[];
    readonly details: readonly JsonExceptionDetail[];
  };
  readonly coverage: JsonClassicCoverage | JsonInspector2Coverage | null;
  readonly apiCalls: Readonly<Record<string, number>>;
  readonly apiCallsTotal: number;
  readonly timings: {
    readonly startedAt: string;
    readonly totalMs: number;
    readonly waitMs: number | null;
    readonly fetchMs: number | null;
    readonly evaluateMs: number | null;
  };
  readonly warnings: readonly string[];
  readonly error: { readonly code: string; readonly message: string } | null;
  /** Every evaluated finding's fingerprint: what lets this report serve as a baseline. */
  readonly fingerprints: JsonFingerprints | null;
  /** The comparison with a baseline (check --baseline). */
  readonly baseline: JsonBaselineComparison | null;
  /** The gates a merged verdict was made of (inspector-gate merge); null for one gate. */
  readonly fleet?: readonly JsonFleetMember[] | null;
}

export interface JsonFleetMember {
  readonly file: string;
  readonly source: string | null;
  readonly scope: string;
  readonly verdict: Verdict;
  readonly exitCode: number;
  readonly findings: number;
  readonly error: { readonly code: string; readonly message: string } | null;
}

/** An Inspector Classic run's coverage: its agents and telemetry. */
export interface JsonClassicCoverage {
  readonly agents: number;
  readonly healthy: number;
  readonly unhealthy: number;
  readonly reporting: number;
  readonly telemetryMessages: Readonly<Record<string, number>>;
  readonly minAgents: number;
  readonly unhealthyAgentsPolicy: "fail" | "warn" | "ignore";
  readonly unhealthyAgents: readonly { readonly agentId: string; readonly healthCode: string | null }[];
}

function source(ctx: ReportContext, location: SourceLocation): JsonSource {
  return { file: displayFile(ctx, location.file), line: location.line, column: location.column };
}

function counts(value: SeverityCounts): SeverityCounts {
  const out = emptySeverityCounts();
  for (const s of SEVERITIES) out[s] = value[s] ?? 0;
  return out;
}

function jsonRun(run: RunInfo): JsonRun {
  return {
    arn: run.arn,
    name: run.name,
    templateArn: run.templateArn,
    state: run.state,
    createdAt: run.createdAt ?? null,
    startedAt: run.startedAt ?? null,
    completedAt: run.completedAt ?? null,
    durationInSeconds: run.durationInSeconds ?? null,
    startedByGate: run.startedByGate,
    stateChanges: run.stateChanges.map((c) => ({ state: c.state, at: c.at })),
    findingCounts: run.findingCounts ? counts(run.findingCounts) : null,
    rulesPackageArns: [...(run.rulesPackageArns ?? [])],
  };
}

function jsonFacts(finding: Finding): JsonV2Facts | null {
  const facts = findingFacts(finding);
  if (facts === undefined) return null;
  return {
    resource: facts.resource ?? null,
    packages: facts.packages.map((p) => ({ installed: p.installed, fixedIn: p.fixedIn ?? null })),
    morePackages: facts.morePackages,
    inspectorScore: facts.inspectorScore ?? null,
    epss: facts.epss ?? null,
    exploitAvailable: facts.exploitAvailable ?? null,
    kev: facts.kev ?? null,
    link: facts.link ?? null,
  };
}

function jsonSource(source: SourceInfo | null, ctx: ReportContext): JsonFindingSource | null {
  if (source === null) return null;
  switch (source.kind) {
    case "inspector-classic-run":
      return {
        kind: source.kind,
        severities: [...source.severities],
        selection: source.selection,
        runArn: source.runArn ?? null,
        templateArn: source.templateArn ?? null,
        runName: source.runName ?? null,
        run: source.run ? jsonRun(source.run) : null,
      };
    case "file":
      return {
        kind: source.kind,
        severities: [...source.severities],
        files: source.files.map((f) => ({
          path: displayFile(ctx, f.path),
          layout: f.format?.layout ?? null,
          service: f.format?.service ?? null,
          findings: f.findings,
          ...(f.format?.documents !== undefined ? { documents: f.format.documents } : {}),
          ...(f.suppressed !== undefined ? { suppressed: f.suppressed } : {}),
          ...(f.closed !== undefined ? { closed: f.closed } : {}),
        })),
        ...(source.includeSuppressed === true ? { includeSuppressed: true } : {}),
      };
    case "inspector2":
      return jsonInspector2Source(source);
  }
}

function jsonViolationOf({
  ruleId,
  level,
  finding,
}: Violation): Omit<JsonViolation, "fingerprint" | "baselineState"> {
  return {
    ruleId,
    level,
    findingArn: finding.arn,
    severity: finding.severity,
    title: finding.title ?? null,
    findingId: finding.id ?? null,
    numericSeverity: finding.numericSeverity ?? null,
    rulesPackage: finding.rulesPackageName ?? finding.rulesPackageArn ?? null,
    asset: {
      label: assetLabel(finding.asset),
      agentId: finding.asset.agentId ?? null,
      hostname: finding.asset.hostname ?? null,
      autoScalingGroup: finding.asset.autoScalingGroup ?? null,
      amiId: finding.asset.amiId ?? null,
    },
    v2: jsonFacts(finding),
  };
}

/** Builds the report object (what `formatJson` serialises). */
export function buildJsonReport(result: GateResult, ctx: ReportContext): JsonReport {
  const evaluation = result.evaluation;
  const statuses = new Map<string, { status: ExceptionStatus; waived: number; flags: Set<string> }>();
  const note = (status: ExceptionStatus, flag: string, waived = 0) => {
    const entry = statuses.get(status.id) ?? { status, waived: 0, flags: new Set<string>() };
    entry.flags.add(flag);
    entry.waived += waived;
    statuses.set(status.id, entry);
  };
  for (const e of evaluation?.exceptions.applied ?? []) note(e, "applied", e.count);
  for (const e of evaluation?.exceptions.expired ?? []) note(e, "expired");
  for (const e of evaluation?.exceptions.expiring ?? []) note(e, "expiring");
  for (const e of evaluation?.exceptions.unused ?? []) note(e, "unused");

  const byPackage = evaluation?.counts.byRulesPackage;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    verdict: result.verdict,
    exitCode: result.exitCode,
    warnOnly: result.warnOnly === true,
    policy: {
      name: result.policyName ?? null,
      files: result.policyFiles.map((f) => displayFile(ctx, f)),
      digest: result.policyDigest ?? null,
    },
    source: jsonSource(result.source, ctx),
    findings: { total: result.findings.total, evaluated: result.findings.evaluated },
    counts: counts(result.counts),
    countsAfterExceptions: evaluation ? counts(evaluation.counts.afterExceptions) : null,
    countsByRulesPackage: byPackage
      ? Object.fromEntries(
          Object.keys(byPackage)
            .sort(compareText)
            .map((name) => [name, counts(byPackage[name]!)]),
        )
      : null,
    severity: (evaluation?.severity ?? []).map((limit) => ({
      severity: limit.severity,
      count: limit.count,
      max: limit.max,
      violated: limit.violated,
      source: source(ctx, limit.source),
      ...jsonCheckBaseline(limit),
    })),
    rules: (evaluation?.rules ?? []).map((rule) => ({
      id: rule.id,
      description: rule.description ?? null,
      level: rule.level,
      matched: rule.matched,
      waived: rule.waived,
      max: rule.max,
      violated: rule.violated,
      source: source(ctx, rule.source),
      ...jsonCheckBaseline(rule),
    })),
    violations: (evaluation?.violations ?? []).map((violation) => ({
      ...jsonViolationOf(violation),
      ...jsonViolationBaseline(violation),
    })),
    notApplicable: (evaluation?.notApplicable ?? []).map((item) => ({
      kind: item.kind,
      id: item.id,
      level: item.level,
      findings: item.findings,
      reasons: item.reasons.map((r) => ({ reason: r.reason, findings: r.findings })),
      source: source(ctx, item.source),
    })),
    violationsTruncated: evaluation?.violationsTruncated ?? false,
    exceptions: {
      applied: (evaluation?.exceptions.applied ?? []).flatMap((e) =>
        [...e.findings].sort(compareFindings).map((f) => ({ id: e.id, findingArn: f.arn })),
      ),
      expired: (evaluation?.exceptions.expired ?? []).map((e) => e.id),
      unused: (evaluation?.exceptions.unused ?? []).map((e) => e.id),
      expiring: (evaluation?.exceptions.expiring ?? []).map((e) => e.id),
      details: [...statuses.values()].map(({ status, waived, flags }) => ({
        id: status.id,
        reason: status.reason,
        expires: status.expires,
        daysLeft: status.daysLeft,
        owner: status.owner ?? null,
        ticket: status.ticket ?? null,
        waived,
        expired: flags.has("expired"),
        expiring: flags.has("expiring"),
        unused: flags.has("unused"),
        source: source(ctx, status.source),
      })),
    },
    coverage: isInspector2Coverage(result.coverage)
      ? jsonInspector2Coverage(result.coverage)
      : result.coverage
        ? {
            agents: result.coverage.agents,
            healthy: result.coverage.healthy,
            unhealthy: result.coverage.unhealthy,
            reporting: result.coverage.reporting,
            telemetryMessages: { ...result.coverage.telemetryMessages },
            minAgents: result.coverage.minAgents,
            unhealthyAgentsPolicy: result.coverage.unhealthyPolicy,
            unhealthyAgents: result.coverage.unhealthyAgents.map((a) => ({
              agentId: a.agentId,
              healthCode: a.healthCode ?? null,
            })),
          }
        : null,
    apiCalls: { ...result.apiCalls },
    apiCallsTotal: totalApiCalls(result),
    timings: {
      startedAt: result.timings.startedAt,
      totalMs: result.timings.totalMs,
      waitMs: result.timings.waitMs ?? null,
      fetchMs: result.timings.fetchMs ?? null,
      evaluateMs: result.timings.evaluateMs ?? null,
    },
    warnings: [...result.warnings],
    error: result.error ? { code: result.error.code, message: result.error.message } : null,
    fingerprints: jsonFingerprints(result),
    baseline: jsonComparison(result),
    fleet: result.fleet ? result.fleet.map((m) => ({ ...m, error: m.error ?? null })) : null,
  };
}

/** The JSON report, two-space indented, with a final newline. */
export const formatJson: Formatter = (result, ctx) => `${toJsonText(buildJsonReport(result, ctx))}\n`;
