/**
 * The resources Inspector v2 covers, as the emulator keeps them: ECR repositories and container
 * images, EC2 instances and Lambda functions, each with a scan plan per scan type (when it is
 * discovered, when its first scan completes and how that scan ends). Coverage and finding visibility
 * are computed from the plan and the clock on each request, so a virtual clock walks a freshly pushed
 * image from PENDING_INITIAL_SCAN to ACTIVE without timers.
 */
import type { Ecosystem } from "./catalog.js";

export type CoverageResourceType =
  | "AWS_EC2_INSTANCE"
  | "AWS_ECR_CONTAINER_IMAGE"
  | "AWS_ECR_REPOSITORY"
  | "AWS_LAMBDA_FUNCTION";
export type ScanType = "PACKAGE" | "NETWORK" | "CODE";
export type StatusCode = "ACTIVE" | "INACTIVE";

export interface ScanOutcome {
  readonly statusCode: StatusCode;
  readonly reason: string;
}

/** One scan type of one resource. */
export interface ScanPlan {
  /** When the first scan completes (ms); undefined when the resource is never scanned. */
  readonly completesAt: number | undefined;
  /** The latest scan (ms), at or after completesAt. */
  readonly lastScanAt: number | undefined;
  /** How the scan ends: SUCCESSFUL, or the reason Inspector gives for not scanning. */
  readonly outcome: ScanOutcome;
  readonly scanMode?: "EC2_SSM_AGENT_BASED" | "EC2_AGENTLESS";
  /** A redeployed function's previous scan: it stays ACTIVE with that scan until the rescan completes. */
  readonly previousScanAt?: number;
  /** Set at run time over the control endpoint: replaces the computed status from `since`. */
  override?: ScanOutcome & { readonly since: number };
}

export interface ImageInfo {
  readonly repositoryName: string;
  readonly digest: string;
  /** Mutable: pushing a tag moves it to the new image, as ECR does. */
  tags: string[];
  readonly pushedAt: number;
  readonly architecture: "amd64" | "arm64";
  /** Inspector's platform name, e.g. UBUNTU_22_04; absent when the OS is not recognised. */
  readonly platform?: string;
  readonly inUseCount?: number;
  readonly lastInUseAt?: number;
  readonly pulledAt?: number;
  /** Base layer digest, the sourceLayerHash of OS packages. */
  readonly baseLayer: string;
  /** Application layer digest, the sourceLayerHash of application packages. */
  readonly appLayer: string;
}

export interface RepositoryInfo {
  readonly name: string;
  readonly scanFrequency: "CONTINUOUS_SCAN" | "SCAN_ON_PUSH" | "MANUAL";
}

export interface Ec2Info {
  readonly instanceId: string;
  readonly amiId: string;
  /** The finding details' platform, e.g. AMAZON_LINUX_2023. */
  readonly platform: string;
  readonly type: string;
  readonly subnetId: string;
  readonly vpcId: string;
  readonly ipV4: readonly string[];
  readonly launchedAt: number;
  readonly keyName?: string;
  /** Network path components of reachability findings. */
  readonly igw: string;
  readonly acl: string;
  readonly sg: string;
  readonly eni: string;
}

export interface LambdaInfo {
  readonly functionName: string;
  readonly runtime: string;
  readonly architecture: "X86_64" | "ARM64";
  readonly codeSha256: string;
  readonly executionRoleArn: string;
  readonly lastModifiedAt: number;
  readonly layers: readonly string[];
}

export interface ResourceRec {
  readonly seq: number;
  readonly type: CoverageResourceType;
  /** The resourceId Inspector uses: an ECR ARN (with /sha256:... for images), i-..., a Lambda ARN. */
  readonly id: string;
  /** Bumped when a function is redeployed: its new findings get new ARNs. */
  readonly revision?: number;
  tags: Record<string, string>;
  readonly ecosystems: readonly Ecosystem[];
  /** From when the resource is in coverage (ms). */
  readonly discoveredAt: number;
  readonly scans: Partial<Record<ScanType, ScanPlan>>;
  /** Its findings are CLOSED from this time (ms): expired eligibility, terminated. */
  readonly closedAt?: number;
  readonly image?: ImageInfo;
  readonly repository?: RepositoryInfo;
  readonly ec2?: Ec2Info;
  readonly lambda?: LambdaInfo;
}

/** The coverage of one scan type at `now`: undefined before discovery. */
export interface ScanState extends ScanOutcome {
  readonly lastScannedAt?: number;
}

/** Reasons Inspector reports with statusCode ACTIVE; every other reason is INACTIVE. */
export const ACTIVE_REASONS: ReadonlySet<string> = new Set([
  "SUCCESSFUL",
  "PENDING_INITIAL_SCAN",
  "SCAN_FREQUENCY_SCAN_ON_PUSH",
  "PENDING_REVIVAL_SCAN",
  "SCAN_IN_PROGRESS",
]);

export function statusCodeOf(reason: string): StatusCode {
  return ACTIVE_REASONS.has(reason) ? "ACTIVE" : "INACTIVE";
}

export function scanStateAt(resource: ResourceRec, scanType: ScanType, now: number): ScanState | undefined {
  const plan = resource.scans[scanType];
  if (plan === undefined || now < resource.discoveredAt) return undefined;
  const scanned = plan.completesAt !== undefined && plan.completesAt <= now;
  // A scan is recorded only when it looked at the software (not for an unsupported OS, say).
  const recorded = scanned && findingsVisibleFrom(resource, scanType) !== undefined;
  const lastScannedAt = recorded ? Math.min(now, plan.lastScanAt ?? plan.completesAt!) : undefined;
  const withScan = (o: ScanOutcome): ScanState =>
    lastScannedAt !== undefined ? { ...o, lastScannedAt } : { ...o };
  if (plan.override !== undefined && plan.override.since <= now) return withScan(plan.override);
  if (plan.completesAt !== undefined && !scanned) {
    return plan.previousScanAt !== undefined
      ? { statusCode: "ACTIVE", reason: "SUCCESSFUL", lastScannedAt: plan.previousScanAt }
      : { statusCode: "ACTIVE", reason: "PENDING_INITIAL_SCAN" };
  }
  return withScan(plan.outcome);
}

/** When a resource's findings of a scan type become visible, or undefined when it has none. */
export function findingsVisibleFrom(resource: ResourceRec, scanType: ScanType): number | undefined {
  const plan = resource.scans[scanType];
  if (plan === undefined || plan.completesAt === undefined) return undefined;
  const reason = plan.outcome.reason;
  const scansFindings =
    reason === "SUCCESSFUL" ||
    reason === "SCAN_FREQUENCY_SCAN_ON_PUSH" ||
    reason === "EC2_INSTANCE_STOPPED" ||
    reason === "SCAN_ELIGIBILITY_EXPIRED" ||
    reason === "RESOURCE_TERMINATED";
  return scansFindings ? plan.completesAt : undefined;
}

export function ecrRepositoryArn(region: string, account: string, name: string): string {
  return `arn:aws:ecr:${region}:${account}:repository/${name}`;
}

export function ecrImageId(region: string, account: string, repository: string, digest: string): string {
  return `${ecrRepositoryArn(region, account, repository)}/${digest}`;
}

export function lambdaArn(region: string, account: string, name: string): string {
  return `arn:aws:lambda:${region}:${account}:function:${name}:$LATEST`;
}
