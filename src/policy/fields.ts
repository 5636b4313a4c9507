/**
 * The finding fields a condition reads, shared by the compiler (compile.ts: predicates) and the value
 * index (match-index.ts: which rules a finding can match at all). Single-valued string fields have a
 * reader; the multi-valued ones (a finding's packages and resources) are listed with the condition that
 * names them.
 */
import type { Finding } from "../model.js";
import type { ConditionKey } from "./conditions.js";
import type { Match, Patterns } from "./types.js";

/** The finding's single-valued string fields a condition can look at. */
export const FIELDS = {
  id: (f: Finding) => f.id,
  vulnerabilityId: (f: Finding) => f.packageVulnerabilityDetails?.vulnerabilityId,
  title: (f: Finding) => f.title,
  agentId: (f: Finding) => f.asset?.agentId,
  hostname: (f: Finding) => f.asset?.hostname,
  autoScalingGroup: (f: Finding) => f.asset?.autoScalingGroup,
  amiId: (f: Finding) => f.asset?.amiId,
  rulesPackageName: (f: Finding) => f.rulesPackageName,
  rulesPackageArn: (f: Finding) => f.rulesPackageArn,
} as const;
export type FieldName = keyof typeof FIELDS;

/** Multi-valued string fields: any of a finding's values may match (its packages, its resources). */
export type MultiFieldName =
  | "packageName"
  | "resourceId"
  | "ecrRepository"
  | "ecrImageTag"
  | "lambdaFunction";

/** A single-valued field's patterns, and the condition they were written as. */
export interface FieldCondition {
  readonly name: FieldName;
  readonly patterns: Patterns;
  readonly condition: ConditionKey;
}

/** The patterns a match gives for each single-valued string field (not the rules package: two fields). */
export function fieldConditions(match: Match): FieldCondition[] {
  const out: FieldCondition[] = [];
  const add = (name: FieldName, patterns: Patterns | undefined, condition: ConditionKey) => {
    if (patterns !== undefined) out.push({ name, patterns, condition });
  };
  add("id", match.id, "id");
  add("vulnerabilityId", match.vulnerabilityId, "vulnerability-id");
  add("agentId", match.asset?.agentId, "asset");
  add("hostname", match.asset?.hostname, "asset");
  add("amiId", match.asset?.amiId, "asset");
  add("autoScalingGroup", match.asset?.autoScalingGroup, "asset");
  add("title", match.title, "title");
  return out;
}

/** The patterns a match gives for each multi-valued field, most telling first. */
export function multiConditions(
  match: Match,
): { readonly name: MultiFieldName; readonly patterns: Patterns; readonly condition: ConditionKey }[] {
  const out: { name: MultiFieldName; patterns: Patterns; condition: ConditionKey }[] = [];
  const add = (name: MultiFieldName, patterns: Patterns | undefined, condition: ConditionKey) => {
    if (patterns !== undefined) out.push({ name, patterns, condition });
  };
  add("packageName", match.package?.name, "package");
  add("ecrRepository", match.resource?.ecrRepository, "resource");
  add("lambdaFunction", match.resource?.lambdaFunction, "resource");
  add("resourceId", match.resource?.id, "resource");
  add("ecrImageTag", match.resource?.ecrImageTag, "resource");
  return out;
}
