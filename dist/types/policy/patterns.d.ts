/**
 * A condition's patterns: one pattern or a list (any of), each a glob (glob.ts) or a `{ regex }` run by
 * RE2 (regex.ts), all matching the whole value. A list compiles into one string test: exact values
 * collapse into one Set lookup, the rest are tried in turn.
 */
import { type StringTest } from "./glob.js";
import type { Pattern, Patterns } from "./types.js";
export type { StringTest } from "./glob.js";
export declare function toList(patterns: Patterns): readonly Pattern[];
/** The exact value a pattern stands for: a glob without wildcards; undefined otherwise (and for regexes). */
export declare function literalOf(pattern: Pattern): string | undefined;
/** The exact values a pattern list stands for, or undefined unless every entry is a literal. */
export declare function literalsOf(patterns: Patterns): string[] | undefined;
/**
 * Literal prefixes, one of which every value the patterns match starts with; undefined unless every
 * entry starts with literal text (an exact value is its own prefix; a regex's is RE2's literal prefix).
 */
export declare function prefixesOf(patterns: Patterns): string[] | undefined;
export declare function compilePattern(pattern: Pattern): StringTest;
/** Any of the patterns. */
export declare function compilePatterns(patterns: Patterns): StringTest;
