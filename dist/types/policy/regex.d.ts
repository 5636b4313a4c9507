import type { StringTest } from "./glob.js";
/** Longest regular expression source accepted (the schema enforces the same bound). */
export declare const MAX_REGEX_LENGTH = 512;
/** Largest compiled program accepted, in RE2 instructions (`CVE-20[0-9]{2}-[0-9]{4,}` has 16). */
export declare const MAX_REGEX_PROGRAM = 1000;
/**
 * Why a regular expression is refused, or undefined when it is accepted: it must be at most
 * MAX_REGEX_LENGTH characters, compile with RE2, and compile to at most MAX_REGEX_PROGRAM instructions.
 */
export declare function checkRegex(source: string): string | undefined;
/**
 * The literal text every match starts with, as RE2 computes it from the compiled program ("CVE-20" for
 * `CVE-20(1[4-9]|2[0-3])-\d+`); "" when there is none (an optional or case-folded start, a `^`).
 */
export declare function regexPrefix(source: string): string;
/**
 * An expression matched against the whole value, by RE2. The source must have passed checkRegex.
 * One that starts with `.*` looks for something within the value: it is run as a search for
 * `^(?:source)$`, the same match, which lets RE2 look for the literals it requires (its prefilter)
 * before running the automaton: several times faster on titles, where most values lack them.
 */
export declare function compileRegex(source: string): StringTest;
