import type { BaselineSet } from "../baseline/set.js";
import type { BaselineComparison, FingerprintLog, TargetBaseline } from "../baseline/types.js";
import { type Finding } from "../model.js";
import type { FleetLimits, Policy, Rule, SeverityLimit } from "./types.js";
/** Absent findings named in a comparison, at most. */
export declare const ABSENT_SAMPLE_LIMIT = 100;
/** Whether a limit or rule counts only new findings: its own setting, else the policy's, else not. */
export declare function newOnlyOf(item: SeverityLimit | Rule, policy: Policy): boolean;
/** How a limit's or rule's max applies across a fleet: its own setting, else the policy's, else per gate. */
export declare function fleetOf(item: SeverityLimit | Rule, policy: Policy): FleetLimits;
/** True when any limit or rule of the policy counts only new findings. */
export declare function usesBaseline(policy: Policy): boolean;
/** True when some limit or rule counts only new findings (against a baseline). */
export declare function countsNewOnly(policy: Policy): boolean;
/** Per-target state of one finding: unknown (no baseline), new, or counted by the baseline here. */
export declare const STATE_NONE = 0;
export declare const STATE_NEW = 1;
export declare const STATE_UNCHANGED = 2;
/** Baseline bookkeeping for one evaluation. */
export declare class BaselineTracker {
    private readonly policy;
    private readonly baseline;
    readonly limitNewOnly: Uint8Array;
    readonly ruleNewOnly: Uint8Array;
    private readonly limitNew;
    private readonly ruleNew;
    private readonly left;
    private readonly collector;
    /** Baseline rule-id lists bound to this policy's rule indexes. */
    private readonly masks;
    private readonly ruleIndex;
    private readonly limitByRank;
    private readonly newByRank;
    private readonly unchangedByRank;
    private unfingerprinted;
    private print;
    private slot;
    private rank;
    private readonly matched;
    private matchedCount;
    constructor(policy: Policy, baseline: BaselineSet | undefined, collect: boolean, limitByRank: readonly number[]);
    private maskOf;
    /** Starts a finding: its fingerprint, and the baseline entry it takes (if any). */
    begin(finding: Finding, rank: number): void;
    /** The finding's state for the severity limit of its severity. */
    limitState(): number;
    /** The finding's state for a rule it matches. */
    ruleState(rule: number): number;
    /** The finding matched this rule (before exceptions): it could count for it. */
    matchedRule(rule: number): void;
    /** The finding counted (after exceptions) for a limit or a rule, in this state. */
    countedLimit(limit: number, state: number): void;
    countedRule(rule: number, state: number): void;
    end(): void;
    /** Whether a limit or rule with this count is violated. */
    limitViolated(limit: number, count: number, max: number): boolean;
    ruleViolated(rule: number, count: number, max: number): boolean;
    /** Only new findings are worth listing for a new-only target. */
    listLimit(limit: number, state: number): boolean;
    listRule(rule: number, state: number): boolean;
    get hasBaseline(): boolean;
    fingerprints(): FingerprintLog | undefined;
    /**
     * What is left of the baseline: absent findings per severity, per limit and per rule, and the named ones.
     * Undefined without a baseline.
     */
    finish(limitCounts: readonly number[], ruleCounts: readonly number[]): {
        comparison: BaselineComparison;
        limits: TargetBaseline[];
        rules: TargetBaseline[];
    } | undefined;
}
