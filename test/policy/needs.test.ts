/** What a policy needs of a source, said without naming a service, and how targets combine. */
import { describe, expect, it } from "vitest";
import {
  applicablePolicy,
  commonPairs,
  neededSeverities,
  neededValues,
  policyNeeds,
} from "../../src/policy/plan.js";
import { policyOf } from "./builders.js";

describe("policyNeeds", () => {
  it("is severity-only with no rules and no exceptions, and lists no target then", async () => {
    expect(policyNeeds(await policyOf("version: 1", "severity: { fail-on: High }"))).toEqual({
      severityOnly: true,
      targets: [],
    });
  });

  it("gives one target per severity limit and per rule, with the exact values each requires", async () => {
    const needs = policyNeeds(
      await policyOf(
        "version: 1",
        "severity: { max: { Low: 3 } }",
        "rules:",
        "  - id: log4shell",
        "    match:",
        "      id: CVE-2021-44228",
        "      title: 'Package *'",
        "      min-severity: High",
        "      asset: { agent-id: [i-1, i-2], hostname: web-1 }",
        "      attributes: { CVE_ID: CVE-2021-44228, PORT: ['22', '23'] }",
      ),
    );
    expect(needs.severityOnly).toBe(false);
    expect(needs.targets.map((t) => [...t.severities])).toEqual([["Low"], ["High", "Critical"]]);
    expect(needs.targets[1]?.values).toEqual({
      id: ["CVE-2021-44228"],
      agentId: ["i-1", "i-2"],
      hostname: ["web-1"],
    });
    expect(needs.targets[1]?.attributes).toEqual([{ key: "CVE_ID", value: "CVE-2021-44228" }]);
  });
});

describe("combining targets", () => {
  it("unions values and severities, and opens a field as soon as one target leaves it open", async () => {
    const needs = policyNeeds(
      await policyOf(
        "version: 1",
        "rules:",
        "  - id: a",
        "    match: { severity: High, id: CVE-2, attributes: { X: '1', Y: '2' } }",
        "  - id: b",
        "    match: { severity: Low, id: CVE-1, attributes: { X: '1' } }",
      ),
    );
    expect(neededSeverities(needs)).toEqual(["High", "Low"]);
    expect(neededValues(needs, "id")).toEqual(["CVE-1", "CVE-2"]);
    expect(neededValues(needs, "agentId")).toBeUndefined();
    expect(commonPairs(needs, "attributes")).toEqual([{ key: "X", value: "1" }]);
    expect(commonPairs(needs, "userAttributes")).toBeUndefined();
  });
});

describe("applicablePolicy", () => {
  it("drops the limits on severities a source never reports, and keeps the policy otherwise", async () => {
    const policy = await policyOf("version: 1", "severity: { fail-on: Medium, max: { Untriaged: 0 } }");
    expect(policy.severityLimits.map((l) => l.severity)).toEqual(["Critical", "High", "Medium", "Untriaged"]);
    const classic = applicablePolicy(policy, ["Undefined", "Informational", "Low", "Medium", "High"]);
    expect(classic.severityLimits.map((l) => l.severity)).toEqual(["High", "Medium"]);
    expect(classic.rules).toBe(policy.rules);
    expect(applicablePolicy(policy, ["Untriaged", "Medium", "High", "Critical"])).toBe(policy);
  });
});
