import type { PolicySource } from "./conditions.js";
import type { Policy } from "./types.js";
export type PolicyInput = string | readonly string[] | {
    readonly text: string;
    readonly file?: string;
};
export interface LoadPolicyOptions {
    /** Directory that relative paths are resolved against (default: process.cwd()). */
    readonly cwd?: string;
    /**
     * The source the policy will be applied to: conditions no finding of it can have are refused, at the
     * condition (`validate --source`). Unset: every condition is accepted, and one that cannot be decided
     * for a finding is reported when it is evaluated ("could not apply").
     */
    readonly source?: PolicySource;
}
/** Prefix of the shipped presets in `extends`. */
export declare const PRESET_PREFIX = "inspector-gate:";
/** The shipped policies/ directory: beside dist/ in the package, or at the repository root from src/. */
export declare function presetsDir(): string | undefined;
/** Names of the shipped presets (`inspector-gate:<name>`). */
export declare function presetNames(): string[];
/**
 * Loads one or more policy files (or inline YAML), resolves `extends`, validates everything and merges
 * the result. Throws ConfigError("POLICY_INVALID") listing every problem as `file:line:col: message`.
 */
export declare function loadPolicy(input: PolicyInput, options?: LoadPolicyOptions): Promise<Policy>;
