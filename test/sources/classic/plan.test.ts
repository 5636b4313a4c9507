/** The fetch plan (what Inspector may filter server-side) and the reference semantics of its filter. */
import { describe, expect, it } from "vitest";
import type { Policy } from "../../../src/policy/types.js";
import { matchesServerFilter, planFetch } from "../../../src/sources/classic/filter.js";
import { aFinding, CVE_PACKAGE, NR_PACKAGE, policyOf } from "../../policy/builders.js";

describe("planFetch", () => {
  it("decides severity-only policies from counts: no rules and no exceptions", async () => {
    expect(planFetch(await policyOf("version: 1", "extends: inspector-gate:strict"))).toEqual({
      severityOnly: true,
    });
    const withRule = await policyOf(
      "version: 1",
      "severity: { fail-on: High }",
      "rules:",
      "  - id: r",
      "    match: {}",
    );
    expect(planFetch(withRule)).toEqual({ severityOnly: false });
  });

  it("asks only for the severities some limit or rule can count", async () => {
    const policy = await policyOf(
      "version: 1",
      "severity: { fail-on: High }",
      "rules:",
      "  - id: r",
      "    match: { min-severity: Medium, id: 'CVE-*' }",
    );
    expect(planFetch(policy)).toEqual({
      severityOnly: false,
      filter: { severities: ["Critical", "High", "Medium"] },
    });
  });

  it("maps exact attribute pairs every target requires", async () => {
    const policy = await policyOf(
      "version: 1",
      "rules:",
      "  - id: a",
      "    match:",
      `      rules-package: "${CVE_PACKAGE.name}"`,
      "      attributes: { CVE_ID: CVE-2021-44228, INSTANCE_ID: 'i-*' }",
      "      user-attributes: { team: payments }",
      "      asset: { agent-id: [i-1, i-2], auto-scaling-group: prod-web }",
    );
    expect(planFetch(policy)).toEqual({
      severityOnly: false,
      filter: {
        rulesPackages: [CVE_PACKAGE.name],
        agentIds: ["i-1", "i-2"],
        autoScalingGroups: ["prod-web"],
        attributes: [{ key: "CVE_ID", value: "CVE-2021-44228" }],
        userAttributes: [{ key: "team", value: "payments" }],
      },
    });
  });

  it("unions list fields across targets and keeps only the pairs all of them require", async () => {
    const policy = await policyOf(
      "version: 1",
      "rules:",
      "  - id: a",
      `    match: { rules-package: "${CVE_PACKAGE.name}", severity: High, attributes: { X: '1', Y: '2' } }`,
      "  - id: b",
      `    match: { rules-package: "${NR_PACKAGE.arn}", severity: Low, attributes: { X: '1' } }`,
    );
    expect(planFetch(policy)).toEqual({
      severityOnly: false,
      filter: {
        severities: ["High", "Low"],
        rulesPackages: [NR_PACKAGE.arn, CVE_PACKAGE.name].sort(),
        attributes: [{ key: "X", value: "1" }],
      },
    });
  });

  it("leaves a field open as soon as one target does not restrict it", async () => {
    const policy = await policyOf(
      "version: 1",
      "severity: { max: { Low: 5 } }",
      "rules:",
      "  - id: a",
      `    match: { rules-package: "${CVE_PACKAGE.name}", attributes: { X: '1' }, severity: Low }`,
    );
    // The Low limit counts every Low finding, whatever its package or attributes.
    expect(planFetch(policy)).toEqual({ severityOnly: false, filter: { severities: ["Low"] } });
  });

  it("maps no glob, regex or list of attribute values (FindingFilter can say none of them)", async () => {
    const policy = await policyOf(
      "version: 1",
      "rules:",
      "  - id: a",
      "    match:",
      "      rules-package: 'Common*'",
      "      attributes: { CVE_ID: [CVE-1, CVE-2], PORT: { regex: '22' } }",
      "      asset: { agent-id: 'i-*' }",
    );
    expect(planFetch(policy)).toEqual({ severityOnly: false });
  });

  it("ignores exceptions: they only take findings away", async () => {
    const policy = await policyOf(
      "version: 1",
      "severity: { fail-on: High }",
      "exceptions:",
      "  - id: E",
      "    reason: r",
      "    expires: 2099-01-01",
      "    match: { severity: Low }",
    );
    expect(planFetch(policy)).toEqual({ severityOnly: false, filter: { severities: ["Critical", "High"] } });
  });

  it("fetches everything when nothing can count (no superset to narrow to)", () => {
    const policy: Policy = {
      version: 1,
      files: [],
      severityLimits: [],
      rules: [],
      exceptions: [
        {
          id: "E",
          reason: "r",
          expires: "2099-01-01",
          match: { id: "x" },
          source: { file: "p", line: 1, column: 1 },
        },
      ],
      coverage: { minAgents: 1, unhealthyAgents: "warn" },
    };
    expect(planFetch(policy)).toEqual({ severityOnly: false });
  });
});

describe("matchesServerFilter", () => {
  const f = aFinding({
    severity: "Medium",
    attributes: [
      { key: "CVE_ID", value: "CVE-1" },
      { key: "CVE_ID", value: "CVE-2" },
    ],
    userAttributes: [{ key: "team", value: "payments" }],
  });

  it("treats every field as a conjunction and each list as any of", () => {
    expect(matchesServerFilter(f, {})).toBe(true);
    expect(matchesServerFilter(f, { severities: ["High", "Medium"] })).toBe(true);
    expect(matchesServerFilter(f, { severities: ["High"] })).toBe(false);
    expect(matchesServerFilter(f, { severities: [] })).toBe(true);
    expect(matchesServerFilter(f, { rulesPackages: [CVE_PACKAGE.arn] })).toBe(true);
    expect(matchesServerFilter(f, { rulesPackages: [CVE_PACKAGE.name] })).toBe(true);
    expect(matchesServerFilter(f, { rulesPackages: [NR_PACKAGE.arn] })).toBe(false);
    expect(matchesServerFilter(f, { agentIds: ["i-0abc", "i-x"] })).toBe(true);
    expect(matchesServerFilter(f, { agentIds: ["i-x"] })).toBe(false);
    expect(matchesServerFilter(f, { autoScalingGroups: ["prod-web"] })).toBe(true);
    expect(matchesServerFilter(aFinding({ asset: {} }), { autoScalingGroups: ["prod-web"] })).toBe(false);
  });

  it("requires every listed attribute pair to be present, exactly", () => {
    const both = [
      { key: "CVE_ID", value: "CVE-1" },
      { key: "CVE_ID", value: "CVE-2" },
    ];
    expect(matchesServerFilter(f, { attributes: both })).toBe(true);
    expect(matchesServerFilter(f, { attributes: [...both, { key: "CVE_ID", value: "CVE-3" }] })).toBe(false);
    expect(matchesServerFilter(f, { attributes: [{ key: "CVE_ID", value: "CVE" }] })).toBe(false);
    expect(matchesServerFilter(f, { userAttributes: [{ key: "team", value: "payments" }] })).toBe(true);
    expect(matchesServerFilter(f, { userAttributes: [{ key: "team", value: "search" }] })).toBe(false);
  });
});
