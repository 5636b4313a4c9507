/** An assessment run as the result shows it, and as messages name it. */
import type { AssessmentRun } from "@aws-sdk/client-inspector";
import { InspectorError } from "../../errors.js";
import { type SeverityCounts } from "../../model.js";
import type { RunInfo } from "../../result.js";
/** The region an Inspector ARN lives in ("arn:aws:inspector:us-west-2:…" → "us-west-2"). */
export declare function regionOfArn(arn: string): string | undefined;
/** The run's findingCounts in the model's severities, or undefined when the run reports none (for display). */
export declare function countsOf(run: AssessmentRun): SeverityCounts | undefined;
/**
 * The run's findingCounts to decide on: every key one of Classic's five severities, every count a whole
 * number of at least 0 (a missing severity counts 0). Throws FINDING_COUNTS_MISSING when the run reports
 * none, FINDING_COUNTS_INVALID when they are not counts of severities: a verdict is never built on them.
 */
export declare function checkedCountsOf(run: AssessmentRun): SeverityCounts;
export declare function iso(date: Date | undefined): string | undefined;
export declare function runInfo(run: AssessmentRun, startedByGate: boolean): RunInfo;
export declare function runLabel(run: {
    name?: string | undefined;
    arn?: string | undefined;
}): string;
/** Why a run ended badly: its error notifications and its last state changes. */
export declare function runFailure(run: AssessmentRun, allowPartialHint: boolean): InspectorError;
