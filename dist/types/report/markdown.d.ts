import type { Formatter } from "./types.js";
/** GitHub's limit for one step's job summary. */
export declare const DEFAULT_MARKDOWN_MAX_BYTES: number;
/**
 * A part of the report. `head` lines come with the section; `rows` can be left out one by one from the
 * end; `more(n)` is the line written when n rows (plus `hidden` rows never listed) are not shown.
 */
export interface Section {
    readonly priority: number;
    readonly required?: boolean;
    /** Lines written before the first shown section of the same group (e.g. a shared heading). */
    readonly group?: {
        readonly key: string;
        readonly head: readonly string[];
    };
    readonly head: readonly string[];
    readonly rows: readonly string[];
    /** Rows that exist but were never listed (e.g. beyond the per-check bound). */
    readonly hidden?: number;
    readonly more?: (omitted: number) => string;
    /** Lines after the rows. */
    readonly tail?: readonly string[];
}
export declare const formatMarkdown: Formatter;
