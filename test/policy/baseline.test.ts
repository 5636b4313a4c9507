import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/baseline/fingerprint.js";
import { BaselineSet } from "../../src/baseline/set.js";
import type { Finding } from "../../src/model.js";
import { evaluate } from "../../src/policy/evaluate.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Policy } from "../../src/policy/types.js";
import { aFinding } from "../report/builders.js";

const NOW = new Date("2026-03-01T00:00:00Z");

const policyOf = (text: string) => loadPolicy({ text: `version: 1\n${text}`, file: "policy.yml" });

const onHost = (id: string, host: string, severity: Finding["severity"] = "High", extra = {}) =>
  aFinding({ id, severity, asset: { agentId: host, hostname: `${host}.internal` }, ...extra });

/** The baseline a gate run over `findings` would leave in its report. */
function baselineOf(policy: Policy, findings: readonly Finding[]): BaselineSet {
  const evaluation = evaluate(policy, findings, { now: NOW, fingerprints: true });
  return new BaselineSet(evaluation.fingerprints!.groups);
}

const OLD = [onHost("CVE-2021-1", "i-1"), onHost("CVE-2021-2", "i-1"), onHost("CVE-2021-1", "i-2", "Medium")];

describe("a new-only policy against a baseline", () => {
  it("passes with only old findings (found again by a later run: other ARNs and times)", async () => {
    const policy = await policyOf("baseline: { new-only: true }\nseverity: { fail-on: Medium }");
    const baseline = baselineOf(policy, OLD);
    const again = OLD.map((f) => ({ ...f, arn: `${f.arn}-rerun`, createdAt: "2026-04-01T00:00:00.000Z" }));
    const evaluation = evaluate(policy, again, { now: NOW, baseline });
    expect(evaluation.verdict).toBe("pass");
    expect(evaluation.baseline?.new.High).toBe(0);
    expect(evaluation.baseline?.unchanged).toMatchObject({ High: 2, Medium: 1 });
    const high = evaluation.severity.find((l) => l.severity === "High")!;
    expect(high).toMatchObject({ count: 2, violated: false });
    expect(high.baseline).toEqual({ mode: "new-only", new: 0, unchanged: 2, absent: 0 });
  });

  it("fails with one new finding, and lists only that one, marked new", async () => {
    const policy = await policyOf("baseline: { new-only: true }\nseverity: { fail-on: Medium }");
    const baseline = baselineOf(policy, OLD);
    const fresh = onHost("CVE-2024-9", "i-1");
    const evaluation = evaluate(policy, [...OLD, fresh], { now: NOW, baseline });
    expect(evaluation.verdict).toBe("fail");
    expect(evaluation.violations.map((v) => [v.finding.id, v.baselineState])).toEqual([
      ["CVE-2024-9", "new"],
    ]);
    expect(evaluation.violationsTruncated).toBe(false);
    expect(evaluation.baseline?.new.High).toBe(1);
  });

  it("reports fixed findings: absent per severity, per limit and per rule", async () => {
    const policy = await policyOf(
      "baseline: { new-only: true }\nseverity: { fail-on: Medium }\nrules:\n  - id: cve-1\n    match: { id: CVE-2021-1 }",
    );
    const baseline = baselineOf(policy, OLD);
    const evaluation = evaluate(policy, [OLD[1]!], { now: NOW, baseline });
    expect(evaluation.verdict).toBe("pass");
    expect(evaluation.baseline?.absent).toMatchObject({ High: 1, Medium: 1 });
    expect(evaluation.severity.find((l) => l.severity === "Medium")?.baseline?.absent).toBe(1);
    expect(evaluation.rules[0]?.baseline).toEqual({ mode: "new-only", new: 0, unchanged: 0, absent: 2 });
  });

  it("lets a rule insist on every finding (known exploited always fails) while the rest counts new only", async () => {
    const policy = await policyOf(
      [
        "baseline: { new-only: true }",
        "severity: { fail-on: High }",
        "rules:",
        "  - id: log4shell",
        "    baseline: { new-only: false }",
        "    match: { id: CVE-2021-1 }",
      ].join("\n"),
    );
    const baseline = baselineOf(policy, OLD);
    const evaluation = evaluate(policy, OLD, { now: NOW, baseline });
    expect(evaluation.verdict).toBe("fail");
    expect(evaluation.severity.every((l) => !l.violated)).toBe(true);
    const rule = evaluation.rules[0]!;
    expect(rule).toMatchObject({ matched: 2, violated: true });
    expect(rule.baseline).toMatchObject({ mode: "all", new: 0, unchanged: 2 });
    expect(evaluation.violations.map((v) => v.baselineState)).toEqual(["unchanged", "unchanged"]);
  });

  it("counts a finding that grew more severe as new for its new severity's limit", async () => {
    const policy = await policyOf("baseline: { new-only: true }\nseverity: { fail-on: High }");
    const baseline = baselineOf(policy, [onHost("CVE-2021-7", "i-1", "Medium")]);
    const evaluation = evaluate(policy, [onHost("CVE-2021-7", "i-1", "High")], { now: NOW, baseline });
    expect(evaluation.verdict).toBe("fail");
    expect(evaluation.baseline?.new.High).toBe(1);
    // Said as it is: the Medium one is gone, a High one is new.
    expect(evaluation.baseline?.absent.Medium).toBe(1);
  });

  it("counts every finding a rule added since the baseline matches as new for it", async () => {
    const before = await policyOf("baseline: { new-only: true }\nseverity: { fail-on: Critical }");
    const after = await policyOf(
      "baseline: { new-only: true }\nseverity: { fail-on: Critical }\nrules:\n  - id: no-cve-2\n    match: { id: CVE-2021-2 }",
    );
    const evaluation = evaluate(after, OLD, { now: NOW, baseline: baselineOf(before, OLD) });
    expect(evaluation.verdict).toBe("fail");
    expect(evaluation.rules[0]?.baseline).toMatchObject({ new: 1, unchanged: 0 });
  });

  it("takes a repeated fingerprint out of the baseline once per finding it held", async () => {
    const policy = await policyOf("baseline: { new-only: true }\nseverity: { max: { High: 0 } }");
    const twin = (n: number) =>
      aFinding({
        id: "CVE-1",
        severity: "High",
        asset: { agentId: undefined, hostname: undefined },
        arn: `a${n}`,
      });
    expect(fingerprint(twin(1))).toBe(fingerprint(twin(2)));
    const baseline = baselineOf(policy, [twin(1)]);
    const evaluation = evaluate(policy, [twin(1), twin(2)], { now: NOW, baseline });
    expect(evaluation.severity[0]?.baseline).toMatchObject({ new: 1, unchanged: 1 });
    expect(evaluation.verdict).toBe("fail");
  });

  it("counts a finding without a fingerprint as new, always", async () => {
    const policy = await policyOf("baseline: { new-only: true }\nseverity: { fail-on: High }");
    const anonymous = aFinding({ id: undefined, attributes: [], severity: "High" });
    const baseline = baselineOf(policy, [anonymous]);
    expect(baseline.size).toBe(0);
    const evaluation = evaluate(policy, [anonymous], { now: NOW, baseline });
    expect(evaluation.verdict).toBe("fail");
    expect(evaluation.baseline?.unfingerprinted).toBe(1);
  });

  it("still waives new findings an exception matches", async () => {
    const policy = await policyOf(
      "baseline: { new-only: true }\nseverity: { fail-on: High }\nexceptions:\n  - { id: E, reason: accepted, expires: '2026-12-31', match: { id: CVE-2024-9 } }",
    );
    const evaluation = evaluate(policy, [...OLD, onHost("CVE-2024-9", "i-3")], {
      now: NOW,
      baseline: baselineOf(policy, OLD),
    });
    expect(evaluation.verdict).toBe("pass");
  });

  it("counts every finding without a baseline, whatever the policy says", async () => {
    const policy = await policyOf("baseline: { new-only: true }\nseverity: { fail-on: High }");
    const evaluation = evaluate(policy, OLD, { now: NOW });
    expect(evaluation.verdict).toBe("fail");
    expect(evaluation.baseline).toBeUndefined();
  });

  it("decides the same whatever order the findings arrive in", async () => {
    const policy = await policyOf(
      "baseline: { new-only: true }\nseverity: { max: { High: 1, Medium: 0 } }\nrules:\n  - id: r\n    max: 1\n    match: { asset: { agent-id: i-1 } }",
    );
    const old = [...OLD, onHost("CVE-2021-3", "i-3"), onHost("CVE-2021-4", "i-1", "Medium")];
    const baseline = baselineOf(policy, old);
    const pool = [
      ...old,
      onHost("CVE-2022-1", "i-1"),
      onHost("CVE-2022-2", "i-2", "Medium"),
      onHost("CVE-2021-1", "i-1", "Medium"),
      onHost("CVE-2022-3", "i-4"),
    ];
    const summary = (findings: Finding[]) => {
      const e = evaluate(policy, findings, { now: NOW, baseline });
      return {
        verdict: e.verdict,
        severity: e.severity.map((l) => [l.count, l.baseline]),
        rules: e.rules.map((r) => [r.matched, r.baseline]),
        comparison: e.baseline,
        fingerprints: e.fingerprints,
      };
    };
    const reference = summary(pool);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }),
        (shuffled) => {
          expect(summary(shuffled)).toEqual(reference);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("fingerprints in an evaluation", () => {
  it("group every finding by severity and the rules it matched before exceptions, sorted", async () => {
    const policy = await policyOf(
      "severity: { fail-on: High }\nrules:\n  - id: a\n    match: { id: CVE-2021-1 }\n  - id: b\n    match: { asset: { agent-id: i-1 } }\nexceptions:\n  - { id: E, reason: r, expires: '2026-12-31', match: { id: CVE-2021-1 } }",
    );
    const evaluation = evaluate(policy, OLD, { now: NOW, fingerprints: true });
    const groups = evaluation.fingerprints!.groups.map((g) => [g.severity, g.rules, g.fingerprints.length]);
    expect(groups).toEqual([
      ["High", ["a", "b"], 1],
      ["High", ["b"], 1],
      ["Medium", ["a"], 1],
    ]);
    expect(evaluation.fingerprints?.algorithm).toBe("inspector-gate/v1");
  });

  it("serve as a baseline of the same findings: nothing new, nothing gone", async () => {
    const policy = await policyOf("severity: { fail-on: Low }");
    const evaluation = evaluate(policy, OLD, {
      now: NOW,
      baseline: baselineOf(policy, OLD),
      fingerprints: true,
    });
    expect(evaluation.baseline?.new).toMatchObject({ High: 0, Medium: 0 });
    expect(evaluation.baseline?.absent).toMatchObject({ High: 0, Medium: 0 });
    // Without new-only, a baseline changes nothing about the verdict.
    expect(evaluation.verdict).toBe("fail");
    expect(evaluation.severity.find((l) => l.severity === "High")?.baseline?.mode).toBe("all");
  });
});
