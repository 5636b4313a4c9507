/**
 * Coverage is evidence: ListCoverage over the scope says which resources Inspector scans and whether
 * each has been scanned. What ListCoverage cannot filter (an image's digest, resource tags of images) is
 * matched here, and every record is held against what was asked (a record outside the scope is a lie).
 *
 * A resource is covered when every coverage record it has (EC2 has one per scan type) is ACTIVE with a
 * scan recorded (lastScannedAt). ACTIVE alone is not enough: Inspector reports PENDING_INITIAL_SCAN (and
 * the other scans in progress) under ACTIVE. Nothing in scope, a named digest missing, a resource still
 * pending (without --wait-for-scan) or INACTIVE (unless the policy says warn or ignore) is not evidence;
 * a resource listed twice for the same scan type is inconsistent data.
 */
import {
  type CoverageFilterCriteria,
  type CoverageStringFilter,
  type CoveredResource,
  paginateListCoverage,
} from "@aws-sdk/client-inspector2";
import { InspectorError } from "../../errors.js";
import type { Inspector2CoverageInfo, Inspector2UnscannedResource } from "../../result.js";
import type { CallOptions } from "../shared/aws.js";
import { timestamp } from "../shared/timestamp.js";
import { checkedPages, type Inspector2Api } from "./api.js";
import { digestOf, type Inspector2Scope } from "./scope.js";

/** ListCoverage's largest page (the model's maxResults bound). */
export const COVERAGE_PAGE = 200;
/** Unscanned resources named in the result (the counts are always complete). */
export const UNSCANNED_SHOWN = 20;

/** Scan status reasons that mean a scan is under way or due: waited for, never evidence yet. */
export const IN_PROGRESS_REASONS: ReadonlySet<string> = new Set([
  "PENDING_INITIAL_SCAN",
  "PENDING_REVIVAL_SCAN",
  "SCAN_IN_PROGRESS",
]);

export type InactivePolicy = "fail" | "warn" | "ignore";

/** One resource in scope and its coverage records. */
export interface ScopedResource {
  readonly resourceId: string;
  readonly resourceType: string;
  readonly accountId?: string;
  readonly label: string;
  readonly scans: Inspector2UnscannedResource["scans"];
  readonly status: "SCANNED" | "PENDING" | "INACTIVE";
}

/** What one ListCoverage listing of the scope shows. */
export interface CoverageView {
  readonly resources: readonly ScopedResource[];
  readonly records: number;
  readonly missingDigests: readonly string[];
  readonly matchedByGate: readonly string[];
  readonly accounts: readonly string[];
}

function equals(values: readonly string[]): CoverageStringFilter[] {
  return values.map((value) => ({ comparison: "EQUALS", value }));
}

/** The criteria ListCoverage can take for the scope (digests and resource tags are matched by the gate). */
export function coverageCriteria(scope: Inspector2Scope): CoverageFilterCriteria {
  const c: CoverageFilterCriteria = {};
  if (scope.accounts?.length) c.accountId = equals(scope.accounts);
  const imageOnly = Boolean(
    scope.ecrRepositories?.length || scope.ecrImageDigests?.length || scope.ecrImageTags?.length,
  );
  const types =
    scope.resourceTypes ??
    (imageOnly
      ? ["AWS_ECR_CONTAINER_IMAGE"]
      : scope.lambdaFunctions?.length
        ? ["AWS_LAMBDA_FUNCTION"]
        : undefined);
  if (types?.length) c.resourceType = equals(types);
  if (scope.resourceIds?.length) c.resourceId = equals(scope.resourceIds);
  if (scope.ecrRepositories?.length) c.ecrRepositoryName = equals(scope.ecrRepositories);
  if (scope.ecrImageTags?.length) c.ecrImageTags = equals(scope.ecrImageTags);
  if (scope.lambdaFunctions?.length) c.lambdaFunctionName = equals(scope.lambdaFunctions);
  return c;
}

function inconsistent(record: CoveredResource, why: string): InspectorError {
  return new InspectorError(
    "COVERAGE_INCONSISTENT",
    `Inspector ListCoverage returned a record outside the scope asked for (${record.resourceType ?? "?"} ` +
      `${record.resourceId ?? "?"}: ${why}); refusing to decide on inconsistent data`,
  );
}

/** The repository of an image's resource id (arn:…:repository/NAME/sha256:HEX). */
function repositoryOf(resourceId: string): string | undefined {
  return /:repository\/(.+)\/sha256:[a-f0-9]+$/.exec(resourceId)?.[1];
}

function tagsOf(record: CoveredResource): Record<string, string> | undefined {
  const m = record.resourceMetadata;
  return m?.ec2?.tags ?? m?.lambdaFunction?.functionTags;
}

function labelOf(record: CoveredResource): string {
  const id = record.resourceId ?? "?";
  const m = record.resourceMetadata;
  if (record.resourceType === "AWS_ECR_CONTAINER_IMAGE") {
    const digest = digestOf(id);
    const repo = repositoryOf(id);
    if (repo && digest) return `${repo}@${digest.slice(0, 19)}…`;
  }
  if (m?.lambdaFunction?.functionName) return m.lambdaFunction.functionName;
  const name = m?.ec2?.tags?.Name;
  if (record.resourceType === "AWS_EC2_INSTANCE" && name) return `${id} (${name})`;
  if (m?.codeRepository?.projectName) return m.codeRepository.projectName;
  return id;
}

/** Holds a record against every criterion that was sent (the server said it filtered them). */
function checkAsked(record: CoveredResource, criteria: CoverageFilterCriteria): void {
  const among = (list: CoverageStringFilter[] | undefined, value: string | undefined, what: string) => {
    if (list === undefined || value === undefined) return;
    if (!list.some((f) => f.value === value)) throw inconsistent(record, `${what} ${value}`);
  };
  among(criteria.accountId, record.accountId, "account");
  among(criteria.resourceType, record.resourceType, "resource type");
  among(criteria.resourceId, record.resourceId, "resource id");
  const m = record.resourceMetadata;
  const repository =
    record.resourceType === "AWS_ECR_CONTAINER_IMAGE"
      ? repositoryOf(record.resourceId ?? "")
      : m?.ecrRepository?.name;
  among(criteria.ecrRepositoryName, repository, "repository");
  among(criteria.lambdaFunctionName, m?.lambdaFunction?.functionName, "function");
  const tags = m?.ecrImage?.tags;
  if (criteria.ecrImageTags && tags !== undefined) {
    if (!tags.some((t) => criteria.ecrImageTags!.some((f) => f.value === t))) {
      throw inconsistent(record, `image tags ${tags.join(", ") || "none"}`);
    }
  }
}

/** Reads the coverage of the scope: one full ListCoverage listing, matched and grouped by resource. */
export async function readCoverage(api: Inspector2Api, scope: Inspector2Scope): Promise<CoverageView> {
  const criteria = coverageCriteria(scope);
  const records: CoveredResource[] = [];
  for await (const page of checkedPages(
    api,
    "ListCoverage",
    "coveredResources",
    (o: CallOptions) =>
      paginateListCoverage(
        { client: api.client, pageSize: COVERAGE_PAGE, stopOnSameToken: true },
        Object.keys(criteria).length > 0 ? { filterCriteria: criteria } : {},
        o,
      ),
    "COVERAGE_INCOMPLETE",
  )) {
    records.push(...(page.coveredResources ?? []));
  }
  return viewOf(records, scope, criteria);
}

/** Matches and groups records (exported for tests: what the gate does with what ListCoverage said). */
export function viewOf(
  records: readonly CoveredResource[],
  scope: Inspector2Scope,
  criteria: CoverageFilterCriteria = coverageCriteria(scope),
): CoverageView {
  const digests = scope.ecrImageDigests;
  const tags = scope.resourceTags;
  const matchedByGate: string[] = [];
  if (digests?.length)
    matchedByGate.push(
      "ecr-image-digest (ListCoverage has no digest filter: matched on each image's resource id)",
    );
  if (tags?.length) {
    matchedByGate.push(
      "resource-tag (matched on EC2 instance and Lambda function tags; coverage records of ECR images and code repositories carry no resource tags, so each one the rest of the scope allows counts)",
    );
  }
  const byId = new Map<string, { record: CoveredResource; scans: ScopedResource["scans"][number][] }>();
  const accounts = new Set<string>();
  const listed = new Set<string>();
  for (const record of records) {
    if (typeof record.resourceId !== "string" || record.resourceId === "") {
      throw new InspectorError(
        "COVERAGE_INCONSISTENT",
        `Inspector ListCoverage returned a record without a resourceId (${record.resourceType ?? "no type"}); refusing to decide on it`,
      );
    }
    checkAsked(record, criteria);
    // One record per resource and scan type: a second one (agreeing or not) means the listing moved.
    const key = `${record.resourceId}\n${record.scanType ?? ""}`;
    if (listed.has(key)) {
      throw new InspectorError(
        "COVERAGE_INCONSISTENT",
        `Inspector ListCoverage listed ${record.resourceId} twice for its ${record.scanType ?? "UNKNOWN"} scan; ` +
          "refusing to decide on inconsistent data",
      );
    }
    listed.add(key);
    if (record.accountId) accounts.add(record.accountId);
    // A repository's own record says how it is scanned; findings are about its images.
    if (record.resourceType === "AWS_ECR_REPOSITORY") continue;
    if (digests?.length) {
      const digest = digestOf(record.resourceId);
      if (digest === undefined || !digests.includes(digest)) continue;
    }
    const recordTags = tagsOf(record);
    if (tags?.length && recordTags !== undefined) {
      if (!tags.some((t) => recordTags[t.key] === t.value)) continue;
    }
    const at = timestamp(record.lastScannedAt);
    const scan = {
      scanType: record.scanType ?? "UNKNOWN",
      statusCode: record.scanStatus?.statusCode ?? "UNKNOWN",
      reason: record.scanStatus?.reason ?? "UNKNOWN",
      ...(at !== undefined ? { lastScannedAt: at } : {}),
    };
    // Only ACTIVE and INACTIVE are Inspector's: another code (or none) is not known to be either, and
    // `inactive-resources: ignore` must not pass it as INACTIVE.
    if (scan.statusCode !== "ACTIVE" && scan.statusCode !== "INACTIVE") {
      throw new InspectorError(
        "COVERAGE_INCONSISTENT",
        `Inspector ListCoverage gave ${record.resourceId} the scan status ${JSON.stringify(record.scanStatus?.statusCode ?? null)} ` +
          "(expected ACTIVE or INACTIVE); refusing to decide on a resource whose scanning is unknown",
      );
    }
    const entry = byId.get(record.resourceId);
    if (entry) entry.scans.push(scan);
    else byId.set(record.resourceId, { record, scans: [scan] });
  }
  const resources: ScopedResource[] = [...byId.entries()].map(([resourceId, { record, scans }]) => ({
    resourceId,
    resourceType: record.resourceType ?? "UNKNOWN",
    ...(record.accountId ? { accountId: record.accountId } : {}),
    label: labelOf(record),
    scans,
    status: statusOf(scans),
  }));
  const present = new Set(resources.map((r) => digestOf(r.resourceId)).filter((d) => d !== undefined));
  const missingDigests = (digests ?? []).filter((d) => !present.has(d));
  return {
    resources,
    records: records.length,
    missingDigests,
    matchedByGate,
    accounts: [...accounts].sort(),
  };
}

/** INACTIVE when any record is not ACTIVE; PENDING when any is ACTIVE without a completed scan. */
function statusOf(scans: ScopedResource["scans"]): ScopedResource["status"] {
  if (scans.some((s) => s.statusCode !== "ACTIVE")) return "INACTIVE";
  if (scans.some((s) => IN_PROGRESS_REASONS.has(s.reason) || s.lastScannedAt === undefined)) return "PENDING";
  return "SCANNED";
}

/** The result's coverage section for a view. */
export function coverageInfo(view: CoverageView, inactivePolicy: InactivePolicy): Inspector2CoverageInfo {
  const byType: Record<string, number> = {};
  for (const r of view.resources) byType[r.resourceType] = (byType[r.resourceType] ?? 0) + 1;
  const unscanned = view.resources
    .filter((r) => r.status !== "SCANNED")
    .sort((a, b) => (a.status === b.status ? 0 : a.status === "INACTIVE" ? -1 : 1))
    .slice(0, UNSCANNED_SHOWN)
    .map(
      (r): Inspector2UnscannedResource => ({
        resourceId: r.resourceId,
        resourceType: r.resourceType,
        label: r.label,
        status: r.status === "INACTIVE" ? "INACTIVE" : "PENDING",
        scans: r.scans,
      }),
    );
  const count = (status: ScopedResource["status"]) =>
    view.resources.filter((r) => r.status === status).length;
  return {
    kind: "inspector2",
    resources: view.resources.length,
    scanned: count("SCANNED"),
    pending: count("PENDING"),
    inactive: count("INACTIVE"),
    byType,
    records: view.records,
    unscanned,
    missingDigests: [...view.missingDigests],
    matchedByGate: [...view.matchedByGate],
    inactivePolicy,
  };
}

/** "label (REASON on PACKAGE, …)" for the first few resources, and how many more. */
function named(resources: readonly ScopedResource[], pick: (s: ScopedResource["scans"][number]) => boolean) {
  const shown = resources.slice(0, 5).map((r) => {
    const reasons = r.scans.filter(pick).map((s) => `${s.reason} on ${s.scanType}`);
    return `${r.label} (${reasons.join(", ") || "no scan recorded"})`;
  });
  const more = resources.length > shown.length ? ` and ${resources.length - shown.length} more` : "";
  return `${shown.join(", ")}${more}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export interface Judgement {
  readonly error?: InspectorError;
  readonly warnings: readonly string[];
  /** Waiting can still help (something pending or not discovered yet). */
  readonly waitable: boolean;
}

/** Judges a view: the error that makes it no evidence (first: what waiting cannot fix), or warnings. */
export function judgeCoverage(
  view: CoverageView,
  options: { readonly inactive: InactivePolicy; readonly waitForScan: boolean; readonly scopeWords: string },
): Judgement {
  const warnings: string[] = [];
  const waitHint = options.waitForScan
    ? ""
    : " Run the gate with --wait-for-scan (Action input wait-for-scan: true) to wait for the scan.";
  const inactive = view.resources.filter((r) => r.status === "INACTIVE");
  const pending = view.resources.filter((r) => r.status === "PENDING");
  if (inactive.length > 0 && options.inactive !== "ignore") {
    const message =
      `${plural(inactive.length, "resource")} in scope ${inactive.length === 1 ? "is" : "are"} not scanned ` +
      `by Inspector (INACTIVE): ${named(inactive, (s) => s.statusCode !== "ACTIVE")}`;
    if (options.inactive === "fail") {
      return {
        error: new InspectorError(
          "COVERAGE_INACTIVE",
          `${message}. Their findings are not evidence (coverage.inactive-resources: fail; set warn or ignore ` +
            "to accept them, or narrow the scope).",
        ),
        warnings,
        waitable: false,
      };
    }
    warnings.push(`${message} (coverage.inactive-resources: warn)`);
  }
  if (view.missingDigests.length > 0) {
    return {
      error: new InspectorError(
        "COVERAGE_NOT_FOUND",
        `image ${view.missingDigests.join(", ")} is not in Inspector's coverage: it was not pushed to a ` +
          "repository Inspector scans in this account and region, or Inspector has not discovered it yet; " +
          `nothing about it was scanned, which is never a pass.${waitHint}`,
      ),
      warnings,
      waitable: true,
    };
  }
  if (view.resources.length === 0) {
    return {
      error: new InspectorError(
        "COVERAGE_NOTHING_SCANNED",
        `nothing in scope (${options.scopeWords}) is in Inspector's coverage (${plural(view.records, "coverage record")} read): ` +
          `nothing was scanned, which is never a pass.${waitHint}`,
      ),
      warnings,
      waitable: true,
    };
  }
  if (pending.length > 0) {
    return {
      error: new InspectorError(
        "COVERAGE_PENDING",
        `${plural(pending.length, "resource")} in scope ${pending.length === 1 ? "has" : "have"} not been scanned yet: ` +
          `${named(pending, (s) => s.statusCode === "ACTIVE" && (IN_PROGRESS_REASONS.has(s.reason) || s.lastScannedAt === undefined))}; ` +
          `findings are not evidence until the scan completes.${waitHint}`,
      ),
      warnings,
      waitable: true,
    };
  }
  if (view.resources.every((r) => r.status !== "SCANNED")) {
    return {
      error: new InspectorError(
        "COVERAGE_NOTHING_SCANNED",
        `none of the ${plural(view.resources.length, "resource")} in scope was scanned (every one is INACTIVE, ` +
          "ignored by coverage.inactive-resources): nothing was scanned, which is never a pass.",
      ),
      warnings,
      waitable: false,
    };
  }
  return { warnings, waitable: false };
}
