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

export const SERVICE_NAMES: Readonly<Record<Service, string>> = {
  "inspector-classic": "Inspector Classic",
  inspector2: "Inspector (v2)",
};

/** The sources `validate --source` knows, and the services whose findings each can yield. */
export type PolicySource = "classic" | "inspector2" | "file";
export const POLICY_SOURCES: readonly PolicySource[] = ["classic", "inspector2", "file"];
export const SOURCE_SERVICES: Readonly<Record<PolicySource, readonly Service[]>> = {
  classic: ["inspector-classic"],
  inspector2: ["inspector2"],
  // Exported findings of either service: which one is known only once a file is read.
  file: ["inspector-classic", "inspector2"],
};

/** A condition as a policy file names it. */
export type ConditionKey =
  | "severity"
  | "min-severity"
  | "id"
  | "title"
  | "rules-package"
  | "attributes"
  | "user-attributes"
  | "asset"
  | "numeric-severity"
  | "confidence"
  | "indicator-of-compromise"
  | "vulnerability-id"
  | "finding-type"
  | "fix-available"
  | "exploit-available"
  | "epss"
  | "inspector-score"
  | "kev"
  | "package"
  | "resource";

export interface ConditionInfo {
  /** The services whose findings have what the condition reads. */
  readonly services: readonly Service[];
  /** What it reads, as "no …" completes it: "rules package" ("they have no rules package"). */
  readonly reads: string;
}

const BOTH: readonly Service[] = ["inspector-classic", "inspector2"];
const CLASSIC: readonly Service[] = ["inspector-classic"];
const V2: readonly Service[] = ["inspector2"];

export const CONDITIONS: Readonly<Record<ConditionKey, ConditionInfo>> = {
  severity: { services: BOTH, reads: "severity" },
  "min-severity": { services: BOTH, reads: "severity" },
  id: { services: BOTH, reads: "id" },
  title: { services: BOTH, reads: "title" },
  "rules-package": { services: CLASSIC, reads: "rules package" },
  attributes: { services: CLASSIC, reads: "attributes" },
  "user-attributes": { services: CLASSIC, reads: "user attributes" },
  asset: { services: CLASSIC, reads: "Classic asset (agent, host name, Auto Scaling group, AMI)" },
  "numeric-severity": { services: CLASSIC, reads: "numeric severity" },
  confidence: { services: CLASSIC, reads: "confidence" },
  "indicator-of-compromise": { services: CLASSIC, reads: "indicator of compromise" },
  "vulnerability-id": { services: V2, reads: "package vulnerability id" },
  "finding-type": { services: V2, reads: "finding type" },
  "fix-available": { services: V2, reads: "fix availability" },
  "exploit-available": { services: V2, reads: "exploit availability" },
  epss: { services: V2, reads: "EPSS score" },
  "inspector-score": { services: V2, reads: "Inspector score" },
  kev: { services: V2, reads: "CISA KEV data" },
  package: { services: V2, reads: "vulnerable packages" },
  resource: { services: V2, reads: "resources (v2 resource type, id, tags, ECR image, Lambda function)" },
};

/** Each key of a normalised Match, and the condition it was written as. */
export const MATCH_CONDITIONS: Readonly<Record<keyof Match, ConditionKey>> = {
  severity: "severity",
  minSeverity: "min-severity",
  id: "id",
  title: "title",
  rulesPackage: "rules-package",
  attributes: "attributes",
  userAttributes: "user-attributes",
  asset: "asset",
  numericSeverity: "numeric-severity",
  confidence: "confidence",
  indicatorOfCompromise: "indicator-of-compromise",
  vulnerabilityId: "vulnerability-id",
  findingType: "finding-type",
  fixAvailable: "fix-available",
  exploitAvailable: "exploit-available",
  epss: "epss",
  inspectorScore: "inspector-score",
  kev: "kev",
  package: "package",
  resource: "resource",
};

/** The conditions a match states, in the order the schema lists them. */
export function conditionsOf(match: Match): ConditionKey[] {
  return (Object.keys(MATCH_CONDITIONS) as (keyof Match)[])
    .filter((key) => match[key] !== undefined)
    .map((key) => MATCH_CONDITIONS[key]);
}

/** Whether a condition reads something the service's findings have. */
export function appliesTo(condition: ConditionKey, service: Service): boolean {
  return CONDITIONS[condition].services.includes(service);
}

// ---------------------------------------------------------------------------------------------------
// Kinds of finding: what the evaluator needs to know to tell decided from undecided conditions.

/** An Inspector Classic finding whose rules package is known by name (or has none). */
export const KIND_CLASSIC = 0;
/** An Inspector Classic finding whose rules package ARN is known but its name is not. */
export const KIND_CLASSIC_UNNAMED = 1;
/** An Inspector (v2) finding whose KEV status is known (or needs none: it names no vulnerability). */
export const KIND_V2 = 2;
/** An Inspector (v2) package-vulnerability finding whose KEV status was not fetched. */
export const KIND_V2_NO_KEV = 3;
export const FINDING_KINDS = 4;

export function isInspector2(finding: Finding): boolean {
  return finding.resources !== undefined || finding.type !== undefined;
}

export function serviceOf(finding: Finding): Service {
  return isInspector2(finding) ? "inspector2" : "inspector-classic";
}

/** The kind of a finding (KIND_*), computed once per finding. */
export function findingKind(f: Finding): number {
  if (f.resources !== undefined || f.type !== undefined) {
    return f.kev === undefined && f.packageVulnerabilityDetails !== undefined ? KIND_V2_NO_KEV : KIND_V2;
  }
  return f.rulesPackageName === undefined && f.rulesPackageArn !== undefined
    ? KIND_CLASSIC_UNNAMED
    : KIND_CLASSIC;
}

export function serviceOfKind(kind: number): Service {
  return kind >= KIND_V2 ? "inspector2" : "inspector-classic";
}

/** Bit k set: findings of kind k lack the field altogether (their service has none). */
export function absentKinds(condition: ConditionKey): number {
  const services = CONDITIONS[condition].services;
  let mask = 0;
  if (!services.includes("inspector-classic")) mask |= (1 << KIND_CLASSIC) | (1 << KIND_CLASSIC_UNNAMED);
  if (!services.includes("inspector2")) mask |= (1 << KIND_V2) | (1 << KIND_V2_NO_KEV);
  return mask;
}

/**
 * Bit k set: for findings of kind k the field's value may be unknown; the condition is then undecided
 * unless it holds on what is known (a rules-package pattern that matches the ARN).
 */
export function unsureKinds(condition: ConditionKey): number {
  if (condition === "kev") return 1 << KIND_V2_NO_KEV;
  if (condition === "rules-package") return 1 << KIND_CLASSIC_UNNAMED;
  return 0;
}

/** Why a condition could not be decided for findings of a kind, in a sentence. */
export function undecidedReason(condition: ConditionKey, kind: number): string {
  if ((absentKinds(condition) >> kind) & 1) {
    const service = SERVICE_NAMES[serviceOfKind(kind)];
    return `'${condition}' cannot apply to ${service} findings: they have no ${CONDITIONS[condition].reads}`;
  }
  if (condition === "kev") {
    return "'kev' could not be decided: no CISA KEV data was fetched for these findings";
  }
  if (condition === "rules-package") {
    return "'rules-package' could not be decided: the findings' rules package name is not known, only its ARN";
  }
  return `'${condition}' could not be decided`;
}
