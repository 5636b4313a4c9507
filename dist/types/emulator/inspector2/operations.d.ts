/**
 * The Inspector v2 operations the emulator serves. Each handler gets a request already validated
 * against the service model and answers in the wire shape. Pages never exceed what the model allows
 * (ListFindings: 25 findings whatever maxResults asks; ListCoverageStatistics: 5 groups).
 */
import type { FaultConfig } from "../shared/faults.js";
import type { PageTokens } from "../shared/pagination.js";
import type { Account2 } from "./account.js";
import { type Listings } from "./listing.js";
import type { Reports } from "./reports.js";
/** Behaviour of the real service a client must cope with, off by default. */
export interface PagingQuirks {
    /** Share (0..1) of ListFindings pages answered empty, with a token, while findings remain. */
    readonly emptyPages: number;
    /** The last ListFindings page still carries a token, whose page is empty and has none. */
    readonly trailingToken: boolean;
}
export declare const NO_QUIRKS: PagingQuirks;
export interface Context2 {
    readonly acct: Account2;
    readonly tokens: PageTokens;
    readonly listings: Listings;
    readonly reports: Reports;
    quirks: PagingQuirks;
    faults(): FaultConfig;
    /** Finding ARNs that already failed once under the "retryable-once" failedItems fault. */
    readonly failedOnce: Set<string>;
}
type Input = Record<string, any>;
type Output = Record<string, unknown>;
export type Handler2 = (input: Input, ctx: Context2, now: number) => Output | Promise<Output>;
export declare const HANDLERS2: Readonly<Record<string, Handler2>>;
export {};
