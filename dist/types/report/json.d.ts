/**
 * The stable machine report (`--format json`, the Action's `report-file`). Its JSON Schema is
 * `report.schema.json` beside this file and must agree with `JsonReport` below; schemaVersion changes only
 * when a field is removed or changes meaning (new fields may be added within a version).
 * Values are carried as the gate saw them (JSON escaping makes them safe to parse); consumers that render
 * them must escape them for their medium.
 */
import { type Severity, type SeverityCounts } from "../model.js";
import type { RuleLevel } from "../policy/types.js";
import { type FindingsFileFormat, type GateResult, type Verdict } from "../result.js";
import { type JsonInspector2Coverage, type JsonInspector2Source } from "./json-inspector2.js";
import type { Formatter, ReportContext } from "./types.js";
/**
 * 2: `source` (which service, which run or files) replaced `run`; severities gained Critical and
 * Untriaged (every count object has seven keys).
 */
export declare const REPORT_SCHEMA_VERSION = 2;
export interface JsonSource {
    /** The policy file as shown by the report (ctx.displayPath applied). */
    readonly file: string;
    readonly line: number;
    readonly column: number;
}
export interface JsonRun {
    readonly arn: string;
    readonly name: string;
    readonly templateArn: string;
    readonly state: string;
    readonly createdAt: string | null;
    readonly startedAt: string | null;
    readonly completedAt: string | null;
    readonly durationInSeconds: number | null;
    readonly startedByGate: boolean;
    readonly stateChanges: readonly {
        readonly state: string;
        readonly at: string;
    }[];
    readonly findingCounts: SeverityCounts | null;
    readonly rulesPackageArns: readonly string[];
}
/** Where the findings came from (`source` in the report; null only when a door failed before choosing). */
export type JsonFindingSource = {
    readonly kind: "inspector-classic-run";
    readonly severities: readonly Severity[];
    readonly selection: "run" | "template" | "latest";
    readonly runArn: string | null;
    readonly templateArn: string | null;
    readonly runName: string | null;
    readonly run: JsonRun | null;
} | {
    readonly kind: "file";
    readonly severities: readonly Severity[];
    readonly files: readonly {
        readonly path: string;
        readonly layout: FindingsFileFormat["layout"] | null;
        readonly service: FindingsFileFormat["service"] | null;
        readonly findings: number;
        readonly documents?: number;
        readonly suppressed?: number;
        readonly closed?: number;
    }[];
    readonly includeSuppressed?: boolean;
} | JsonInspector2Source;
export interface JsonViolation {
    readonly ruleId: string;
    readonly level: RuleLevel;
    readonly findingArn: string;
    readonly severity: Severity;
    readonly title: string | null;
    readonly findingId: string | null;
    readonly numericSeverity: number | null;
    readonly rulesPackage: string | null;
    readonly asset: JsonAsset;
}
export interface JsonAsset {
    readonly label: string;
    readonly agentId: string | null;
    readonly hostname: string | null;
    readonly autoScalingGroup: string | null;
    readonly amiId: string | null;
}
export interface JsonExceptionDetail {
    readonly id: string;
    readonly reason: string;
    readonly expires: string;
    readonly daysLeft: number;
    readonly owner: string | null;
    readonly ticket: string | null;
    /** Findings it waived. */
    readonly waived: number;
    readonly expired: boolean;
    readonly expiring: boolean;
    /** Valid but matched nothing. */
    readonly unused: boolean;
    readonly source: JsonSource;
}
export interface JsonReport {
    readonly schemaVersion: 2;
    readonly tool: {
        readonly name: string;
        readonly version: string;
    };
    readonly verdict: Verdict;
    readonly exitCode: number;
    readonly warnOnly: boolean;
    readonly policy: {
        readonly name: string | null;
        readonly files: readonly string[];
    };
    readonly source: JsonFindingSource | null;
    readonly findings: {
        readonly total: number;
        readonly evaluated: number;
    };
    /** Raw counts per severity, before exceptions. */
    readonly counts: SeverityCounts;
    readonly countsAfterExceptions: SeverityCounts | null;
    readonly countsByRulesPackage: Readonly<Record<string, SeverityCounts>> | null;
    readonly severity: readonly {
        readonly severity: Severity;
        readonly count: number;
        readonly max: number;
        readonly violated: boolean;
        readonly source: JsonSource;
    }[];
    readonly rules: readonly {
        readonly id: string;
        readonly description: string | null;
        readonly level: RuleLevel;
        readonly matched: number;
        readonly waived: number;
        readonly max: number;
        readonly violated: boolean;
        readonly source: JsonSource;
    }[];
    readonly violations: readonly JsonViolation[];
    /** True when some rule or limit had more violating findings than the evaluation kept. */
    readonly violationsTruncated: boolean;
    readonly exceptions: {
        /** One entry per waived finding the evaluation kept. */
        readonly applied: readonly {
            readonly id: string;
            readonly findingArn: string;
        }[];
        readonly expired: readonly string[];
        readonly unused: readonly string[];
        readonly expiring: readonly string[];
        readonly details: readonly JsonExceptionDetail[];
    };
    readonly coverage: JsonClassicCoverage | JsonInspector2Coverage | null;
    readonly apiCalls: Readonly<Record<string, number>>;
    readonly apiCallsTotal: number;
    readonly timings: {
        readonly startedAt: string;
        readonly totalMs: number;
        readonly waitMs: number | null;
        readonly fetchMs: number | null;
        readonly evaluateMs: number | null;
    };
    readonly warnings: readonly string[];
    readonly error: {
        readonly code: string;
        readonly message: string;
    } | null;
}
/** An Inspector Classic run's coverage: its agents and telemetry. */
export interface JsonClassicCoverage {
    readonly agents: number;
    readonly healthy: number;
    readonly unhealthy: number;
    readonly reporting: number;
    readonly telemetryMessages: Readonly<Record<string, number>>;
    readonly minAgents: number;
    readonly unhealthyAgentsPolicy: "fail" | "warn" | "ignore";
    readonly unhealthyAgents: readonly {
        readonly agentId: string;
        readonly healthCode: string | null;
    }[];
}
/** Builds the report object (what `formatJson` serialises). */
export declare function buildJsonReport(result: GateResult, ctx: ReportContext): JsonReport;
/** The JSON report, two-space indented, with a final newline. */
export declare const formatJson: Formatter;
