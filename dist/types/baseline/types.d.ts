/** The shapes a baseline is made of: fingerprints grouped by what they counted for, and named samples. */
import type { Severity, SeverityCounts } from "../model.js";
/**
 * Findings that share a severity and the rules they could count for (matched before exceptions), by
 * fingerprint. A fingerprint appears once per finding: twice when two findings share it.
 */
export interface FingerprintGroup {
    readonly severity: Severity;
    /** Rule ids, in policy order. */
    readonly rules: readonly string[];
    /** Sorted. */
    readonly fingerprints: readonly string[];
}
/** Every evaluated finding's fingerprint (what a report carries so that it can serve as a baseline). */
export interface FingerprintLog {
    /** The recipe (FINGERPRINT_ALGORITHM). */
    readonly algorithm: string;
    /** Findings that had no fingerprint (nothing but free text identified them): not in the groups. */
    readonly unfingerprinted: number;
    readonly groups: readonly FingerprintGroup[];
}
/** A baselined finding with a name to show when it is gone (from the baseline report's violations). */
export interface BaselineSample {
    readonly fingerprint: string;
    readonly severity: Severity;
    readonly findingId?: string;
    readonly title?: string;
    /** What it was about: a host, an instance, an image repository, a function. */
    readonly subject: string;
}
/** A gate's findings compared with a baseline. */
export interface BaselineComparison {
    /** Findings not in the baseline, or now of another severity. */
    readonly new: SeverityCounts;
    /** Findings in the baseline with the same severity. */
    readonly unchanged: SeverityCounts;
    /** Baseline findings not seen any more (fixed, or out of the source's reach). */
    readonly absent: SeverityCounts;
    /** Findings without a fingerprint (always new). */
    readonly unfingerprinted: number;
    /** Absent findings the baseline named, worst first, bounded. */
    readonly absentSamples: readonly BaselineSample[];
}
/** How a limit or rule counted against a baseline. */
export interface TargetBaseline {
    /** new-only: max counted the new findings; all: every finding, as without a baseline. */
    readonly mode: "new-only" | "all";
    /** Counted findings (after exceptions) that are new for this limit or rule. */
    readonly new: number;
    /** Counted findings the baseline already counted here. */
    readonly unchanged: number;
    /** Findings the baseline counted here that are gone. */
    readonly absent: number;
}
