import { type GateDeps, type GateOptions } from "./gate-options.js";
import type { GateResult } from "./result.js";
import type { FindingSource, SourceContext } from "./sources/types.js";
export { checkOptions, DEFAULT_CONCURRENCY, DEFAULT_POLL_INTERVAL_MS, DEFAULT_TIMEOUT_MS, type GateDeps, type GateOptions, GIVE_UP_BUDGET_MS, giveUpBudgetMs, type ProgressEvent, type RunSource, type SourceSpec, } from "./gate-options.js";
/** Runs the gate. Never throws for Inspector, run or data failures: they come back as verdict "error". */
export declare function runGate(options: GateOptions, deps?: GateDeps): Promise<GateResult>;
/**
 * Runs the gate over a source the caller builds from the gate's context (runGate builds a registered
 * one from options.source; tests and library callers may bring their own FindingSource).
 */
export declare function runGateOn(create: (ctx: SourceContext) => FindingSource, options: Omit<GateOptions, "source">, deps?: Omit<GateDeps, "clients">): Promise<GateResult>;
