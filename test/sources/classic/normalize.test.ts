import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import { describe, expect, it } from "vitest";
import { InspectorError } from "../../../src/errors.js";
import { ClassicFindingReader, normalizeFinding } from "../../../src/sources/classic/normalize.js";

const CVE = "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p";
const CIS = "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-H5hpSawc";
const names = new Map([
  [CVE, "Common Vulnerabilities and Exposures"],
  [CIS, "CIS Operating System Security Configuration Benchmarks"],
]);

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

  it("refuses a severity outside Classic's enum (missing, lower-case, unknown) as malformed data", () => {
    const base = {
      arn: "f-x",
      attributes: [],
      userAttributes: [],
      createdAt: undefined,
      updatedAt: undefined,
    };
    for (const [severity, why] of [
      [undefined, "severity is missing"],
      ["high", "severity 'high' is not one of High, Medium, Low, Informational, Undefined"],
      ["Critical", "severity 'Critical' is not one of"],
      ["UNTRIAGED", "severity 'UNTRIAGED' is not one of"],
    ] as const) {
      let error: unknown;
      try {
        normalizeFinding({ ...base, ...(severity ? { severity } : {}) } as SdkFinding);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InspectorError);
      expect((error as InspectorError).code).toBe("FINDINGS_MALFORMED");
      expect((error as InspectorError).exitCode).toBe(3);
      expect((error as Error).message).toContain(`finding f-x: ${why}`);
    }
  });
});

describe("rules package names: Inspector's answer, else Amazon's published table", () => {
  const finding = (rulesPackageArn: string): SdkFinding => ({
    arn: "f-1",
    severity: "Medium",
    serviceAttributes: { schemaVersion: 1, rulesPackageArn },
    attributes: [],
    userAttributes: [],
    createdAt: undefined,
    updatedAt: undefined,
  });

  it("names a published package from its ARN alone, in any region and in GovCloud", () => {
    expect(
      normalizeFinding(finding("arn:aws:inspector:us-east-1:316112463485:rulespackage/0-gEjTy7T7")),
    ).toMatchObject({ rulesPackageName: "Common Vulnerabilities and Exposures" });
    expect(
      normalizeFinding(
        finding("arn:aws-us-gov:inspector:us-gov-west-1:850862329162:rulespackage/0-rOTGqe5G"),
      ),
    ).toMatchObject({ rulesPackageName: "Security Best Practices" });
    // The same package id in its region under a masked account (as published samples print it).
    expect(
      normalizeFinding(finding("arn:aws:inspector:us-east-1:111122223333:rulespackage/0-PmNV0Tcd")),
    ).toMatchObject({ rulesPackageName: "Network Reachability" });
  });

  it("prefers DescribeRulesPackages' name, and marks a name neither knows as unresolved", () => {
    const custom = "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-vg5GGHSD";
    const named = normalizeFinding(finding(custom), new Map([[custom, "Runtime Behavior Analysis"]]));
    expect(named.rulesPackageName).toBe("Runtime Behavior Analysis");
    expect(named.unresolved).toBeUndefined();
    const reader = new ClassicFindingReader();
    const unknown = reader.convert(finding(custom));
    expect(unknown?.rulesPackageName).toBeUndefined();
    expect(unknown?.unresolved).toEqual(["rulesPackageName"]);
    expect(reader.unresolved()).toEqual({ findings: 1, arns: [custom] });
  });
});

describe("one normaliser for fetched and exported findings", () => {
  it("gives the same Finding for the SDK's object and the AWS CLI's JSON of it", () => {
    const sdk: SdkFinding = {
      arn: "arn:aws:inspector:us-west-2:1:target/0-t/template/0-p/run/0-r/finding/0-f",
      id: "CVE-2021-44228",
      title: "log4j",
      severity: "High",
      numericSeverity: 9,
      serviceAttributes: { schemaVersion: 1, rulesPackageArn: CVE },
      assetAttributes: { schemaVersion: 1, agentId: "i-1", hostname: "h", ipv4Addresses: ["10.0.0.1"] },
      attributes: [{ key: "CVE_ID", value: "CVE-2021-44228" }],
      userAttributes: [{ key: "team", value: "payments" }],
      createdAt: new Date("2026-01-01T00:00:00.123Z"),
      updatedAt: new Date("2026-01-02T00:00:00Z"),
    };
    // As `aws inspector describe-findings` prints it (CLI v1: epoch seconds).
    const cli = JSON.parse(JSON.stringify({ ...sdk, createdAt: 1767225600.123, updatedAt: 1767312000 }));
    const problems: string[] = [];
    const exported = new ClassicFindingReader({ problems: { add: (p) => problems.push(p) } }).convert(cli);
    expect(problems).toEqual([]);
    expect(exported).toEqual(normalizeFinding(sdk));
    const named = new ClassicFindingReader({ rulesPackageNames: names }).convert(sdk);
    expect(named?.rulesPackageName).toBe("Common Vulnerabilities and Exposures");
  });

  it("gathers an export's problems, and throws at the first one of what Inspector returned", () => {
    const odd = { arn: "x", severity: "Critical", attributes: [] };
    const problems: string[] = [];
    const strict = new ClassicFindingReader({ problems: { add: (p) => problems.push(p) } });
    expect(strict.convert(odd)).toBeUndefined();
    expect(problems).toEqual([
      "[0]: severity 'Critical' is not one of High, Medium, Low, Informational, Undefined",
    ]);
    expect(() => new ClassicFindingReader().convert(odd)).toThrow(InspectorError);
  });
});
