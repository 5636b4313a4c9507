/**
 * What every Inspector Classic operation shares: the emulation it works on, ARN lookups with the
 * error each miss deserves (malformed, another account's, unknown), batch describes with their
 * failedItems, one page of a listing under a sealed token, and the filters' name patterns and ranges.
 */
import type { FaultConfig } from "../shared/faults.js";
import type { PageTokens } from "../shared/pagination.js";
import type { CompiledFilter } from "./finding-filter.js";
import type { Run } from "./run-lifecycle.js";
import type { Store, TemplateRec } from "./store.js";
/** Everything a handler may touch, besides the request. */
export interface Emulation {
    readonly store: Store;
    readonly tokens: PageTokens;
    faults(): FaultConfig;
    /** Finding ARNs that already failed once under the "retryable-once" failedItems fault. */
    readonly failedOnce: Set<string>;
    /** Report requests: when each run's report was first asked for. */
    readonly reports: Map<string, number>;
    readonly endpoint: () => string;
    readonly filterCache: Map<string, CompiledFilter>;
}
export type Input = Record<string, any>;
export type Output = Record<string, unknown> | undefined;
export type Handler = (input: Input, em: Emulation, now: number) => Output;
export declare const sec: (ms: number) => number;
export declare const PAGE_DEFAULT = 10;
interface KindCodes {
    readonly invalid: string;
    readonly missing: string;
    readonly denied: string;
    readonly label: string;
}
declare const CODES: Readonly<Record<"target" | "template" | "run" | "finding" | "resourcegroup" | "rulespackage", KindCodes>>;
export declare function find<T>(store: Store, kind: keyof typeof CODES, arn: string, map: ReadonlyMap<string, T>): T;
export declare function runOf(em: Emulation, arn: string, now: number): Run;
export interface FailedItem {
    failureCode: string;
    retryable: boolean;
}
/** Batch describe: the items found, and failedItems for the others (duplicates described once). */
export declare function describeBatch<T>(store: Store, kind: keyof typeof CODES, arns: readonly string[], map: ReadonlyMap<string, T>): {
    found: T[];
    failedItems: Record<string, FailedItem>;
};
/** One page of `items` for a paginated operation; the page never exceeds what the model allows. */
export declare function paginate<T>(em: Emulation, operation: string, resultKey: string, input: Input, scope: unknown, items: readonly T[]): {
    page: T[];
    nextToken?: string;
};
/** Inspector's name patterns: `*` any run of characters, `?` one character, otherwise exact. */
export declare function namePattern(pattern: string): RegExp;
interface Range {
    beginDate?: number;
    endDate?: number;
}
export declare function checkRange(range: Range | undefined, code: string, label: string): Range | undefined;
export declare function inRange(ms: number | undefined, range: Range | undefined): boolean;
export declare function checkDurationRange(range: {
    minSeconds?: number;
    maxSeconds?: number;
} | undefined, code: string): {
    minSeconds?: number;
    maxSeconds?: number;
} | undefined;
export declare function inDuration(seconds: number, range: {
    minSeconds?: number;
    maxSeconds?: number;
} | undefined): boolean;
/** The runs of `templates` that have not ended. */
export declare function runsInProgress(store: Store, templates: readonly TemplateRec[], now: number): string[];
export {};
