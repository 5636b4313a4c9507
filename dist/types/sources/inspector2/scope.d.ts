/**
 * The scope of an Inspector (v2) gate: which resources its findings and coverage are about. Eight kinds
 * of value (the CLI flags and Action inputs of the same names), each repeatable: AND across kinds, any of
 * the values within one. Both doors read the raw strings through `readScope`, so a bad value gets the
 * same message everywhere (the input's name as each door spells it, the value, the form expected);
 * `checkScope` holds a scope a library caller built to the same rules.
 *
 * A scope that can match nothing (an image digest and a Lambda function; a resource type that excludes
 * what another value names) is refused as a usage error: a gate over nothing would only ever say
 * "nothing was scanned".
 */
import type { Inspector2Scope } from "../../result.js";
export type { Inspector2Scope };
/** The scope's flags (CLI, without `--`) and inputs (Action), in the order help and errors list them. */
export declare const SCOPE_NAMES: readonly ["account", "resource-type", "resource-id", "ecr-repository", "ecr-image-digest", "ecr-image-tag", "lambda-function", "resource-tag"];
export type ScopeName = (typeof SCOPE_NAMES)[number];
/** The resource types a scope can name (the v2 ResourceType values findings are about). */
export declare const SCOPE_RESOURCE_TYPES: readonly ["AWS_EC2_INSTANCE", "AWS_ECR_CONTAINER_IMAGE", "AWS_LAMBDA_FUNCTION", "CODE_REPOSITORY"];
/** Inspector's filters take at most 10 values per criterion (StringFilterList, MapFilterList). */
export declare const MAX_VALUES = 10;
export interface ScopeReading {
    /** Set when no problem was found. */
    readonly scope?: Inspector2Scope;
    /** One message per problem, each naming the input (as `name` spells it), the value and the form. */
    readonly problems: readonly string[];
}
/**
 * Reads the raw values of each scope input (`name` spells an input as its door does: `--account` or
 * `account`). `allResources` says the whole account is meant: it excludes every scope value.
 */
export declare function readScope(raw: Readonly<Partial<Record<ScopeName, readonly string[]>>>, allResources: boolean, name: (input: ScopeName | "all-resources") => string): ScopeReading;
/** Refuses a scope a library caller built (names are the scope's own fields). */
export declare function checkScope(scope: Inspector2Scope | undefined, allResources: boolean): string[];
/** The scope's values in one list per kind, for messages and reports (`--account 1, 2`). */
export declare function scopeWords(scope: Inspector2Scope): string;
/** Whether an image resource id (…:repository/NAME/sha256:HEX) has one of the scope's digests. */
export declare function digestOf(resourceId: string): string | undefined;
