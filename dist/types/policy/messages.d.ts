/**
 * Our own words for validation problems: ajv's errors become one message per problem, each naming where
 * (file:line:col and the key path), what is wrong, what is expected, and a "did you mean" when a key or
 * a name is a near miss. Long lists are capped with "and N more".
 */
import type { ErrorObject } from "ajv";
import type { Located, Problem } from "./yaml.js";
export declare const MAX_PROBLEMS = 50;
/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export declare function editDistance(a: string, b: string): number;
/** The closest candidate when it is close enough to be a plausible typo. */
export declare function didYouMean(input: string, candidates: readonly string[]): string | undefined;
/** What another name stands for, when that is one of the allowed keys. */
export declare function aliasOf(key: string, allowed: readonly string[]): string | undefined;
/** "a, b, c" capped at MAX_LISTED with "and N more". */
export declare function listOf(items: readonly string[], max?: number): string;
/** "rules[0].match.severity[1]" from "/rules/0/match/severity/1". */
export declare function displayPath(pointer: string): string;
export declare function describeValue(value: unknown): string;
export declare function formatProblem(p: Problem): string;
/** Sorted by file order then position, deduplicated, capped with a final "and N more" line. */
export declare function formatProblems(problems: readonly Problem[], fileOrder?: readonly string[]): string[];
/**
 * One problem per distinct issue: every unknown key and missing key, otherwise the first meaningful
 * error at each path (a blank reason fails both minLength and pattern; one message is enough).
 */
export declare function convertAjvErrors(errors: readonly ErrorObject[], file: string, positions: ReadonlyMap<string, Located>, root: unknown): Problem[];
