/**
 * Fetching a run's findings: ListFindings through the SDK paginator (maxResults 500; a page holds at most
 * 100) feeding DescribeFindings in full batches of 10 with bounded concurrency, listing and describing
 * overlapped through a small bounded queue (so memory holds a few pages of ARNs, not the whole run).
 * Retryable failedItems are described again after a backoff; any other failedItem, a missing finding or
 * one that was not asked for fails the fetch: incomplete data never reaches a verdict.
 *
 * The listing is checked as it arrives (ListingCheck): every page must carry its required findingArns,
 * every ARN must be a finding of the run asked for and appear once in the whole listing (a repeated Low
 * ARN must not stand in for a High one), and a repeated page token ends the walk (AwsApi.pages). Each
 * described finding must name the run asked for in its serviceAttributes.
 */
import { type FindingFilter, type ListFindingsResponse, type Finding as SdkFinding } from "@aws-sdk/client-inspector";
import { DeadlineExceeded } from "../../core/deadline.js";
import type { Clock } from "../../logging.js";
import { InspectorApi } from "./api.js";
export { DeadlineExceeded };
export declare const LIST_PAGE_SIZE = 500;
export declare const DEFAULT_CONCURRENCY = 8;
/** Further attempts for a finding reported as a retryable failedItem. */
export declare const DEFAULT_ITEM_RETRIES = 4;
export interface FetchFindingsOptions {
    readonly runArn: string;
    /** Inspector's server-side filter; undefined lists every finding of the run. */
    readonly filter?: FindingFilter;
    /** DescribeFindings calls in flight at once (default 8); the listing is one more sequential stream. */
    readonly concurrency?: number;
    readonly clock: Clock;
    readonly deadline: number;
    /**
     * Receives each described finding exactly once, in no particular order, a DescribeFindings answer at a
     * time; the describer waits for it (so a slow consumer holds the fetch back rather than filling memory).
     */
    readonly onFindings: (findings: SdkFinding[]) => void | Promise<void>;
    readonly onProgress?: (progress: FetchProgress) => void;
    readonly itemRetries?: number;
    readonly random?: () => number;
}
export interface FetchProgress {
    readonly listed: number;
    readonly described: number;
    readonly listingDone: boolean;
}
export interface FetchStats {
    readonly listed: number;
    readonly described: number;
    readonly pages: number;
    /** Findings described again after a retryable failedItem. */
    readonly retriedItems: number;
}
/**
 * What a run's ListFindings pages must be: each has its required findingArns (a page without them is
 * not an empty page), each ARN is a string naming a finding of the run asked for, and no ARN comes twice
 * in the whole listing. Remembers the finding ids (the short part after the run's prefix), not the ARNs.
 */
export declare class ListingCheck {
    readonly runArn: string;
    private readonly prefix;
    private readonly seen;
    private pages;
    constructor(runArn: string);
    /** The page's finding ARNs, checked; throws an InspectorError when the page is not what was asked for. */
    arnsOf(page: ListFindingsResponse): readonly string[];
}
export declare function fetchFindings(api: InspectorApi, options: FetchFindingsOptions): Promise<FetchStats>;
export interface ListedUpTo {
    /** ARNs seen: the exact number when `complete`, otherwise a lower bound (more than the limit). */
    readonly listed: number;
    /** True when the listing ended (no nextToken) before more than the limit were seen. */
    readonly complete: boolean;
    readonly pages: number;
}
/**
 * Lists the findings of a run that `filter` selects only until more than `limit` ARNs have been seen, with
 * pages of min(500, limit + 1): the fewest calls that tell "at most `limit`" (and exactly how many) from
 * "more than `limit`". For a limit of 0 that is one call with maxResults 1. Nothing is described.
 */
export declare function listFindingsUpTo(api: InspectorApi, runArn: string, filter: FindingFilter, limit: number): Promise<ListedUpTo>;
