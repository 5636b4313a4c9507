/** Offline evaluation: exported findings → the same GateResult the gate returns, with no run. */
import { ExitCode } from "../../errors.js";
import { CLASSIC_SEVERITIES, type Finding } from "../../model.js";
import { evaluate } from "../../policy/evaluate.js";
import { applicablePolicy } from "../../policy/plan.js";
import type { Policy } from "../../policy/types.js";
import type { GateResult } from "../../result.js";

export function evaluateFindings(
  given: Policy,
  findings: Finding[],
  options: { warnOnly?: boolean; now?: Date; file?: string } = {},
): GateResult {
  const started = performance.now();
  // Exports are read as Classic findings (Classic severities only): limits on the others count nothing.
  const policy = applicablePolicy(given, CLASSIC_SEVERITIES);
  const now = options.now ?? new Date();
  const evaluation = evaluate(policy, findings, { now });
  const evaluateMs = Math.round(performance.now() - started);
  const warnOnly = options.warnOnly === true;
  const failed = evaluation.verdict === "fail";
  const result: { -readonly [K in keyof GateResult]: GateResult[K] } = {
    verdict: evaluation.verdict,
    exitCode: failed && !warnOnly ? ExitCode.Fail : ExitCode.Pass,
    policyFiles: policy.files,
    source: {
      kind: "file",
      severities: CLASSIC_SEVERITIES,
      files:
        options.file !== undefined ? [{ path: options.file, format: null, findings: findings.length }] : [],
    },
    findings: { total: findings.length, evaluated: evaluation.findings.evaluated },
    counts: evaluation.counts.raw,
    evaluation,
    apiCalls: {},
    timings: { startedAt: now.toISOString(), totalMs: evaluateMs, evaluateMs },
    warnings: [],
  };
  if (policy.name !== undefined) result.policyName = policy.name;
  if (failed && warnOnly) result.warnOnly = true;
  return result;
}
