/**
 * What a source may do with a target's needs (src/policy/plan.ts), written from the contract and sharing
 * no code with src/policy: a finding satisfies a target when its severity is one the target counts, and,
 * for every field the target requires values (or a range) of, the finding's own value is one of them (any
 * of its values, for its packages and resources). A field the finding's service does not have, or whose
 * value is not known for it (a Classic rules package by name when only the ARN is known), cannot be
 * filtered on by its source, so it constrains nothing: those findings are the ones a policy could not
 * decide, and the source must not drop them.
 */
import type { Finding } from "../../src/model.js";
import type { NeededField, NeededRangeField, TargetNeeds } from "../../src/policy/plan.js";
import { isV2 } from "./policy-reference.js";

/** The finding's values of a needed field; undefined when its source cannot filter on the field. */
function valuesOf(field: NeededField, f: Finding): readonly string[] | undefined {
  const v2 = isV2(f);
  const one = (v: string | undefined) => (v === undefined ? [] : [v]);
  const resources = f.resources ?? [];
  switch (field) {
    case "id":
      return one(f.id);
    case "title":
      return one(f.title);
    case "rulesPackage":
      if (v2) return undefined;
      if (f.rulesPackageName === undefined && f.rulesPackageArn !== undefined) return undefined;
      return [...one(f.rulesPackageName), ...one(f.rulesPackageArn)];
    case "agentId":
      return v2 ? undefined : one(f.asset.agentId);
    case "hostname":
      return v2 ? undefined : one(f.asset.hostname);
    case "autoScalingGroup":
      return v2 ? undefined : one(f.asset.autoScalingGroup);
    case "amiId":
      return v2 ? undefined : one(f.asset.amiId);
    case "vulnerabilityId":
      return v2 ? one(f.packageVulnerabilityDetails?.vulnerabilityId) : undefined;
    case "findingType":
      return v2 ? one(f.type) : undefined;
    case "fixAvailable":
      return v2 ? one(f.fixAvailable) : undefined;
    case "exploitAvailable":
      return v2 ? one(f.exploitAvailable) : undefined;
    case "resourceType":
      return v2 ? resources.map((r) => r.type) : undefined;
    case "resourceId":
      return v2 ? resources.map((r) => r.id) : undefined;
    case "ecrRepository":
      return v2 ? resources.flatMap((r) => one(r.details?.awsEcrContainerImage?.repositoryName)) : undefined;
    case "ecrImageTag":
      return v2 ? resources.flatMap((r) => r.details?.awsEcrContainerImage?.imageTags ?? []) : undefined;
    case "lambdaFunction":
      return v2 ? resources.flatMap((r) => one(r.details?.awsLambdaFunction?.functionName)) : undefined;
    case "packageName":
      return v2 ? (f.packageVulnerabilityDetails?.vulnerablePackages ?? []).map((p) => p.name) : undefined;
  }
}

function numberOf(field: NeededRangeField, f: Finding): number | undefined | null {
  if (!isV2(f)) return null; // not a field of its service
  return field === "epss" ? f.epss?.score : f.inspectorScore;
}

export function satisfiesNeeds(target: TargetNeeds, f: Finding): boolean {
  if (!target.severities.has(f.severity)) return false;
  for (const [field, wanted] of Object.entries(target.values) as [NeededField, readonly string[]][]) {
    const values = valuesOf(field, f);
    if (values !== undefined && !values.some((v) => wanted.includes(v))) return false;
  }
  for (const [field, r] of Object.entries(target.ranges ?? {}) as [
    NeededRangeField,
    { min?: number; max?: number },
  ][]) {
    const v = numberOf(field, f);
    if (v === null) continue;
    if (v === undefined || (r.min !== undefined && v < r.min) || (r.max !== undefined && v > r.max))
      return false;
  }
  if (!isV2(f)) {
    for (const pair of target.attributes) {
      if (!f.attributes.some((a) => a.key === pair.key && a.value === pair.value)) return false;
    }
    for (const pair of target.userAttributes) {
      if (!f.userAttributes.some((a) => a.key === pair.key && a.value === pair.value)) return false;
    }
  }
  return true;
}
