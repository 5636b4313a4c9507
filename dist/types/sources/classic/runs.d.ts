/**
 * Locating, starting, reusing and stopping assessment runs.
 */
import { type AssessmentRun, type AssessmentTemplate } from "@aws-sdk/client-inspector";
import type { Clock } from "../../logging.js";
import { type InspectorApi } from "./api.js";
/** Describes runs, each checked to be one asked for and (given `templateArn`) one of that template's. */
export declare function describeRuns(api: InspectorApi, arns: readonly string[], templateArn?: string): Promise<AssessmentRun[]>;
/** Describes one run: the answer must be that run (and, given `templateArn`, one of that template's). */
export declare function describeRun(api: InspectorApi, arn: string, templateArn?: string): Promise<AssessmentRun>;
export declare function describeTemplate(api: InspectorApi, arn: string): Promise<AssessmentTemplate>;
/** The run of `templateArn` named exactly `name` (the newest if several), or undefined. */
export declare function findRunByName(api: InspectorApi, templateArn: string, name: string): Promise<AssessmentRun | undefined>;
/** The most recently completed COMPLETED run of the template, refusing one older than maxAgeMs. */
export declare function findLatestCompletedRun(api: InspectorApi, templateArn: string, options: {
    maxAgeMs?: number;
    now: number;
}): Promise<AssessmentRun>;
export interface BusyAgents {
    /** Runs that hold the agents. */
    readonly heldBy: readonly string[];
    readonly agents: readonly string[];
    readonly agentsTruncated: boolean;
    /** How long the gate waits before trying again. */
    readonly retryInMs: number;
}
export interface StartRunOptions {
    readonly clock: Clock;
    readonly deadline: number;
    readonly pollIntervalMs: number;
    readonly abortSignal: AbortSignal;
    readonly random?: () => number;
    readonly onBusy?: (busy: BusyAgents) => void;
    /**
     * Checked alongside the lookup of an existing run (e.g. DescribeAssessmentTemplates, so that a missing
     * template fails clearly): its failure wins over the lookup's.
     */
    readonly alongside?: Promise<unknown>;
}
export interface StartedRun {
    readonly arn: string;
    /** False when a run of that name already existed (a re-run of the same CI job) and is reused. */
    readonly started: boolean;
    /** A description already in hand (for reuse), saving a call. */
    readonly run?: AssessmentRun;
}
/**
 * Starts `name` from the template, or reuses the run of that name when one exists. While the template's
 * agents are busy in another run, waits (within the deadline) and tries again.
 */
export declare function startOrReuseRun(api: InspectorApi, templateArn: string, name: string, options: StartRunOptions): Promise<StartedRun>;
/** Stops a run the gate started and gives up on: SKIP_EVALUATION, so no partial COMPLETED run remains. */
export declare function stopRun(api: InspectorApi, arn: string): Promise<void>;
