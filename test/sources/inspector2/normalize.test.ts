import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/model.js";
import {
  Inspector2FindingReader,
  looksLikeInspector2Finding,
} from "../../../src/sources/inspector2/normalize.js";

const FIXTURE = JSON.parse(
  readFileSync(new URL("../../fixtures/inspector2/ecr-finding.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

function read(value: unknown): { finding: Finding | undefined; problems: string[] } {
  const problems: string[] = [];
  const reader = new Inspector2FindingReader({ problems: { add: (p) => problems.push(p) } });
  return { finding: reader.convert(value, 0), problems };
}

function withField(path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(FIXTURE);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

describe("the Inspector (v2) normaliser", () => {
  it("reads a finding as the AWS CLI prints it, keeping the facts a policy and a reviewer use", () => {
    const { finding, problems } = read(FIXTURE);
    expect(problems).toEqual([]);
    expect(finding).toMatchObject({
      arn: "arn:aws:inspector2:us-east-1:111122223333:finding/0d3b4c5a6e7f8091a2b3c4d5e6f70819",
      id: "CVE-2024-1086",
      title: "CVE-2024-1086 - linux-libc-dev",
      severity: "High",
      awsAccountId: "111122223333",
      type: "PACKAGE_VULNERABILITY",
      status: "ACTIVE",
      fixAvailable: "YES",
      exploitAvailable: "NO",
      inspectorScore: 7.8,
      epss: { score: 0.00042 },
      firstObservedAt: "2024-05-02T14:03:11.417Z",
      lastObservedAt: "2024-05-09T02:40:55.908Z",
      packageVulnerabilityDetails: {
        vulnerabilityId: "CVE-2024-1086",
        source: "UBUNTU_CVE",
        vendorSeverity: "high",
        vulnerablePackages: [
          { name: "linux-libc-dev", version: "5.15.0", fixedInVersion: "0:5.15.0-101.111" },
        ],
      },
      resources: [
        {
          type: "AWS_ECR_CONTAINER_IMAGE",
          region: "us-east-1",
          tags: { team: "payments" },
          details: {
            awsEcrContainerImage: {
              repositoryName: "payments-api",
              imageHash: "sha256:9b2a7c1d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
              imageTags: ["1.4.2", "latest"],
              pushedAt: "2024-05-02T14:01:47.000Z",
            },
          },
        },
      ],
    });
    expect(looksLikeInspector2Finding(FIXTURE)).toBe(true);
    expect(looksLikeInspector2Finding({ arn: "arn:aws:inspector:…" })).toBe(false);
  });

  it("reads the same finding whatever form its timestamps take (SDK Dates, epoch seconds, a space for T)", () => {
    const forms: unknown[] = [
      new Date("2024-05-02T14:03:11.417Z"),
      1714658591.417,
      "2024-05-02 14:03:11.417+00:00",
      "2024-05-02T16:03:11.417+02:00",
    ];
    for (const form of forms) {
      const { finding, problems } = read(withField(["firstObservedAt"], form));
      expect(problems).toEqual([]);
      expect(finding?.firstObservedAt).toBe("2024-05-02T14:03:11.417Z");
    }
  });

  it.each([
    ["missing", undefined, "severity is missing"],
    ["lower-case", "high", "severity 'high' is not one of"],
    ["unknown", "SEVERE", "severity 'SEVERE' is not one of"],
    ["not a string", 4, "severity 4 is not one of"],
  ])("refuses a %s severity rather than reading it as a lower one", (_name, value, message) => {
    const { finding, problems } = read(withField(["severity"], value));
    expect(finding).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it("maps every severity of the service onto the model's", () => {
    const seen = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNTRIAGED"].map(
      (s) => read(withField(["severity"], s)).finding?.severity,
    );
    expect(seen).toEqual(["Critical", "High", "Medium", "Low", "Informational", "Untriaged"]);
  });

  it.each([
    [["status"], "OPEN", "status 'OPEN' is not one of ACTIVE, SUPPRESSED, CLOSED"],
    [["status"], undefined, "status is missing"],
    [["type"], "MALWARE", "type 'MALWARE' is not one of"],
    [["fixAvailable"], "MAYBE", "fixAvailable 'MAYBE' is not one of YES, NO, PARTIAL"],
    [["inspectorScore"], 11, "inspectorScore 11 is out of range"],
    [["epss"], { score: 1.5 }, "epss.score 1.5 is out of range"],
    [["resources"], [], "resources must be a non-empty list"],
    [["resources"], undefined, "resources must be a non-empty list"],
    [["firstObservedAt"], "yesterday", "firstObservedAt 'yesterday' is not a timestamp"],
    [["findingArn"], "", "findingArn must be a non-empty string"],
    [["packageVulnerabilityDetails"], undefined, "has no packageVulnerabilityDetails"],
  ])("refuses %j = %j, naming the field", (path, value, message) => {
    const { finding, problems } = read(withField(path as string[], value));
    expect(finding).toBeUndefined();
    expect(problems.join("\n")).toContain(message);
  });

  it("refuses a resource of a type the service does not have", () => {
    const resources = structuredClone(FIXTURE.resources) as Record<string, unknown>[];
    resources[0]!.type = "AWS_S3_BUCKET";
    const { finding, problems } = read(withField(["resources"], resources));
    expect(finding).toBeUndefined();
    expect(problems.join("\n")).toContain("resources[0].type 'AWS_S3_BUCKET' is not one of");
  });

  it("names the finding's place in every problem", () => {
    const problems: string[] = [];
    const reader = new Inspector2FindingReader({
      problems: { add: (p) => problems.push(p) },
      where: (i) => `export.json: findings[${i}]`,
    });
    expect(reader.convert(withField(["severity"], "nope"), 7)).toBeUndefined();
    expect(problems[0]).toMatch(/^export\.json: findings\[7\]: severity 'nope'/);
    // The reader is reused: a good finding after a bad one is read whole.
    expect(reader.convert(FIXTURE, 8)?.severity).toBe("High");
  });
});
