/** What the gate decided and why: the one object every door and every report is built from. */
import type { ExitCode } from "./errors.js";
import type { SeverityCounts } from "./model.js";
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
    /** null when findings were evaluated offline. */
    readonly run: RunInfo | null;
    readonly findings: {
        /** Findings the run holds (sum of findingCounts, or the offline input length). */
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
}
