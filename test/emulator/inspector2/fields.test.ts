/**
 * Every member of FilterCriteria, SortCriteria's fields and CoverageFilterCriteria reads the right
 * thing: for each, a value taken from the ground truth is filtered (or sorted) on through the SDK, and
 * the answer is compared with a reference that reads the SDK's own Finding or CoveredResource object.
 */
import {
  type CoveredResource,
  type Finding,
  paginateListCoverage,
  paginateListFindings,
  type SortField,
} from "@aws-sdk/client-inspector2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collect } from "../../helpers/emulator.js";
import { answerProblems2, MODEL2, startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

let t: TestEmulator2;
let truth: Finding[];
let coverage: CoveredResource[];

beforeAll(async () => {
  t = await startTestEmulator2({ seed: "fields2", inspector2: { findings: 300 } });
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

type Kind = "string" | "number" | "date" | "map" | "package" | "port";
const r0 = (f: Finding) => f.resources?.[0];
const img = (f: Finding) => r0(f)?.details?.awsEcrContainerImage;
const ec2 = (f: Finding) => r0(f)?.details?.awsEc2Instance;
const fn = (f: Finding) => r0(f)?.details?.awsLambdaFunction;
const pvd = (f: Finding) => f.packageVulnerabilityDetails;
const steps = (f: Finding) => f.networkReachabilityDetails?.networkPath?.steps;

/** Reference readers of the SDK's Finding, one per FilterCriteria member. */
const FINDING_READERS: Record<string, [Kind, (f: Finding) => unknown]> = {
  awsAccountId: ["string", (f) => f.awsAccountId],
  codeRepositoryProjectName: ["string", (f) => r0(f)?.details?.codeRepository?.projectName],
  codeRepositoryProviderType: ["string", (f) => r0(f)?.details?.codeRepository?.providerType],
  codeVulnerabilityDetectorName: ["string", (f) => f.codeVulnerabilityDetails?.detectorName],
  codeVulnerabilityDetectorTags: ["string", (f) => f.codeVulnerabilityDetails?.detectorTags],
  codeVulnerabilityFilePath: ["string", (f) => f.codeVulnerabilityDetails?.filePath?.filePath],
  componentId: ["string", (f) => steps(f)?.map((s) => s.componentId)],
  componentType: ["string", (f) => steps(f)?.map((s) => s.componentType)],
  ec2InstanceImageId: ["string", (f) => ec2(f)?.imageId],
  ec2InstanceSubnetId: ["string", (f) => ec2(f)?.subnetId],
  ec2InstanceVpcId: ["string", (f) => ec2(f)?.vpcId],
  ecrImageArchitecture: ["string", (f) => img(f)?.architecture],
  ecrImageHash: ["string", (f) => img(f)?.imageHash],
  ecrImageInUseCount: ["number", (f) => img(f)?.inUseCount],
  ecrImageLastInUseAt: ["date", (f) => img(f)?.lastInUseAt],
  ecrImagePushedAt: ["date", (f) => img(f)?.pushedAt],
  ecrImageRegistry: ["string", (f) => img(f)?.registry],
  ecrImageRepositoryName: ["string", (f) => img(f)?.repositoryName],
  ecrImageTags: ["string", (f) => img(f)?.imageTags],
  epssScore: ["number", (f) => f.epss?.score],
  exploitAvailable: ["string", (f) => f.exploitAvailable],
  findingArn: ["string", (f) => f.findingArn],
  findingStatus: ["string", (f) => f.status],
  findingType: ["string", (f) => f.type],
  firstObservedAt: ["date", (f) => f.firstObservedAt],
  fixAvailable: ["string", (f) => f.fixAvailable],
  inspectorScore: ["number", (f) => f.inspectorScore],
  lambdaFunctionExecutionRoleArn: ["string", (f) => fn(f)?.executionRoleArn],
  lambdaFunctionLastModifiedAt: ["date", (f) => fn(f)?.lastModifiedAt],
  lambdaFunctionLayers: ["string", (f) => fn(f)?.layers],
  lambdaFunctionName: ["string", (f) => fn(f)?.functionName],
  lambdaFunctionRuntime: ["string", (f) => fn(f)?.runtime],
  lastObservedAt: ["date", (f) => f.lastObservedAt],
  networkProtocol: ["string", (f) => f.networkReachabilityDetails?.protocol],
  portRange: ["port", (f) => f.networkReachabilityDetails?.openPortRange],
  relatedVulnerabilities: ["string", (f) => pvd(f)?.relatedVulnerabilities],
  resourceId: ["string", (f) => r0(f)?.id],
  resourceTags: ["map", (f) => r0(f)?.tags],
  resourceType: ["string", (f) => r0(f)?.type],
  severity: ["string", (f) => f.severity],
  title: ["string", (f) => f.title],
  updatedAt: ["date", (f) => f.updatedAt],
  vendorSeverity: ["string", (f) => pvd(f)?.vendorSeverity],
  vulnerabilityId: ["string", (f) => pvd(f)?.vulnerabilityId],
  vulnerabilitySource: ["string", (f) => pvd(f)?.source],
  vulnerablePackages: ["package", (f) => pvd(f)?.vulnerablePackages],
};

const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A criterion matching exactly `value`, and the reference test for it. */
function exact(kind: Kind, value: unknown): { filter: unknown; test: (v: unknown) => boolean } {
  switch (kind) {
    case "string":
      return { filter: { comparison: "EQUALS", value }, test: (v) => asList(v).includes(value) };
    case "number":
      return { filter: { lowerInclusive: value, upperInclusive: value }, test: (v) => v === value };
    case "date": {
      const ms = (value as Date).getTime();
      return {
        filter: { startInclusive: value, endInclusive: value },
        test: (v) => v instanceof Date && v.getTime() === ms,
      };
    }
    case "map": {
      const [key, tag] = Object.entries(value as Record<string, string>)[0]!;
      return {
        filter: { comparison: "EQUALS", key, value: tag },
        test: (v) => (v as Record<string, string> | undefined)?.[key] === tag,
      };
    }
    case "package": {
      const name = (value as { name: string }[])[0]!.name;
      return {
        filter: { name: { comparison: "EQUALS", value: name } },
        test: (v) => asList(v).some((p) => (p as { name: string }).name === name),
      };
    }
    case "port": {
      const { begin, end } = value as { begin: number; end: number };
      return {
        filter: { beginInclusive: begin, endInclusive: end },
        test: (v) =>
          v !== undefined && (v as { begin: number }).begin <= end && (v as { end: number }).end >= begin,
      };
    }
  }
}

describe("every FilterCriteria member", () => {
  it("has a reference here (the model's list)", () => {
    expect(Object.keys(FINDING_READERS).sort()).toEqual(
      Object.keys(MODEL2.shapes["FilterCriteria"]!.members!).sort(),
    );
  });

  it.each(Object.entries(FINDING_READERS))("%s", async (name, [kind, read]) => {
    const holders = truth.filter(
      (f) => asList(read(f)).length > 0 && (kind !== "map" || Object.keys(read(f) as object).length > 0),
    );
    // Code repositories are not emulated: the criterion reads as absent and matches nothing.
    const sample = holders[Math.floor(holders.length / 2)];
    const value =
      sample === undefined ? "absent" : kind === "string" ? asList(read(sample))[0] : read(sample);
    const { filter, test } = exact(sample === undefined ? "string" : kind, value);
    const want = truth.filter((f) => test(read(f))).map((f) => f.findingArn);
    const all = await collect(
      paginateListFindings(
        { client: t.client, pageSize: 100 },
        { filterCriteria: { [name]: [filter] } as never },
      ),
    );
    expect(all.flatMap((p) => p.findings ?? []).map((f) => f.findingArn)).toEqual(want);
    if (sample !== undefined) expect(want.length).toBeGreaterThan(0);
  });
});

const SEVERITY_RANK: Record<string, number> = {
  UNTRIAGED: 0,
  INFORMATIONAL: 1,
  LOW: 2,
  MEDIUM: 3,
  HIGH: 4,
  CRITICAL: 5,
};
const SORT_READERS: Record<SortField, (f: Finding) => string | number | undefined> = {
  AWS_ACCOUNT_ID: (f) => f.awsAccountId,
  FINDING_TYPE: (f) => f.type,
  SEVERITY: (f) => SEVERITY_RANK[f.severity!],
  FIRST_OBSERVED_AT: (f) => f.firstObservedAt?.getTime(),
  LAST_OBSERVED_AT: (f) => f.lastObservedAt?.getTime(),
  FINDING_STATUS: (f) => f.status,
  RESOURCE_TYPE: (f) => r0(f)?.type,
  ECR_IMAGE_PUSHED_AT: (f) => img(f)?.pushedAt?.getTime(),
  ECR_IMAGE_REPOSITORY_NAME: (f) => img(f)?.repositoryName,
  ECR_IMAGE_REGISTRY: (f) => img(f)?.registry,
  NETWORK_PROTOCOL: (f) => f.networkReachabilityDetails?.protocol,
  COMPONENT_TYPE: (f) => steps(f)?.[0]?.componentType,
  VULNERABILITY_ID: (f) => pvd(f)?.vulnerabilityId,
  VULNERABILITY_SOURCE: (f) => pvd(f)?.source,
  INSPECTOR_SCORE: (f) => f.inspectorScore,
  VENDOR_SEVERITY: (f) => pvd(f)?.vendorSeverity,
  EPSS_SCORE: (f) => f.epss?.score,
};

describe("every sort field", () => {
  it("has a reference here (the model's enum)", () => {
    expect(Object.keys(SORT_READERS).sort()).toEqual([...MODEL2.shapes["SortField"]!.enum!].sort());
  });

  it.each(Object.entries(SORT_READERS))("%s, descending, missing values last", async (field, read) => {
    const all = await collect(
      paginateListFindings(
        { client: t.client, pageSize: 100 },
        { sortCriteria: { field: field as SortField, sortOrder: "DESC" } },
      ),
    );
    const keys = all.flatMap((p) => p.findings ?? []).map(read);
    expect(keys).toHaveLength(truth.length);
    const present = keys.filter((k) => k !== undefined);
    expect(keys.slice(present.length).every((k) => k === undefined)).toBe(true);
    for (let i = 1; i < present.length; i++) expect(present[i - 1]! >= present[i]!).toBe(true);
  });
});

const meta = (r: CoveredResource) => r.resourceMetadata;
const COVERAGE_READERS: Record<string, [Kind, (r: CoveredResource) => unknown]> = {
  accountId: ["string", (r) => r.accountId],
  codeRepositoryProjectName: ["string", (r) => meta(r)?.codeRepository?.projectName],
  codeRepositoryProviderType: ["string", (r) => meta(r)?.codeRepository?.providerType],
  codeRepositoryProviderTypeVisibility: ["string", (r) => meta(r)?.codeRepository?.providerTypeVisibility],
  ec2InstanceTags: ["map", (r) => meta(r)?.ec2?.tags],
  ecrImageInUseCount: ["number", (r) => meta(r)?.ecrImage?.inUseCount],
  ecrImageLastInUseAt: ["date", (r) => meta(r)?.ecrImage?.lastInUseAt],
  ecrImageTags: ["string", (r) => meta(r)?.ecrImage?.tags],
  ecrRepositoryName: [
    "string",
    (r) =>
      meta(r)?.ecrRepository?.name ??
      (meta(r)?.ecrImage ? /repository\/(.+)\/sha256:/.exec(r.resourceId!)?.[1] : undefined),
  ],
  imagePulledAt: ["date", (r) => meta(r)?.ecrImage?.imagePulledAt],
  lambdaFunctionName: ["string", (r) => meta(r)?.lambdaFunction?.functionName],
  lambdaFunctionRuntime: ["string", (r) => meta(r)?.lambdaFunction?.runtime],
  lambdaFunctionTags: ["map", (r) => meta(r)?.lambdaFunction?.functionTags],
  lastScannedAt: ["date", (r) => r.lastScannedAt],
  lastScannedCommitId: ["string", (r) => meta(r)?.codeRepository?.lastScannedCommitId],
  resourceId: ["string", (r) => r.resourceId],
  resourceType: ["string", (r) => r.resourceType],
  scanMode: ["string", (r) => r.scanMode],
  scanStatusCode: ["string", (r) => r.scanStatus?.statusCode],
  scanStatusReason: ["string", (r) => r.scanStatus?.reason],
  scanType: ["string", (r) => r.scanType],
};

describe("every CoverageFilterCriteria member", () => {
  it("has a reference here (the model's list)", () => {
    expect(Object.keys(COVERAGE_READERS).sort()).toEqual(
      Object.keys(MODEL2.shapes["CoverageFilterCriteria"]!.members!).sort(),
    );
  });

  it.each(Object.entries(COVERAGE_READERS))("%s", async (name, [kind, read]) => {
    const holders = coverage.filter(
      (r) => asList(read(r)).length > 0 && (kind !== "map" || Object.keys(read(r) as object).length > 0),
    );
    const sample = holders[Math.floor(holders.length / 2)];
    const value =
      sample === undefined ? "absent" : kind === "string" ? asList(read(sample))[0] : read(sample);
    const { filter, test } = exact(sample === undefined ? "string" : kind, value);
    const want = coverage.filter((r) => test(read(r))).map((r) => `${r.resourceId} ${r.scanType}`);
    const all = await collect(
      paginateListCoverage(
        { client: t.client, pageSize: 200 },
        { filterCriteria: { [name]: [filter] } as never },
      ),
    );
    expect(all.flatMap((p) => p.coveredResources ?? []).map((r) => `${r.resourceId} ${r.scanType}`)).toEqual(
      want,
    );
    if (sample !== undefined) expect(want.length).toBeGreaterThan(0);
  });
});
