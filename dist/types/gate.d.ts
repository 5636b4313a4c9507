/**
 * The gate: resolve a run → wait for it → check coverage → fetch findings → evaluate → GateResult.
 * No door logic here: no process.env, no terminal, no GitHub. Inspector, run and data failures come back
 * as verdict "error" (exit 3); a bad option is a ConfigError (exit 2); anything else is a bug and throws.
 */
import type { InspectorClient } from "@aws-sdk/client-inspector";
import { type Clock, type Logger } from "./logging.js";
import type { Policy } from "./policy/types.js";
import type { CoverageInfo, GateResult, Verdict } from "./result.js";
import { evaluateFindings, loadFindingsFile } from "./sources/file/index.js";
export { evaluateFindings, loadFindingsFile };
export type RunSource = {
    readonly kind: "run";
    readonly runArn: string;
} | {
    readonly kind: "template";
    readonly templateArn: string;
    readonly runName: string;
} | {
    readonly kind: "latest";
    readonly templateArn: string;
    readonly maxAgeMs?: number;
};
export interface GateOptions {
    /** Loaded by the door with loadPolicy. */
    readonly policy: Policy;
    readonly source: RunSource;
    /** Deadline for the whole gate (default 2 h). */
    readonly timeoutMs?: number;
    /** First delay between polls of the run (default 10 s), growing ×1.5 up to 60 s. */
    readonly pollIntervalMs?: number;
    /** What to do with a run the gate started when the deadline passes or the gate is aborted (default stop). */
    readonly onTimeout?: "stop" | "leave";
    /** Evaluate a COMPLETED_WITH_ERRORS run instead of failing with an error. */
    readonly allowPartial?: boolean;
    /** DescribeFindings calls in flight at once (default 8). */
    readonly concurrency?: number;
    /** A violated policy exits 0 (the verdict stays "fail"); errors still exit 3. */
    readonly warnOnly?: boolean;
    readonly inspector?: {
        readonly region?: string;
        readonly endpoint?: string;
        readonly profile?: string;
        readonly maxAttempts?: number;
    };
    /** Aborting is handled like the deadline: the run is stopped if the gate started it. */
    readonly signal?: AbortSignal;
}
export interface GateDeps {
    /**
     * Built from options.inspector when absent (and destroyed at the end). The gate counts the calls sent
     * through this client while it runs: gates running at the same time on one client count each other's.
     */
    readonly client?: InspectorClient;
    readonly clock?: Clock;
    readonly logger?: Logger;
    readonly progress?: (event: ProgressEvent) => void;
    /** The evaluation instant (exception expiry); default: the clock's now. */
    readonly now?: () => Date;
    /** [0, 1) source for poll jitter (tests make it deterministic). */
    readonly random?: () => number;
}
interface ProgressBase {
    /** One human-readable line describing the event. */
    readonly message: string;
    /** Milliseconds since the gate started (clock time). */
    readonly elapsedMs: number;
}
/** What the gate reports while it works; doors render `message` (or the fields) as they see fit. */
export type ProgressEvent = ProgressBase & ({
    readonly type: "run";
    readonly action: "started" | "reused" | "given" | "latest";
    readonly runArn: string;
    readonly runName: string;
} | {
    readonly type: "agents-busy";
    readonly heldBy: readonly string[];
    readonly agents: readonly string[];
    readonly retryInMs: number;
} | {
    readonly type: "state";
    readonly runArn: string;
    readonly runName: string;
    readonly state: string;
    readonly previous?: string;
} | {
    readonly type: "coverage";
    readonly coverage: CoverageInfo;
} | {
    readonly type: "fetch";
    readonly listed: number;
    readonly described: number;
    /** Findings the run holds (sum of findingCounts), when known. */
    readonly total?: number;
    readonly listingDone: boolean;
} | {
    readonly type: "stop";
    readonly runArn: string;
    readonly reason: "timeout" | "interrupted" | "error";
} | {
    readonly type: "verdict";
    readonly verdict: Verdict;
    readonly exitCode: number;
});
export declare const DEFAULT_TIMEOUT_MS: number;
export declare const DEFAULT_POLL_INTERVAL_MS = 10000;
/** Runs the gate. Never throws for Inspector, run or data failures: they come back as verdict "error". */
export declare function runGate(options: GateOptions, deps?: GateDeps): Promise<GateResult>;
/** The region an Inspector ARN lives in ("arn:aws:inspector:us-west-2:…" → "us-west-2"). */
export declare function regionOfArn(arn: string): string | undefined;
