/**
 * Contract: every Inspector v2 operation the emulator serves, through the real
 * @aws-sdk/client-inspector2 over HTTP, paginators included. After each test, every raw response is
 * held against the v2 service model (outputs, and error answers against the errors the operation
 * declares, typed by x-amzn-ErrorType).
 */
import {
  BatchGetAccountStatusCommand,
  BatchGetFindingDetailsCommand,
  CancelFindingsReportCommand,
  CreateFindingsReportCommand,
  GetFindingsReportStatusCommand,
  ListCoverageCommand,
  ListCoverageStatisticsCommand,
  ListFindingAggregationsCommand,
  ListFindingsCommand,
  paginateListCoverage,
  paginateListCoverageStatistics,
  paginateListFindingAggregations,
  paginateListFindings,
} from "@aws-sdk/client-inspector2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HANDLERS2 } from "../../../src/emulator/inspector2/operations.js";
import { collect } from "../../helpers/emulator.js";
import { answerProblems2, CHECK2, startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

let t: TestEmulator2;
const seen = new Set<string>();

beforeAll(async () => {
  t = await startTestEmulator2({ seed: "contract2", inspector2: { findings: 260 } });
});

afterAll(async () => {
  await t.stop();
  // Every operation the emulator serves went through the SDK and had its answers checked.
  expect(Object.keys(HANDLERS2).filter((op) => !seen.has(op))).toEqual([]);
});

afterEach(() => {
  const problems: string[] = [];
  for (const r of t.responses.splice(0)) {
    seen.add(r.operation);
    expect(r.headers["x-amzn-requestid"], `${r.operation} x-amzn-RequestId`).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers["content-type"]).toBe("application/json");
    problems.push(...answerProblems2(r));
  }
  expect(problems).toEqual([]);
});

describe("ListFindings", () => {
  it("pages through every visible finding, never more than the model's 25 a page", async () => {
    const all = await collect(paginateListFindings({ client: t.client, pageSize: 100 }, {}));
    const findings = all.flatMap((p) => p.findings ?? []);
    expect(all.every((p) => (p.findings?.length ?? 0) <= 25)).toBe(true);
    expect(all.length).toBe(Math.ceil(findings.length / 25));
    const truth = t.emulator.inspector2.findings();
    expect(findings.map((f) => f.findingArn)).toEqual(truth.map((f) => f.findingArn));
    expect(new Set(findings.map((f) => f.findingArn)).size).toBe(findings.length);
    // The SDK's parsed output fits the model too (Dates for timestamps).
    expect(all.flatMap((p) => CHECK2.outputProblems("ListFindings", p, "sdk"))).toEqual([]);
  });

  it("honours a smaller maxResults", async () => {
    const out = await t.client.send(new ListFindingsCommand({ maxResults: 7 }));
    expect(out.findings).toHaveLength(7);
    expect(out.nextToken).toBeTruthy();
  });

  it("sorts by the sort criteria, ties in the order found", async () => {
    const out = await t.client.send(
      new ListFindingsCommand({
        maxResults: 25,
        sortCriteria: { field: "INSPECTOR_SCORE", sortOrder: "DESC" },
        filterCriteria: { findingType: [{ comparison: "EQUALS", value: "PACKAGE_VULNERABILITY" }] },
      }),
    );
    const scores = (out.findings ?? []).map((f) => f.inspectorScore ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("carries every finding type, status and the facts a gate needs", async () => {
    const findings = t.emulator.inspector2.findings();
    expect(new Set(findings.map((f) => f.type))).toEqual(
      new Set(["PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY", "CODE_VULNERABILITY"]),
    );
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set(["ACTIVE", "SUPPRESSED", "CLOSED"]));
    const pkg = findings.find((f) => f.type === "PACKAGE_VULNERABILITY" && f.fixAvailable === "YES")!;
    expect(pkg.packageVulnerabilityDetails?.vulnerablePackages?.[0]?.fixedInVersion).toBeTruthy();
    expect(pkg.epss?.score).toBeGreaterThan(0);
    expect(pkg.inspectorScoreDetails?.adjustedCvss?.scoringVector).toMatch(/^CVSS:3\.1\//);
  });
});

describe("ListCoverage", () => {
  it("pages through every coverage record", async () => {
    const all = await collect(paginateListCoverage({ client: t.client, pageSize: 7 }, {}));
    const records = all.flatMap((p) => p.coveredResources ?? []);
    expect(all.every((p) => (p.coveredResources?.length ?? 0) <= 7)).toBe(true);
    expect(records.map((r) => `${r.resourceId} ${r.scanType}`)).toEqual(
      t.emulator.inspector2.coverage().map((r) => `${r.resourceId} ${r.scanType}`),
    );
  });

  it("filters on the server", async () => {
    const out = await t.client.send(
      new ListCoverageCommand({
        filterCriteria: { resourceType: [{ comparison: "EQUALS", value: "AWS_EC2_INSTANCE" }] },
      }),
    );
    expect(out.coveredResources?.length).toBeGreaterThan(0);
    expect(out.coveredResources?.every((r) => r.resourceType === "AWS_EC2_INSTANCE")).toBe(true);
  });
});

describe("ListCoverageStatistics", () => {
  it("counts resources by group, five groups a page", async () => {
    const all = await collect(
      paginateListCoverageStatistics({ client: t.client }, { groupBy: "SCAN_STATUS_REASON" }),
    );
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((p) => (p.countsByGroup?.length ?? 0) <= 5)).toBe(true);
    const total = all[0]!.totalCounts!;
    expect(all.every((p) => p.totalCounts === total)).toBe(true);
    const reasons = all.flatMap((p) => p.countsByGroup ?? []).map((c) => c.groupKey as string);
    expect(reasons).toContain("SUCCESSFUL");
    expect(reasons).toContain("PENDING_INITIAL_SCAN");
  });

  it("answers a total without groupBy", async () => {
    const out = await t.client.send(new ListCoverageStatisticsCommand({}));
    expect(out.totalCounts).toBeGreaterThan(0);
    expect(out.countsByGroup).toBeUndefined();
  });
});

describe("ListFindingAggregations", () => {
  it.each([
    "ACCOUNT",
    "AMI",
    "AWS_EC2_INSTANCE",
    "AWS_ECR_CONTAINER",
    "AWS_LAMBDA_FUNCTION",
    "CODE_REPOSITORY",
    "FINDING_TYPE",
    "IMAGE_LAYER",
    "LAMBDA_LAYER",
    "PACKAGE",
    "REPOSITORY",
    "TITLE",
  ] as const)("aggregates by %s", async (aggregationType) => {
    const all = await collect(
      paginateListFindingAggregations({ client: t.client, pageSize: 10 }, { aggregationType }),
    );
    expect(all.every((p) => p.aggregationType === aggregationType)).toBe(true);
  });

  it("counts ACTIVE findings by repository, filtered by the aggregation's own filter", async () => {
    const out = await t.client.send(
      new ListFindingAggregationsCommand({
        aggregationType: "REPOSITORY",
        aggregationRequest: {
          repositoryAggregation: { repositories: [{ comparison: "EQUALS", value: "storefront/api" }] },
        },
      }),
    );
    const active = t.emulator.inspector2
      .findings()
      .filter(
        (f) =>
          f.status === "ACTIVE" &&
          f.resources?.[0]?.details?.awsEcrContainerImage?.repositoryName === "storefront/api",
      );
    expect(out.responses).toHaveLength(1);
    expect(out.responses?.[0]?.repositoryAggregation?.severityCounts?.all).toBe(active.length);
  });
});

describe("BatchGetFindingDetails and BatchGetAccountStatus", () => {
  it("gives vulnerability details, CISA KEV data for known exploited CVEs", async () => {
    const kev = t.emulator.inspector2
      .findings()
      .filter((f) => f.packageVulnerabilityDetails?.vulnerabilityId === "CVE-2021-44228");
    expect(kev.length).toBeGreaterThan(0);
    const out = await t.client.send(
      new BatchGetFindingDetailsCommand({ findingArns: kev.slice(0, 10).map((f) => f.findingArn!) }),
    );
    expect(out.errors).toEqual([]);
    expect(out.findingDetails?.[0]?.cisaData?.dateAdded).toEqual(new Date("2021-12-10T00:00:00Z"));
  });

  it("reports the account enabled", async () => {
    const out = await t.client.send(new BatchGetAccountStatusCommand({}));
    expect(out.accounts?.[0]?.state?.status).toBe("ENABLED");
    expect(out.accounts?.[0]?.resourceState?.ecr?.status).toBe("ENABLED");
  });
});

describe("findings reports", () => {
  it("creates, reads and cancels a report, echoing its destination and filter", async () => {
    const s3Destination = {
      bucketName: "reports",
      keyPrefix: "inspector",
      kmsKeyArn: "arn:aws:kms:us-west-2:123456789012:key/8f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b",
    };
    const filterCriteria = { severity: [{ comparison: "EQUALS" as const, value: "CRITICAL" }] };
    const { reportId } = await t.client.send(
      new CreateFindingsReportCommand({ reportFormat: "JSON", s3Destination, filterCriteria }),
    );
    const status = await t.client.send(new GetFindingsReportStatusCommand({ reportId }));
    expect(status).toMatchObject({
      reportId,
      status: "IN_PROGRESS",
      destination: s3Destination,
      filterCriteria,
    });
    await t.client.send(new CancelFindingsReportCommand({ reportId: reportId! }));
    expect((await t.client.send(new GetFindingsReportStatusCommand({ reportId }))).status).toBe("CANCELLED");
  });
});
