/**
 * Waiting in the shape of the SDK's waiters (`createWaiter` + `checkState`), with our own policy: the
 * first delay is the poll interval, each next one about ×1.5 with jitter up to 60 s, never sleeping much
 * past the run's expected end and never past the deadline. Time and sleep come from the injected Clock.
 */
import type { AssessmentRun } from "@aws-sdk/client-inspector";
import type { Clock } from "../logging.js";
import type { InspectorApi } from "./api.js";
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
export declare const SUCCESS_STATES: ReadonlySet<string>;
export declare const PARTIAL_STATES: ReadonlySet<string>;
export declare const FAILURE_STATES: ReadonlySet<string>;
export declare function isTerminalState(state: string | undefined): boolean;
/** The checkState of a run: COMPLETED succeeds, COMPLETED_WITH_ERRORS only with allowPartial. */
export declare function checkRunState(run: AssessmentRun, allowPartial: boolean): CheckResult<AssessmentRun>;
/** When a run should be done collecting: startedAt + durationInSeconds (plus a little slack). */
export declare function expectedEnd(run: AssessmentRun, slackMs: number): number | undefined;
export interface RunWaitOptions {
    readonly clock: Clock;
    readonly pollIntervalMs: number;
    readonly deadline: number;
    readonly allowPartial: boolean;
    readonly abortSignal?: AbortSignal;
    readonly random?: () => number;
    /** A description already in hand: checked first, saving one DescribeAssessmentRuns call. */
    readonly initial?: AssessmentRun;
    /** Called for the first state seen and for every change. */
    readonly onState?: (run: AssessmentRun, previous: string | undefined) => void;
}
/** Polls DescribeAssessmentRuns until the run reaches a terminal state, the deadline, or an abort. */
export declare function waitUntilRunFinished(api: InspectorApi, runArn: string, options: RunWaitOptions): Promise<WaiterResult<AssessmentRun>>;
