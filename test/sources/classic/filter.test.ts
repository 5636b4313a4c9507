import { describe, expect, it } from "vitest";
import { isSeverityOnlyFilter, toFindingFilter } from "../../../src/sources/classic/filter.js";

const CVE = "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p";
const CIS = "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-H5hpSawc";
const names = new Map([
  [CVE, "Common Vulnerabilities and Exposures"],
  [CIS, "CIS Operating System Security Configuration Benchmarks"],
]);

describe("toFindingFilter", () => {
  it("maps every server-side condition and resolves rules package names to ARNs", () => {
    expect(
      toFindingFilter(
        {
          severities: ["High", "Medium"],
          rulesPackages: ["Common Vulnerabilities and Exposures", CIS],
          attributes: [{ key: "CVE_ID", value: "CVE-2021-44228" }],
          userAttributes: [{ key: "team", value: "payments" }],
          agentIds: ["i-1"],
          autoScalingGroups: ["prod"],
        },
        names,
      ),
    ).toEqual({
      severities: ["High", "Medium"],
      rulesPackageArns: [CVE, CIS],
      attributes: [{ key: "CVE_ID", value: "CVE-2021-44228" }],
      userAttributes: [{ key: "team", value: "payments" }],
      agentIds: ["i-1"],
      autoScalingGroups: ["prod"],
    });
  });

  it("only ever widens: drops constraints it cannot send, undefined when nothing is left", () => {
    expect(toFindingFilter(undefined, names)).toBeUndefined();
    expect(toFindingFilter({}, names)).toBeUndefined();
    // A name that is no package of this run: nothing resolves, so the constraint is dropped.
    expect(toFindingFilter({ rulesPackages: ["No Such Package"] }, names)).toBeUndefined();
    // Over the model's bounds (agentIds ≤ 99): dropped rather than truncated (it is an any-of list).
    const many = Array.from({ length: 100 }, (_, i) => `i-${i}`);
    expect(toFindingFilter({ agentIds: many, severities: ["High"] }, names)).toEqual({
      severities: ["High"],
    });
    // All-of lists are truncated to 50 (fewer conditions select more).
    const attrs = Array.from({ length: 60 }, (_, i) => ({ key: `k${i}`, value: "v" }));
    expect(toFindingFilter({ attributes: attrs }, names)?.attributes).toHaveLength(50);
  });

  it("knows a severity-only filter", () => {
    expect(isSeverityOnlyFilter({ severities: ["High"] })).toBe(true);
    expect(isSeverityOnlyFilter({ severities: ["High"], agentIds: ["i-1"] })).toBe(false);
    expect(isSeverityOnlyFilter(undefined)).toBe(false);
  });
});
