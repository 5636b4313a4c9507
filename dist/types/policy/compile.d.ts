/**
 * Policy -> predicates, compiled once per policy. Each rule's and exception's conditions become one
 * closure (the severity bit first, then scalar tests, then lists); a value index (match-index.ts) tells
 * the evaluator which rules and exceptions a finding can match at all, so a finding is tested against
 * those and the few with nothing to file them under. A condition that cannot be decided for a finding
 * (conditions.ts) makes its match false for `test` and is told apart by `undecided`, which the evaluator
 * asks only when the finding's kind allows it. The fetch plan (what may be filtered server-side) is in
 * plan.ts.
 */
import { type Finding } from "../model.js";
import { type ConditionKey } from "./conditions.js";
import { type MatchIndex } from "./match-index.js";
import type { Match, Policy } from "./types.js";
export { collect, type MatchIndex } from "./match-index.js";
/** A compiled condition set. `rank` is rankOf(finding.severity), computed once per finding. */
export type FindingTest = (finding: Finding, rank: number) => boolean;
export interface CompiledMatch {
    /** Bit r set when a finding of severity rank r can match. */
    readonly severityMask: number;
    /** True when every condition holds (a condition that cannot be decided does not). */
    readonly test: FindingTest;
    /** Bit k set when some condition may be undecided for findings of kind k (conditions.ts). */
    readonly unsureKinds: number;
    /**
     * For a finding `test` rejected: true when no condition is false and some could not be decided (the
     * finding may or may not match). Only meaningful for kinds in `unsureKinds`.
     */
    readonly undecided: (finding: Finding, rank: number, kind: number) => boolean;
    /** The conditions stated, each once (the order `explain` counts them in). */
    readonly conditions: readonly ConditionKey[];
    /** For an undecided finding: adds 1 to counts[c * FINDING_KINDS + kind] for each undecided condition c. */
    readonly explain: (finding: Finding, kind: number, counts: Uint32Array) => void;
}
/** Rank of a severity (SEVERITY_RANK); an unknown severity counts as Undefined (0) rather than throwing. */
export declare const rankOf: (severity: string) => number;
export declare function severityMaskOf(match: Match): number;
/** Compiles a match into one predicate, and what tells an undecided finding apart. */
export declare function compileMatch(match: Match): CompiledMatch;
export interface CompiledRule {
    readonly kind: "rule";
    /** Position among all indexed items (rules, then exceptions). */
    readonly slot: number;
    /** Position in policy.rules. */
    readonly index: number;
    readonly id: string;
    readonly match: CompiledMatch;
}
export interface CompiledException {
    readonly kind: "exception";
    readonly slot: number;
    /** Position in policy.exceptions. */
    readonly index: number;
    readonly id: string;
    readonly match: CompiledMatch;
    /** Applies to the severity limits. */
    readonly severity: boolean;
    /** Indexes of the rules it applies to (every rule when appliesTo is absent). */
    readonly rules: ReadonlySet<number> | "all";
}
export type CompiledItem = CompiledRule | CompiledException;
export interface CompiledPolicy {
    readonly rules: readonly CompiledRule[];
    readonly exceptions: readonly CompiledException[];
    /** One index over rules and exceptions, so a finding's values are looked up once for both. */
    readonly index: MatchIndex<CompiledItem>;
    /** Unindexed rules and exceptions by severity rank. */
    readonly openRules: readonly (readonly CompiledRule[])[];
    readonly openExceptions: readonly (readonly CompiledException[])[];
    /** limitByRank[r]: index into policy.severityLimits, or -1. */
    readonly limitByRank: readonly number[];
}
/** Compiles a policy once; later calls with the same Policy object reuse the result. */
export declare function compilePolicy(policy: Policy): CompiledPolicy;
