/**
 * What a demo or a test does to the account at run time: push an image (it appears in coverage after
 * `discoverySeconds`, stays PENDING_INITIAL_SCAN until its scan completes after `scanSeconds`, both
 * scaled, and its findings appear at that moment), deploy or redeploy a Lambda function, and set a
 * resource's scan status. Inputs come from the JS API or the control endpoint: a bad one throws an
 * Error whose message names the field, the value and the expected form.
 */
import type { Account2 } from "./account.js";
import {
  addFunction,
  addImage,
  addRepository,
  catalogRefs,
  OUTCOMES,
  PROFILES,
  RUNTIME_ECOSYSTEM,
} from "./inventory.js";
import { enum2 } from "./model.js";
import {
  ecrRepositoryArn,
  findingsVisibleFrom,
  lambdaArn,
  type ScanType,
  statusCodeOf,
} from "./resources.js";

export interface PushImageInput {
  /** Repository name; created (continuous scanning) when it does not exist. */
  readonly repository: string;
  readonly tags?: readonly string[];
  /** sha256:<64 hex>; derived from the repository, tags and push when absent. */
  readonly digest?: string;
  /** One of the image profiles (ubuntu-node, ubuntu-python, al2023-java, al2023-go, scratch). */
  readonly profile?: string;
  readonly architecture?: "amd64" | "arm64";
  /** Package findings to draw; default 12 (fewer when the software cannot hold that many). */
  readonly findings?: number;
  /** CVE ids the image must carry (from the catalog), on top of the drawn ones. */
  readonly vulnerabilities?: readonly string[];
  /** Seconds until the scan completes, before scaling. Default: the emulator's scanSeconds. */
  readonly scanSeconds?: number;
  /** Seconds until the image is in coverage, before scaling. Default 5. */
  readonly discoverySeconds?: number;
  /** How the scan ends: SUCCESSFUL (default) or a reason Inspector gives for not scanning. */
  readonly outcome?: string;
}

export interface PushedImage {
  readonly resourceId: string;
  readonly repositoryName: string;
  readonly imageDigest: string;
  readonly imageTags: readonly string[];
  readonly pushedAt: string;
  readonly inCoverageAt: string;
  readonly scanCompletesAt: string;
  readonly findings: number;
}

export interface DeployFunctionInput {
  readonly name: string;
  /** A Lambda runtime of the model's Runtime enum; default PYTHON_3_11. */
  readonly runtime?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly findings?: number;
  readonly vulnerabilities?: readonly string[];
  readonly codeScanning?: boolean;
  readonly scanSeconds?: number;
  readonly outcome?: string;
}

export interface DeployedFunction {
  readonly resourceId: string;
  readonly functionName: string;
  readonly lastModifiedAt: string;
  readonly scanCompletesAt: string;
  readonly findings: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

function bad(field: string, value: unknown, expected: string): Error {
  return new Error(`invalid ${field} ${JSON.stringify(value)}: expected ${expected}`);
}

function seconds(field: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw bad(field, value, "seconds >= 0");
  return value;
}

function count(field: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw bad(field, value, "an integer >= 0");
  return value;
}

function outcomeOf(type: string, value: unknown): string {
  const allowed = OUTCOMES[type]!;
  if (value === undefined) return "SUCCESSFUL";
  if (typeof value !== "string" || !allowed.includes(value)) throw bad("outcome", value, allowed.join(", "));
  return value;
}

const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export function pushImage(acct: Account2, input: PushImageInput, now: number): PushedImage {
  if (typeof input?.repository !== "string" || !REPOSITORY_NAME.test(input.repository)) {
    throw bad("repository", input?.repository, "an ECR repository name such as team/app");
  }
  const tags = input.tags ?? ["latest"];
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === "string" && /^[\w][\w.-]{0,127}$/.test(t))) {
    throw bad("tags", input.tags, 'a list of image tags such as ["v1.2.3", "latest"]');
  }
  if (input.digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(input.digest)) {
    throw bad("digest", input.digest, "sha256: and 64 lowercase hex digits");
  }
  const profile = input.profile ?? "ubuntu-node";
  if (PROFILES[profile] === undefined) throw bad("profile", input.profile, Object.keys(PROFILES).join(", "));
  if (input.architecture !== undefined && input.architecture !== "amd64" && input.architecture !== "arm64") {
    throw bad("architecture", input.architecture, "amd64 or arm64");
  }
  const forced = catalogRefs(input.vulnerabilities);
  const wanted = count("findings", input.findings, 12);
  const scan = seconds("scanSeconds", input.scanSeconds, acct.scanSeconds);
  const discovery = seconds("discoverySeconds", input.discoverySeconds, 5);
  let reason = outcomeOf("AWS_ECR_CONTAINER_IMAGE", input.outcome);
  const repoId = ecrRepositoryArn(acct.region, acct.accountId, input.repository);
  const repo =
    acct.resource(repoId) ??
    addRepository(acct, { name: input.repository, scanFrequency: "CONTINUOUS_SCAN" }, {}, now);
  const frequency = repo.repository!.scanFrequency;
  if (reason === "SUCCESSFUL" && frequency === "SCAN_ON_PUSH") reason = "SCAN_FREQUENCY_SCAN_ON_PUSH";
  if (frequency === "MANUAL") reason = "SCAN_FREQUENCY_MANUAL";
  if (profile === "scratch" && reason === "SUCCESSFUL") reason = "UNSUPPORTED_OS";
  const n = acct.nextPush();
  const digest = input.digest ?? `sha256:${acct.hex(64, "pushed", input.repository, n, ...tags)}`;
  if (acct.resource(`${repoId}/${digest}`))
    throw bad("digest", digest, "a digest not already in the repository");
  const completesAt = frequency === "MANUAL" ? undefined : now + acct.scaled(scan);
  const image = addImage(acct, {
    repository: repo,
    profile,
    tags,
    digest,
    pushedAt: now,
    discoveredAt: now + acct.scaled(discovery),
    completesAt,
    reason,
    ...(input.architecture !== undefined ? { architecture: input.architecture } : {}),
  });
  const added =
    findingsVisibleFrom(image, "PACKAGE") !== undefined && statusCodeOf(reason) === "ACTIVE"
      ? acct.addPackageFindings(image, wanted, forced)
      : 0;
  return {
    resourceId: image.id,
    repositoryName: input.repository,
    imageDigest: digest,
    imageTags: [...tags],
    pushedAt: iso(now),
    inCoverageAt: iso(image.discoveredAt),
    scanCompletesAt: iso(completesAt ?? image.discoveredAt),
    findings: added,
  };
}

const FUNCTION_NAME = /^[a-zA-Z0-9-_]{1,64}$/;

export function deployFunction(acct: Account2, input: DeployFunctionInput, now: number): DeployedFunction {
  if (typeof input?.name !== "string" || !FUNCTION_NAME.test(input.name)) {
    throw bad("name", input?.name, "a Lambda function name (letters, digits, - and _)");
  }
  const runtime = input.runtime ?? "PYTHON_3_11";
  if (!enum2("Runtime").includes(runtime)) throw bad("runtime", runtime, enum2("Runtime").join(", "));
  const tags = input.tags ?? {};
  if (typeof tags !== "object" || !Object.values(tags).every((v) => typeof v === "string")) {
    throw bad("tags", input.tags, 'an object of tag values such as {"team": "orders"}');
  }
  const forced = catalogRefs(input.vulnerabilities);
  const wanted = count("findings", input.findings, 6);
  const scan = seconds("scanSeconds", input.scanSeconds, acct.scanSeconds);
  let reason = outcomeOf("AWS_LAMBDA_FUNCTION", input.outcome);
  if (RUNTIME_ECOSYSTEM[runtime] === undefined && reason === "SUCCESSFUL") reason = "UNSUPPORTED_RUNTIME";
  const id = lambdaArn(acct.region, acct.accountId, input.name);
  const previous = acct.resource(id);
  const completesAt = reason === "UNSUPPORTED_RUNTIME" ? undefined : now + acct.scaled(scan);
  const previousScanAt = previous?.scans.PACKAGE?.lastScanAt;
  if (previous && completesAt !== undefined) acct.closeFindingsOf(id, completesAt);
  const fn = addFunction(acct, {
    name: input.name,
    runtime,
    tags: { ...(previous?.tags ?? {}), ...tags },
    modifiedAt: now,
    discoveredAt: previous?.discoveredAt ?? now + acct.scaled(2),
    completesAt,
    reason,
    codeScanning: input.codeScanning ?? true,
    revision: (previous?.revision ?? 0) + (previous ? 1 : 0),
    ...(previous?.lambda?.layers ? { layers: previous.lambda.layers } : {}),
    ...(previous && previousScanAt !== undefined && previousScanAt <= now ? { previousScanAt } : {}),
  });
  let added = 0;
  if (statusCodeOf(reason) === "ACTIVE" && completesAt !== undefined) {
    added += acct.addPackageFindings(fn, wanted, forced);
    if (fn.scans.CODE) added += acct.addCodeFindings(fn, 1);
  }
  return {
    resourceId: fn.id,
    functionName: input.name,
    lastModifiedAt: iso(now),
    scanCompletesAt: iso(completesAt ?? now),
    findings: added,
  };
}

export interface ScanStatusInput {
  readonly resourceId: string;
  /** Only this scan type; every scan type of the resource when absent. */
  readonly scanType?: ScanType;
  /** A ScanStatusReason of the model; its statusCode follows (ACTIVE or INACTIVE). */
  readonly reason: string;
}

/** Sets a resource's scan status from now on (e.g. an instance that stops being managed by SSM). */
export function setScanStatus(acct: Account2, input: ScanStatusInput, now: number): { updated: number } {
  const resource = acct.resource(input?.resourceId);
  if (resource === undefined)
    throw bad("resourceId", input?.resourceId, "the resourceId of a covered resource");
  const reasons = enum2("ScanStatusReason");
  if (!reasons.includes(input.reason)) throw bad("reason", input.reason, reasons.join(", "));
  const types = (Object.keys(resource.scans) as ScanType[]).filter(
    (t) => input.scanType === undefined || t === input.scanType,
  );
  if (types.length === 0) throw bad("scanType", input.scanType, Object.keys(resource.scans).join(" or "));
  for (const t of types)
    resource.scans[t]!.override = {
      statusCode: statusCodeOf(input.reason),
      reason: input.reason,
      since: now,
    };
  acct.version++;
  return { updated: types.length };
}
