/**
 * The value index: where a rule or an exception is filed by the exact values (or literal prefixes) one of
 * its conditions requires, read from a place a finding's own value can be looked up by (an attribute key,
 * a string field, a package's or a resource's field). Only a finding with such a value can match the
 * item, so the others never test it. A necessary condition only: every item the index yields is still
 * tested in full.
 *
 * A finding whose kind cannot have the filed field (a Classic condition and an Inspector v2 finding), or
 * whose value of it is unknown (a Classic rules package by name, its name not resolved), never reaches the
 * item through its values, yet the item may be undecided for it: such items are also listed per kind
 * (`byKind`) and collected with the finding's other candidates.
 */
import { type Finding } from "../model.js";
import type { CompiledMatch } from "./compile.js";
import type { Match } from "./types.js";
/** Items filed under the values of one place: exact values, and literal prefixes by their length. */
interface ValueTable<T> {
    readonly exact: Map<string, T[]>;
    readonly prefixLengths: number[];
    readonly byPrefix: Map<string, T[]>[];
}
type Scan<T> = (f: Finding, table: ValueTable<T>, out: T[], n: number, seen: Int32Array, stamp: number) => number;
export interface MatchIndex<T> {
    /** Attribute key -> its table. */
    readonly attributes: ReadonlyMap<string, ValueTable<T>>;
    readonly userAttributes: ReadonlyMap<string, ValueTable<T>>;
    readonly fields: readonly {
        readonly read: (f: Finding) => string | undefined;
        readonly table: ValueTable<T>;
    }[];
    /** Multi-valued fields: each scans a finding's values (packages, resources) into the candidates. */
    readonly multi: readonly {
        readonly scan: Scan<T>;
        readonly table: ValueTable<T>;
    }[];
    /** Items with no handle, by severity rank (only those whose severity mask allows the rank). */
    readonly open: readonly (readonly T[])[];
    /** byKind[kind][rank]: filed items a finding of that kind may be undecided for without reaching them. */
    readonly byKind: readonly (readonly (readonly T[])[])[];
    /** Some item is listed in byKind. */
    readonly byKindAny: boolean;
    /** True when nothing is filed (only open items). */
    readonly empty: boolean;
}
export declare function buildIndex<T extends {
    readonly match: CompiledMatch;
    readonly slot: number;
}>(items: readonly T[], matches: readonly Match[]): MatchIndex<T>;
/**
 * Collects the filed items a finding's values lead to, and those its kind may be undecided for, into
 * `out` (from position 0), each at most once (`seen[item.slot] === stamp` marks those already collected).
 * Returns how many there are.
 */
export declare function collect<T extends {
    readonly slot: number;
}>(index: MatchIndex<T>, finding: Finding, kind: number, rank: number, out: T[], seen: Int32Array, stamp: number): number;
export {};
