/**
 * The Inspector Classic run source: locate, start or reuse an assessment run and wait for it; its agents
 * and telemetry as evidence; its findingCounts for severity-only policies (checked against ListFindings
 * before a pass is trusted); its findings through ListFindings → DescribeFindings, filtered server-side;
 * the listing checked against findingCounts; and a run the gate started stopped when the gate gives up.
 */
import type { FindingFilter, InspectorClient } from "@aws-sdk/client-inspector";
import { type Finding, type SeverityCounts } from "../../model.js";
import type { PolicyNeeds } from "../../policy/plan.js";
import type { Policy } from "../../policy/types.js";
import type { ClassicRunSourceInfo } from "../../result.js";
import type { CountsPath, Evidence, FindingSource, GiveUpReason, SourceContext, Totals } from "../types.js";
import { type InspectorConnection } from "./client.js";
/** How the gate is told which run to evaluate. */
export type ClassicRunSpec = {
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
/**
 * Why the findings read do not add up to the run's findingCounts, or undefined when they do. `raw` counts
 * the findings described, by severity; `stats.listed` the ARNs listed.
 */
export declare function countsDisagreement(counts: SeverityCounts, raw: SeverityCounts, stats: {
    readonly listed: number;
    readonly described: number;
}, filter: FindingFilter | undefined): string | undefined;
export declare class ClassicRunSource implements FindingSource {
    private readonly spec;
    private readonly ctx;
    private readonly client;
    private readonly ownClient;
    private readonly detach;
    /** Calls made on the gate's signal. */
    private readonly api;
    private current?;
    private startedByGate;
    private waiting;
    private provisional?;
    private filter?;
    private stats?;
    readonly counts: CountsPath;
    constructor(spec: ClassicRunSpec, ctx: SourceContext, client: InspectorClient | undefined, connection: InspectorConnection);
    private emit;
    info(): ClassicRunSourceInfo;
    totals(): Totals | undefined;
    close(): void;
    ready(): Promise<{
        waitMs?: number;
    }>;
    evidence(policy: Policy): Promise<Evidence>;
    /**
     * The run's findingCounts, checked: without them, or with keys or counts that are not counts of
     * severities, the completeness of its findings cannot be checked.
     */
    private runCounts;
    /**
     * Before a severity-only policy passes on findingCounts: for each limited severity S (max m), lists the
     * run's findings of severity S only until more than m have been seen (pages of min(500, m + 1); for
     * `fail-on: High` one call with maxResults 1). More than m listed means the counts under-report; a full
     * listing that differs from the count in any way means they cannot be trusted either. Both are an error,
     * never a pass. Nothing is described.
     */
    private verifyPassingCounts;
    findings(needs: PolicyNeeds, signal: AbortSignal): AsyncGenerator<readonly Finding[]>;
    /**
     * Completeness: what was listed and described must add up to what the run says it holds, severity by
     * severity (all of them without a filter, the filtered ones with a severity filter; with any other
     * filter no severity may hold more findings than the run counts). findingCounts may have been read
     * before the last findings were recorded: they are re-read once, from a run that must still be the
     * one asked for, in the state the wait accepted.
     */
    complete(raw: SeverityCounts): Promise<Totals>;
    /** The template the run must belong to, when the gate was given one. */
    private expectedTemplate;
    /**
     * When the gate gives up: stop the run if the gate started it and it is still going (unless "leave").
     * After an error, only while waiting for the run: a run that ended by itself is terminal and left alone.
     */
    giveUp(reason: GiveUpReason, signal: AbortSignal): Promise<string>;
}
