/**
 * Building resources into the account: ECR repositories and images, EC2 instances, Lambda functions,
 * with their scan plans. The seeded account and the run-time controls (push an image, deploy a
 * function, change a scan status) both go through these builders.
 */
import type { Account2 } from "./account.js";
import { CATALOG, catalogIndexOf, type Ecosystem } from "./catalog.js";
import {
  ecrImageId,
  ecrRepositoryArn,
  type ImageInfo,
  lambdaArn,
  type RepositoryInfo,
  type ResourceRec,
  type ScanPlan,
  statusCodeOf,
} from "./resources.js";

export interface Profile {
  /** Inspector's platform name; absent for an image whose OS Inspector does not support. */
  readonly platform?: string;
  readonly ecosystems: readonly Ecosystem[];
}

/** The software an image runs: its base OS and the application's package ecosystem. */
export const PROFILES: Readonly<Record<string, Profile>> = {
  "ubuntu-node": { platform: "UBUNTU_22_04", ecosystems: ["ubuntu", "npm"] },
  "ubuntu-python": { platform: "UBUNTU_22_04", ecosystems: ["ubuntu", "pip"] },
  "al2023-java": { platform: "AMAZON_LINUX_2023", ecosystems: ["al2023", "jar"] },
  "al2023-go": { platform: "AMAZON_LINUX_2023", ecosystems: ["al2023", "go"] },
  scratch: { ecosystems: ["go"] },
};

/** Lambda runtimes and the package ecosystem their functions ship. */
export const RUNTIME_ECOSYSTEM: Readonly<Record<string, Ecosystem | undefined>> = {
  PYTHON_3_9: "pip",
  PYTHON_3_10: "pip",
  PYTHON_3_11: "pip",
  NODEJS_16_X: "npm",
  NODEJS_18_X: "npm",
  NODEJS_24_X: "npm",
  JAVA_11: "jar",
  JAVA_17: "jar",
  GO_1_X: "go",
  UNSUPPORTED: undefined,
};

/** Why a scan did not happen, per resource type; SUCCESSFUL is always allowed. */
export const OUTCOMES: Readonly<Record<string, readonly string[]>> = {
  AWS_ECR_CONTAINER_IMAGE: [
    "SUCCESSFUL",
    "UNSUPPORTED_OS",
    "UNSUPPORTED_MEDIA_TYPE",
    "IMAGE_SIZE_EXCEEDED",
    "ACCESS_DENIED",
    "INTERNAL_ERROR",
    "SCAN_ELIGIBILITY_EXPIRED",
  ],
  AWS_LAMBDA_FUNCTION: [
    "SUCCESSFUL",
    "UNSUPPORTED_RUNTIME",
    "ACCESS_DENIED",
    "INTERNAL_ERROR",
    "EXCLUDED_BY_TAG",
  ],
};

export function scanPlan(
  completesAt: number | undefined,
  lastScanAt: number | undefined,
  reason: string,
): ScanPlan {
  return { completesAt, lastScanAt, outcome: { statusCode: statusCodeOf(reason), reason } };
}

export function addRepository(
  acct: Account2,
  repo: RepositoryInfo,
  tags: Record<string, string>,
  discoveredAt: number,
): ResourceRec {
  const id = ecrRepositoryArn(acct.region, acct.accountId, repo.name);
  const existing = acct.resource(id);
  if (existing) return existing;
  const reason =
    repo.scanFrequency === "MANUAL"
      ? "SCAN_FREQUENCY_MANUAL"
      : repo.scanFrequency === "SCAN_ON_PUSH"
        ? "SCAN_FREQUENCY_SCAN_ON_PUSH"
        : "SUCCESSFUL";
  return acct.addResource({
    type: "AWS_ECR_REPOSITORY",
    id,
    tags,
    ecosystems: [],
    discoveredAt,
    scans: { PACKAGE: scanPlan(undefined, undefined, reason) },
    repository: repo,
  });
}

export interface ImageSpec {
  readonly repository: ResourceRec;
  readonly profile: string;
  readonly tags: readonly string[];
  readonly digest?: string;
  readonly pushedAt: number;
  readonly discoveredAt: number;
  /** When the first scan completes; undefined for an image that is never scanned. */
  readonly completesAt: number | undefined;
  readonly lastScanAt?: number;
  readonly reason: string;
  readonly architecture?: "amd64" | "arm64";
  readonly inUseCount?: number;
  readonly lastInUseAt?: number;
  readonly pulledAt?: number;
  readonly closedAt?: number;
}

export function addImage(acct: Account2, spec: ImageSpec): ResourceRec {
  const repo = spec.repository.repository!;
  const profile = PROFILES[spec.profile] ?? PROFILES["ubuntu-node"]!;
  const digest = spec.digest ?? `sha256:${acct.hex(64, "digest", repo.name, ...spec.tags)}`;
  const image: ImageInfo = {
    repositoryName: repo.name,
    digest,
    tags: [...spec.tags],
    pushedAt: spec.pushedAt,
    architecture: spec.architecture ?? "amd64",
    ...(profile.platform !== undefined ? { platform: profile.platform } : {}),
    ...(spec.inUseCount !== undefined ? { inUseCount: spec.inUseCount } : {}),
    ...(spec.lastInUseAt !== undefined ? { lastInUseAt: spec.lastInUseAt } : {}),
    ...(spec.pulledAt !== undefined ? { pulledAt: spec.pulledAt } : {}),
    baseLayer: `sha256:${acct.hex(64, "base-layer", spec.profile)}`,
    appLayer: `sha256:${acct.hex(64, "app-layer", digest)}`,
  };
  const rec = acct.addResource({
    type: "AWS_ECR_CONTAINER_IMAGE",
    id: ecrImageId(acct.region, acct.accountId, repo.name, digest),
    tags: { ...spec.repository.tags },
    ecosystems: profile.ecosystems,
    discoveredAt: spec.discoveredAt,
    scans: { PACKAGE: scanPlan(spec.completesAt, spec.lastScanAt ?? spec.completesAt, spec.reason) },
    ...(spec.closedAt !== undefined ? { closedAt: spec.closedAt } : {}),
    image,
  });
  // Pushing a tag moves it from the image that had it, as ECR does.
  acct.moveTags(rec);
  return rec;
}

export interface FunctionSpec {
  readonly name: string;
  readonly runtime: string;
  readonly tags: Record<string, string>;
  readonly modifiedAt: number;
  readonly discoveredAt: number;
  readonly completesAt: number | undefined;
  readonly lastScanAt?: number;
  readonly reason: string;
  readonly codeScanning: boolean;
  readonly layers?: readonly string[];
  readonly architecture?: "X86_64" | "ARM64";
  readonly revision?: number;
  /** The previous deployment's last scan: coverage stays ACTIVE with it until the rescan completes. */
  readonly previousScanAt?: number;
}

export function addFunction(acct: Account2, spec: FunctionSpec): ResourceRec {
  const eco = RUNTIME_ECOSYSTEM[spec.runtime];
  const plan = (): ScanPlan => ({
    ...scanPlan(spec.completesAt, spec.lastScanAt ?? spec.completesAt, spec.reason),
    ...(spec.previousScanAt !== undefined ? { previousScanAt: spec.previousScanAt } : {}),
  });
  const revision = spec.revision ?? 0;
  return acct.addResource({
    type: "AWS_LAMBDA_FUNCTION",
    id: lambdaArn(acct.region, acct.accountId, spec.name),
    ...(revision > 0 ? { revision } : {}),
    tags: { ...spec.tags },
    ecosystems: eco ? [eco] : [],
    discoveredAt: spec.discoveredAt,
    scans: { PACKAGE: plan(), ...(spec.codeScanning ? { CODE: plan() } : {}) },
    lambda: {
      functionName: spec.name,
      runtime: spec.runtime,
      architecture: spec.architecture ?? "X86_64",
      codeSha256: Buffer.from(acct.hex(64, "code", spec.name, revision), "hex").toString("base64"),
      executionRoleArn: `arn:aws:iam::${acct.accountId}:role/service-role/${spec.name}-role-${acct.hex(8, "role", spec.name)}`,
      lastModifiedAt: spec.modifiedAt,
      layers: spec.layers ?? [],
    },
  });
}

/** Catalog indexes of the CVE ids given; throws on an id the catalog does not hold. */
export function catalogRefs(ids: readonly string[] | undefined): number[] {
  return (ids ?? []).map((id) => {
    const ref = catalogIndexOf(id);
    if (ref === undefined) {
      throw new Error(
        `unknown vulnerability '${id}': expected one of ${CATALOG.map((v) => v.id).join(", ")}`,
      );
    }
    return ref;
  });
}
