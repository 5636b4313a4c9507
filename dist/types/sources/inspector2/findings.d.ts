/**
 * Listing an Inspector (v2) scope's findings: ListFindings through the SDK paginator (maxResults 100; a
 * page holds at most 25) with the criteria built from the scope and the policy, each page checked and
 * each finding normalised and held against what was asked. KEV details, when the policy needs them, are
 * fetched for the candidates of each page with bounded concurrency while the listing goes on.
 *
 * Distrust: a finding the normaliser refuses, one listed twice, one outside the criteria sent (another
 * resource, account, status or severity), a page without its list or a repeated token are all errors
 * (exit 3), never a shorter list. SUPPRESSED findings are set apart (counted and shown, not evaluated)
 * unless they are to be evaluated; CLOSED ones are never asked for.
 */
import { type FilterCriteria } from "@aws-sdk/client-inspector2";
import type { Clock } from "../../logging.js";
import { type Finding } from "../../model.js";
import type { SuppressedFinding } from "../../result.js";
import { type Inspector2Api } from "./api.js";
/** ListFindings' maxResults (the model's bound; a page still holds at most 25). */
export declare const LIST_PAGE_SIZE = 100;
/** Suppressed findings listed by name in the result (all are counted). */
export declare const SUPPRESSED_SHOWN = 50;
export interface ListFindingsOptions {
    readonly criteria: FilterCriteria;
    readonly includeSuppressed: boolean;
    /** Present when KEV data is needed: it is fetched for the findings `candidate` accepts. */
    readonly kev?: {
        candidate(finding: Finding): boolean;
    };
    /** BatchGetFindingDetails calls in flight at once. */
    readonly concurrency: number;
    readonly clock: Clock;
    /** The fetch's own signal (sleeps between KEV retries end with it). */
    readonly signal: AbortSignal;
    /** Receives the findings to evaluate, a page at a time (KEV set), in no particular order. */
    readonly onBatch: (batch: readonly Finding[]) => Promise<void>;
    readonly onProgress?: (stats: ListStats) => void;
}
export interface ListStats {
    pages: number;
    active: number;
    suppressed: number;
    /** Findings handed on to be evaluated. */
    evaluated: number;
    listingDone: boolean;
    readonly accounts: Set<string>;
    readonly suppressedShown: SuppressedFinding[];
    kevCandidates: number;
    kevCalls: number;
    inKev: number;
    kevUnknown: number;
}
/** The figures of a listing before its first finding. */
export declare function emptyListStats(listingDone?: boolean): ListStats;
/** Where the service returned the findings `admit` holds against what was asked, in its error messages. */
export interface Intake {
    readonly criteria: FilterCriteria;
    readonly includeSuppressed: boolean;
    readonly seen: Set<string>;
    readonly stats: ListStats;
    /** "Inspector ListFindings listed ARN twice", as the place says it. */
    twice(arn: string): string;
    /** "Inspector ListFindings returned ARN", as the place says it. */
    returned(arn: string): string;
}
/**
 * One finding the service returned (by ListFindings or in a findings report), held against what was asked:
 * one returned before, or outside the criteria sent, is inconsistent data (exit 3); a SUPPRESSED one is
 * counted and shown apart unless it is to be evaluated. True when it is to be evaluated.
 */
export declare function admit(finding: Finding, intake: Intake): boolean;
/** Lists every finding the criteria select; resolves with what was seen once all are handed on. */
export declare function listFindings(api: Inspector2Api, options: ListFindingsOptions): Promise<ListStats>;
