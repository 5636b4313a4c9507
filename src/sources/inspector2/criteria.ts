/**
 * The scope and what the policy needs (policy/plan.ts) → Inspector (v2) ListFindings' filterCriteria, and
 * the gate's own reading of those criteria over a returned finding (a finding outside what was asked for
 * is a lie, never evaluated).
 *
 * Inspector joins criteria by AND and the EQUALS filters of one criterion by OR (docs/emulator-v2.md, the
 * filter semantics). So the scope's values of a kind become one criterion, and the policy's pushdown adds
 * a criterion per field every target constrains: the union of what the targets accept. Where the scope and
 * the policy constrain the same single-valued field the criterion is their intersection; where that is
 * empty, or for a multi-valued field (image tags), the scope's alone. Anything that does not fit
 * Inspector's bounds (10 filters a criterion) is left out: the criteria may only ever select a superset of
 * what can change the verdict.
 */
import type { FilterCriteria, NumberFilter, StringFilter } from "@aws-sdk/client-inspector2";
import { type Finding, INSPECTOR2_SEVERITY, type Severity } from "../../model.js";
import {
  type NeededField,
  type NeededRangeField,
  neededSeverities,
  neededValues,
  type PolicyNeeds,
} from "../../policy/plan.js";
import { type Inspector2Scope, MAX_VALUES } from "./scope.js";

/** Our severity → Inspector's (Undefined has none: no v2 finding carries it). */
export const V2_SEVERITY_NAME: Readonly<Partial<Record<Severity, string>>> = Object.freeze(
  Object.fromEntries(Object.entries(INSPECTOR2_SEVERITY).map(([v2, ours]) => [ours, v2])),
);

/** The statuses asked for: ACTIVE findings, and SUPPRESSED ones (shown apart, or evaluated when asked). */
export const LISTED_STATUSES = ["ACTIVE", "SUPPRESSED"] as const;

type StringCriterion =
  | "awsAccountId"
  | "findingStatus"
  | "severity"
  | "resourceType"
  | "resourceId"
  | "ecrImageRepositoryName"
  | "ecrImageHash"
  | "ecrImageTags"
  | "lambdaFunctionName"
  | "vulnerabilityId"
  | "findingType"
  | "fixAvailable"
  | "exploitAvailable"
  | "title";

/** The policy's exact-value fields Inspector can filter on, and the criterion each becomes. */
const PUSHED: readonly (readonly [NeededField, StringCriterion])[] = [
  ["title", "title"],
  ["vulnerabilityId", "vulnerabilityId"],
  ["findingType", "findingType"],
  ["fixAvailable", "fixAvailable"],
  ["exploitAvailable", "exploitAvailable"],
  ["resourceType", "resourceType"],
  ["resourceId", "resourceId"],
  ["ecrRepository", "ecrImageRepositoryName"],
  ["ecrImageTag", "ecrImageTags"],
  ["lambdaFunction", "lambdaFunctionName"],
];

/** Criteria whose field a finding carries several of (any one matching is a match). */
const MULTI_VALUED: ReadonlySet<StringCriterion> = new Set(["ecrImageTags"]);

const RANGES: readonly (readonly [NeededRangeField, "epssScore" | "inspectorScore"])[] = [
  ["epss", "epssScore"],
  ["inspectorScore", "inspectorScore"],
];

function equals(values: readonly string[]): StringFilter[] {
  return values.map((value) => ({ comparison: "EQUALS", value }));
}

function fits(values: readonly string[] | undefined): values is readonly string[] {
  return values !== undefined && values.length > 0 && values.length <= MAX_VALUES;
}

/** The scope's own criteria (what the gate is about), without statuses or the policy. */
export function scopeCriteria(scope: Inspector2Scope): FilterCriteria {
  const c: FilterCriteria = {};
  if (scope.accounts?.length) c.awsAccountId = equals(scope.accounts);
  if (scope.resourceTypes?.length) c.resourceType = equals(scope.resourceTypes);
  if (scope.resourceIds?.length) c.resourceId = equals(scope.resourceIds);
  if (scope.ecrRepositories?.length) c.ecrImageRepositoryName = equals(scope.ecrRepositories);
  if (scope.ecrImageDigests?.length) c.ecrImageHash = equals(scope.ecrImageDigests);
  if (scope.ecrImageTags?.length) c.ecrImageTags = equals(scope.ecrImageTags);
  if (scope.lambdaFunctions?.length) c.lambdaFunctionName = equals(scope.lambdaFunctions);
  if (scope.resourceTags?.length) {
    c.resourceTags = scope.resourceTags.map((t) => ({ comparison: "EQUALS", key: t.key, value: t.value }));
  }
  return c;
}

/** Every range some target requires of `field`, one per target; undefined when one leaves it open. */
function neededRanges(needs: PolicyNeeds, field: NeededRangeField): NumberFilter[] | undefined {
  const out = new Map<string, NumberFilter>();
  for (const t of needs.targets) {
    const range = t.ranges?.[field];
    if (range === undefined || (range.min === undefined && range.max === undefined)) return undefined;
    const filter: NumberFilter = {
      ...(range.min !== undefined ? { lowerInclusive: range.min } : {}),
      ...(range.max !== undefined ? { upperInclusive: range.max } : {}),
    };
    out.set(`${range.min}:${range.max}`, filter);
  }
  if (out.size === 0) return undefined;
  if (out.size <= MAX_VALUES) return [...out.values()];
  // More ranges than a criterion takes: their hull still holds every one of them.
  const lows = [...out.values()].map((f) => f.lowerInclusive);
  const highs = [...out.values()].map((f) => f.upperInclusive);
  return [
    {
      ...(lows.every((l) => l !== undefined) ? { lowerInclusive: Math.min(...(lows as number[])) } : {}),
      ...(highs.every((h) => h !== undefined) ? { upperInclusive: Math.max(...(highs as number[])) } : {}),
    },
  ];
}

/**
 * ListFindings' filterCriteria: the scope, ACTIVE and SUPPRESSED findings, and what the policy needs.
 * Selects a superset of the findings in scope that some target of `needs` can count.
 */
export function findingCriteria(scope: Inspector2Scope, needs: PolicyNeeds): FilterCriteria {
  const c: Record<string, unknown> = { ...scopeCriteria(scope), findingStatus: equals(LISTED_STATUSES) };
  if (needs.targets.length === 0) return c as FilterCriteria;
  const severities = neededSeverities(needs)
    ?.map((s) => V2_SEVERITY_NAME[s])
    .filter((s): s is string => s !== undefined);
  if (fits(severities)) c.severity = equals(severities);
  for (const [field, criterion] of PUSHED) {
    const wanted = neededValues(needs, field);
    if (!fits(wanted)) continue;
    const inScope = c[criterion] as StringFilter[] | undefined;
    if (inScope === undefined) {
      c[criterion] = equals(wanted);
      continue;
    }
    if (MULTI_VALUED.has(criterion)) continue; // any tag of the scope's AND any of the policy's: not one list
    const both = wanted.filter((v) => inScope.some((f) => f.value === v));
    if (both.length > 0) c[criterion] = equals(both);
  }
  const packages = neededValues(needs, "packageName");
  if (fits(packages)) {
    c.vulnerablePackages = packages.map((name) => ({ name: { comparison: "EQUALS", value: name } }));
  }
  for (const [field, criterion] of RANGES) {
    const ranges = neededRanges(needs, field);
    if (ranges) c[criterion] = ranges;
  }
  return c as FilterCriteria;
}

// ---------------------------------------------------------------------------------------------------
// The gate's side: does a returned finding satisfy the criteria that were sent?

function images(f: Finding) {
  return (f.resources ?? []).flatMap((r) =>
    r.details?.awsEcrContainerImage ? [r.details.awsEcrContainerImage] : [],
  );
}

/** What a finding carries for each string criterion the gate sends (any one matching is a match). */
const READ: Readonly<Record<StringCriterion, (f: Finding) => readonly (string | undefined)[]>> = {
  awsAccountId: (f) => [f.awsAccountId],
  findingStatus: (f) => [f.status],
  severity: (f) => [V2_SEVERITY_NAME[f.severity]],
  resourceType: (f) => (f.resources ?? []).map((r) => r.type),
  resourceId: (f) => (f.resources ?? []).map((r) => r.id),
  ecrImageRepositoryName: (f) => images(f).map((i) => i.repositoryName),
  ecrImageHash: (f) => images(f).map((i) => i.imageHash),
  ecrImageTags: (f) => images(f).flatMap((i) => i.imageTags ?? []),
  lambdaFunctionName: (f) => (f.resources ?? []).map((r) => r.details?.awsLambdaFunction?.functionName),
  vulnerabilityId: (f) => [f.packageVulnerabilityDetails?.vulnerabilityId],
  findingType: (f) => [f.type],
  fixAvailable: (f) => [f.fixAvailable],
  exploitAvailable: (f) => [f.exploitAvailable],
  title: (f) => [f.title],
};

function inRanges(value: number | undefined, filters: readonly NumberFilter[]): boolean {
  return (
    value !== undefined &&
    filters.some(
      (r) =>
        (r.lowerInclusive === undefined || value >= r.lowerInclusive) &&
        (r.upperInclusive === undefined || value <= r.upperInclusive),
    )
  );
}

/**
 * The first criterion `finding` does not satisfy (with what it carries), or undefined when it satisfies
 * them all. Reads only the criteria `findingCriteria` sends (EQUALS filters, tags, packages by name,
 * number ranges); any other criterion is a bug here, not the server's.
 */
export function unmetCriterion(finding: Finding, criteria: FilterCriteria): string | undefined {
  for (const [name, list] of Object.entries(criteria)) {
    if (!Array.isArray(list) || list.length === 0) continue;
    if (name === "resourceTags") {
      const tags = (finding.resources ?? []).map((r) => r.tags ?? {});
      const ok = (list as { key: string; value?: string }[]).some((m) =>
        tags.some((t) => Object.hasOwn(t, m.key) && (m.value === undefined || t[m.key] === m.value)),
      );
      if (!ok) return "resourceTags (no resource carries one of the tags asked for)";
      continue;
    }
    if (name === "vulnerablePackages") {
      const names = (finding.packageVulnerabilityDetails?.vulnerablePackages ?? []).map((p) => p.name);
      const ok = (list as { name?: StringFilter }[]).some((p) => names.includes(p.name?.value ?? ""));
      if (!ok) return `vulnerablePackages (packages ${names.join(", ") || "none"})`;
      continue;
    }
    if (name === "epssScore" || name === "inspectorScore") {
      const value = name === "epssScore" ? finding.epss?.score : finding.inspectorScore;
      if (!inRanges(value, list as NumberFilter[])) return `${name} (${value ?? "none"})`;
      continue;
    }
    const read = READ[name as StringCriterion];
    if (read === undefined) throw new Error(`no reading of the filter criterion ${name}`);
    const carried = read(finding).filter((v): v is string => v !== undefined);
    const wanted = (list as StringFilter[]).map((f) => f.value);
    if (!carried.some((v) => wanted.includes(v))) return `${name} (${carried.join(", ") || "none"})`;
  }
  return undefined;
}
