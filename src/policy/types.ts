/**
 * Types of a loaded policy and of its evaluation. They sit beside schema.json and must agree with it:
 * the schema describes the YAML a user writes (kebab-case keys), these types describe the normalised,
 * merged policy the engine runs (camelCase, with the source position of everything a report points at).
 */

import type { BaselineSet } from "../baseline/set.js";
import type { BaselineComparison, FingerprintLog, TargetBaseline } from "../baseline/types.js";
import type {
  ExploitAvailable,
  Finding,
  FindingType,
  FixAvailable,
  ResourceType,
  Severity,
  SeverityCounts,
} from "../model.js";

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
export type Pattern = string | { readonly regex: string };
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

  // Inspector (v2)
  /** The package vulnerability's id (packageVulnerabilityDetails.vulnerabilityId). */
  readonly vulnerabilityId?: Patterns;
  readonly findingType?: readonly FindingType[];
  readonly fixAvailable?: readonly FixAvailable[];
  readonly exploitAvailable?: readonly ExploitAvailable[];
  /** EPSS score (0 to 1). */
  readonly epss?: NumberRange;
  /** Inspector score (0 to 10). */
  readonly inspectorScore?: NumberRange;
  /** In CISA's Known Exploited Vulnerabilities catalog (true) or not (false). */
  readonly kev?: boolean;
  /** Some vulnerable package matches every field given. */
  readonly package?: PackageMatch;
  /** Some resource of the finding matches every field given. */
  readonly resource?: ResourceMatch;
}

export interface PackageMatch {
  readonly name?: Patterns;
  /** The installed version. */
  readonly version?: Patterns;
}

export interface ResourceMatch {
  readonly type?: readonly ResourceType[];
  readonly id?: Patterns;
  /** Tag key (exact) -> pattern(s) its value must match. */
  readonly tags?: Readonly<Record<string, Patterns>>;
  readonly ecrRepository?: Patterns;
  /** Any of the image's tags. */
  readonly ecrImageTag?: Patterns;
  readonly lambdaFunction?: Patterns;
}

export type RuleLevel = "error" | "warning";

/** How a limit's or rule's max applies across a fleet of gates (`inspector-gate merge`). */
export type FleetLimits = "per-gate" | "total";

/** The policy-wide `baseline:` setting (docs/baseline.md). */
export interface BaselineSettings {
  /** max counts only the findings that are new since the baseline. */
  readonly newOnly: boolean;
  readonly source?: SourceLocation;
}

/** The policy-wide `fleet:` setting (docs/fleet.md). */
export interface FleetSettings {
  readonly limits: FleetLimits;
  readonly source?: SourceLocation;
}

export interface Rule {
  readonly id: string;
  readonly description?: string;
  readonly level: RuleLevel;
  readonly max: number;
  readonly match: Match;
  /** Position of the rule's `id` value. */
  readonly source: SourceLocation;
  /** The rule's own `baseline.new-only`; absent: the policy's. */
  readonly newOnly?: boolean;
  /** The rule's own `fleet.limits`; absent: the policy's. */
  readonly fleet?: FleetLimits;
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
  /** `severity.baseline.new-only` of the file that set the limit; absent: the policy's. */
  readonly newOnly?: boolean;
  /** `severity.fleet.limits` of the file that set the limit; absent: the policy's. */
  readonly fleet?: FleetLimits;
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
  /** `baseline:` (absent: every finding counts, as without a baseline). */
  readonly baseline?: BaselineSettings;
  /** `fleet:` (absent: per-gate). */
  readonly fleet?: FleetSettings;
}

// ---------------------------------------------------------------------------------------------------
// Evaluation

export interface SeverityLimitResult {
  readonly severity: Severity;
  /** Findings of this severity after exceptions. */
  readonly count: number;
  readonly max: number;
  readonly violated: boolean;
  readonly source: SourceLocation;
  /** Against a baseline: what was new, unchanged and gone here (violated then follows the mode). */
  readonly baseline?: TargetBaseline;
  /** How max applies across a fleet, when the policy says. */
  readonly fleet?: FleetLimits;
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
  /** Against a baseline: what was new, unchanged and gone here (violated then follows the mode). */
  readonly baseline?: TargetBaseline;
  /** How max applies across a fleet, when the policy says. */
  readonly fleet?: FleetLimits;
}

/** A finding that counts towards a violated limit or rule. `ruleId` is the rule id or "severity:<Severity>". */
export interface Violation {
  readonly ruleId: string;
  readonly level: RuleLevel;
  readonly finding: Finding;
  /** Against a baseline: new for this limit or rule, or counted here by the baseline already. */
  readonly baselineState?: "new" | "unchanged";
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

/** A rule or an exception that some findings could not be decided for (a condition could not apply). */
export interface NotApplicable {
  readonly kind: "rule" | "exception";
  readonly id: string;
  /** A rule's level; an exception's is "warning" (one that cannot be decided waives nothing). */
  readonly level: RuleLevel;
  /** Findings it could not decide (for a rule: not waived otherwise; for an exception: counted by a target it applies to). */
  readonly findings: number;
  /** Why, each with the findings it held for, most first. */
  readonly reasons: readonly { readonly reason: string; readonly findings: number }[];
  readonly source: SourceLocation;
}

export interface Evaluation {
  /** error: an error-level rule could not be decided for some finding (CONDITION_NOT_APPLICABLE). */
  readonly verdict: "pass" | "fail" | "error";
  /** Set when verdict is "error". */
  readonly error?: { readonly code: "CONDITION_NOT_APPLICABLE"; readonly message: string };
  readonly findings: { readonly evaluated: number };
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
  /** Rules and exceptions that could not be decided for some findings, in policy order (rules first). */
  readonly notApplicable?: readonly NotApplicable[];
  /** The findings compared with a baseline (EvaluateOptions.baseline). */
  readonly baseline?: BaselineComparison;
  /** Every evaluated finding's fingerprint (EvaluateOptions.fingerprints). */
  readonly fingerprints?: FingerprintLog;
}

export interface EvaluateOptions {
  /** The evaluation instant (expiry of exceptions). */
  readonly now: Date;
  /** Violating findings kept per rule or limit (default 100). */
  readonly sampleLimit?: number;
  /** Days ahead an exception counts as expiring (default 14). */
  readonly expiringWithinDays?: number;
  /**
   * Compare with this baseline: limits and rules whose mode is new-only count only new findings, and the
   * evaluation says what is new, unchanged and gone (docs/baseline.md).
   */
  readonly baseline?: BaselineSet;
  /** Record every finding's fingerprint (Evaluation.fingerprints), so a report can serve as a baseline. */
  readonly fingerprints?: boolean;
}
