/**
 * Policy -> predicates, compiled once per policy (globs and regexes ahead of time, cheapest test first).
 * The fetch plan (what may be filtered server-side) is in plan.ts.
 */
import { type Finding } from "../model.js";
import type { Match, Policy } from "./types.js";
/** A compiled condition set. `rank` is SEVERITY_RANK of the finding's severity (computed once per finding). */
export type FindingTest = (finding: Finding, rank: number) => boolean;
export interface CompiledMatch {
    /** Bit r set when severity rank r can match. */
    readonly severityMask: number;
    readonly test: FindingTest;
}
/** Rank of a severity (SEVERITY_RANK); an unknown severity counts as Undefined (0) rather than throwing. */
export declare const rankOf: (severity: string) => number;
export declare function severityMaskOf(match: Match): number;
/** Compiles a match into one predicate: severity bit test first, then cheap scalar tests, then lists. */
export declare function compileMatch(match: Match): CompiledMatch;
export interface CompiledRule {
    readonly kind: "rule";
    /** Position among all indexed items (rules, then exceptions). */
    readonly slot: number;
    /** Position in policy.rules. */
    readonly index: number;
    readonly id: string;
    readonly match: CompiledMatch;
    /** match.test for the rule found through the index: without the condition its handle already decided. */
    readonly indexedTest: FindingTest;
}
export interface CompiledException {
    readonly kind: "exception";
    readonly slot: number;
    /** Position in policy.exceptions. */
    readonly index: number;
    readonly id: string;
    readonly match: CompiledMatch;
    /** match.test for the exception found through the index (see CompiledRule.indexedTest). */
    readonly indexedTest: FindingTest;
    /** Applies to the severity limits. */
    readonly severity: boolean;
    /** Indexes of the rules it applies to (every rule when appliesTo is absent). */
    readonly rules: ReadonlySet<number> | "all";
}
/** Items (rules or exceptions) filed under the values of one field that they require. */
export interface FieldIndex<T> {
    readonly exact: Map<string, T[]>;
    /**
     * Values seen before -> the items their prefixes and suffixes led to (values repeat a lot: agents,
     * scores, rule ids), so a repeated value costs one lookup. Bounded by MEMO_LIMIT entries.
     */
    readonly memo: Map<string, readonly T[]>;
    /** Memo statistics: it switches itself off for fields whose values rarely repeat (finding ids). */
    memoLookups: number;
    memoHits: number;
    memoOff: boolean;
    /** One table per prefix length: prefix -> items. */
    readonly prefix: AffixTable<T>[];
    /** One table per suffix length: suffix -> items. */
    readonly suffix: AffixTable<T>[];
}
/**
 * Items filed under literal prefixes (or suffixes) of one length. A value is looked up in place, without
 * slicing its affix into a new string: each of its code units is checked against those the affixes have
 * at that position (most values fail here, at the first character that no affix has), then the affix
 * is hashed where it stands and the hash looked up.
 */
export interface AffixTable<T> {
    readonly length: number;
    /** Affix -> items. */
    readonly map: Map<string, T[]>;
    /**
     * allowed[p * 129 + c] is 1 when some affix has code unit c (< 128) at position p; slot 128 stands for
     * every code unit from 128 up. Filled by sealTable once every item is filed.
     */
    allowed: Uint8Array;
    /** affixHash(affix) -> the affixes with that hash and their items. Filled by sealTable. */
    readonly byHash: Map<number, {
        readonly affix: string;
        readonly items: T[];
    }[]>;
}
/**
 * Items reachable by hash lookups. An item whose match requires one of a few exact values, a literal
 * prefix or a literal suffix of some field is filed under them, so a finding only tests the items its
 * own values point at (a necessary condition, never a sufficient one: the full test always follows).
 * The rest are "open" and tested for every finding of a severity they can match.
 */
export interface MatchIndex<T> {
    /** open[r]: unindexed items whose severity mask includes rank r, in policy order. */
    readonly open: readonly (readonly T[])[];
    readonly attributes: ReadonlyMap<string, FieldIndex<T>>;
    readonly userAttributes: ReadonlyMap<string, FieldIndex<T>>;
    /** The same as parallel arrays: a few keys are found faster by comparison than by hashing. */
    readonly attributeKeys: readonly string[];
    readonly attributeFields: readonly FieldIndex<T>[];
    readonly userAttributeKeys: readonly string[];
    readonly userAttributeFields: readonly FieldIndex<T>[];
    readonly fields: readonly {
        readonly get: (f: Finding) => string | undefined;
        readonly index: FieldIndex<T>;
    }[];
    /** True when nothing is indexed (only open items). */
    readonly empty: boolean;
}
export declare function buildIndex<T extends {
    readonly match: CompiledMatch;
}>(items: readonly T[], matches: readonly Match[]): MatchIndex<T>;
/**
 * Collects the indexed items a finding's values point at into `out` (from position `from`), each at most
 * once (`seen[item.slot] === stamp` marks the ones already collected). Returns the new length.
 */
export declare function collect<T extends {
    readonly slot: number;
}>(index: MatchIndex<T>, finding: Finding, out: T[], from: number, seen: Int32Array, stamp: number): number;
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
