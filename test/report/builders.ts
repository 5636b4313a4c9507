/**
 * Builders for findings, evaluations and gate results. Every builder returns a complete, valid object; pass
 * only what a test is about. Other areas' tests may reuse them.
 */
import { ExitCode } from "../../src/errors.js";
import {
  type Asset,
  CLASSIC_SEVERITIES,
  emptySeverityCounts,
  type Finding,
  type Severity,
  type SeverityCounts,
} from "../../src/model.js";
import type {
  AppliedException,
  Evaluation,
  ExceptionStatus,
  RuleResult,
  SeverityLimitResult,
  SourceLocation,
  Violation,
} from "../../src/policy/types.js";
import type {
  ClassicRunSourceInfo,
  CoverageInfo,
  FileSourceInfo,
  GateResult,
  RunInfo,
} from "../../src/result.js";

export const POLICY_FILE = "/work/repo/.github/inspector-gate.yml";
export const RUN_ARN =
  "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-7sbz2Kz0/run/0-MKkpXXPE";
export const TEMPLATE_ARN = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-7sbz2Kz0";
export const CVE_PACKAGE = "Common Vulnerabilities and Exposures";
export const CVE_PACKAGE_ARN = "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p";

const NUMERIC: Record<Severity, number> = {
  Critical: 0,
  High: 9,
  Medium: 6,
  Low: 3,
  Informational: 0,
  Untriaged: 0,
  Undefined: 0,
};

let sequence = 0;

/** A policy position (defaults to the policy file, column 5). */
export function at(line: number, column = 5, file = POLICY_FILE): SourceLocation {
  return { file, line, column };
}

export type FindingOverrides = Partial<Omit<Finding, "asset">> & { asset?: Partial<Asset> };

export function aFinding(overrides: FindingOverrides = {}): Finding {
  sequence += 1;
  const severity = overrides.severity ?? "Medium";
  const { asset, ...rest } = overrides;
  return {
    arn: `${RUN_ARN}/finding/0-f${String(sequence).padStart(5, "0")}`,
    id: "CVE-2024-0001",
    title: "Package openssl 1.0.2k is vulnerable to CVE-2024-0001",
    severity,
    numericSeverity: NUMERIC[severity],
    confidence: 10,
    indicatorOfCompromise: false,
    rulesPackageArn: CVE_PACKAGE_ARN,
    rulesPackageName: CVE_PACKAGE,
    attributes: [{ key: "CVE_ID", value: overrides.id ?? "CVE-2024-0001" }],
    userAttributes: [],
    createdAt: "2026-03-02T10:04:00.000Z",
    ...rest,
    asset: { agentId: "i-0a1b2c3d4e5f60001", hostname: "web-1.internal", ...asset },
  };
}

export function aSeverityLimit(
  overrides: Partial<SeverityLimitResult> & { severity: Severity },
): SeverityLimitResult {
  const count = overrides.count ?? 0;
  const max = overrides.max ?? 0;
  return { count, max, violated: count > max, source: at(3), ...overrides };
}

export function aRuleResult(overrides: Partial<RuleResult> & { id: string }): RuleResult {
  const matched = overrides.matched ?? 0;
  const max = overrides.max ?? 0;
  return { level: "error", matched, waived: 0, max, violated: matched > max, source: at(10), ...overrides };
}

export function anException(overrides: Partial<ExceptionStatus> & { id: string }): ExceptionStatus {
  return {
    reason: "Accepted risk until the base image is rebuilt",
    expires: "2026-06-30",
    daysLeft: 120,
    source: at(30),
    ...overrides,
  };
}

export function anAppliedException(
  overrides: Partial<AppliedException> & { id: string; findings: readonly Finding[] },
): AppliedException {
  return { ...anException(overrides), count: overrides.findings.length, ...overrides };
}

export function violationsOf(
  ruleId: string,
  findings: readonly Finding[],
  level: "error" | "warning" = "error",
): Violation[] {
  return findings.map((finding) => ({ ruleId, level, finding }));
}

export function countsOf(findings: readonly Finding[]): SeverityCounts {
  const counts = emptySeverityCounts();
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function anEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  const severity = overrides.severity ?? [];
  const rules = overrides.rules ?? [];
  const failed = severity.some((s) => s.violated) || rules.some((r) => r.violated && r.level === "error");
  const raw = overrides.counts?.raw ?? emptySeverityCounts();
  return {
    verdict: failed ? "fail" : "pass",
    findings: { evaluated: Object.values(raw).reduce((a, b) => a + b, 0) },
    counts: { raw, afterExceptions: raw },
    severity,
    rules,
    violations: [],
    violationsTruncated: false,
    exceptions: { applied: [], expired: [], unused: [], expiring: [] },
    ...overrides,
  };
}

export function aRun(overrides: Partial<RunInfo> = {}): RunInfo {
  return {
    arn: RUN_ARN,
    name: "inspector-gate-9876543210-1",
    templateArn: TEMPLATE_ARN,
    state: "COMPLETED",
    createdAt: "2026-03-02T10:00:00.000Z",
    startedAt: "2026-03-02T10:00:02.000Z",
    completedAt: "2026-03-02T10:15:09.000Z",
    durationInSeconds: 900,
    stateChanges: [
      { state: "CREATED", at: "2026-03-02T10:00:00.000Z" },
      { state: "START_DATA_COLLECTION_PENDING", at: "2026-03-02T10:00:01.000Z" },
      { state: "COLLECTING_DATA", at: "2026-03-02T10:00:02.000Z" },
      { state: "DATA_COLLECTED", at: "2026-03-02T10:15:02.000Z" },
      { state: "EVALUATING_RULES", at: "2026-03-02T10:15:03.000Z" },
      { state: "COMPLETED", at: "2026-03-02T10:15:09.000Z" },
    ],
    startedByGate: true,
    rulesPackageArns: [CVE_PACKAGE_ARN],
    ...overrides,
  };
}

/** A Classic run source, as the gate reports a template's run. */
export function aClassicSource(
  run: RunInfo | null = aRun(),
  overrides: Partial<ClassicRunSourceInfo> = {},
): ClassicRunSourceInfo {
  return {
    kind: "inspector-classic-run",
    severities: CLASSIC_SEVERITIES,
    selection: "template",
    templateArn: TEMPLATE_ARN,
    runName: "inspector-gate-9876543210-1",
    run,
    ...overrides,
  };
}

/** A findings file read offline. */
export function aFileSource(findings: number, path = "/work/repo/findings.json"): FileSourceInfo {
  return {
    kind: "file",
    severities: CLASSIC_SEVERITIES,
    files: [{ path, format: { layout: "document", service: "inspector-classic" }, findings }],
  };
}

export function aCoverage(overrides: Partial<CoverageInfo> = {}): CoverageInfo {
  return {
    agents: 3,
    healthy: 3,
    unhealthy: 0,
    reporting: 3,
    telemetryMessages: {
      InspectorDuplicateProcess: 0,
      InspectorTimeEventMsg: 1200,
      InspectorNetworkInterface: 36,
    },
    unhealthyAgents: [],
    minAgents: 1,
    unhealthyPolicy: "warn",
    ...overrides,
  };
}

/** A passing result of a completed run; override what the test is about. */
export function aResult(overrides: Partial<GateResult> = {}): GateResult {
  const evaluation = "evaluation" in overrides ? overrides.evaluation : anEvaluation();
  const verdict = overrides.verdict ?? evaluation?.verdict ?? "error";
  const exitCode =
    overrides.exitCode ??
    (verdict === "pass"
      ? ExitCode.Pass
      : verdict === "fail"
        ? overrides.warnOnly
          ? ExitCode.Pass
          : ExitCode.Fail
        : ExitCode.Error);
  const counts = overrides.counts ?? evaluation?.counts.raw ?? emptySeverityCounts();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    verdict,
    exitCode,
    policyFiles: [POLICY_FILE],
    policyName: "production",
    source: aClassicSource(),
    findings: { total, evaluated: evaluation?.findings.evaluated ?? 0 },
    counts,
    ...(evaluation ? { evaluation } : {}),
    coverage: aCoverage(),
    apiCalls: {
      DescribeAssessmentRuns: 7,
      ListAssessmentRunAgents: 1,
      GetTelemetryMetadata: 1,
      ListFindings: 1,
      DescribeFindings: 5,
    },
    timings: {
      startedAt: "2026-03-02T09:59:58.000Z",
      totalMs: 913_400,
      waitMs: 907_000,
      fetchMs: 6_100,
      evaluateMs: 12,
    },
    warnings: [],
    ...overrides,
  };
}
