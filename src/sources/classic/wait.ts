/**
 * Waiting for an assessment run: its checkState (COMPLETED succeeds; COMPLETED_WITH_ERRORS only when
 * partial runs are allowed; FAILED, ERROR and CANCELED fail) over the shared waiter, woken near the run's
 * expected end. A state Inspector Classic does not define is an error at once, not waited on.
 */
import { type AssessmentRun, AssessmentRunState } from "@aws-sdk/client-inspector";
import { type CheckResult, createWaiter, type WaiterResult } from "../../core/wait.js";
import { InspectorError } from "../../errors.js";
import type { Clock } from "../../logging.js";
import type { InspectorApi } from "./api.js";
import { describeRun } from "./runs.js";

export const SUCCESS_STATES: ReadonlySet<string> = new Set(["COMPLETED"]);
export const PARTIAL_STATES: ReadonlySet<string> = new Set(["COMPLETED_WITH_ERRORS"]);
export const FAILURE_STATES: ReadonlySet<string> = new Set(["FAILED", "ERROR", "CANCELED"]);

/** Every state of the service's AssessmentRunState enum, as the SDK lists it. */
export const RUN_STATES: ReadonlySet<string> = new Set(Object.values(AssessmentRunState));

/** Throws RUN_STATE_UNKNOWN for a state the service does not define (or none): it is never waited on. */
export function checkKnownState(run: AssessmentRun): void {
  if (run.state !== undefined && RUN_STATES.has(run.state)) return;
  throw new InspectorError(
    "RUN_STATE_UNKNOWN",
    `assessment run '${run.name ?? "?"}' (${run.arn ?? "?"}) is in state ` +
      `${run.state === undefined ? "(none)" : `'${run.state.slice(0, 64)}'`}, which Inspector Classic does ` +
      "not define; refusing to wait on it or decide on it",
  );
}

export function isTerminalState(state: string | undefined): boolean {
  return (
    state !== undefined &&
    (SUCCESS_STATES.has(state) || PARTIAL_STATES.has(state) || FAILURE_STATES.has(state))
  );
}

/** The checkState of a run: COMPLETED succeeds, COMPLETED_WITH_ERRORS only with allowPartial. */
export function checkRunState(run: AssessmentRun, allowPartial: boolean): CheckResult<AssessmentRun> {
  const state = run.state ?? "";
  if (SUCCESS_STATES.has(state)) return { state: "SUCCESS", reason: run };
  if (PARTIAL_STATES.has(state)) return { state: allowPartial ? "SUCCESS" : "FAILURE", reason: run };
  if (FAILURE_STATES.has(state)) return { state: "FAILURE", reason: run };
  return { state: "RETRY", reason: run };
}

/** When a run should be done collecting: startedAt + durationInSeconds (plus a little slack). */
export function expectedEnd(run: AssessmentRun, slackMs: number): number | undefined {
  if (run.startedAt === undefined || run.durationInSeconds === undefined) return undefined;
  return run.startedAt.getTime() + run.durationInSeconds * 1000 + slackMs;
}

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
export function waitUntilRunFinished(
  api: InspectorApi,
  runArn: string,
  options: RunWaitOptions,
): Promise<WaiterResult<AssessmentRun>> {
  let previous: string | undefined;
  let initial = options.initial;
  const slack = Math.min(options.pollIntervalMs, 2_000);
  return createWaiter<AssessmentRun>(
    {
      clock: options.clock,
      minDelayMs: options.pollIntervalMs,
      deadline: options.deadline,
      ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
      ...(options.random ? { random: options.random } : {}),
      wakeBy: (run) => expectedEnd(run, slack),
    },
    async () => {
      let run: AssessmentRun;
      if (initial !== undefined) {
        run = initial;
        initial = undefined;
      } else {
        run = await describeRun(api, runArn, options.templateArn);
      }
      checkKnownState(run);
      if (run.state !== previous) {
        options.onState?.(run, previous);
        previous = run.state;
      }
      return checkRunState(run, options.allowPartial);
    },
  );
}
