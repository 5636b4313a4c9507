/**
 * Waiting in the shape of the SDK's waiters (`createWaiter` + `checkState`), with our own policy: the
 * first delay is the poll interval, each next one about ×1.5 with jitter up to 60 s, never sleeping much
 * past the expected end of what it waits for (a run's, a scan's) and never past the deadline. Time and
 * sleep come from the injected Clock. Every source waits with this: a Classic run, and next a v2 scan or a
 * findings report.
 */
import type { Clock } from "../logging.js";
/** What one check concluded: done (SUCCESS or FAILURE) or try again later (RETRY). */
export type CheckState = "SUCCESS" | "FAILURE" | "RETRY";
export interface CheckResult<T> {
    readonly state: CheckState;
    readonly reason: T;
}
export type WaiterState = "SUCCESS" | "FAILURE" | "TIMEOUT" | "ABORTED";
export interface WaiterResult<T> {
    readonly state: WaiterState;
    /** What the last check saw (absent when aborted before the first check completed). */
    readonly reason?: T;
    readonly checks: number;
}
export interface WaiterConfiguration<T> {
    readonly clock: Clock;
    /** The first delay (the poll interval). */
    readonly minDelayMs: number;
    /** The cap of any delay (default 60 s). */
    readonly maxDelayMs?: number;
    /** Absolute time (clock ms) after which the waiter gives up with TIMEOUT. */
    readonly deadline: number;
    readonly abortSignal?: AbortSignal;
    /** [0, 1) source for jitter; default Math.random. */
    readonly random?: () => number;
    /**
     * A moment (clock ms) the waiter should not sleep past, given what the last check saw (e.g. a run's
     * expected end). Once it has passed, delays start again from the poll interval.
     */
    readonly wakeBy?: (reason: T) => number | undefined;
}
export declare const MAX_POLL_DELAY_MS = 60000;
/** The n-th delay (n = 0 is the first): minDelay × 1.5^n, jittered by ±10 % after the first, capped. */
export declare function backoffDelay(n: number, minDelayMs: number, maxDelayMs: number, random: () => number): number;
export declare function createWaiter<T>(config: WaiterConfiguration<T>, check: () => Promise<CheckResult<T>>): Promise<WaiterResult<T>>;
