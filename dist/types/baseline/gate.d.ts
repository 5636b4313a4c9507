import type { Policy } from "../policy/types.js";
import type { BaselineUse } from "../result.js";
import type { Baseline } from "./read.js";
import { type GateScope } from "./scope.js";
/** Refuses (ConfigError, exit 2) a baseline of another service or lineage than the gate's, as far as both are known. */
export declare function checkBaselineScope(baseline: Baseline, scope: GateScope): void;
/** Warnings for a gate's result: a new-only policy without a baseline, a baseline of another policy. */
export declare function baselineNotes(baseline: Baseline | undefined, policy: Policy, digest: string): string[];
/** The baseline as the result names it. */
export declare function baselineUse(baseline: Baseline, digest: string): BaselineUse;
