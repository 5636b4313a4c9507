/**
 * The contract between the gate and a source of findings. The gate owns what every source shares (the
 * deadline and abort, the give-up hook's timing, progress, streaming into the evaluator, the verdict and
 * the result); a source owns everything about its service: how to make the data ready, whether it is
 * evidence, how the policy's needs become its server-side filter, its findings, and whether they add up.
 *
 * The gate calls, in order: ready(); then either the counts path (a severity-only policy and a source
 * that has counts) or findings() streamed to its end and complete(); evidence() runs alongside whichever.
 * giveUp() is called when the gate gives up (deadline, interrupt, error); close() always, last.
 */
import type { InspectorClient } from "@aws-sdk/client-inspector";
import type { Inspector2Client } from "@aws-sdk/client-inspector2";
import type { GateError } from "../errors.js";
import type { Clock, Logger } from "../logging.js";
import type { Finding, Severity, SeverityCounts } from "../model.js";
import type { PolicyNeeds } from "../policy/plan.js";
import type { Policy } from "../policy/types.js";
import type { SourceCoverage, SourceInfo } from "../result.js";
import type { ApiCallCounter } from "./shared/aws.js";
/** How far a source has got with its findings, for progress (and for the message of a timeout). */
export interface FetchProgress {
    /** Findings found (listed) so far. */
    readonly listed: number;
    /** Findings read in full so far (described, parsed). */
    readonly described: number;
    /** Findings the source holds, when it knows. */
    readonly total?: number;
    /** True once nothing more will be listed. */
    readonly listingDone: boolean;
}
/** A progress event as a source raises it; the gate adds the elapsed time. */
export interface SourceEvent {
    readonly type: string;
    /** One human-readable line describing the event. */
    readonly message: string;
}
/** The gate's settings a source acts on. */
export interface SourceSettings {
    /** First delay between polls of what it waits for. */
    readonly pollIntervalMs: number;
    /** Calls in flight at once while fetching findings. */
    readonly concurrency: number;
    /** Evaluate a partly failed run/scan rather than fail. */
    readonly allowPartial: boolean;
    /** What to do with what the gate started when it gives up. */
    readonly onTimeout: "stop" | "leave";
}
/** What the gate lends a source for one gate run. */
export interface SourceContext {
    readonly clock: Clock;
    readonly logger: Logger;
    /** [0, 1) for jitter. */
    readonly random: () => number;
    /** Aborted when the gate gives up (deadline, interrupt): every call and sleep must end with it. */
    readonly signal: AbortSignal;
    /** Clock time (ms) after which the gate gives up. */
    readonly deadline: number;
    /** Counts the service calls, per operation (the result's apiCalls): attach every client to it. */
    readonly calls: ApiCallCounter;
    readonly settings: SourceSettings;
    /** Milliseconds since the gate started (clock time). */
    elapsed(): number;
    /** Says what the source is doing (a timeout's message names it). */
    phase(what: string): void;
    /** Raises a progress event. */
    emit(event: SourceEvent): void;
    /** Reports fetch progress (a "fetch" event, also kept for a timeout's message). */
    fetched(progress: FetchProgress, message: string): void;
    /** A non-fatal observation, shown with the result. */
    warn(message: string): void;
}
/** The findings a source holds, for the result. */
export interface Totals {
    /** Findings it holds, before any server-side filter. */
    readonly total: number;
    /** Raw counts per severity, before exceptions. */
    readonly counts: SeverityCounts;
}
/** Whether what a source holds is evidence at all. */
export interface Evidence {
    /** What was checked (agents and telemetry of a Classic run, v2 coverage), for the result. */
    readonly coverage?: SourceCoverage;
    /** Set when it is not evidence: the gate's verdict is then this error. */
    readonly error?: GateError;
}
/** Deciding a severity-only policy from the source's own counts, fetching no finding. */
export interface CountsPath {
    /** Counts per severity by the source's own reckoning (a run's findingCounts). */
    read(): Promise<SeverityCounts>;
    /**
     * Before a pass on counts is trusted: checks the counts of each limited severity against the findings
     * themselves (throws an InspectorError when they disagree).
     */
    verifyPass(limits: ReadonlyMap<Severity, number>, counts: SeverityCounts): Promise<void>;
}
export type GiveUpReason = "timeout" | "interrupted" | "error";
export interface FindingSource {
    /** What it is, and what it has found out so far (the run once located), for the result. */
    info(): SourceInfo;
    /** Makes the data ready (locate, start or wait for a run; open and read a file). Resolves with the time spent waiting. */
    ready(): Promise<{
        readonly waitMs?: number;
    }>;
    /** Whether what it holds is evidence (agents and telemetry, coverage). Runs alongside the findings. */
    evidence?(policy: Policy): Promise<Evidence>;
    /** Present when the source can decide a severity-only policy from counts. */
    readonly counts?: CountsPath;
    /**
     * Its findings, in batches as they arrive, narrowed server-side to what `needs` says can count. Memory
     * holds a few batches. `signal` ends the stream early (the gate stops it when evidence fails).
     */
    findings(needs: PolicyNeeds, signal: AbortSignal): AsyncIterable<readonly Finding[]>;
    /** After the last batch: do they add up? `raw` is what the evaluator counted. Throws when not. */
    complete(raw: SeverityCounts): Promise<Totals>;
    /** What it holds, as far as it knows now (for a result after a failure). */
    totals(): Totals | undefined;
    /**
     * The gate gives up: stop what the source started, within `signal` (the gate's own is aborted by
     * then). Resolves with a note for the message ("; stopped run …"), "" when there was nothing to do.
     */
    giveUp?(reason: GiveUpReason, signal: AbortSignal): Promise<string>;
    /** Releases what it opened (clients it created). Called once, last. */
    close(): void;
}
/** SDK clients a caller may lend the gate (tests, the demo), one per service; each source takes its own. */
export interface SourceClients {
    /** Inspector Classic. */
    readonly inspector?: InspectorClient;
    /** Inspector (v2). */
    readonly inspector2?: Inspector2Client;
}
/** Where an AWS service is reached (the gate's `inspector` options). */
export interface AwsConnection {
    readonly region?: string;
    readonly endpoint?: string;
    readonly profile?: string;
    readonly maxAttempts?: number;
}
export interface SourceEnvironment<Client> {
    /** A client the caller lent; otherwise the source builds its own (and destroys it in close()). */
    readonly client?: Client;
    readonly connection: AwsConnection;
}
/** One kind of source: the spec kinds it answers to, how it checks a spec, how it is built. */
export interface SourceDefinition<Spec extends {
    readonly kind: string;
}, Client = never> {
    readonly kinds: readonly Spec["kind"][];
    /** Which lent client it takes, if any. */
    readonly client?: keyof SourceClients;
    /** Refuses a bad spec with a ConfigError naming the value and the expected form (before anything runs). */
    check(spec: Spec): void;
    create(spec: Spec, ctx: SourceContext, env: SourceEnvironment<Client>): FindingSource;
}
