/** What the gate decided and why: the one object every door and every report is built from. */
import type { ExitCode } from "./errors.js";
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
/** Whose findings an export holds, told by their shape (`arn`: Classic; `findingArn`: v2). */
export type FindingService = "inspector-classic" | "inspector2";
/** How a findings file was laid out and which service's findings it held. */
export interface FindingsFileFormat {
    /**
     * document: `{"findings": [...]}` as the AWS CLI prints it (describe-findings, inspector2
     * list-findings), one or several appended; array: JSON arrays of findings; json-lines: finding objects
     * one after another (one per line); finding: one finding object.
     */
    readonly layout: "document" | "array" | "json-lines" | "finding";
    /** Null when the file held no finding to tell. */
    readonly service: FindingService | null;
    /** Top-level JSON values (documents or arrays) appended in the file, when more than one. */
    readonly documents?: number;
}
export interface FindingsFileInfo {
    /** As given (doors pass it relative to their working directory when inside it). */
    readonly path: string;
    /** Null until the file has been read. */
    readonly format: FindingsFileFormat | null;
    /** Findings read from it and evaluated. */
    readonly findings: number;
    /** Inspector (v2) findings it held as SUPPRESSED (evaluated only with include-suppressed). */
    readonly suppressed?: number;
    /** Inspector (v2) findings it held as CLOSED (never evaluated). */
    readonly closed?: number;
}
/** Exported findings read from files: no Inspector call is made. */
export interface FileSourceInfo {
    readonly kind: "file";
    readonly severities: readonly Severity[];
    readonly files: readonly FindingsFileInfo[];
    /** SUPPRESSED Inspector (v2) findings were evaluated too. */
    readonly includeSuppressed?: boolean;
}
/** The resources an Inspector (v2) gate is about: AND across fields, any of the values within one. */
export interface Inspector2Scope {
    readonly accounts?: readonly string[];
    /** AWS_EC2_INSTANCE, AWS_ECR_CONTAINER_IMAGE, AWS_LAMBDA_FUNCTION or CODE_REPOSITORY. */
    readonly resourceTypes?: readonly string[];
    readonly resourceIds?: readonly string[];
    readonly ecrRepositories?: readonly string[];
    /** "sha256:" and 64 hex digits. */
    readonly ecrImageDigests?: readonly string[];
    readonly ecrImageTags?: readonly string[];
    readonly lambdaFunctions?: readonly string[];
    /** A resource tag with this exact value ("" included). */
    readonly resourceTags?: readonly {
        readonly key: string;
        readonly value: string;
    }[];
}
/** A suppressed finding, shown apart from the evaluated ones. */
export interface SuppressedFinding {
    readonly arn: string;
    readonly severity: Severity;
    readonly title?: string;
    /** What it is about (repository@digest, function, instance). */
    readonly resource?: string;
}
/** Inspector (v2): the scope asked for, what was sent and seen, and what was waited for. */
export interface Inspector2SourceInfo {
    readonly kind: "inspector2";
    readonly severities: readonly Severity[];
    readonly scope: Inspector2Scope;
    /** True when the whole account was asked for (no scope). */
    readonly allResources: boolean;
    /** The region called; null until it is known. */
    readonly region: string | null;
    /** The accounts findings and coverage records belonged to, as seen. */
    readonly accounts: readonly string[];
    /** ListFindings' filterCriteria as sent (the scope, the statuses and the policy's pushdown); null before. */
    readonly filterCriteria: Readonly<Record<string, unknown>> | null;
    /** SUPPRESSED findings are evaluated like ACTIVE ones (include-suppressed). */
    readonly includeSuppressed: boolean;
    /** Findings listed, by status (CLOSED ones are never asked for; one returned is an error). */
    readonly listed: {
        readonly active: number;
        readonly suppressed: number;
        readonly closed: number;
    };
    /** Suppressed findings not evaluated (include-suppressed off), the first of them. */
    readonly suppressed: readonly SuppressedFinding[];
    /** Whether the gate waited for scans (wait-for-scan), how many coverage checks and how long. */
    readonly waiting: {
        readonly forScan: boolean;
        readonly checks: number;
        readonly waitedMs: number;
    };
    /** CISA KEV look-ups (BatchGetFindingDetails): null when the policy did not need them. */
    readonly kev: {
        readonly candidates: number;
        readonly inKev: number;
        readonly unknown: number;
    } | null;
}
/** Where the findings came from. */
export type SourceInfo = ClassicRunSourceInfo | FileSourceInfo | Inspector2SourceInfo;
/** The Classic run a result is about, when its source is one and it was located. */
export declare function runOf(result: Pick<GateResult, "source">): RunInfo | null;
/** An Inspector Classic run's coverage: its agents and their telemetry. */
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
/** One resource in an Inspector (v2) scope that was not scanned (yet), with Inspector's reasons. */
export interface Inspector2UnscannedResource {
    readonly resourceId: string;
    readonly resourceType: string;
    /** repository@digest, function name, instance id. */
    readonly label: string;
    /** INACTIVE: Inspector does not scan it; PENDING: its scan has not completed (or was never recorded). */
    readonly status: "INACTIVE" | "PENDING";
    /** Each coverage record of it (one per scan type), as ListCoverage gave it. */
    readonly scans: readonly {
        readonly scanType: string;
        readonly statusCode: string;
        readonly reason: string;
        /** ISO-8601, when a scan was recorded. */
        readonly lastScannedAt?: string;
    }[];
}
/** Inspector (v2) coverage of the scope: what ListCoverage says was scanned. */
export interface Inspector2CoverageInfo {
    readonly kind: "inspector2";
    /** Resources in scope (distinct resource ids). */
    readonly resources: number;
    /** Every coverage record ACTIVE with a scan recorded. */
    readonly scanned: number;
    readonly pending: number;
    readonly inactive: number;
    /** Resources in scope per resource type. */
    readonly byType: Readonly<Record<string, number>>;
    /** Coverage records read (ListCoverage answers, before the gate's own matching). */
    readonly records: number;
    /** The resources not scanned, the first of them (the counts above are complete). */
    readonly unscanned: readonly Inspector2UnscannedResource[];
    /** Image digests the scope names that are not in coverage. */
    readonly missingDigests: readonly string[];
    /** What ListCoverage could not filter and the gate matched itself (or could not narrow). */
    readonly matchedByGate: readonly string[];
    readonly inactivePolicy: "fail" | "warn" | "ignore";
}
/** What a source found out about whether its data is evidence: a Classic run's agents, or v2 coverage. */
export type SourceCoverage = CoverageInfo | Inspector2CoverageInfo;
export declare function isInspector2Coverage(coverage: SourceCoverage | undefined): coverage is Inspector2CoverageInfo;
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
    readonly coverage?: SourceCoverage;
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
}
