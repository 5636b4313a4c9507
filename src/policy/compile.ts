/**
 * Policy -> predicates, compiled once per policy (globs and regexes ahead of time, cheapest test first),
 * and the fetch plan: what the gate may ask Inspector to filter server-side without changing a verdict.
 */
import { type Attribute, type Finding, SEVERITIES, SEVERITY_RANK, type Severity } from "../model.js";
import { compilePatterns, literalsOf, type StringTest, toList } from "./patterns.js";
import type { Match, NumberRange, Patterns, Policy } from "./types.js";

/** A compiled condition set. `rank` is SEVERITY_RANK of the finding's severity (computed once per finding). */
export type FindingTest = (finding: Finding, rank: number) => boolean;

export interface CompiledMatch {
  /** Bit r set when severity rank r can match. */
  readonly severityMask: number;
  readonly test: FindingTest;
}

const ALL_SEVERITIES = (1 << SEVERITIES.length) - 1;
const NO_ATTRIBUTES: readonly Attribute[] = [];

/** Rank of a severity; an unknown severity counts as Undefined (0) rather than throwing. */
export function rankOf(severity: string): number {
  return Object.hasOwn(SEVERITY_RANK, severity) ? SEVERITY_RANK[severity as Severity] : 0;
}

export function severityMaskOf(match: Match): number {
  let mask = ALL_SEVERITIES;
  if (match.severity !== undefined) {
    mask = 0;
    for (const s of match.severity) mask |= 1 << rankOf(s);
  }
  if (match.minSeverity !== undefined) {
    const floor = rankOf(match.minSeverity);
    let atLeast = 0;
    for (let r = floor; r < SEVERITIES.length; r++) atLeast |= 1 << r;
    mask &= atLeast;
  }
  return mask;
}

function optionalString(get: (f: Finding) => string | undefined, patterns: Patterns): (f: Finding) => boolean {
  const test = compilePatterns(patterns);
  return (f) => {
    const v = get(f);
    return v !== undefined && v !== null && test(v);
  };
}

function attributeTest(
  get: (f: Finding) => readonly Attribute[] | undefined,
  key: string,
  test: StringTest,
): (f: Finding) => boolean {
  return (f) => {
    const list = get(f) ?? NO_ATTRIBUTES;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (a.key === key && test(a.value ?? "")) return true;
    }
    return false;
  };
}

function rangeTest(get: (f: Finding) => number | undefined, range: NumberRange): (f: Finding) => boolean {
  const min = range.min ?? Number.NEGATIVE_INFINITY;
  const max = range.max ?? Number.POSITIVE_INFINITY;
  return (f) => {
    const v = get(f);
    return typeof v === "number" && v >= min && v <= max;
  };
}

/** Compiles a match into one predicate: severity bit test first, then cheap scalar tests, then lists. */
export function compileMatch(match: Match): CompiledMatch {
  const severityMask = severityMaskOf(match);
  const cheap: ((f: Finding) => boolean)[] = [];
  const costly: ((f: Finding) => boolean)[] = [];
  if (match.indicatorOfCompromise !== undefined) {
    const want = match.indicatorOfCompromise;
    cheap.push((f) => (f.indicatorOfCompromise ?? false) === want);
  }
  if (match.numericSeverity !== undefined) cheap.push(rangeTest((f) => f.numericSeverity, match.numericSeverity));
  if (match.confidence !== undefined) cheap.push(rangeTest((f) => f.confidence, match.confidence));
  if (match.asset !== undefined) {
    const a = match.asset;
    if (a.agentId !== undefined) cheap.push(optionalString((f) => f.asset?.agentId, a.agentId));
    if (a.autoScalingGroup !== undefined) {
      cheap.push(optionalString((f) => f.asset?.autoScalingGroup, a.autoScalingGroup));
    }
    if (a.amiId !== undefined) cheap.push(optionalString((f) => f.asset?.amiId, a.amiId));
    if (a.hostname !== undefined) cheap.push(optionalString((f) => f.asset?.hostname, a.hostname));
  }
  if (match.rulesPackage !== undefined) {
    const test = compilePatterns(match.rulesPackage);
    cheap.push((f) => {
      const name = f.rulesPackageName;
      if (name !== undefined && name !== null && test(name)) return true;
      const arn = f.rulesPackageArn;
      return arn !== undefined && arn !== null && test(arn);
    });
  }
  if (match.id !== undefined) cheap.push(optionalString((f) => f.id, match.id));
  if (match.attributes !== undefined) {
    for (const key of Object.keys(match.attributes)) {
      costly.push(attributeTest((f) => f.attributes, key, compilePatterns(match.attributes[key]!)));
    }
  }
  if (match.userAttributes !== undefined) {
    for (const key of Object.keys(match.userAttributes)) {
      costly.push(attributeTest((f) => f.userAttributes, key, compilePatterns(match.userAttributes[key]!)));
    }
  }
  if (match.title !== undefined) costly.push(optionalString((f) => f.title, match.title));
  const checks = [...cheap, ...costly];
  let test: FindingTest;
  if (checks.length === 0) {
    test = (_f, rank) => ((severityMask >> rank) & 1) === 1;
  } else if (checks.length === 1) {
    const only = checks[0]!;
    test = (f, rank) => ((severityMask >> rank) & 1) === 1 && only(f);
  } else if (checks.length === 2) {
    const [a, b] = checks as [(f: Finding) => boolean, (f: Finding) => boolean];
    test = (f, rank) => ((severityMask >> rank) & 1) === 1 && a(f) && b(f);
  } else {
    test = (f, rank) => {
      if (((severityMask >> rank) & 1) === 0) return false;
      for (let i = 0; i < checks.length; i++) if (!checks[i]!(f)) return false;
      return true;
    };
  }
  return { severityMask, test };
}

export interface CompiledRule {
  readonly index: number;
  readonly id: string;
  readonly match: CompiledMatch;
}

export interface CompiledException {
  readonly index: number;
  readonly id: string;
  readonly match: CompiledMatch;
  /** Applies to the severity limits. */
  readonly severity: boolean;
  /** Indexes of the rules it applies to (every rule when appliesTo is absent). */
  readonly rules: ReadonlySet<number> | "all";
}

export interface CompiledPolicy {
  readonly rules: readonly CompiledRule[];
  /** rulesByRank[r]: the rules whose severity mask includes rank r, in policy order. */
  readonly rulesByRank: readonly (readonly CompiledRule[])[];
  readonly exceptions: readonly CompiledException[];
  /** limitByRank[r]: index into policy.severityLimits, or -1. */
  readonly limitByRank: readonly number[];
}

const compiled = new WeakMap<Policy, CompiledPolicy>();

/** Compiles a policy once; later calls with the same Policy object reuse the result. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiled.get(policy);
  if (cached) return cached;
  const rules = policy.rules.map((rule, index) => ({ index, id: rule.id, match: compileMatch(rule.match) }));
  const rulesByRank = SEVERITIES.map((_, rank) => rules.filter((r) => ((r.match.severityMask >> rank) & 1) === 1));
  const ruleIndex = new Map(policy.rules.map((r, i) => [r.id, i]));
  const exceptions = policy.exceptions.map((exception, index): CompiledException => {
    const applies = exception.appliesTo;
    return {
      index,
      id: exception.id,
      match: compileMatch(exception.match),
      severity: applies === undefined || applies.includes("severity"),
      rules:
        applies === undefined
          ? "all"
          : new Set(applies.flatMap((id) => (ruleIndex.has(id) ? [ruleIndex.get(id)!] : []))),
    };
  });
  const limitByRank = SEVERITIES.map((s) => policy.severityLimits.findIndex((l) => l.severity === s));
  const result: CompiledPolicy = { rules, rulesByRank, exceptions, limitByRank };
  compiled.set(policy, result);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// What Inspector can filter server-side

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
const FILTER_LIMITS = { severities: 50, rulesPackages: 50, attributes: 50, agentIds: 500, autoScalingGroups: 20 };

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
  return literals !== undefined && literals.every((l) => l !== "") ? literals : undefined;
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
function commonPairs(reqs: readonly Requirement[], get: (r: Requirement) => Attribute[]): Attribute[] | undefined {
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
  if (filter.attributes?.length && !filter.attributes.every((p) => hasPair(finding.attributes, p))) return false;
  if (filter.userAttributes?.length && !filter.userAttributes.every((p) => hasPair(finding.userAttributes, p))) {
    return false;
  }
  return true;
}
