/**
 * FilterCriteria and CoverageFilterCriteria semantics, as a table: each case lists through the SDK
 * with the criteria and compares with the emulator's ground truth filtered by a reference written
 * here from the documented semantics (AND across criteria; EQUALS/PREFIX joined by OR, NOT_EQUALS by
 * AND; ranges inclusive and joined by OR), reading the SDK's own Finding and CoveredResource objects.
 */
import {
  type CoverageFilterCriteria,
  type CoveredResource,
  type FilterCriteria,
  type Finding,
  paginateListCoverage,
  paginateListFindings,
} from "@aws-sdk/client-inspector2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { coverageFields, findingFields } from "../../../src/emulator/inspector2/fields.js";
import { collect } from "../../helpers/emulator.js";
import { answerProblems2, MODEL2, startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

let t: TestEmulator2;
let truth: Finding[];
let coverage: CoveredResource[];

beforeAll(async () => {
  t = await startTestEmulator2({ seed: "filters2", inspector2: { findings: 400 } });
  // Past the seeded pending scans, so every resource has findings and coverage to filter.
  t.clock.advance(3600_000);
  truth = t.emulator.inspector2.findings();
  coverage = t.emulator.inspector2.coverage();
});

afterAll(async () => {
  await t.stop();
});

afterEach(() => {
  expect(t.responses.splice(0).flatMap(answerProblems2)).toEqual([]);
});

const res = (f: Finding) => f.resources?.[0];
const image = (f: Finding) => res(f)?.details?.awsEcrContainerImage;
const packages = (f: Finding) => f.packageVulnerabilityDetails?.vulnerablePackages ?? [];
const score = (f: Finding) => f.inspectorScore;
const oneOf = (v: string | undefined, values: string[]) => v !== undefined && values.includes(v);

async function listed(filterCriteria: FilterCriteria): Promise<string[]> {
  const all = await collect(paginateListFindings({ client: t.client, pageSize: 100 }, { filterCriteria }));
  return all.flatMap((p) => p.findings ?? []).map((f) => f.findingArn!);
}

interface Case {
  readonly name: string;
  readonly criteria: () => FilterCriteria;
  readonly expected: (f: Finding) => boolean;
}

const CASES: readonly Case[] = [
  {
    name: "one EQUALS",
    criteria: () => ({ severity: [{ comparison: "EQUALS", value: "CRITICAL" }] }),
    expected: (f) => f.severity === "CRITICAL",
  },
  {
    name: "two EQUALS in one criterion are joined by OR",
    criteria: () => ({
      severity: [
        { comparison: "EQUALS", value: "CRITICAL" },
        { comparison: "EQUALS", value: "HIGH" },
      ],
    }),
    expected: (f) => oneOf(f.severity, ["CRITICAL", "HIGH"]),
  },
  {
    name: "NOT_EQUALS filters are joined by AND",
    criteria: () => ({
      severity: [
        { comparison: "NOT_EQUALS", value: "LOW" },
        { comparison: "NOT_EQUALS", value: "MEDIUM" },
      ],
    }),
    expected: (f) => !oneOf(f.severity, ["LOW", "MEDIUM"]),
  },
  {
    name: "EQUALS with NOT_EQUALS: any EQUALS and no NOT_EQUALS",
    criteria: () => ({
      vulnerabilityId: [
        { comparison: "PREFIX", value: "CVE-2023-" },
        { comparison: "NOT_EQUALS", value: "CVE-2023-44487" },
      ],
    }),
    expected: (f) => {
      const id = f.packageVulnerabilityDetails?.vulnerabilityId;
      return !!id?.startsWith("CVE-2023-") && id !== "CVE-2023-44487";
    },
  },
  {
    name: "PREFIX or EQUALS on titles",
    criteria: () => ({
      title: [
        { comparison: "PREFIX", value: "CVE-2021-" },
        { comparison: "EQUALS", value: "Port 22 is reachable from an Internet Gateway - TCP" },
      ],
    }),
    expected: (f) =>
      !!f.title?.startsWith("CVE-2021-") || f.title === "Port 22 is reachable from an Internet Gateway - TCP",
  },
  {
    name: "EQUALS on a multi-valued field: any of its values",
    criteria: () => ({ ecrImageTags: [{ comparison: "EQUALS", value: "latest" }] }),
    expected: (f) => !!image(f)?.imageTags?.includes("latest"),
  },
  {
    name: "NOT_EQUALS on a multi-valued field: none of its values; an absent field matches",
    criteria: () => ({ ecrImageTags: [{ comparison: "NOT_EQUALS", value: "latest" }] }),
    expected: (f) => !image(f)?.imageTags?.includes("latest"),
  },
  {
    name: "criteria are joined by AND",
    criteria: () => ({
      ecrImageRepositoryName: [{ comparison: "PREFIX", value: "storefront/" }],
      severity: [{ comparison: "EQUALS", value: "HIGH" }],
      findingStatus: [{ comparison: "EQUALS", value: "ACTIVE" }],
    }),
    expected: (f) =>
      !!image(f)?.repositoryName?.startsWith("storefront/") && f.severity === "HIGH" && f.status === "ACTIVE",
  },
  {
    name: "a number range includes its lower bound",
    criteria: () => ({ inspectorScore: [{ lowerInclusive: 9.8 }] }),
    expected: (f) => (score(f) ?? -1) >= 9.8,
  },
  {
    name: "a number range includes its upper bound",
    criteria: () => ({ inspectorScore: [{ upperInclusive: 3.7 }] }),
    expected: (f) => score(f) !== undefined && score(f)! <= 3.7,
  },
  {
    name: "two number ranges are joined by OR; findings without a score match neither",
    criteria: () => ({
      inspectorScore: [
        { lowerInclusive: 0, upperInclusive: 4 },
        { lowerInclusive: 9.5, upperInclusive: 10 },
      ],
    }),
    expected: (f) => score(f) !== undefined && (score(f)! <= 4 || score(f)! >= 9.5),
  },
  {
    name: "EPSS score",
    criteria: () => ({ epssScore: [{ lowerInclusive: 0.5 }] }),
    expected: (f) => (f.epss?.score ?? -1) >= 0.5,
  },
  {
    name: "a date range includes both bounds",
    criteria: () => {
      const times = [...new Set(truth.map((f) => f.firstObservedAt!.getTime()))].sort((a, b) => a - b);
      return {
        firstObservedAt: [{ startInclusive: new Date(times[1]!), endInclusive: new Date(times[3]!) }],
      };
    },
    expected: (f) => {
      const times = [...new Set(truth.map((x) => x.firstObservedAt!.getTime()))].sort((a, b) => a - b);
      const at = f.firstObservedAt!.getTime();
      return at >= times[1]! && at <= times[3]!;
    },
  },
  {
    name: "a resource tag with its value",
    criteria: () => ({ resourceTags: [{ comparison: "EQUALS", key: "team", value: "storefront" }] }),
    expected: (f) => res(f)?.tags?.["team"] === "storefront",
  },
  {
    name: "a resource tag with any value",
    criteria: () => ({ resourceTags: [{ comparison: "EQUALS", key: "Role" }] }),
    expected: (f) => res(f)?.tags?.["Role"] !== undefined,
  },
  {
    name: "a package filter: one package satisfies every member",
    criteria: () => ({
      vulnerablePackages: [
        {
          name: { comparison: "EQUALS", value: "libssl3" },
          version: { comparison: "EQUALS", value: "3.0.2" },
        },
      ],
    }),
    expected: (f) => packages(f).some((p) => p.name === "libssl3" && p.version === "3.0.2"),
  },
  {
    name: "two package filters are joined by OR",
    criteria: () => ({
      vulnerablePackages: [
        { name: { comparison: "PREFIX", value: "libcurl" } },
        { name: { comparison: "EQUALS", value: "qs" } },
      ],
    }),
    expected: (f) => packages(f).some((p) => !!p.name?.startsWith("libcurl") || p.name === "qs"),
  },
  {
    name: "a port range overlapping the open port",
    criteria: () => ({ portRange: [{ beginInclusive: 20, endInclusive: 25 }] }),
    expected: (f) => {
      const open = f.networkReachabilityDetails?.openPortRange;
      return open !== undefined && open.begin! <= 25 && open.end! >= 20;
    },
  },
  {
    name: "finding status",
    criteria: () => ({ findingStatus: [{ comparison: "EQUALS", value: "SUPPRESSED" }] }),
    expected: (f) => f.status === "SUPPRESSED",
  },
  {
    name: "fix and exploit availability",
    criteria: () => ({
      fixAvailable: [{ comparison: "NOT_EQUALS", value: "YES" }],
      exploitAvailable: [{ comparison: "EQUALS", value: "NO" }],
    }),
    expected: (f) => f.exploitAvailable === "NO" && f.fixAvailable !== "YES",
  },
  {
    name: "a Lambda function",
    criteria: () => ({ lambdaFunctionName: [{ comparison: "EQUALS", value: "orders-api" }] }),
    expected: (f) => res(f)?.details?.awsLambdaFunction?.functionName === "orders-api",
  },
  {
    name: "an image digest",
    criteria: () => ({
      ecrImageHash: [{ comparison: "EQUALS", value: t.emulator.inspector2.seeded.images[3]!.imageDigest }],
    }),
    expected: (f) => image(f)?.imageHash === t.emulator.inspector2.seeded.images[3]!.imageDigest,
  },
];

describe("FilterCriteria", () => {
  it.each(CASES)("$name", async ({ criteria, expected }) => {
    const want = truth.filter(expected).map((f) => f.findingArn);
    // A case that matches nothing or everything proves nothing about the filter.
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(truth.length);
    expect(await listed(criteria())).toEqual(want);
  });

  it("an EQUALS and a NOT_EQUALS of the same value match nothing", async () => {
    expect(
      await listed({
        severity: [
          { comparison: "EQUALS", value: "HIGH" },
          { comparison: "NOT_EQUALS", value: "HIGH" },
        ],
      }),
    ).toEqual([]);
  });

  it("matching is case-sensitive", async () => {
    expect(await listed({ severity: [{ comparison: "EQUALS", value: "critical" }] })).toEqual([]);
  });

  it("sorts missing values last in either order", async () => {
    for (const sortOrder of ["ASC", "DESC"] as const) {
      const all = await collect(
        paginateListFindings(
          { client: t.client, pageSize: 100 },
          { sortCriteria: { field: "EPSS_SCORE", sortOrder } },
        ),
      );
      const epss = all.flatMap((p) => p.findings ?? []).map((f) => f.epss?.score);
      const present = epss.filter((e): e is number => e !== undefined);
      expect(epss.slice(present.length).every((e) => e === undefined)).toBe(true);
      expect(present).toEqual([...present].sort((a, b) => (sortOrder === "ASC" ? a - b : b - a)));
    }
  });
});

const cov = (r: CoveredResource) => `${r.resourceId} ${r.scanType}`;

interface CoverageCase {
  readonly name: string;
  readonly criteria: () => CoverageFilterCriteria;
  readonly expected: (r: CoveredResource) => boolean;
}

const COVERAGE_CASES: readonly CoverageCase[] = [
  {
    name: "scan status code",
    criteria: () => ({ scanStatusCode: [{ comparison: "EQUALS", value: "INACTIVE" }] }),
    expected: (r) => r.scanStatus?.statusCode === "INACTIVE",
  },
  {
    name: "NOT_EQUALS reasons are joined by AND",
    criteria: () => ({
      scanStatusReason: [
        { comparison: "NOT_EQUALS", value: "SUCCESSFUL" },
        { comparison: "NOT_EQUALS", value: "SCAN_FREQUENCY_SCAN_ON_PUSH" },
      ],
    }),
    expected: (r) => !["SUCCESSFUL", "SCAN_FREQUENCY_SCAN_ON_PUSH"].includes(r.scanStatus?.reason ?? ""),
  },
  {
    name: "resource type and repository (images only)",
    criteria: () => ({
      resourceType: [{ comparison: "EQUALS", value: "AWS_ECR_CONTAINER_IMAGE" }],
      ecrRepositoryName: [{ comparison: "EQUALS", value: "storefront/web" }],
    }),
    expected: (r) =>
      r.resourceType === "AWS_ECR_CONTAINER_IMAGE" && !!r.resourceId?.includes("repository/storefront/web/"),
  },
  {
    name: "a repository name matches its images and the repository itself",
    criteria: () => ({ ecrRepositoryName: [{ comparison: "EQUALS", value: "payments/worker" }] }),
    expected: (r) => /repository\/payments\/worker(\/|$)/.test(r.resourceId ?? ""),
  },
  {
    name: "an image tag",
    criteria: () => ({ ecrImageTags: [{ comparison: "EQUALS", value: "latest" }] }),
    expected: (r) => !!r.resourceMetadata?.ecrImage?.tags?.includes("latest"),
  },
  {
    name: "a digest, through the resourceId (coverage has no digest field)",
    criteria: () => ({
      resourceId: [{ comparison: "EQUALS", value: t.emulator.inspector2.seeded.images[1]!.resourceId }],
    }),
    expected: (r) => r.resourceId === t.emulator.inspector2.seeded.images[1]!.resourceId,
  },
  {
    name: "a Lambda function",
    criteria: () => ({ lambdaFunctionName: [{ comparison: "EQUALS", value: "orders-api" }] }),
    expected: (r) => r.resourceMetadata?.lambdaFunction?.functionName === "orders-api",
  },
  {
    name: "a scan type",
    criteria: () => ({ scanType: [{ comparison: "EQUALS", value: "NETWORK" }] }),
    expected: (r) => r.scanType === "NETWORK",
  },
  {
    name: "last scanned at or after a time; never-scanned records match no range",
    criteria: () => ({ lastScannedAt: [{ startInclusive: new Date(t.clock.now() - 86_400_000) }] }),
    expected: (r) => r.lastScannedAt !== undefined && r.lastScannedAt.getTime() >= t.clock.now() - 86_400_000,
  },
  {
    name: "EC2 instance tags",
    criteria: () => ({ ec2InstanceTags: [{ comparison: "EQUALS", key: "Role", value: "web" }] }),
    expected: (r) => r.resourceMetadata?.ec2?.tags?.["Role"] === "web",
  },
  {
    name: "image pulled since",
    criteria: () => ({ imagePulledAt: [{ startInclusive: new Date(0) }] }),
    expected: (r) => r.resourceMetadata?.ecrImage?.imagePulledAt !== undefined,
  },
];

describe("CoverageFilterCriteria", () => {
  it.each(COVERAGE_CASES)("$name", async ({ criteria, expected }) => {
    const want = coverage.filter(expected).map(cov);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(coverage.length);
    const all = await collect(
      paginateListCoverage({ client: t.client, pageSize: 200 }, { filterCriteria: criteria() }),
    );
    expect(all.flatMap((p) => p.coveredResources ?? []).map(cov)).toEqual(want);
  });
});

describe("every criterion of the model is read", () => {
  it("FilterCriteria and CoverageFilterCriteria have a field for every member", () => {
    const members = (shape: string) => Object.keys(MODEL2.shapes[shape]?.members ?? {}).sort();
    expect(Object.keys(findingFields("123456789012", 0)).sort()).toEqual(members("FilterCriteria"));
    expect(Object.keys(coverageFields("123456789012")).sort()).toEqual(members("CoverageFilterCriteria"));
  });
});
