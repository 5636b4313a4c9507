/**
 * The policy compiler's ServerFilter → Inspector's FindingFilter. Every step may only widen the filter
 * (drop a constraint), never narrow it: the filter must select a superset of what can change the verdict.
 */
import type { FindingFilter } from "@aws-sdk/client-inspector";
import { CLASSIC_SEVERITIES, type ClassicSeverity, type Severity } from "../../model.js";
import type { ServerFilter } from "../../policy/plan.js";

const CLASSIC: ReadonlySet<Severity> = new Set(CLASSIC_SEVERITIES);

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
