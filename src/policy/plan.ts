/**
 * What a policy needs of a source, said without naming any service: which targets (severity limits and
 * rules) can count a finding, and what each of them requires of it. A source turns this into its own
 * server-side filter next to its own API code (Inspector Classic's FindingFilter in
 * src/sources/classic/filter.ts; Inspector v2's filterCriteria beside it), and may only ever ask for a
 * superset of what can change the verdict.
 */
import { type Attribute, type Finding, SEVERITIES, type Severity } from "../model.js";
import { compileMatch, rankOf, severityMaskOf } from "./compile.js";
import { findingKind } from "./conditions.js";
import { literalsOf, toList } from "./patterns.js";
import type { Match, NumberRange, Patterns, Policy } from "./types.js";

/**
 * The string fields a condition can require exact values of. The first group is Inspector Classic's; the
 * second Inspector v2's (vulnerability id, finding type, fix and exploit availability, the resource and the
 * vulnerable package), each named for the policy condition it comes from.
 */
export type NeededField =
  | "id"
  | "title"
  | "rulesPackage"
  | "agentId"
  | "hostname"
  | "autoScalingGroup"
  | "amiId"
  | "vulnerabilityId"
  | "findingType"
  | "fixAvailable"
  | "exploitAvailable"
  | "resourceType"
  | "resourceId"
  | "ecrRepository"
  | "ecrImageTag"
  | "lambdaFunction"
  | "packageName";

/** The numeric fields a condition can require a range of (inclusive bounds). */
export type NeededRangeField = "epss" | "inspectorScore";

/** What one target (a severity limit or a rule) requires of every finding it can count. */
export interface TargetNeeds {
  /** The severities it can count (never empty: a target that can count nothing is left out). */
  readonly severities: ReadonlySet<Severity>;
  /** Per field, the exact values one of which a finding must carry; a field not listed is open. */
  readonly values: Readonly<Partial<Record<NeededField, readonly string[]>>>;
  /** Exact key/value pairs a finding must carry, all of them. */
  readonly attributes: readonly Attribute[];
  readonly userAttributes: readonly Attribute[];
  /** Per numeric field, the range a finding's value must fall in (bounds included); unlisted is open. */
  readonly ranges?: Readonly<
    Partial<Record<NeededRangeField, { readonly min?: number; readonly max?: number }>>
  >;
}

export interface PolicyNeeds {
  /** No rules and no exceptions: per-severity counts alone decide the verdict (no finding is needed). */
  readonly severityOnly: boolean;
  /**
   * Every target that can count a finding. Only these can count; exceptions only take findings away (and
   * an exception is "used" only when it waives a finding some target counts), so a source may fetch just
   * the findings some target can count. Empty: nothing narrows the fetch, the source fetches everything.
   */
  readonly targets: readonly TargetNeeds[];
  /**
   * Present when some rule or exception has a `kev` condition: CISA's Known Exploited Vulnerabilities data
   * is then needed, and only for the findings `candidate` accepts (those some kev-conditioned rule or
   * exception could still match, its kev condition aside). A source that can fetch KEV data (Inspector v2's
   * BatchGetFindingDetails) fetches it for those findings only and sets `Finding.kev`.
   */
  readonly kev?: { candidate(finding: Finding): boolean };
}

function exactPairs(map: Readonly<Record<string, Patterns>> | undefined): Attribute[] {
  if (map === undefined) return [];
  const pairs: Attribute[] = [];
  for (const key of Object.keys(map)) {
    const list = toList(map[key]!);
    const literals = literalsOf(list);
    // Only a single exact value is a requirement (a list means any of, which an all-of pair list cannot
    // say), and Inspector's attribute values are at least one character long.
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

function targetOf(match: Match): TargetNeeds {
  const mask = severityMaskOf(match);
  const values: Partial<Record<NeededField, readonly string[]>> = {};
  const fields: [NeededField, Patterns | undefined][] = [
    ["id", match.id],
    ["title", match.title],
    ["rulesPackage", match.rulesPackage],
    ["agentId", match.asset?.agentId],
    ["hostname", match.asset?.hostname],
    ["autoScalingGroup", match.asset?.autoScalingGroup],
    ["amiId", match.asset?.amiId],
    ["vulnerabilityId", match.vulnerabilityId],
    ["resourceId", match.resource?.id],
    ["ecrRepository", match.resource?.ecrRepository],
    ["ecrImageTag", match.resource?.ecrImageTag],
    ["lambdaFunction", match.resource?.lambdaFunction],
    ["packageName", match.package?.name],
  ];
  for (const [field, patterns] of fields) {
    const exact = exactValues(patterns);
    if (exact) values[field] = exact;
  }
  // Enumerations are exact by nature.
  const enums: [NeededField, readonly string[] | undefined][] = [
    ["findingType", match.findingType],
    ["fixAvailable", match.fixAvailable],
    ["exploitAvailable", match.exploitAvailable],
    ["resourceType", match.resource?.type],
  ];
  for (const [field, list] of enums) if (list !== undefined) values[field] = [...list];
  const ranges: Partial<Record<NeededRangeField, NumberRange>> = {};
  if (match.epss !== undefined) ranges.epss = { ...match.epss };
  if (match.inspectorScore !== undefined) ranges.inspectorScore = { ...match.inspectorScore };
  return {
    severities: new Set(SEVERITIES.filter((_, r) => ((mask >> r) & 1) === 1)),
    values,
    attributes: exactPairs(match.attributes),
    userAttributes: exactPairs(match.userAttributes),
    ...(Object.keys(ranges).length > 0 ? { ranges } : {}),
  };
}

/**
 * KEV candidates: a finding that names a package vulnerability (only those can be in CISA's catalog: any
 * other is decided without the data) and that some rule or exception with a `kev` condition could still
 * match, its kev condition aside (a condition that cannot be decided counts as "could").
 */
function kevCandidates(policy: Policy): PolicyNeeds["kev"] {
  const items = [...policy.rules, ...policy.exceptions].filter((i) => i.match.kev !== undefined);
  if (items.length === 0) return undefined;
  const tests = items.map((i) => compileMatch({ ...i.match, kev: undefined }));
  return {
    candidate(finding: Finding): boolean {
      if (finding.packageVulnerabilityDetails === undefined) return false;
      const rank = rankOf(finding.severity);
      const kind = findingKind(finding);
      return tests.some(
        (t) =>
          t.test(finding, rank) || (((t.unsureKinds >> kind) & 1) === 1 && t.undecided(finding, rank, kind)),
      );
    },
  };
}

/** What `policy` needs of any source. */
export function policyNeeds(policy: Policy): PolicyNeeds {
  const severityOnly = policy.rules.length === 0 && policy.exceptions.length === 0;
  if (severityOnly) return { severityOnly, targets: [] };
  const targets: TargetNeeds[] = [
    ...policy.severityLimits.map(
      (limit): TargetNeeds => ({
        severities: new Set([limit.severity]),
        values: {},
        attributes: [],
        userAttributes: [],
      }),
    ),
    ...policy.rules.map((rule) => targetOf(rule.match)),
  ].filter((t) => t.severities.size > 0); // a target that can match no severity counts nothing
  const kev = kevCandidates(policy);
  return kev ? { severityOnly, targets, kev } : { severityOnly, targets };
}

// ---------------------------------------------------------------------------------------------------
// Combining targets into one filter. Both services' filters are conjunctions of fields, each an any-of
// list (Classic's FindingFilter, v2's filterCriteria), so these serve any source.

/** The severities any target can count, highest first; undefined when that is every severity. */
export function neededSeverities(needs: PolicyNeeds): Severity[] | undefined {
  const severities = new Set<Severity>();
  for (const t of needs.targets) for (const s of t.severities) severities.add(s);
  if (severities.size === 0 || severities.size === SEVERITIES.length) return undefined;
  return SEVERITIES.filter((s) => severities.has(s)).reverse();
}

/** Every value some target requires of `field`, sorted; undefined as soon as one target leaves it open. */
export function neededValues(needs: PolicyNeeds, field: NeededField): string[] | undefined {
  const out = new Set<string>();
  for (const t of needs.targets) {
    const values = t.values[field];
    if (values === undefined) return undefined;
    for (const v of values) out.add(v);
  }
  return out.size > 0 ? [...out].sort() : undefined;
}

/** The pairs every target requires (an all-of list can only keep what all of them share). */
export function commonPairs(
  needs: PolicyNeeds,
  list: "attributes" | "userAttributes",
): Attribute[] | undefined {
  const [first, ...rest] = needs.targets;
  if (first === undefined) return undefined;
  const common = first[list].filter((pair) =>
    rest.every((t) => t[list].some((other) => other.key === pair.key && other.value === pair.value)),
  );
  const unique = common.filter(
    (pair, i) => common.findIndex((p) => p.key === pair.key && p.value === pair.value) === i,
  );
  return unique.length > 0 ? unique : undefined;
}

/**
 * The policy as it applies to a source whose findings can only carry `severities`: severity limits on
 * any other severity can count nothing from it and are left out (a Classic run's report lists no
 * Critical limit). The verdict is the same as long as the source keeps to its severities, which the gate
 * checks finding by finding.
 */
export function applicablePolicy(policy: Policy, severities: readonly Severity[]): Policy {
  const possible = new Set(severities);
  const limits = policy.severityLimits.filter((l) => possible.has(l.severity));
  return limits.length === policy.severityLimits.length ? policy : { ...policy, severityLimits: limits };
}
