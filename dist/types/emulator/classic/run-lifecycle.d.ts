/**
 * The assessment-run state machine. A run holds the state changes that have happened and a plan of
 * those still to come; every request first moves planned changes whose time has passed into the
 * history (`advance(now)`). There are no timers: a virtual clock drives a run as well as a real one,
 * and stopping a run or changing its outcome only rewrites the plan, never the history.
 */
import type { ClassicSeverity as Severity } from "../../model.js";
import type { FindingContext, FindingSet, WireAttribute } from "./finding-set.js";
export declare const RUN_STATES: readonly ["CREATED", "START_DATA_COLLECTION_PENDING", "START_DATA_COLLECTION_IN_PROGRESS", "COLLECTING_DATA", "STOP_DATA_COLLECTION_PENDING", "DATA_COLLECTED", "START_EVALUATING_RULES_PENDING", "EVALUATING_RULES", "FAILED", "ERROR", "COMPLETED", "COMPLETED_WITH_ERRORS", "CANCELED"];
export type RunState = (typeof RUN_STATES)[number];
/** How a run ends; NEVER keeps it collecting data until it is stopped. */
export declare const OUTCOMES: readonly ["COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "ERROR", "NEVER"];
export type Outcome = (typeof OUTCOMES)[number];
export declare function isOutcome(value: string): value is Outcome;
export declare const TERMINAL_STATES: ReadonlySet<string>;
/** Seconds spent in each state at time scale 1 (COLLECTING_DATA lasts the template's duration). */
export declare const PHASE_SECONDS: Readonly<Record<string, number>>;
export interface Step {
    readonly state: RunState;
    readonly at: number;
}
export interface Notification {
    readonly date: number;
    readonly event: string;
    readonly error: boolean;
    readonly message?: string;
    readonly snsTopicArn?: string;
    readonly snsPublishStatusCode?: string;
}
export interface RunInit {
    readonly arn: string;
    readonly name: string;
    readonly templateArn: string;
    readonly durationInSeconds: number;
    readonly rulesPackageArns: readonly string[];
    readonly userAttributesForFindings: readonly WireAttribute[];
    readonly createdAt: number;
    readonly timeScale: number;
    readonly outcome: Outcome;
    /** Every agent of the target when the run started (unhealthy ones included). */
    readonly agentIds: readonly string[];
    readonly findings: FindingSet;
}
export declare class Run {
    readonly arn: string;
    readonly name: string;
    readonly templateArn: string;
    readonly durationInSeconds: number;
    readonly rulesPackageArns: readonly string[];
    readonly userAttributesForFindings: readonly WireAttribute[];
    readonly createdAt: number;
    readonly timeScale: number;
    readonly agentIds: readonly string[];
    readonly findings: FindingSet;
    outcome: Outcome;
    /** Changes that have happened, oldest first. */
    readonly changes: Step[];
    /** Changes still to come, in order. */
    plan: Step[];
    /** Share of the data collected when the run was stopped with START_EVALUATION (1 otherwise). */
    collectedFraction: number;
    /** Set by StopAssessmentRun. */
    stopAction?: "START_EVALUATION" | "SKIP_EVALUATION";
    constructor(init: RunInit, history?: {
        changes: Step[];
        plan: Step[];
    });
    /** A duration on this run's scaled clock, in whole ms (timestamps carry ms precision). */
    private ms;
    get state(): RunState;
    get stateChangedAt(): number;
    get terminal(): boolean;
    /** When data collection started, if it did. */
    get startedAt(): number | undefined;
    get completedAt(): number | undefined;
    get dataCollected(): boolean;
    /** Moves every planned change due by `now` into the history. */
    advance(now: number): void;
    private next;
    /** When the run leaves `state`, entered at `at` (collection start given for COLLECTING_DATA). */
    private leaves;
    /** The changes that follow `state`, entered at `at`, under the current outcome. */
    private planFrom;
    /** Changes how the run ends, from `now` on. A run that has ended keeps its end. */
    setOutcome(outcome: Outcome, now: number): void;
    /** StopAssessmentRun. Returns false when the run had already ended (nothing to stop). */
    stop(action: "START_EVALUATION" | "SKIP_EVALUATION", now: number): boolean;
    /** How many findings the run lists: all of them once it completed (a share when stopped early). */
    visibleFindings(): number;
    findingCounts(): Record<Severity, number>;
    findingContext(): FindingContext;
}
