/**
 * What a gate is asked to do (GateOptions), what it is given (GateDeps), what it reports while it works
 * (ProgressEvent), and the defaults and bounds of its timing. Declared apart from the gate itself so the
 * doors and sources can name them without the gate's machinery; src/gate.ts re-exports them.
 */
import type { Baseline } from "./baseline/read.js";
import { ConfigError } from "./errors.js";
import type { Clock, Logger } from "./logging.js";
import type { Policy } from "./policy/types.js";
import type { Verdict } from "./result.js";
import type { ClassicRunSpec } from "./sources/classic/index.js";
import type { SourceEvents, SourceSpec } from "./sources/registry.js";
import type { FetchProgress, SourceClients } from "./sources/types.js";

export type { SourceSpec };
/** The Classic run sources (kept under this name for callers of earlier versions). */
export type RunSource = ClassicRunSpec;

export interface GateOptions {
  /** Loaded by the door with loadPolicy. */
  readonly policy: Policy;
  /** What to read: an Inspector Classic run (given, started from a template, or latest) or exported files. */
  readonly source: SourceSpec;
  /** Deadline for the whole gate (default 2 h). */
  readonly timeoutMs?: number;
  /** First delay between polls of what the source waits for (default 10 s), growing ×1.5 up to 60 s. */
  readonly pollIntervalMs?: number;
  /** What to do with what the gate started (a run) when it gives up on a deadline or an abort (default stop). */
  readonly onTimeout?: "stop" | "leave";
  /** Evaluate a COMPLETED_WITH_ERRORS run instead of failing with an error. */
  readonly allowPartial?: boolean;
  /** Calls in flight at once while fetching findings (default 8). */
  readonly concurrency?: number;
  /** A violated policy exits 0 (the verdict stays "fail"); errors still exit 3. */
  readonly warnOnly?: boolean;
  /** Where the AWS service is reached (Inspector Classic today). */
  readonly inspector?: {
    readonly region?: string;
    readonly endpoint?: string;
    readonly profile?: string;
    readonly maxAttempts?: number;
  };
  /** Aborting is handled like the deadline: the run is stopped if the gate started it. */
  readonly signal?: AbortSignal;
  /** Compare with this baseline (readBaseline; docs/baseline.md); one of another scope is a ConfigError. */
  readonly baseline?: Baseline;
  /** Record every evaluated finding's fingerprint, so the JSON report can serve as a baseline (default true). */
  readonly fingerprints?: boolean;
}

export interface GateDeps {
  /**
   * SDK clients to use instead of building them from options.inspector (a lent client is not destroyed).
   * The gate counts the calls sent through a client while it runs: gates running at the same time on one
   * client count each other's.
   */
  readonly clients?: SourceClients;
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
export type ProgressEvent = ProgressBase &
  (
    | SourceEvents
    | ({ readonly type: "fetch" } & FetchProgress)
    | { readonly type: "verdict"; readonly verdict: Verdict; readonly exitCode: number }
  );

export const DEFAULT_TIMEOUT_MS = 2 * 60 * 60 * 1000;
export const DEFAULT_POLL_INTERVAL_MS = 10_000;
export const DEFAULT_CONCURRENCY = 8;
/**
 * The grace after the deadline within which a source gives up (e.g. StopAssessmentRun, retries
 * included): giving up gets what is left of it, never more than this from the moment it starts, so a
 * stop that hangs, or a deadline noticed late under load, cannot hold the gate past its timeout plus this.
 */
export const GIVE_UP_BUDGET_MS = 5_000;

/** Real time a source has to give up at `now`: what is left of the grace after `deadline` (at most the grace). */
export function giveUpBudgetMs(deadline: number, now: number): number {
  return Math.max(0, Math.min(GIVE_UP_BUDGET_MS, deadline + GIVE_UP_BUDGET_MS - now));
}

/** Refuses timing options that are not positive numbers (integers where counted). */
export function checkOptions(options: Omit<GateOptions, "source">): void {
  const positive = (name: string, value: number | undefined, integer = false) => {
    if (value === undefined) return;
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid ${name} '${value}': expected a positive ${integer ? "integer" : "number"}.`,
      );
    }
  };
  positive("timeout", options.timeoutMs);
  positive("poll interval", options.pollIntervalMs);
  positive("concurrency", options.concurrency, true);
  positive("max attempts", options.inspector?.maxAttempts, true);
}
