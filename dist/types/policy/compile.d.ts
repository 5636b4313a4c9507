/**
 * Policy -> predicates, compiled once per policy. Each rule's and exception's conditions become one
 * closure (the severity bit first, then scalar tests, then lists); an index by the exact values or
 * literal prefixes a condition requires tells the evaluator which rules and exceptions a finding can
 * match at all, so a finding is tested against those and the few with nothing to file them under.
 * The fetch plan (what may be filtered server-side) is in plan.ts.
 */
import { type Finding } from "../model.js";
import type { Match, Policy } from "./types.js";
/** A compiled condition set. `rank` is rankOf(finding.severity), computed once per finding. */
export type FindingTest = (finding: Finding, rank: number) => boolean;
export interface CompiledMatch {
    /** Bit r set when a finding of severity rank r can match. */
    readonly severityMask: number;
    readonly test: FindingTest;
}
/** Rank of a severity (SEVERITY_RANK); an unknown severity counts as Undefined (0) rather than throwing. */
export declare const rankOf: (severity: string) => number;
export declare function severityMaskOf(match: Match): number;
/** Compiles a match into one predicate: the severity bit first, then scalar tests, then attribute lists and the title. */
export declare function compileMatch(match: Match): CompiledMatch;
/** Items filed under the values of one place: exact values, and literal prefixes by their length. */
interface ValueTable<T> {
    readonly exact: Map<string, T[]>;
    readonly prefixLengths: number[];
    readonly byPrefix: Map<string, T[]>[];
}
export interface MatchIndex<T> {
    /** Attribute key -> its table. */
    readonly attributes: ReadonlyMap<string, ValueTable<T>>;
    readonly userAttributes: ReadonlyMap<string, ValueTable<T>>;
    readonly fields: readonly {
        readonly read: (f: Finding) => string | undefined;
        readonly table: ValueTable<T>;
    }[];
    /** Items with no handle, by severity rank (only those whose severity mask allows the rank). */
    readonly open: readonly (readonly T[])[];
    /** True when nothing is filed (only open items). */
    readonly empty: boolean;
}
export declare function buildIndex<T extends {
    readonly match: CompiledMatch;
}>(items: readonly T[], matches: readonly Match[]): MatchIndex<T>;
/**
 * Collects the filed items a finding's values lead to into `out` (from position 0), each at most once
 * (`seen[item.slot] === stamp` marks those already collected). Returns how many there are.
 */
export declare function collect<T extends {
    readonly slot: number;
}>(index: MatchIndex<T>, finding: Finding, out: T[], seen: Int32Array, stamp: number): number;
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
export {};
