import { describe, expect, it } from "vitest";
import type { Severity } from "../../src/model.js";
import { MAX_ANNOTATIONS_PER_LEVEL, planAnnotations } from "../../src/report/index.js";
import {
  aFinding,
  anEvaluation,
  anException,
  aResult,
  aRuleResult,
  aSeverityLimit,
  at,
  violationsOf,
} from "./builders.js";
import { CTX, SCENARIOS } from "./scenarios.js";

describe("planAnnotations", () => {
  it("anchors an error per broken limit and error rule, a warning per warning rule and expired exception, a notice per expiring one", () => {
    const annotations = planAnnotations(SCENARIOS.fail!(), CTX);
    expect(annotations.map((a) => [a.level, a.line, a.title])).toEqual([
      ["error", 4, "severity:High: 3 findings (max 0)"],
      ["error", 9, "no-log4shell: 1 finding (max 0)"],
      ["error", 6, "severity:Medium: 16 findings (max 10)"],
      ["warning", 15, "ssh-hardening: 2 findings (max 0)"],
      ["warning", 33, "Exception old-openssl expired on 2026-02-01"],
      ["notice", 27, "Exception legacy-log4j expires on 2026-03-07 (in 5 days)"],
    ]);
    for (const a of annotations) expect(a.file).toBe(".github/inspector-gate.yml");
    expect(annotations[0]!.column).toBe(12);
    expect(annotations[0]!.message).toContain(
      "Worst: High CVE-2021-44228 Apache Log4j2 JNDI features do not protect against attacker controlled LDAP endpoints on api-1.internal;",
    );
    expect(annotations[2]!.message).toContain("and 13 more.");
  });

  it("a passing result with no expiring exception has nothing to say", () => {
    expect(planAnnotations(SCENARIOS.pass!(), CTX)).toEqual([]);
  });

  it("an error verdict is one file-less error annotation with the message", () => {
    expect(planAnnotations(SCENARIOS.error!(), CTX)).toEqual([
      {
        level: "error",
        file: "",
        line: 0,
        column: 0,
        title: "inspector-gate: RUN_FAILED",
        message: expect.stringContaining("ended in state FAILED"),
      },
    ]);
  });

  it("keeps at most 10 per level, worst severity first; the 10th says how many more are in the summary", () => {
    const severities: Severity[] = ["Low", "High", "Medium", "Informational"];
    const rules = Array.from({ length: 14 }, (_, i) => {
      const severity = severities[i % severities.length]!;
      return {
        rule: aRuleResult({ id: `r${i}`, matched: 1, max: 0, source: at(10 + i) }),
        violations: violationsOf(`r${i}`, [aFinding({ severity })]),
      };
    });
    const warnings = Array.from({ length: 12 }, (_, i) =>
      aRuleResult({ id: `w${i}`, level: "warning", matched: 1, max: 0, source: at(50 + i) }),
    );
    const expiring = Array.from({ length: 11 }, (_, i) =>
      anException({ id: `e${i}`, daysLeft: 13 - i, source: at(90 + i) }),
    );
    const annotations = planAnnotations(
      aResult({
        evaluation: anEvaluation({
          verdict: "fail",
          rules: [...rules.map((r) => r.rule), ...warnings],
          violations: rules.flatMap((r) => r.violations),
          exceptions: { applied: [], expired: [], unused: [], expiring },
        }),
      }),
      CTX,
    );
    const errors = annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL);
    // 14 rules: 4 High, 4 Low, 3 Medium, 3 Informational → the ten kept are the High, Medium and Low ones.
    expect(errors.slice(0, 4).every((a) => a.message.includes("Worst: High"))).toBe(true);
    expect(errors.slice(4, 7).every((a) => a.message.includes("Worst: Medium"))).toBe(true);
    expect(errors.slice(7).every((a) => a.message.includes("Worst: Low"))).toBe(true);
    expect(errors[9]!.message).toMatch(/\(4 more errors in the job summary\.\)$/);
    expect(errors.slice(0, 9).some((a) => a.message.includes("in the job summary"))).toBe(false);
    const warns = annotations.filter((a) => a.level === "warning");
    expect(warns).toHaveLength(10);
    expect(warns[9]!.message).toMatch(/\(2 more warnings in the job summary\.\)$/);
    const notices = annotations.filter((a) => a.level === "notice");
    expect(notices).toHaveLength(10);
    expect(notices[0]!.title).toContain("e10");
    expect(notices[9]!.message).toMatch(/\(1 more notice in the job summary\.\)$/);
  });

  it("uses displayPath and the line and column of the setting", () => {
    const result = aResult({
      evaluation: anEvaluation({
        verdict: "fail",
        severity: [
          aSeverityLimit({ severity: "High", count: 1, max: 0, source: at(7, 3, "/abs/policy.yml") }),
        ],
        violations: violationsOf("severity:High", [aFinding({ severity: "High" })]),
      }),
    });
    const [a] = planAnnotations(result, { toolVersion: "1", displayPath: (f) => `rel${f}` });
    expect(a).toMatchObject({ level: "error", file: "rel/abs/policy.yml", line: 7, column: 3 });
    const [b] = planAnnotations(result, { toolVersion: "1" });
    expect(b!.file).toBe("/abs/policy.yml");
  });
});
