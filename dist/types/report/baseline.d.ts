/**
 * How reports speak of a baseline: a check that counts only new findings is described by its new ones,
 * and a result compared with a baseline says what is new, still present and fixed. Pure and shared by the
 * formatters; every value that came from a finding is made plain here or escaped by the caller.
 */
import type { BaselineSample } from "../baseline/types.js";
import type { GateResult } from "../result.js";
import type { Check } from "./views.js";
/** True when the check counted only new findings against a baseline. */
export declare function newOnly(check: Check): boolean;
/** The findings the check's verdict rests on: its new ones when new-only, else all it counted. */
export declare function countedFor(check: Check): number;
/** "3 / max 0", or "1 new of 3 / max 0" for a check that counted only new findings. */
export declare function countText(check: Check): string;
/** "3 findings", or "1 new finding" for a check that counted only new findings. */
export declare function countedWords(check: Check, plural: (n: number, one: string) => string): string;
/** The comparison in numbers: new, still present (unchanged), fixed (absent). */
export interface BaselineTotals {
    readonly new: number;
    readonly unchanged: number;
    readonly absent: number;
}
export declare function baselineTotals(result: GateResult): BaselineTotals | undefined;
/** "1 new · 2 still present · 1 fixed" */
export declare function totalsText(t: BaselineTotals): string;
/** Where the baseline came from, in a few plain words: "main.json, taken 2026-03-01 from an Inspector Classic run". */
export declare function baselineWords(result: GateResult): string;
/** Severities with something new, present or fixed, worst first, as [severity, new, unchanged, absent]. */
export declare function baselineRows(result: GateResult): [string, number, number, number][];
/** A fixed finding in one plain line: `High CVE-2021-44228 "title" on host-1`. */
export declare function fixedLine(sample: BaselineSample, maxTitle?: number): string;
/**
 * The summary's lead against a baseline, new findings first:
 * "1 new finding since the baseline; 2 still present, 1 fixed."
 */
export declare function baselineLead(result: GateResult): string | undefined;
/** A violation's state in a few words, for a list of findings: "new", "baselined" or "". */
export declare function stateWord(state: "new" | "unchanged" | undefined): string;
