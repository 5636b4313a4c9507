/**
 * Types of a loaded policy and of its evaluation. They sit beside schema.json and must agree with it:
 * the schema describes the YAML a user writes (kebab-case keys), these types describe the normalised,
 * merged policy the engine runs (camelCase, with the source position of everything a report points at).
 */
import type { Finding, Severity, SeverityCounts } from "../model.js";
/** Where something was written: used for error messages, annotations and SARIF locations. */
export interface SourceLocation {
    /** The policy file as given by the user (or "<inline>" for text). */
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    /** 1-based. */
    readonly column: number;
    /**
     * Set when it came from a shipped preset (`file` is then `inspector-gate:<name>`, which is no file in the
     * user's repository): the user's `extends` entry that brought the preset in, directly or through presets
     * that extend each other. Annotations and SARIF point there.
     */
    readonly via?: PresetEntry;
}
/** A user's `extends` entry that brought a shipped preset in. */
export interface PresetEntry {
    /** The preset as the user's policy names it, e.g. `inspector-gate:default`. */
    readonly preset: string;
    /** The user's policy file, its line and column of the `extends` entry. */
    readonly file: string;
    readonly line: number;
    readonly column: number;
}
/** A string pattern: a glob (`*`, `?`; exact when neither appears) or a regular expression. */
export type Pattern = string | {
    readonly regex: string;
};
/** One pattern or any of several. */
export type Patterns = Pattern | readonly Pattern[];
export interface NumberRange {
    readonly min?: number;
    readonly max?: number;
}
/** Conditions of a rule or an exception: every condition given must hold; a list means any of. */
export interface Match {
    readonly severity?: readonly Severity[];
    readonly minSeverity?: Severity;
    /** Rules package name or ARN. */
    readonly rulesPackage?: Patterns;
    readonly id?: Patterns;
    readonly title?: Patterns;
    readonly attributes?: Readonly<Record<string, Patterns>>;
    readonly userAttributes?: Readonly<Record<string, Patterns>>;
    readonly asset?: {
        readonly agentId?: Patterns;
        readonly hostname?: Patterns;
        readonly autoScalingGroup?: Patterns;
        readonly amiId?: Patterns;
    };
    readonly numericSeverity?: NumberRange;
    readonly confidence?: NumberRange;
    readonly indicatorOfCompromise?: boolean;
}
export type RuleLevel = "error" | "warning";
export interface Rule {
    readonly id: string;
    readonly description?: string;
    readonly level: RuleLevel;
    readonly max: number;
    readonly match: Match;
    /** Position of the rule's `id` value. */
    readonly source: SourceLocation;
}
export interface PolicyException {
    readonly id: string;
    readonly reason: string;
    /** YYYY-MM-DD; valid through the end of that day, UTC. */
    readonly expires: string;
    readonly owner?: string;
    readonly ticket?: string;
    /** Rule ids and/or "severity"; undefined means everything. */
    readonly appliesTo?: readonly string[];
    readonly match: Match;
    readonly source: SourceLocation;
}
/** One severity limit after merging: `fail-on` becomes max 0 for each severity at or above it. */
export interface SeverityLimit {
    readonly severity: Severity;
    readonly max: number;
    /** Position of the `fail-on` value or of the `max.<Severity>` entry that set this limit. */
    readonly source: SourceLocation;
}
export type UnhealthyAgents = "fail" | "warn" | "ignore";
export interface CoverageSettings {
    /** Fewer healthy agents that reported telemetry than this is an error. Default 1. */
    readonly minAgents: number;
    /** Default "warn". */
    readonly unhealthyAgents: UnhealthyAgents;
    /** Inspector (v2): what an INACTIVE resource in scope means. Absent: "fail". */
    readonly inactiveResources?: UnhealthyAgents;
    readonly source?: SourceLocation;
}
/** A loaded, validated and merged policy (one or more files, presets resolved). */
export interface Policy {
    readonly version: 1;
    readonly name?: string;
    /** Every file that contributed, in load order (the user's files and the presets they extend). */
    readonly files: readonly string[];
    readonly severityLimits: readonly SeverityLimit[];
    readonly rules: readonly Rule[];
    readonly exceptions: readonly PolicyException[];
    readonly coverage: CoverageSettings;
}
export interface SeverityLimitResult {
    readonly severity: Severity;
    /** Findings of this severity after exceptions. */
    readonly count: number;
    readonly max: number;
    readonly violated: boolean;
    readonly source: SourceLocation;
}
export interface RuleResult {
    readonly id: string;
    readonly description?: string;
    readonly level: RuleLevel;
    /** Findings matching the rule after exceptions. */
    readonly matched: number;
    /** Findings matching the rule that an exception waived. */
    readonly waived: number;
    readonly max: number;
    readonly violated: boolean;
    readonly source: SourceLocation;
}
/** A finding that counts towards a violated limit or rule. `ruleId` is the rule id or "severity:<Severity>". */
export interface Violation {
    readonly ruleId: string;
    readonly level: RuleLevel;
    readonly finding: Finding;
}
export interface ExceptionStatus {
    readonly id: string;
    readonly reason: string;
    readonly expires: string;
    readonly owner?: string;
    readonly ticket?: string;
    readonly source: SourceLocation;
    /** Whole days left (0 on the day it expires); negative once expired. */
    readonly daysLeft: number;
}
export interface AppliedException extends ExceptionStatus {
    /** How many findings this exception waived. */
    readonly count: number;
    /** The waived findings, bounded by the sample limit. */
    readonly findings: readonly Finding[];
}
export interface Evaluation {
    readonly verdict: "pass" | "fail";
    readonly findings: {
        readonly evaluated: number;
    };
    readonly counts: {
        readonly raw: SeverityCounts;
        readonly afterExceptions: SeverityCounts;
        /**
         * Raw counts per rules package (its name, else its ARN, else "unknown") over the evaluated findings.
         * Optional: reports render a severity × rules package table when present.
         */
        readonly byRulesPackage?: Readonly<Record<string, SeverityCounts>>;
    };
    readonly severity: readonly SeverityLimitResult[];
    readonly rules: readonly RuleResult[];
    /** Violating findings, worst first, at most `sampleLimit` per rule or limit. */
    readonly violations: readonly Violation[];
    /** True when some rule or limit had more violating findings than were kept. */
    readonly violationsTruncated: boolean;
    readonly exceptions: {
        readonly applied: readonly AppliedException[];
        readonly expired: readonly ExceptionStatus[];
        readonly unused: readonly ExceptionStatus[];
        readonly expiring: readonly ExceptionStatus[];
    };
}
export interface EvaluateOptions {
    /** The evaluation instant (expiry of exceptions). */
    readonly now: Date;
    /** Violating findings kept per rule or limit (default 100). */
    readonly sampleLimit?: number;
    /** Days ahead an exception counts as expiring (default 14). */
    readonly expiringWithinDays?: number;
}
