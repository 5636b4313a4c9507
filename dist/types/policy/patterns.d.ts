/**
 * String patterns of the policy format: globs (`*` any run of characters, `?` one character, `\` escapes
 * the next character; exact when no wildcard appears) and `{ regex }` regular expressions. Both match the
 * whole value. Patterns compile once into plain predicates; globs take a fast path (equality, prefix,
 * suffix, substring) whenever they can.
 */
import type { Pattern, Patterns } from "./types.js";
export type StringTest = (value: string) => boolean;
/** Longest regular expression source accepted (the schema enforces the same bound). */
export declare const MAX_REGEX_LENGTH = 512;
/** The exact value a glob stands for, or undefined when it has a wildcard (or is a regex). */
export declare function literalOf(pattern: Pattern): string | undefined;
/** The exact values a pattern list stands for, or undefined unless every entry is a literal. */
export declare function literalsOf(patterns: Patterns): string[] | undefined;
/**
 * A necessary condition every value matched by a pattern list meets, usable as a hash key: one of a
 * few exact values, or a literal prefix, or a literal suffix. Undefined when some pattern (a regex, or a
 * glob starting and ending with a wildcard) gives no such handle.
 */
export type PatternKey = {
    readonly kind: "exact";
    readonly values: readonly string[];
} | {
    readonly kind: "prefix";
    readonly values: readonly string[];
} | {
    readonly kind: "suffix";
    readonly values: readonly string[];
};
export declare function keyOf(patterns: Patterns): PatternKey | undefined;
/**
 * True when meeting `key` (what keyOf gave for these patterns) is the whole condition: the patterns are
 * exact values, or all literal prefixes (`abc*`), or all literal suffixes (`*abc`). A value found under
 * the key in an index then needs no further test of these patterns.
 */
export declare function keyDecides(patterns: Patterns, key: PatternKey): boolean;
/**
 * The simple shape of one pattern, when it has one: an exact value, a literal prefix (`abc*`), suffix
 * (`*abc`) or infix (`*abc*`), or anything (`*`). Undefined for `?`, inner stars and regexes. Matches the
 * way compileGlob compiles the same glob.
 */
export type PatternShape = {
    readonly kind: "exact" | "prefix" | "suffix" | "infix";
    readonly text: string;
} | {
    readonly kind: "any";
};
export declare function shapeOf(pattern: Pattern): PatternShape | undefined;
/**
 * The literal text every match of a (whole-value) regular expression starts with, e.g. "CVE-2021-" for
 * `CVE-2021-\d+`; undefined when there is none or when a top-level alternation makes it uncertain.
 */
export declare function regexPrefix(source: string): string | undefined;
export declare function toList(patterns: Patterns): readonly Pattern[];
export declare function compileGlob(glob: string): StringTest;
/** A user regex matched against the whole value. The source must have passed checkRegex. */
export declare function compileRegex(source: string): StringTest;
export declare function compilePattern(pattern: Pattern): StringTest;
/** Any of the patterns; exact values collapse into one Set lookup. */
export declare function compilePatterns(patterns: Patterns): StringTest;
/**
 * Why a regular expression is refused, or undefined when it is acceptable. It must compile, stay within
 * the length cap and have no shape known to backtrack catastrophically: a repeated group that contains
 * a variable-length quantifier (`(a+)+`, `(a*b?)*`, `(\w+\s?)*`), or a repeated group whose alternatives
 * can start with the same character (`(a|ab)+`, `(\w|\d)*`), or a back-reference inside a repeated group.
 * The check is deliberately conservative: it may refuse an expression that would have been safe.
 */
export declare function checkRegex(source: string): string | undefined;
