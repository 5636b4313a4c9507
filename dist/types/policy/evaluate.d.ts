/**
 * Pure evaluation: (policy, findings, now) -> Evaluation. Streaming: findings are added one at a time and
 * only bounded samples (the worst findings of each limit, rule and exception) are kept, so any number of
 * findings needs no array. The verdict does not depend on the order findings arrive in.
 * Over 500 lines: the evaluator is one hot loop (every finding of a run passes through add()) whose state
 * (counts, samples, the baseline tracker, undecided reasons) lives in one class; what is off that path sits
 * beside it (sample.ts, baseline.ts, notes.ts, compile.ts).
 */
import { type Finding, type SeverityCounts } from "../model.js";
import type { EvaluateOptions, Evaluation, ExceptionStatus, Policy, PolicyException } from "./types.js";
export declare const DEFAULT_SAMPLE_LIMIT = 100;
export declare const DEFAULT_EXPIRING_WITHIN_DAYS = 14;
/** Whole days from `now`'s UTC day to the `expires` day: 0 on the last valid day, negative once expired. */
export declare function daysLeft(expires: string, now: Date): number;
export declare function exceptionStatus(exception: PolicyException, now: Date): ExceptionStatus;
export interface Evaluator {
    /** Accounts for one finding. */
    add(finding: Finding): void;
    /** The evaluation of every finding added so far. */
    finish(): Evaluation;
}
/** A streaming evaluator: add findings one at a time, then finish(). */
export declare function createEvaluator(policy: Policy, options: EvaluateOptions): Evaluator;
/** Evaluates every finding of an iterable (arrays, generators, anything iterable). */
export declare function evaluate(policy: Policy, findings: Iterable<Finding>, options: EvaluateOptions): Evaluation;
/**
 * Decides from per-severity counts alone. Only valid when planFetch(policy).severityOnly (no rules and no
 * exceptions); no finding is known, so violated limits come with no sample (violationsTruncated).
 */
export declare function evaluateCounts(policy: Policy, counts: SeverityCounts, options: EvaluateOptions): Evaluation;
