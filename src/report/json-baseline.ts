/**
 * The JSON report's baseline parts: every evaluated finding's fingerprint (so that the report can serve
 * as a later gate's baseline), the comparison with a baseline, and each limit's and rule's share of it.
 * Fields of report.schema.json's `fingerprints`, `baseline`, and `baseline`/`fleet` of each check.
 */
import { fingerprint } from "../baseline/fingerprint.js";
import type { GateScope } from "../baseline/scope.js";
import type { BaselineSample, TargetBaseline } from "../baseline/types.js";
import { emptySeverityCounts, SEVERITIES, type Severity, type SeverityCounts } from "../model.js";
import type { FleetLimits, Violation } from "../policy/types.js";
import type { GateResult } from "../result.js";

export interface JsonFingerprints {
  readonly algorithm: string;
  readonly scope: GateScope;
  /** Every finding the source holds was evaluated. */
  readonly complete: boolean;
  readonly unfingerprinted: number;
  readonly groups: readonly {
    readonly severity: Severity;
    readonly rules: readonly string[];
    readonly fingerprints: readonly string[];
  }[];
}

export interface JsonBaselineSample {
  readonly fingerprint: string;
  readonly severity: Severity;
  readonly findingId: string | null;
  readonly title: string | null;
  readonly subject: string;
}

export interface JsonBaselineComparison {
  readonly file: string;
  readonly source: string | null;
  readonly takenAt: string | null;
  readonly policyMatches: boolean | null;
  readonly new: SeverityCounts;
  readonly unchanged: SeverityCounts;
  readonly absent: SeverityCounts;
  readonly unfingerprinted: number;
  readonly absentFindings: readonly JsonBaselineSample[];
}

/** What a limit or rule adds to the report: its share of the baseline and how it combines in a fleet. */
export interface JsonCheckBaseline {
  readonly baseline: TargetBaseline | null;
  readonly fleet: FleetLimits;
}

function counts(value: SeverityCounts): SeverityCounts {
  const out = emptySeverityCounts();
  for (const s of SEVERITIES) out[s] = value[s] ?? 0;
  return out;
}

export function jsonSample(sample: BaselineSample): JsonBaselineSample {
  return {
    fingerprint: sample.fingerprint,
    severity: sample.severity,
    findingId: sample.findingId ?? null,
    title: sample.title ?? null,
    subject: sample.subject,
  };
}

export function jsonFingerprints(result: GateResult): JsonFingerprints | null {
  const log = result.evaluation?.fingerprints;
  if (log === undefined || result.verdict === "error") return null;
  return {
    algorithm: log.algorithm,
    scope: result.scope ?? { service: null, lineage: [], detail: null },
    complete: result.findings.evaluated === result.findings.total,
    unfingerprinted: log.unfingerprinted,
    groups: log.groups.map((g) => ({
      severity: g.severity,
      rules: [...g.rules],
      fingerprints: [...g.fingerprints],
    })),
  };
}

export function jsonComparison(result: GateResult): JsonBaselineComparison | null {
  const use = result.baseline;
  const comparison = result.evaluation?.baseline;
  if (use === undefined || comparison === undefined) return null;
  return {
    file: use.file,
    source: use.source,
    takenAt: use.takenAt,
    policyMatches: use.policyMatches,
    new: counts(comparison.new),
    unchanged: counts(comparison.unchanged),
    absent: counts(comparison.absent),
    unfingerprinted: comparison.unfingerprinted,
    absentFindings: comparison.absentSamples.map(jsonSample),
  };
}

export function jsonCheckBaseline(check: {
  readonly baseline?: TargetBaseline;
  readonly fleet?: FleetLimits;
}): JsonCheckBaseline {
  return {
    baseline: check.baseline ? { ...check.baseline } : null,
    fleet: check.fleet ?? "per-gate",
  };
}

/** A violation's fingerprint and its state against a baseline. */
export function jsonViolationBaseline(violation: Violation): {
  fingerprint: string | null;
  baselineState: "new" | "unchanged" | null;
} {
  return {
    fingerprint: fingerprint(violation.finding) ?? null,
    baselineState: violation.baselineState ?? null,
  };
}
