/**
 * The failing scenario compared with a baseline: the severity limits count only new findings (one High,
 * two Medium), the rest is still present, and two findings the baseline held are fixed.
 */
import type { GateResult } from "../../src/result.js";
import { failResult } from "./scenarios.js";

const NEW = new Set(["CVE-2023-38545", "CVE-2024-1010", "CVE-2024-1020"]);
const zero = { Critical: 0, High: 0, Medium: 0, Low: 0, Informational: 0, Untriaged: 0, Undefined: 0 };

export function baselineResult(): GateResult {
  const base = failResult();
  const evaluation = base.evaluation!;
  return {
    ...base,
    baseline: {
      file: "baseline/main.json",
      source: "inspector-classic-run",
      takenAt: "2026-02-28T10:00:00.000Z",
      policyMatches: true,
    },
    evaluation: {
      ...evaluation,
      severity: evaluation.severity.map((l) => {
        const fresh = l.severity === "High" ? 1 : 2;
        const absent = l.severity === "High" ? 1 : 1;
        return {
          ...l,
          violated: fresh > l.max,
          baseline: { mode: "new-only" as const, new: fresh, unchanged: l.count - fresh, absent },
        };
      }),
      // The new-only limits list their new findings only; the rules count every finding.
      violations: evaluation.violations
        .map((v) => ({
          ...v,
          baselineState: NEW.has(v.finding.id ?? "") ? ("new" as const) : ("unchanged" as const),
        }))
        .filter((v) => !v.ruleId.startsWith("severity:") || v.baselineState === "new"),
      baseline: {
        new: { ...zero, High: 1, Medium: 2 },
        unchanged: { ...zero, High: 2, Medium: 14, Low: 40, Informational: 61 },
        absent: { ...zero, High: 1, Medium: 1 },
        unfingerprinted: 0,
        absentSamples: [
          {
            fingerprint: "c1:1b2c3d",
            severity: "High",
            findingId: "CVE-2021-3449",
            title: "openssl NULL pointer <deref> in signature_algorithms",
            subject: "i-0aa0000000000001",
          },
        ],
      },
    },
  };
}
