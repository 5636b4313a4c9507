/**
 * The fetch plan: what the gate may ask Inspector to filter server-side without changing a verdict.
 */
import { type Attribute, type Finding, SEVERITIES, type Severity } from "../model.js";
import { severityMaskOf } from "./compile.js";
import { literalsOf, toList } from "./patterns.js";
import type { Match, Patterns, Policy } from "./types.js";

const NO_ATTRIBUTES: readonly Attribute[] = [];

/**
 * The policy as it applies to a source whose findings can only carry `severities`: severity limits on
 * any other severity can count nothing from it and are left out (a Classic run's report lists no
 * Critical limit). The verdict is the same as long as the source keeps to its severities.
 */
export function applicablePolicy(policy: Policy, severities: readonly Severity[]): Policy {
  const possible = new Set(severities);
  const limits = policy.severityLimits.filter((l) => possible.has(l.severity));
  return limits.length === policy.severityLimits.length ? policy : { ...policy, severityLimits: limits };
}

/** Maps exactly onto Inspector's FindingFilter (ListFindings). */
export interface ServerFilter {
  severities?: Severity[];
  /** Names or ARNs; the gate resolves names to ARNs. */
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

/** FindingFilter's documented list bounds. */
const FILTER_LIMITS = {
  severities: 50,
  rulesPackages: 50,
  attributes: 50,
  agentIds: 500,
  autoScalingGroups: 20,
};

/** What one target (a severity limit or a rule) requires of every finding it can count. */
interface Requirement {
  severities: Set<Severity>;
  rulesPackages?: string[];
  agentIds?: string[];
  autoScalingGroups?: string[];
  attributes: Attribute[];
  userAttributes: Attribute[];
}

function exactPairs(map: Readonly<Record<string, Patterns>> | undefined): Attribute[] {
  if (map === undefined) return [];
  const pairs: Attribute[] = [];
  for (const key of Object.keys(map)) {
    const list = toList(map[key]!);
    const literals = literalsOf(list);
    // Only a single exact value is a requirement (a list means any of, which FindingFilter cannot say),
    // and Inspector's attribute values are at least one character long.
    if (literals !== undefined && literals.length === 1 && literals[0] !== "") {
      pairs.push({ key, value: literals[0]! });
    }
  }
  return pairs;
}

function exactValues(patterns: Patterns | undefined): string[] | undefined {
  if (patterns === undefined) return undefined;
  const literals = literalsOf(patterns);
  return literals?.every((l) => l !== "") ? literals : undefined;
}

function requirementOf(match: Match): Requirement {
  const mask = severityMaskOf(match);
  const req: Requirement = {
    severities: new Set(SEVERITIES.filter((_, r) => ((mask >> r) & 1) === 1)),
    attributes: exactPairs(match.attributes),
    userAttributes: exactPairs(match.userAttributes),
  };
  const packages = exactValues(match.rulesPackage);
  if (packages) req.rulesPackages = packages;
  const agents = exactValues(match.asset?.agentId);
  if (agents) req.agentIds = agents;
  const groups = exactValues(match.asset?.autoScalingGroup);
  if (groups) req.autoScalingGroups = groups;
  return req;
}

/** Union of a list field over every target, or undefined when some target leaves it open. */
function unionOf(reqs: readonly Requirement[], get: (r: Requirement) => string[] | undefined, limit: number) {
  const out = new Set<string>();
  for (const r of reqs) {
    const values = get(r);
    if (values === undefined) return undefined;
    for (const v of values) out.add(v);
  }
  return out.size > 0 && out.size <= limit ? [...out].sort() : undefined;
}

/** Pairs every target requires (FindingFilter's attribute list is a conjunction). */
function commonPairs(
  reqs: readonly Requirement[],
  get: (r: Requirement) => Attribute[],
): Attribute[] | undefined {
  const [first, ...rest] = reqs;
  if (first === undefined) return undefined;
  const common = get(first).filter((pair) =>
    rest.every((r) => get(r).some((other) => other.key === pair.key && other.value === pair.value)),
  );
  const unique = common.filter(
    (pair, i) => common.findIndex((p) => p.key === pair.key && p.value === pair.value) === i,
  );
  return unique.length > 0 ? unique.slice(0, FILTER_LIMITS.attributes) : undefined;
}

/**
 * What the gate may ask Inspector for. Only the severity limits and the rules can count a finding;
 * exceptions only take findings away, and an exception is "used" only when it waives a finding some
 * limit or rule counts, so a superset of what the limits and rules can count is enough for every field
 * of the evaluation except the raw counts of severities no limit or rule looks at.
 */
export function planFetch(policy: Policy): FetchPlan {
  const severityOnly = policy.rules.length === 0 && policy.exceptions.length === 0;
  if (severityOnly) return { severityOnly };
  const reqs: Requirement[] = [
    ...policy.severityLimits.map(
      (limit): Requirement => ({ severities: new Set([limit.severity]), attributes: [], userAttributes: [] }),
    ),
    ...policy.rules.map((rule) => requirementOf(rule.match)),
  ].filter((r) => r.severities.size > 0); // a target that can match no severity counts nothing
  if (reqs.length === 0) return { severityOnly };
  const filter: ServerFilter = {};
  const severities = new Set<Severity>();
  for (const r of reqs) for (const s of r.severities) severities.add(s);
  if (severities.size < SEVERITIES.length) {
    filter.severities = SEVERITIES.filter((s) => severities.has(s)).reverse();
  }
  const rulesPackages = unionOf(reqs, (r) => r.rulesPackages, FILTER_LIMITS.rulesPackages);
  if (rulesPackages) filter.rulesPackages = rulesPackages;
  const agentIds = unionOf(reqs, (r) => r.agentIds, FILTER_LIMITS.agentIds);
  if (agentIds) filter.agentIds = agentIds;
  const groups = unionOf(reqs, (r) => r.autoScalingGroups, FILTER_LIMITS.autoScalingGroups);
  if (groups) filter.autoScalingGroups = groups;
  const attributes = commonPairs(reqs, (r) => r.attributes);
  if (attributes) filter.attributes = attributes;
  const userAttributes = commonPairs(reqs, (r) => r.userAttributes);
  if (userAttributes) filter.userAttributes = userAttributes;
  return Object.keys(filter).length > 0 ? { severityOnly, filter } : { severityOnly };
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
