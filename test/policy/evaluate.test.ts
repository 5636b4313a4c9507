/** Evaluation semantics: limits, rules, conditions, exceptions and their expiry, samples, streaming. */
import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../src/model.js";
import { createEvaluator, daysLeft, evaluate, evaluateCounts } from "../../src/policy/evaluate.js";
import { aFinding, CVE_PACKAGE, NOW, NR_PACKAGE, policyOf } from "./builders.js";

const at = (iso: string) => new Date(iso);

describe("severity limits", () => {
  it("fail-on fails on any finding at or above it, after exceptions", async () => {
    const policy = await policyOf("version: 1", "severity:", "  fail-on: Medium");
    const pass = evaluate(policy, [aFinding({ severity: "Low" }), aFinding({ severity: "Informational" })], {
      now: NOW,
    });
    expect(pass.verdict).toBe("pass");
    expect(pass.severity.map((s) => [s.severity, s.count, s.max, s.violated])).toEqual([
      ["Critical", 0, 0, false],
      ["High", 0, 0, false],
      ["Medium", 0, 0, false],
    ]);
    const medium = aFinding({ severity: "Medium" });
    const fail = evaluate(policy, [aFinding({ severity: "Low" }), medium], { now: NOW });
    expect(fail.verdict).toBe("fail");
    expect(fail.violations).toEqual([{ ruleId: "severity:Medium", level: "error", finding: medium }]);
    expect(fail.counts.raw).toEqual({
      Critical: 0,
      High: 0,
      Medium: 1,
      Low: 1,
      Informational: 0,
      Untriaged: 0,
      Undefined: 0,
    });
    expect(fail.findings.evaluated).toBe(2);
  });

  it("max allows that many findings of a severity and fails on one more", async () => {
    const policy = await policyOf("version: 1", "severity:", "  max:", "    Low: 2");
    const lows = (n: number) => Array.from({ length: n }, () => aFinding({ severity: "Low" }));
    expect(evaluate(policy, lows(2), { now: NOW }).verdict).toBe("pass");
    const three = evaluate(policy, lows(3), { now: NOW });
    expect(three.verdict).toBe("fail");
    expect(three.severity).toMatchObject([{ severity: "Low", count: 3, max: 2, violated: true }]);
    expect(three.violations).toHaveLength(3);
  });

  it("an unknown severity counts as Undefined instead of throwing", async () => {
    const policy = await policyOf("version: 1", "severity:", "  max: { Undefined: 0 }");
    const odd = aFinding({ severity: "Severe" as Severity });
    const result = evaluate(policy, [odd], { now: NOW });
    expect(result.counts.raw.Undefined).toBe(1);
    expect(result.verdict).toBe("fail");
  });
});

describe("rule conditions", () => {
  const base = aFinding();
  const cases: [condition: string, finding: Finding, matches: boolean | "undecided"][] = [
    ["severity: [High, Medium]", base, true],
    ["severity: Low", base, false],
    ["min-severity: Medium", base, true],
    ["min-severity: Medium", aFinding({ severity: "Low" }), false],
    ["min-severity: Undefined", aFinding({ severity: "Undefined" }), true],
    [`rules-package: "${CVE_PACKAGE.name}"`, base, true],
    [`rules-package: "${CVE_PACKAGE.arn}"`, base, true],
    [`rules-package: "${NR_PACKAGE.name}"`, base, false],
    ['rules-package: "*Vulnerabilities*"', base, true],
    // Its name is unknown: the condition cannot be decided (never a silent non-match).
    ['rules-package: "Common*"', aFinding({ rulesPackageName: undefined }), "undecided"],
    [`rules-package: "${CVE_PACKAGE.arn}"`, aFinding({ rulesPackageName: undefined }), true],
    ['id: "CVE-2021-*"', base, true],
    ['id: ["CVE-2019-*", "CVE-2020-*"]', base, false],
    ['id: "*"', aFinding({ id: undefined }), false],
    ['title: "*CVE-2021-44228*"', base, true],
    ["title: { regex: '.*i-0[a-f]+ is vulnerable.*' }", base, true],
    ["attributes: { CVE_ID: CVE-2021-44228 }", base, true],
    ["attributes: { CVE_ID: CVE-2021-44228, INSTANCE_ID: i-0abc }", base, true],
    ["attributes: { CVE_ID: CVE-2021-44228, INSTANCE_ID: i-0def }", base, false],
    ["attributes: { CVE_ID: [CVE-1999-1, 'CVE-2021-*'] }", base, true],
    ["attributes: { MISSING: '*' }", base, false],
    [
      "attributes: { CVE_ID: CVE-2022-0001 }",
      aFinding({
        attributes: [
          { key: "CVE_ID", value: "CVE-2021-44228" },
          { key: "CVE_ID", value: "CVE-2022-0001" },
        ],
      }),
      true,
    ],
    ["attributes: { FLAG: '*' }", aFinding({ attributes: [{ key: "FLAG" }] }), true],
    [
      "user-attributes: { team: payments }",
      aFinding({ userAttributes: [{ key: "team", value: "payments" }] }),
      true,
    ],
    ["user-attributes: { team: payments }", base, false],
    ["asset: { agent-id: 'i-0*' }", base, true],
    ["asset: { hostname: '*.prod.internal', auto-scaling-group: prod-web, ami-id: 'ami-0*' }", base, true],
    ["asset: { hostname: '*.staging.internal' }", base, false],
    ["asset: { agent-id: 'i-*' }", aFinding({ asset: {} }), false],
    ["numeric-severity: { min: 9 }", base, true],
    ["numeric-severity: { min: 7, max: 8.9 }", base, false],
    ["numeric-severity: { max: 9 }", base, true],
    ["numeric-severity: { min: 0 }", aFinding({ numericSeverity: undefined }), false],
    ["confidence: { min: 5 }", base, true],
    ["confidence: { max: 5 }", base, false],
    ["indicator-of-compromise: true", aFinding({ indicatorOfCompromise: true }), true],
    ["indicator-of-compromise: true", base, false],
    ["indicator-of-compromise: false", aFinding({ indicatorOfCompromise: undefined }), true],
    ["severity: High\n      id: CVE-2019-1", base, false], // every condition must hold
  ];
  it.each(cases)("%s -> %j", async (condition, finding, matches) => {
    const policy = await policyOf("version: 1", "rules:", "  - id: r", "    match:", `      ${condition}`);
    const result = evaluate(policy, [finding], { now: NOW });
    expect(result.rules[0]!.matched).toBe(matches === true ? 1 : 0);
    expect(result.verdict).toBe(matches === "undecided" ? "error" : matches ? "fail" : "pass");
    expect(result.notApplicable?.map((n) => [n.id, n.findings])).toEqual(
      matches === "undecided" ? [["r", 1]] : [],
    );
  });

  it("an empty match counts every finding", async () => {
    const policy = await policyOf("version: 1", "rules:", "  - id: total", "    max: 2", "    match: {}");
    const result = evaluate(
      policy,
      [aFinding(), aFinding({ severity: "Low" }), aFinding({ severity: "Undefined" })],
      {
        now: NOW,
      },
    );
    expect(result.rules[0]).toMatchObject({ matched: 3, max: 2, violated: true });
  });

  it("a warning rule is reported as violated but does not fail the gate", async () => {
    const policy = await policyOf("version: 1", "rules:", "  - id: w", "    level: warning", "    match: {}");
    const finding = aFinding();
    const result = evaluate(policy, [finding], { now: NOW });
    expect(result.verdict).toBe("pass");
    expect(result.rules[0]).toMatchObject({ id: "w", level: "warning", matched: 1, violated: true });
    expect(result.violations).toEqual([{ ruleId: "w", level: "warning", finding }]);
  });
});

describe("exceptions", () => {
  const lines = [
    "version: 1",
    "severity:",
    "  fail-on: High",
    "rules:",
    "  - id: no-log4shell",
    "    match: { attributes: { CVE_ID: CVE-2021-44228 } }",
    "  - id: no-legacy-agents",
    "    match: { asset: { agent-id: i-0legacy } }",
  ];
  const exception = (extra: string[]) => [
    "exceptions:",
    "  - id: EXC-1",
    "    reason: compensating control",
    "    expires: 2026-12-31",
    ...extra,
  ];
  const log4shell = aFinding({ asset: { agentId: "i-0abc" } });

  it("by default waive a finding from every rule and limit it matches", async () => {
    const policy = await policyOf(...lines, ...exception(["    match: { asset: { agent-id: i-0abc } }"]));
    const result = evaluate(policy, [log4shell], { now: NOW });
    expect(result.verdict).toBe("pass");
    expect(result.counts.raw.High).toBe(1);
    expect(result.counts.afterExceptions.High).toBe(0);
    expect(result.rules[0]).toMatchObject({ matched: 0, waived: 1, violated: false });
    expect(result.exceptions.applied).toMatchObject([{ id: "EXC-1", count: 1, findings: [log4shell] }]);
    expect(result.exceptions.unused).toEqual([]);
  });

  it("applies-to limits what a finding is waived from", async () => {
    const ruleOnly = await policyOf(
      ...lines,
      ...exception(["    applies-to: [no-log4shell]", "    match: { asset: { agent-id: i-0abc } }"]),
    );
    const a = evaluate(ruleOnly, [log4shell], { now: NOW });
    expect(a.rules[0]).toMatchObject({ matched: 0, waived: 1 });
    expect(a.severity[1]).toMatchObject({ severity: "High", count: 1, violated: true });
    expect(a.verdict).toBe("fail");
    expect(a.violations.map((v) => v.ruleId)).toEqual(["severity:High"]);

    const severityOnly = await policyOf(
      ...lines,
      ...exception(["    applies-to: [severity]", "    match: { asset: { agent-id: i-0abc } }"]),
    );
    const b = evaluate(severityOnly, [log4shell], { now: NOW });
    expect(b.severity[1]).toMatchObject({ severity: "High", count: 0, violated: false });
    expect(b.rules[0]).toMatchObject({ matched: 1, waived: 0, violated: true });
    expect(b.counts.afterExceptions.High).toBe(0);
  });

  it("an exception that waived nothing a rule or limit counted is unused", async () => {
    const policy = await policyOf(
      ...lines,
      ...exception(["    applies-to: [no-legacy-agents]", "    match: { asset: { agent-id: i-0abc } }"]),
    );
    const result = evaluate(policy, [log4shell], { now: NOW });
    expect(result.exceptions.applied).toEqual([]);
    expect(result.exceptions.unused.map((e) => e.id)).toEqual(["EXC-1"]);
  });

  it("counts a finding once per exception even when it waives it from several targets", async () => {
    const policy = await policyOf(...lines, ...exception(["    match: { id: 'CVE-*' }"]));
    const result = evaluate(policy, [log4shell, aFinding({ asset: { agentId: "i-0legacy" } })], { now: NOW });
    expect(result.exceptions.applied[0]).toMatchObject({ count: 2 });
    expect(result.rules.map((r) => r.waived)).toEqual([2, 1]);
  });

  describe("expiry, at the UTC day boundary", () => {
    const expiring = async () =>
      policyOf(
        ...lines,
        ...exception(["    owner: team", "    ticket: SEC-1", "    match: { asset: { agent-id: i-0abc } }"]),
      );

    it("is valid through the last millisecond of its day, UTC", async () => {
      const policy = await expiring();
      const result = evaluate(policy, [log4shell], { now: at("2026-12-31T23:59:59.999Z") });
      expect(result.verdict).toBe("pass");
      expect(result.exceptions.applied.map((e) => [e.id, e.daysLeft])).toEqual([["EXC-1", 0]]);
      expect(result.exceptions.expiring.map((e) => e.id)).toEqual(["EXC-1"]);
      expect(result.exceptions.expired).toEqual([]);
    });

    it("no longer applies from the first millisecond of the next day and is reported as expired", async () => {
      const policy = await expiring();
      const result = evaluate(policy, [log4shell], { now: at("2027-01-01T00:00:00.000Z") });
      expect(result.verdict).toBe("fail");
      expect(result.exceptions.applied).toEqual([]);
      expect(result.exceptions.unused).toEqual([]);
      expect(result.exceptions.expired).toEqual([
        {
          id: "EXC-1",
          reason: "compensating control",
          expires: "2026-12-31",
          owner: "team",
          ticket: "SEC-1",
          source: { file: "test.yml", line: 10, column: 9 },
          daysLeft: -1,
        },
      ]);
    });

    it("reads the instant in UTC whatever offset it was written with", async () => {
      const policy = await expiring();
      // 13:00 on Jan 1 at +14:00 is still Dec 31 in UTC; 14:00 on Dec 31 at -10:00 is already Jan 1 UTC.
      expect(evaluate(policy, [log4shell], { now: at("2027-01-01T13:00:00+14:00") }).verdict).toBe("pass");
      expect(evaluate(policy, [log4shell], { now: at("2026-12-31T14:00:00-10:00") }).verdict).toBe("fail");
    });

    it("is expiring within 14 days, not before", async () => {
      const policy = await expiring();
      const fourteen = evaluate(policy, [], { now: at("2026-12-17T00:00:00Z") });
      expect(fourteen.exceptions.expiring.map((e) => [e.id, e.daysLeft])).toEqual([["EXC-1", 14]]);
      const fifteen = evaluate(policy, [], { now: at("2026-12-16T23:59:59Z") });
      expect(fifteen.exceptions.expiring).toEqual([]);
      expect(fifteen.exceptions.unused.map((e) => e.daysLeft)).toEqual([15]);
      const custom = evaluate(policy, [], { now: at("2026-12-01T00:00:00Z"), expiringWithinDays: 30 });
      expect(custom.exceptions.expiring.map((e) => e.id)).toEqual(["EXC-1"]);
    });

    it("counts whole UTC days", () => {
      expect(daysLeft("2026-12-31", at("2026-12-31T00:00:00Z"))).toBe(0);
      expect(daysLeft("2026-12-31", at("2026-12-30T23:59:59Z"))).toBe(1);
      expect(daysLeft("2026-12-31", at("2027-01-01T00:00:00Z"))).toBe(-1);
      expect(daysLeft("2028-03-01", at("2028-02-28T12:00:00Z"))).toBe(2); // leap year
    });
  });
});

describe("violations and samples", () => {
  it("keeps at most sampleLimit findings per rule or limit, worst first, and says it truncated", async () => {
    const policy = await policyOf("version: 1", "severity:", "  fail-on: Low");
    const findings = Array.from({ length: 500 }, (_, i) =>
      aFinding({
        severity: i % 2 === 0 ? "Low" : "Medium",
        numericSeverity: (i % 2 === 0 ? 3 : 6) + (i % 7) / 10,
      }),
    );
    const result = evaluate(policy, findings, { now: NOW, sampleLimit: 10 });
    expect(result.severity.map((s) => [s.severity, s.count])).toEqual([
      ["Critical", 0],
      ["High", 0],
      ["Medium", 250],
      ["Low", 250],
    ]);
    expect(result.violations).toHaveLength(20);
    expect(result.violationsTruncated).toBe(true);
    expect(result.violations.slice(0, 10).every((v) => v.finding.severity === "Medium")).toBe(true);
    const numeric = result.violations.map((v) => v.finding.numericSeverity!);
    expect(numeric.slice(0, 10).every((n) => n === 6.6)).toBe(true);
    expect(numeric.slice(10).every((n) => n === 3.6)).toBe(true);
  });

  it("lists the violations of every violated rule and limit, worst first", async () => {
    const policy = await policyOf(
      "version: 1",
      "severity: { fail-on: High }",
      "rules:",
      "  - id: ssh",
      "    match: { attributes: { PORT: '22' } }",
    );
    const high = aFinding();
    const ssh = aFinding({
      severity: "Medium",
      numericSeverity: 6,
      attributes: [{ key: "PORT", value: "22" }],
    });
    const result = evaluate(policy, [ssh, high], { now: NOW });
    expect(result.violations.map((v) => [v.ruleId, v.finding.arn])).toEqual([
      ["severity:High", high.arn],
      ["ssh", ssh.arn],
    ]);
    expect(result.violationsTruncated).toBe(false);
  });

  it("streams: adding findings one by one gives what evaluate gives, in any order", async () => {
    const policy = await policyOf(
      "version: 1",
      "severity: { fail-on: High, max: { Medium: 3 } }",
      "rules:",
      "  - id: ssh",
      "    max: 1",
      "    match: { attributes: { PORT: '22' } }",
    );
    const findings = Array.from({ length: 40 }, (_, i) =>
      aFinding({
        severity: (["High", "Medium", "Low"] as const)[i % 3],
        attributes: i % 4 === 0 ? [{ key: "PORT", value: "22" }] : [],
      }),
    );
    const evaluator = createEvaluator(policy, { now: NOW, sampleLimit: 5 });
    for (const f of findings) evaluator.add(f);
    const streamed = evaluator.finish();
    expect(streamed).toEqual(evaluate(policy, findings, { now: NOW, sampleLimit: 5 }));
    expect(evaluate(policy, [...findings].reverse(), { now: NOW, sampleLimit: 5 })).toEqual(streamed);
    function* generated() {
      yield* findings;
    }
    expect(evaluate(policy, generated(), { now: NOW, sampleLimit: 5 })).toEqual(streamed);
  });

  it("counts findings per rules package (name, else ARN, else unknown)", async () => {
    const policy = await policyOf("version: 1", "severity: { fail-on: High }");
    const result = evaluate(
      policy,
      [
        aFinding(),
        aFinding({ severity: "Low", rulesPackageName: NR_PACKAGE.name }),
        aFinding({ severity: "Low", rulesPackageName: undefined, rulesPackageArn: NR_PACKAGE.arn }),
        aFinding({ severity: "Low", rulesPackageName: undefined, rulesPackageArn: undefined }),
      ],
      { now: NOW },
    );
    expect(result.counts.byRulesPackage).toEqual({
      [CVE_PACKAGE.name]: {
        Critical: 0,
        High: 1,
        Medium: 0,
        Low: 0,
        Informational: 0,
        Untriaged: 0,
        Undefined: 0,
      },
      [NR_PACKAGE.name]: {
        Critical: 0,
        High: 0,
        Medium: 0,
        Low: 1,
        Informational: 0,
        Untriaged: 0,
        Undefined: 0,
      },
      [NR_PACKAGE.arn]: {
        Critical: 0,
        High: 0,
        Medium: 0,
        Low: 1,
        Informational: 0,
        Untriaged: 0,
        Undefined: 0,
      },
      unknown: { Critical: 0, High: 0, Medium: 0, Low: 1, Informational: 0, Untriaged: 0, Undefined: 0 },
    });
  });

  it("counts many distinct rules packages correctly", async () => {
    const policy = await policyOf("version: 1", "severity: { fail-on: High }");
    const findings = Array.from({ length: 120 }, (_, i) =>
      aFinding({ severity: "Low", rulesPackageName: `package-${String(i % 40).padStart(2, "0")}` }),
    );
    const byPackage = evaluate(policy, findings, { now: NOW }).counts.byRulesPackage!;
    expect(Object.keys(byPackage)).toHaveLength(40);
    expect(Object.keys(byPackage)).toEqual([...Object.keys(byPackage)].sort());
    expect(Object.values(byPackage).every((c) => c.Low === 3)).toBe(true);
  });

  it("refuses an invalid evaluation instant", async () => {
    const policy = await policyOf("version: 1", "severity: { fail-on: High }");
    expect(() => evaluate(policy, [], { now: new Date("nope") })).toThrow(TypeError);
  });
});

describe("evaluateCounts", () => {
  it("decides a severity-only policy from counts alone", async () => {
    const policy = await policyOf("version: 1", "severity: { fail-on: High, max: { Low: 10 } }");
    const counts = { Critical: 0, High: 0, Medium: 4, Low: 11, Informational: 2, Untriaged: 0, Undefined: 0 };
    const result = evaluateCounts(policy, counts, { now: NOW });
    expect(result.verdict).toBe("fail");
    expect(result.severity.map((s) => [s.severity, s.count, s.violated])).toEqual([
      ["Critical", 0, false],
      ["High", 0, false],
      ["Low", 11, true],
    ]);
    expect(result.counts.raw).toEqual(counts);
    expect(result.violations).toEqual([]);
    expect(result.violationsTruncated).toBe(true);
    expect(result.findings.evaluated).toBe(17);
    expect(evaluateCounts(policy, { ...counts, Low: 10 }, { now: NOW }).verdict).toBe("pass");
  });

  it("agrees with evaluating the findings themselves", async () => {
    const policy = await policyOf("version: 1", "severity: { fail-on: Medium, max: { Low: 1 } }");
    const findings = [aFinding({ severity: "Low" }), aFinding({ severity: "Informational" })];
    const full = evaluate(policy, findings, { now: NOW });
    const counted = evaluateCounts(policy, full.counts.raw, { now: NOW });
    expect(counted.verdict).toBe(full.verdict);
    expect(counted.severity).toEqual(full.severity);
  });

  it("refuses a policy with rules or exceptions", async () => {
    const policy = await policyOf("version: 1", "rules:", "  - id: r", "    match: {}");
    expect(() =>
      evaluateCounts(
        policy,
        { Critical: 0, High: 0, Medium: 0, Low: 0, Informational: 0, Untriaged: 0, Undefined: 0 },
        { now: NOW },
      ),
    ).toThrow(/rules or exceptions/);
  });
});
