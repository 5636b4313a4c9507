/**
 * What a policy needs (policy/plan.ts, source-neutral) → Inspector Classic's FindingFilter, in two steps:
 * the ServerFilter (the fields FindingFilter has, rules packages still by name or ARN), then the
 * FindingFilter itself once the run's rules packages are known. Every step may only widen the filter
 * (drop a constraint), never narrow it: the filter must select a superset of what can change the verdict.
 */
import type { FindingFilter } from "@aws-sdk/client-inspector";
import {
  type Attribute,
  CLASSIC_SEVERITIES,
  type ClassicSeverity,
  type Finding,
  type Severity,
} from "../../model.js";
import {
  commonPairs,
  neededSeverities,
  neededValues,
  type PolicyNeeds,
  policyNeeds,
} from "../../policy/plan.js";
import type { Policy } from "../../policy/types.js";

const CLASSIC: ReadonlySet<Severity> = new Set(CLASSIC_SEVERITIES);
const NO_ATTRIBUTES: readonly Attribute[] = [];

/** Maps exactly onto Inspector Classic's FindingFilter (ListFindings). */
export interface ServerFilter {
  severities?: Severity[];
  /** Names or ARNs; the source resolves names to ARNs. */
  rulesPackages?: string[];
  /** All must be present (exact key and value). */
  attributes?: Attribute[];
  userAttributes?: Attribute[];
  agentIds?: string[];
  autoScalingGroups?: string[];
}

export interface FetchPlan {
  /** No rules and no exceptions: findingCounts alone decide the verdict (zero ListFindings/DescribeFindings). */
  severityOnly: boolean;
  /** A filter selecting a superset of every finding that can change the verdict; undefined = fetch all. */
  filter?: ServerFilter;
}

/** FindingFilter's documented list bounds, as the policy's requirements are gathered. */
const FILTER_LIMITS = {
  rulesPackages: 50,
  attributes: 50,
  agentIds: 500,
  autoScalingGroups: 20,
};

function bounded(values: string[] | undefined, limit: number): string[] | undefined {
  return values !== undefined && values.length <= limit ? values : undefined;
}

/** The ServerFilter for what a policy needs; undefined when nothing narrows the fetch. */
export function classicServerFilter(needs: PolicyNeeds): ServerFilter | undefined {
  if (needs.targets.length === 0) return undefined;
  const filter: ServerFilter = {};
  const severities = neededSeverities(needs);
  if (severities) filter.severities = severities;
  const rulesPackages = bounded(neededValues(needs, "rulesPackage"), FILTER_LIMITS.rulesPackages);
  if (rulesPackages) filter.rulesPackages = rulesPackages;
  const agentIds = bounded(neededValues(needs, "agentId"), FILTER_LIMITS.agentIds);
  if (agentIds) filter.agentIds = agentIds;
  const groups = bounded(neededValues(needs, "autoScalingGroup"), FILTER_LIMITS.autoScalingGroups);
  if (groups) filter.autoScalingGroups = groups;
  const attributes = commonPairs(needs, "attributes")?.slice(0, FILTER_LIMITS.attributes);
  if (attributes) filter.attributes = attributes;
  const userAttributes = commonPairs(needs, "userAttributes")?.slice(0, FILTER_LIMITS.attributes);
  if (userAttributes) filter.userAttributes = userAttributes;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** What the Classic source may ask Inspector for, for `policy`. */
export function planFetch(policy: Policy): FetchPlan {
  const needs = policyNeeds(policy);
  const filter = classicServerFilter(needs);
  return filter ? { severityOnly: needs.severityOnly, filter } : { severityOnly: needs.severityOnly };
}

function hasPair(list: readonly Attribute[] | undefined, pair: Attribute): boolean {
  for (const a of list ?? NO_ATTRIBUTES) if (a.key === pair.key && a.value === pair.value) return true;
  return false;
}

/** Reference semantics of Inspector's FindingFilter over our Finding (an empty or absent list filters nothing). */
export function matchesServerFilter(finding: Finding, filter: ServerFilter): boolean {
  if (filter.severities?.length && !filter.severities.includes(finding.severity)) return false;
  if (filter.rulesPackages?.length) {
    const name = finding.rulesPackageName;
    const arn = finding.rulesPackageArn;
    if (!filter.rulesPackages.some((p) => p === name || p === arn)) return false;
  }
  if (filter.agentIds?.length) {
    const agent = finding.asset?.agentId;
    if (agent === undefined || !filter.agentIds.includes(agent)) return false;
  }
  if (filter.autoScalingGroups?.length) {
    const group = finding.asset?.autoScalingGroup;
    if (group === undefined || !filter.autoScalingGroups.includes(group)) return false;
  }
  if (filter.attributes?.length && !filter.attributes.every((p) => hasPair(finding.attributes, p)))
    return false;
  if (
    filter.userAttributes?.length &&
    !filter.userAttributes.every((p) => hasPair(finding.userAttributes, p))
  ) {
    return false;
  }
  return true;
}

/** FindingFilter list bounds from the service model. */
const MAX = {
  agentIds: 99,
  autoScalingGroups: 20,
  attributes: 50,
  rulesPackageArns: 50,
  severities: 50,
} as const;

/**
 * @param rulesPackageNames the run's rules packages, ARN → name (from DescribeRulesPackages), used to
 *   resolve the names a policy gives to the ARNs Inspector filters on.
 */
export function toFindingFilter(
  filter: ServerFilter | undefined,
  rulesPackageNames: ReadonlyMap<string, string>,
): FindingFilter | undefined {
  if (filter === undefined) return undefined;
  const out: FindingFilter = {};
  // Any-of lists: an empty or oversized list cannot be sent as is; dropping it widens the filter.
  const anyOf = <T>(list: readonly T[] | undefined, max: number): T[] | undefined =>
    list !== undefined && list.length > 0 && list.length <= max ? [...new Set(list)] : undefined;

  // Only Classic's five severities can be sent; a Classic finding has none of the others (Critical,
  // Untriaged), so leaving them out selects exactly the same findings.
  const classic = filter.severities?.filter((s): s is ClassicSeverity => CLASSIC.has(s));
  const severities = anyOf(classic, MAX.severities);
  if (severities) out.severities = severities;

  if (filter.rulesPackages !== undefined && filter.rulesPackages.length > 0) {
    const arns = new Set<string>();
    for (const entry of filter.rulesPackages) {
      if (entry.startsWith("arn:")) {
        arns.add(entry);
        continue;
      }
      for (const [arn, name] of rulesPackageNames) if (name === entry) arns.add(arn);
    }
    // A name that is not one of the run's packages matches no finding of this run, so leaving it out
    // is exact; but when nothing resolves, the constraint is dropped rather than sent empty.
    const list = anyOf([...arns], MAX.rulesPackageArns);
    if (list) out.rulesPackageArns = list;
  }

  const agentIds = anyOf(filter.agentIds, MAX.agentIds);
  if (agentIds) out.agentIds = agentIds;
  const groups = anyOf(filter.autoScalingGroups, MAX.autoScalingGroups);
  if (groups) out.autoScalingGroups = groups;

  // All-of lists: keeping only the first 50 widens the filter, so truncation is safe.
  const attributes = (filter.attributes ?? []).slice(0, MAX.attributes);
  if (attributes.length > 0) out.attributes = attributes.map((a) => ({ key: a.key, value: a.value }));
  const userAttributes = (filter.userAttributes ?? []).slice(0, MAX.attributes);
  if (userAttributes.length > 0)
    out.userAttributes = userAttributes.map((a) => ({ key: a.key, value: a.value }));

  return Object.keys(out).length > 0 ? out : undefined;
}

/** Whether the filter constrains severities only (then its expected size is known from findingCounts). */
export function isSeverityOnlyFilter(filter: FindingFilter | undefined): filter is FindingFilter & {
  severities: ClassicSeverity[];
} {
  return filter !== undefined && Object.keys(filter).length === 1 && Array.isArray(filter.severities);
}
