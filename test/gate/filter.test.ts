import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import { describe, expect, it } from "vitest";
import { judgeCoverage } from "../../src/inspector/coverage.js";
import { isSeverityOnlyFilter, toFindingFilter } from "../../src/inspector/filter.js";
import { normalizeFinding } from "../../src/inspector/normalize.js";
import type { CoverageInfo } from "../../src/result.js";

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

describe("normalizeFinding", () => {
  it("keeps what policies and reports use and drops the long texts", () => {
    const sdk: SdkFinding = {
      arn: "f1",
      id: "CVE-1",
      title: "t",
      description: "d".repeat(10_000),
      recommendation: "r",
      severity: "Medium",
      numericSeverity: 6,
      confidence: 10,
      indicatorOfCompromise: true,
      serviceAttributes: { schemaVersion: 1, rulesPackageArn: CVE },
      assetAttributes: {
        schemaVersion: 1,
        agentId: "i-1",
        hostname: "h",
        amiId: "ami-1",
        autoScalingGroup: "g",
        ipv4Addresses: [],
      },
      attributes: [{ key: "CVE_ID", value: "CVE-1" }],
      userAttributes: [],
      createdAt: new Date("2026-01-01T00:00:00Z"),
      updatedAt: new Date("2026-01-02T00:00:00Z"),
    };
    expect(normalizeFinding(sdk, names)).toEqual({
      arn: "f1",
      id: "CVE-1",
      title: "t",
      severity: "Medium",
      numericSeverity: 6,
      confidence: 10,
      indicatorOfCompromise: true,
      rulesPackageArn: CVE,
      rulesPackageName: "Common Vulnerabilities and Exposures",
      attributes: [{ key: "CVE_ID", value: "CVE-1" }],
      userAttributes: [],
      asset: { agentId: "i-1", hostname: "h", amiId: "ami-1", autoScalingGroup: "g" },
      createdAt: "2026-01-01T00:00:00.000Z",
    });
  });

  it("maps an unknown or missing severity to Undefined", () => {
    expect(
      normalizeFinding({
        arn: "x",
        attributes: undefined,
        userAttributes: undefined,
        createdAt: undefined,
        updatedAt: undefined,
      }).severity,
    ).toBe("Undefined");
  });
});

describe("judgeCoverage", () => {
  const info = (over: Partial<CoverageInfo>): CoverageInfo => ({
    agents: 3,
    healthy: 3,
    unhealthy: 0,
    reporting: 3,
    telemetryMessages: { InspectorTelemetry: 30 },
    unhealthyAgents: [],
    minAgents: 1,
    unhealthyPolicy: "warn",
    ...over,
  });

  it("accepts enough healthy reporting agents", () => {
    expect(judgeCoverage(info({}))).toEqual({ warnings: [] });
  });

  it("is an error when fewer healthy agents reported than min-agents", () => {
    const judged = judgeCoverage(
      info({
        healthy: 0,
        unhealthy: 3,
        reporting: 0,
        unhealthyAgents: [{ agentId: "i-1", healthCode: "UNHEALTHY" }],
      }),
    );
    expect(judged.error?.code).toBe("COVERAGE_INSUFFICIENT");
    expect(judged.error?.exitCode).toBe(3);
    expect(judged.error?.message).toContain("only 0 of 3 agents were healthy and reported telemetry");
    expect(judged.error?.message).toContain("i-1 (UNHEALTHY) and 2 more");
  });

  it("reports unhealthy agents per the setting", () => {
    const some = {
      healthy: 2,
      unhealthy: 1,
      reporting: 2,
      unhealthyAgents: [{ agentId: "i-3", healthCode: "SHUTDOWN" }],
    };
    expect(judgeCoverage(info({ ...some, unhealthyPolicy: "warn" })).warnings).toEqual([
      "1 of 3 agents was unhealthy during the run: i-3 (SHUTDOWN)",
    ]);
    expect(judgeCoverage(info({ ...some, unhealthyPolicy: "ignore" }))).toEqual({ warnings: [] });
    expect(judgeCoverage(info({ ...some, unhealthyPolicy: "fail" })).error?.code).toBe(
      "COVERAGE_UNHEALTHY_AGENTS",
    );
  });
});
