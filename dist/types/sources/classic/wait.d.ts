/**
 * Waiting for an assessment run: its checkState (COMPLETED succeeds; COMPLETED_WITH_ERRORS only when
 * partial runs are allowed; FAILED, ERROR and CANCELED fail) over the shared waiter, woken near the run's
 * expected end. A state Inspector Classic does not define is an error at once, not waited on.
 */
import { type AssessmentRun } from "@aws-sdk/client-inspector";
import { type CheckResult, type WaiterResult } from "../../core/wait.js";
import type { Clock } from "../../logging.js";
import type { InspectorApi } from "./api.js";
export declare const SUCCESS_STATES: ReadonlySet<string>;
export declare const PARTIAL_STATES: ReadonlySet<string>;
export declare const FAILURE_STATES: ReadonlySet<string>;
/** Every state of the service's AssessmentRunState enum, as the SDK lists it. */
export declare const RUN_STATES: ReadonlySet<string>;
/** Throws RUN_STATE_UNKNOWN for a state the service does not define (or none): it is never waited on. */
export declare function checkKnownState(run: AssessmentRun): void;
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
    /** The template every description must belong to (the gate was given one). */
    readonly templateArn?: string;
    /** Called for the first state seen and for every change. */
    readonly onState?: (run: AssessmentRun, previous: string | undefined) => void;
}
/** Polls DescribeAssessmentRuns until the run reaches a terminal state, the deadline, or an abort. */
export declare function waitUntilRunFinished(api: InspectorApi, runArn: string, options: RunWaitOptions): Promise<WaiterResult<AssessmentRun>>;
