/** What the gate decided and why: the one object every door and every report is built from. */
import type { GateScope } from "./baseline/scope.js";
import type { ExitCode } from "./errors.js";
import type { FleetMember } from "./fleet/types.js";
import type { Severity, SeverityCounts } from "./model.js";
import type { Evaluation } from "./policy/types.js";
export type Verdict = "pass" | "fail" | "error";
export interface StateChange {
    readonly state: string;
    /** ISO-8601. */
    readonly at: string;
}
export interface RunInfo {
    readonly arn: string;
    readonly name: string;
    readonly templateArn: string;
    readonly state: string;
    /** ISO-8601. */
    readonly createdAt?: string;
    readonly startedAt?: string;
    readonly completedAt?: string;
    readonly durationInSeconds?: number;
    readonly stateChanges: readonly StateChange[];
    /** findingCounts as the run reports them. */
    readonly findingCounts?: SeverityCounts;
    /** True when this gate started the run (rather than reusing or being given one). */
    readonly startedByGate: boolean;
    readonly rulesPackageArns?: readonly string[];
}
/** An Inspector Classic assessment run: how it was chosen, and the run itself once located. */
export interface ClassicRunSourceInfo {
    readonly kind: "inspector-classic-run";
    /** The severities its findings can carry, lowest first. */
    readonly severities: readonly Severity[];
    /** Given by ARN, started (or reused by name) from a template, or the template's latest completed run. */
    readonly selection: "run" | "template" | "latest";
    /** The run asked for (run). */
    readonly runArn?: string;
    /** The template asked for (template and latest). */
    readonly templateArn?: string;
    /** The run name asked for (template). */
    readonly runName?: string;
    /** The run as last seen; null when the gate stopped before it located one (e.g. no such template). */
    readonly run: RunInfo | null;
}
/** How a findings file was laid out and which service's findings it held. */
export interface FindingsFileFormat {
    /**
     * document: `{"findings": [...]}` as the AWS CLI prints it; array: a JSON array; json-lines: one
     * finding per line; finding: one finding object.
     */
    readonly layout: "document" | "array" | "json-lines" | "finding";
    readonly service: "inspector-classic";
}
export interface FindingsFileInfo {
    /** As given (doors pass it relative to their working directory when inside it). */
    readonly path: string;
    /** Null until the file has been read. */
    readonly format: FindingsFileFormat | null;
    /** Findings read from it. */
    readonly findings: number;
}
/** Exported findings read from files: no Inspector call is made. */
export interface FileSourceInfo {
    readonly kind: "file";
    readonly severities: readonly Severity[];
    readonly files: readonly FindingsFileInfo[];
}
/** Inspector (v2): its scope and what was waited for. Open until that source lands. */
export interface Inspector2SourceInfo {
    readonly kind: "inspector2";
    readonly severities: readonly Severity[];
    readonly [detail: string]: unknown;
}
/** Where the findings came from. */
export type SourceInfo = ClassicRunSourceInfo | FileSourceInfo | Inspector2SourceInfo;
/** The Classic run a result is about, when its source is one and it was located. */
export declare function runOf(result: Pick<GateResult, "source">): RunInfo | null;
export interface CoverageInfo {
    readonly agents: number;
    readonly healthy: number;
    readonly unhealthy: number;
    /** Healthy agents that sent telemetry. */
    readonly reporting: number;
    /** Telemetry message count per message type, summed over the run. */
    readonly telemetryMessages: Readonly<Record<string, number>>;
    /** Agents that were unhealthy: id and health code, bounded. */
    readonly unhealthyAgents: readonly {
        readonly agentId: string;
        readonly healthCode?: string;
    }[];
    readonly minAgents: number;
    readonly unhealthyPolicy: "fail" | "warn" | "ignore";
}
export interface GateResult {
    readonly verdict: Verdict;
    readonly exitCode: ExitCode;
    /** The policy files that were applied. */
    readonly policyFiles: readonly string[];
    readonly policyName?: string;
    /** Where the findings came from; null only when a door failed before it could choose a source. */
    readonly source: SourceInfo | null;
    readonly findings: {
        /** Findings the source holds (a run's findingCounts summed, the findings read from a file). */
        readonly total: number;
        /** Findings fetched and evaluated (less than total when the policy let the gate filter server-side). */
        readonly evaluated: number;
    };
    /** Raw counts per severity (before exceptions). */
    readonly counts: SeverityCounts;
    /** Missing when the gate failed before it could evaluate. */
    readonly evaluation?: Evaluation;
    readonly coverage?: CoverageInfo;
    /** Calls made per Inspector operation. */
    readonly apiCalls: Readonly<Record<string, number>>;
    readonly timings: {
        readonly startedAt: string;
        readonly totalMs: number;
        readonly waitMs?: number;
        readonly fetchMs?: number;
        readonly evaluateMs?: number;
    };
    /** Non-fatal observations worth showing (unhealthy agents under "warn", expired exceptions, …). */
    readonly warnings: readonly string[];
    /** Set when verdict is "error". */
    readonly error?: {
        readonly code: string;
        readonly message: string;
    };
    /** True when warn-only turned a failure into exit 0. */
    readonly warnOnly?: boolean;
    /** The policy's identity (policyDigest): what `merge` checks every gate of a fleet shares. */
    readonly policyDigest?: string;
    /** What the findings are the findings of (service and lineage), once the source was chosen. */
    readonly scope?: GateScope;
    /** The baseline the findings were compared with (the comparison itself is in the evaluation). */
    readonly baseline?: BaselineUse;
    /** A merged verdict (`inspector-gate merge`): the gates it was made of, in the order given. */
    readonly fleet?: readonly FleetMember[];
}
/** Which baseline a gate was given (`check --baseline`). */
export interface BaselineUse {
    /** As given. */
    readonly file: string;
    /** The kind of source of the gate the baseline comes from, when it says. */
    readonly source: string | null;
    /** When that gate started, when it says. */
    readonly takenAt: string | null;
    /** Whether it was taken under the same policy (null: it does not say). */
    readonly policyMatches: boolean | null;
}
