import type { GateScope } from "../baseline/scope.js";
import type { BaselineSample, TargetBaseline } from "../baseline/types.js";
import { type Severity, type SeverityCounts } from "../model.js";
import type { FleetLimits, Violation } from "../policy/types.js";
import type { GateResult } from "../result.js";
export interface JsonFingerprints {
    readonly algorithm: string;
    readonly scope: GateScope;
    /** Every finding the source holds was evaluated. */
    readonly complete: boolean;
    readonly unfingerprinted: number;
    readonly groups: readonly {
        readonly severity: Severity;
        readonly rules: readonly string[];
        readonly fingerprints: readonly string[];
    }[];
}
export interface JsonBaselineSample {
    readonly fingerprint: string;
    readonly severity: Severity;
    readonly findingId: string | null;
    readonly title: string | null;
    readonly subject: string;
}
export interface JsonBaselineComparison {
    readonly file: string;
    readonly source: string | null;
    readonly takenAt: string | null;
    readonly policyMatches: boolean | null;
    readonly new: SeverityCounts;
    readonly unchanged: SeverityCounts;
    readonly absent: SeverityCounts;
    readonly unfingerprinted: number;
    readonly absentFindings: readonly JsonBaselineSample[];
}
/** What a limit or rule adds to the report: its share of the baseline and how it combines in a fleet. */
export interface JsonCheckBaseline {
    readonly baseline: TargetBaseline | null;
    readonly fleet: FleetLimits;
}
export declare function jsonSample(sample: BaselineSample): JsonBaselineSample;
export declare function jsonFingerprints(result: GateResult): JsonFingerprints | null;
export declare function jsonComparison(result: GateResult): JsonBaselineComparison | null;
export declare function jsonCheckBaseline(check: {
    readonly baseline?: TargetBaseline;
    readonly fleet?: FleetLimits;
}): JsonCheckBaseline;
/** A violation's fingerprint and its state against a baseline. */
export declare function jsonViolationBaseline(violation: Violation): {
    fingerprint: string | null;
    baselineState: "new" | "unchanged" | null;
};
