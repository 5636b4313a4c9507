/**
 * Listings and their pages. A listing is computed once per (filter, sort, moment) and cached, so
 * paging through 200,000 findings costs one filter pass, not one per page. Tokens are opaque and
 * sealed (the shared PageTokens): each carries the operation, a hash of the request it continues and
 * the moment of the first page, so a listing stays consistent while it is paged (findings that
 * appear later are not slipped in) and a token is refused for any other operation or filter.
 */
import type { PageTokens } from "../shared/pagination.js";
import { type Account2, type FindingRec } from "./account.js";
import { type CoverageEntry } from "./fields.js";
export interface Position {
    /** Index of the next item. */
    readonly start: number;
    /** The moment (ms) the listing was taken at. */
    readonly at: number;
    /** Distinguishes tokens that continue at the same position (an empty page's token). */
    readonly turn: number;
}
/** Reads a token for `operation` and `scope`; one that is not ours is refused as the tokens were told. */
export declare function readToken(tokens: PageTokens, operation: string, scope: unknown, token: string): Position;
export declare function issueToken(tokens: PageTokens, operation: string, scope: unknown, p: Position): string;
export declare class Listings {
    private readonly acct;
    private readonly cache;
    constructor(acct: Account2);
    /** The findings visible at `at` that match, in the requested order (default: as they were found). */
    findings(criteria: Record<string, unknown> | undefined, sort: {
        field: string;
        sortOrder: string;
    } | undefined, at: number): FindingRec[];
    /** Every coverage record at `at` (resources in the order they were found, then scan types). */
    coverage(at: number): CoverageEntry[];
    matchingCoverage(criteria: Record<string, unknown> | undefined, at: number): CoverageEntry[];
    /**
     * The account itself, which coverage statistics count as an AWS_ACCOUNT resource (ListCoverage
     * does not list it), when it matches the criteria.
     */
    accountEntry(criteria: Record<string, unknown> | undefined, at: number): CoverageEntry | undefined;
    /** ACTIVE findings visible at `at` (what aggregations count). */
    active(at: number): FindingRec[];
}
