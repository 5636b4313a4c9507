/**
 * What each FilterCriteria member, SortField and CoverageFilterCriteria member reads from a finding
 * or a coverage record. Every member of the model's criteria has an entry (a test holds this), so a
 * criterion is never silently ignored; members the emulated account has no data for (code
 * repositories) read as absent.
 */
import { type FindingRec } from "./account.js";
import type { FieldSpec } from "./criteria.js";
import type { ResourceRec, ScanState, ScanType } from "./resources.js";
export declare function findingFields(account: string, now: number): Record<string, FieldSpec<FindingRec>>;
/** SortCriteria fields: the value a finding sorts by (missing values sort last either way). */
export declare function sortKey(field: string, account: string, now: number): (f: FindingRec) => string | number | undefined;
/** One coverage record: a resource and one of its scan types, at a time. */
export interface CoverageEntry {
    readonly resource: ResourceRec;
    readonly scanType: ScanType;
    readonly state: ScanState;
}
export declare function coverageFields(account: string): Record<string, FieldSpec<CoverageEntry>>;
