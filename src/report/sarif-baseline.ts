/**
 * SARIF's view of a baseline: each violating finding's `baselineState` (new / unchanged) is set where the
 * results are built; the findings fixed since the baseline are results of their own with baselineState
 * `absent` (kind `pass`, level `none`: nothing to act on), and the run's properties carry the totals.
 */
import type { Result } from "sarif";
import type { BaselineComparison, BaselineSample } from "../baseline/types.js";
import { fixedLine } from "./baseline.js";
import { plainText } from "./escape.js";
import { severityCheckId, sumCounts } from "./views.js";

export function absentResult(sample: BaselineSample, ruleIndex: number): Result {
  return {
    ruleId: severityCheckId(sample.severity),
    ruleIndex,
    kind: "pass",
    level: "none",
    baselineState: "absent",
    message: { text: `${fixedLine(sample, 200)} is fixed since the baseline.` },
    locations: [{ logicalLocations: [{ name: plainText(sample.subject, 200), kind: "resource" }] }],
    partialFingerprints: { "inspectorGateBaseline/v1": sample.fingerprint },
    properties: {
      severity: sample.severity,
      ...(sample.findingId !== undefined ? { findingId: plainText(sample.findingId, 200) } : {}),
    },
  };
}

export function baselineProperties(c: BaselineComparison, file: string): Record<string, unknown> {
  return {
    file: plainText(file, 1000),
    new: sumCounts(c.new),
    unchanged: sumCounts(c.unchanged),
    absent: sumCounts(c.absent),
    unfingerprinted: c.unfingerprinted,
  };
}
