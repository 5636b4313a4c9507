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
import { type CoverageFilterCriteria, type CoveredResource } from "@aws-sdk/client-inspector2";
import { InspectorError } from "../../errors.js";
import type { Inspector2CoverageInfo, Inspector2UnscannedResource } from "../../result.js";
import { type Inspector2Api } from "./api.js";
import { type Inspector2Scope } from "./scope.js";
/** ListCoverage's largest page (the model's maxResults bound). */
export declare const COVERAGE_PAGE = 200;
/** Unscanned resources named in the result (the counts are always complete). */
export declare const UNSCANNED_SHOWN = 20;
/** Scan status reasons that mean a scan is under way or due: waited for, never evidence yet. */
export declare const IN_PROGRESS_REASONS: ReadonlySet<string>;
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
/** The criteria ListCoverage can take for the scope (digests and resource tags are matched by the gate). */
export declare function coverageCriteria(scope: Inspector2Scope): CoverageFilterCriteria;
/** Reads the coverage of the scope: one full ListCoverage listing, matched and grouped by resource. */
export declare function readCoverage(api: Inspector2Api, scope: Inspector2Scope): Promise<CoverageView>;
/** Matches and groups records (exported for tests: what the gate does with what ListCoverage said). */
export declare function viewOf(records: readonly CoveredResource[], scope: Inspector2Scope, criteria?: CoverageFilterCriteria): CoverageView;
/** The result's coverage section for a view. */
export declare function coverageInfo(view: CoverageView, inactivePolicy: InactivePolicy): Inspector2CoverageInfo;
export interface Judgement {
    readonly error?: InspectorError;
    readonly warnings: readonly string[];
    /** Waiting can still help (something pending or not discovered yet). */
    readonly waitable: boolean;
}
/** Judges a view: the error that makes it no evidence (first: what waiting cannot fix), or warnings. */
export declare function judgeCoverage(view: CoverageView, options: {
    readonly inactive: InactivePolicy;
    readonly waitForScan: boolean;
    readonly scopeWords: string;
}): Judgement;
