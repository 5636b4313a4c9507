/**
 * The conditions a rule or an exception can state, and which findings can have what each one reads. A
 * condition is either decided for a finding (it holds or it does not) or cannot be decided: the finding's
 * service has no such field (a rules package on an Inspector v2 finding, an EPSS score on a Classic one),
 * or the field's value is not known (CISA KEV data that was not fetched; a Classic rules package whose
 * name was not resolved). A condition that cannot be decided is never taken as a non-match: the evaluator
 * reports it ("could not apply") and `validate --source` refuses what cannot apply to a source at all.
 *
 * Which service a finding comes from is read off the finding itself: an Inspector (v2) finding names its
 * resources and its type (the v2 normaliser always sets both); a Classic finding has neither. So a gate
 * that reads findings of both services (exported files of each) decides each finding on its own terms.
 */
import type { Finding } from "../model.js";
import type { Match } from "./types.js";
/** The services whose findings a policy can be applied to. */
export type Service = "inspector-classic" | "inspector2";
export declare const SERVICE_NAMES: Readonly<Record<Service, string>>;
/** The sources `validate --source` knows, and the services whose findings each can yield. */
export type PolicySource = "classic" | "inspector2" | "file";
export declare const POLICY_SOURCES: readonly PolicySource[];
export declare const SOURCE_SERVICES: Readonly<Record<PolicySource, readonly Service[]>>;
/** A condition as a policy file names it. */
export type ConditionKey = "severity" | "min-severity" | "id" | "title" | "rules-package" | "attributes" | "user-attributes" | "asset" | "numeric-severity" | "confidence" | "indicator-of-compromise" | "vulnerability-id" | "finding-type" | "fix-available" | "exploit-available" | "epss" | "inspector-score" | "kev" | "package" | "resource";
export interface ConditionInfo {
    /** The services whose findings have what the condition reads. */
    readonly services: readonly Service[];
    /** What it reads, as "no …" completes it: "rules package" ("they have no rules package"). */
    readonly reads: string;
}
export declare const CONDITIONS: Readonly<Record<ConditionKey, ConditionInfo>>;
/** Each key of a normalised Match, and the condition it was written as. */
export declare const MATCH_CONDITIONS: Readonly<Record<keyof Match, ConditionKey>>;
/** The conditions a match states, in the order the schema lists them. */
export declare function conditionsOf(match: Match): ConditionKey[];
/** Whether a condition reads something the service's findings have. */
export declare function appliesTo(condition: ConditionKey, service: Service): boolean;
/** An Inspector Classic finding whose rules package is known by name (or has none). */
export declare const KIND_CLASSIC = 0;
/** An Inspector Classic finding whose rules package ARN is known but its name is not. */
export declare const KIND_CLASSIC_UNNAMED = 1;
/** An Inspector (v2) finding whose KEV status is known (or needs none: it names no vulnerability). */
export declare const KIND_V2 = 2;
/** An Inspector (v2) package-vulnerability finding whose KEV status was not fetched. */
export declare const KIND_V2_NO_KEV = 3;
export declare const FINDING_KINDS = 4;
export declare function isInspector2(finding: Finding): boolean;
export declare function serviceOf(finding: Finding): Service;
/** The kind of a finding (KIND_*), computed once per finding. */
export declare function findingKind(f: Finding): number;
export declare function serviceOfKind(kind: number): Service;
/** Bit k set: findings of kind k lack the field altogether (their service has none). */
export declare function absentKinds(condition: ConditionKey): number;
/**
 * Bit k set: for findings of kind k the field's value may be unknown; the condition is then undecided
 * unless it holds on what is known (a rules-package pattern that matches the ARN).
 */
export declare function unsureKinds(condition: ConditionKey): number;
/** Why a condition could not be decided for findings of a kind, in a sentence. */
export declare function undecidedReason(condition: ConditionKey, kind: number): string;
