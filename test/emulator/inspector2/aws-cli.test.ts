/**
 * The AWS CLI (`aws inspector2`, botocore's own restJson1 serializers, signer, paginators and error
 * parser) as a second, independent client of the v2 emulator: list findings with a filter, paginate
 * them, list coverage, read errors. Virtual time cannot cross processes, so the emulator runs on the
 * real clock with a high time scale (its seeded pending scans complete within a second). Skipped only
 * when `aws` is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../src/emulator/index.js";
import { awsClient, hasAwsCli } from "../../helpers/aws-cli.js";

let emulator: Emulator;

const aws = awsClient("inspector2", () => emulator.endpoint);

type Row = Record<string, unknown>;

describe.skipIf(!hasAwsCli())("the AWS CLI against the v2 emulator", () => {
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "aws-cli2", timeScale: 1000, inspector2: { findings: 180 } });
    // Past the seeded pending scans (90 s at a time scale of 1000).
    await new Promise((r) => setTimeout(r, 200));
  });

  afterAll(async () => {
    await emulator?.stop();
  });

  it("lists findings with a filter, as the SDK ground truth has them", async () => {
    const truth = emulator.inspector2
      .findings()
      .filter((f) => f.severity === "CRITICAL" || f.severity === "HIGH")
      .map((f) => f.findingArn);
    expect(truth.length).toBeGreaterThan(25);
    const out = await aws([
      "list-findings",
      "--filter-criteria",
      '{"severity":[{"comparison":"EQUALS","value":"CRITICAL"},{"comparison":"EQUALS","value":"HIGH"}]}',
    ]);
    expect(out.stderr).toBe("");
    const findings = out.json["findings"] as Row[];
    expect(findings.map((f) => f["findingArn"])).toEqual(truth);
    // botocore parsed the epoch-second timestamps (CLI v1 prints them as numbers, v2 as ISO-8601).
    expect(findings[0]!["firstObservedAt"]).toBeDefined();
  });

  it("paginates 25 findings a call whatever --page-size asks, and resumes from --starting-token", async () => {
    const truth = emulator.inspector2.findings().map((f) => f.findingArn);
    emulator.resetStats();
    const first = await aws(["list-findings", "--page-size", "100", "--max-items", "60"]);
    expect((first.json["findings"] as Row[]).map((f) => f["findingArn"])).toEqual(truth.slice(0, 60));
    expect(emulator.stats()["inspector2.ListFindings"]).toBe(3);
    const token = first.json["NextToken"] as string;
    expect(token).toBeTruthy();
    const rest = await aws(["list-findings", "--page-size", "100", "--starting-token", token]);
    expect((rest.json["findings"] as Row[]).map((f) => f["findingArn"])).toEqual(truth.slice(60));
    expect(rest.json["NextToken"]).toBeUndefined();
  });

  it("lists coverage with a filter", async () => {
    const out = await aws([
      "list-coverage",
      "--filter-criteria",
      '{"scanStatusCode":[{"comparison":"EQUALS","value":"INACTIVE"}]}',
    ]);
    const records = out.json["coveredResources"] as Row[];
    const truth = emulator.inspector2.coverage().filter((r) => r.scanStatus?.statusCode === "INACTIVE");
    expect(records.map((r) => [r["resourceId"], r["scanType"]])).toEqual(
      truth.map((r) => [r.resourceId, r.scanType]),
    );
    expect(records.every((r) => (r["scanStatus"] as Row)["statusCode"] === "INACTIVE")).toBe(true);
  });

  it("gets finding details with CISA KEV data", async () => {
    const kev = emulator.inspector2
      .findings()
      .find((f) => f.packageVulnerabilityDetails?.vulnerabilityId === "CVE-2021-44228")!;
    const out = await aws(["batch-get-finding-details", "--finding-arns", kev.findingArn!]);
    const detail = (out.json["findingDetails"] as Row[])[0]!;
    expect((detail["cisaData"] as Row)["action"]).toBe("Apply updates per vendor instructions.");
  });

  it("reports a validation error by its code and message", async () => {
    const out = await aws(["list-findings", "--max-results", "101"]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain(
      "An error occurred (ValidationException) when calling the ListFindings operation",
    );
    expect(out.stderr).toContain("less than or equal to 100");
  });

  it("refuses a token of another operation", async () => {
    const first = await aws(["list-findings", "--max-items", "1"]);
    const token = JSON.parse(Buffer.from(String(first.json["NextToken"]), "base64").toString("utf8")) as {
      nextToken: string;
    };
    const out = await aws(["list-coverage", "--next-token", token.nextToken]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain(
      "An error occurred (ValidationException) when calling the ListCoverage operation",
    );
  });
});
