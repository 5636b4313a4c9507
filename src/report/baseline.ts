/**
 * How reports speak of a baseline: a check that counts only new findings is described by its new ones,
 * and a result compared with a baseline says what is new, still present and fixed. Pure and shared by the
 * formatters; every value that came from a finding is made plain here or escaped by the caller.
 */
import type { BaselineSample } from "../baseline/types.js";
import type { GateResult } from "../result.js";
import { plainText } from "./escape.js";
import type { Check } from "./views.js";
import { SEVERITIES_DESC, sumCounts } from "./views.js";

/** True when the check counted only new findings against a baseline. */
export function newOnly(check: Check): boolean {
  return check.baseline?.mode === "new-only";
}

/** The findings the check's verdict rests on: its new ones when new-only, else all it counted. */
export function countedFor(check: Check): number {
  return newOnly(check) ? check.baseline!.new : check.matched;
}

/** "3 / max 0", or "1 new of 3 / max 0" for a check that counted only new findings. */
export function countText(check: Check): string {
  return newOnly(check)
    ? `${check.baseline!.new} new of ${check.matched} / max ${check.max}`
    : `${check.matched} / max ${check.max}`;
}

/** "3 findings", or "1 new finding" for a check that counted only new findings. */
export function countedWords(check: Check, plural: (n: number, one: string) => string): string {
  return newOnly(check) ? plural(check.baseline!.new, "new finding") : plural(check.matched, "finding");
}

/** The comparison in numbers: new, still present (unchanged), fixed (absent). */
export interface BaselineTotals {
  readonly new: number;
  readonly unchanged: number;
  readonly absent: number;
}

export function baselineTotals(result: GateResult): BaselineTotals | undefined {
  const c = result.evaluation?.baseline;
  if (c === undefined || result.baseline === undefined) return undefined;
  return { new: sumCounts(c.new), unchanged: sumCounts(c.unchanged), absent: sumCounts(c.absent) };
}

/** "1 new · 2 still present · 1 fixed" */
export function totalsText(t: BaselineTotals): string {
  return `${t.new} new · ${t.unchanged} still present · ${t.absent} fixed`;
}

/** Where the baseline came from, in a few plain words: "main.json, taken 2026-03-01 from an Inspector Classic run". */
export function baselineWords(result: GateResult): string {
  const use = result.baseline;
  if (use === undefined) return "";
  const taken = use.takenAt ? `, taken ${plainText(use.takenAt, 40).slice(0, 10)}` : "";
  const policy = use.policyMatches === false ? ", under another policy" : "";
  return `${plainText(use.file, 300)}${taken}${policy}`;
}

/** Severities with something new, present or fixed, worst first, as [severity, new, unchanged, absent]. */
export function baselineRows(result: GateResult): [string, number, number, number][] {
  const c = result.evaluation?.baseline;
  if (c === undefined) return [];
  return SEVERITIES_DESC.filter((s) => c.new[s] + c.unchanged[s] + c.absent[s] > 0).map((s) => [
    s,
    c.new[s],
    c.unchanged[s],
    c.absent[s],
  ]);
}

/** A fixed finding in one plain line: `High CVE-2021-44228 "title" on host-1`. */
export function fixedLine(sample: BaselineSample, maxTitle = 120): string {
  const id = sample.findingId ? `${plainText(sample.findingId, 60)} ` : "";
  const title = sample.title ? plainText(sample.title, maxTitle) : "(no title)";
  return `${sample.severity} ${id}${title} on ${plainText(sample.subject, 80)}`;
}

/**
 * The summary's lead against a baseline, new findings first:
 * "1 new finding since the baseline; 2 still present, 1 fixed."
 */
export function baselineLead(result: GateResult): string | undefined {
  const t = baselineTotals(result);
  if (t === undefined) return undefined;
  const word = t.new === 1 ? "finding" : "findings";
  return `${t.new} new ${word} since the baseline; ${t.unchanged} still present, ${t.absent} fixed.`;
}

/** A violation's state in a few words, for a list of findings: "new", "baselined" or "". */
export function stateWord(state: "new" | "unchanged" | undefined): string {
  return state === "new" ? "new" : state === "unchanged" ? "baselined" : "";
}
