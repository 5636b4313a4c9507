/**
 * Policy -> predicates, compiled once per policy. Each rule's and exception's conditions become one
 * closure (the severity bit first, then scalar tests, then lists); a value index (match-index.ts) tells
 * the evaluator which rules and exceptions a finding can match at all, so a finding is tested against
 * those and the few with nothing to file them under. A condition that cannot be decided for a finding
 * (conditions.ts) makes its match false for `test` and is told apart by `undecided`, which the evaluator
 * asks only when the finding's kind allows it. The fetch plan (what may be filtered server-side) is in
 * plan.ts.
 */
import {
  type Attribute,
  type Finding,
  type Resource,
  SEVERITIES,
  SEVERITY_RANK,
  severityRank,
  type VulnerablePackage,
} from "../model.js";
import { absentKinds, type ConditionKey, FINDING_KINDS, isInspector2, unsureKinds } from "./conditions.js";
import { FIELDS, type FieldName, fieldConditions } from "./fields.js";
import { buildIndex, type MatchIndex } from "./match-index.js";
import { compilePatterns, type StringTest } from "./patterns.js";
import type { Match, NumberRange, PackageMatch, Patterns, Policy, ResourceMatch } from "./types.js";

export { collect, type MatchIndex } from "./match-index.js";

/** A compiled condition set. `rank` is rankOf(finding.severity), computed once per finding. */
export type FindingTest = (finding: Finding, rank: number) => boolean;

export interface CompiledMatch {
  /** Bit r set when a finding of severity rank r can match. */
  readonly severityMask: number;
  /** True when every condition holds (a condition that cannot be decided does not). */
  readonly test: FindingTest;
  /** Bit k set when some condition may be undecided for findings of kind k (conditions.ts). */
  readonly unsureKinds: number;
  /**
   * For a finding `test` rejected: true when no condition is false and some could not be decided (the
   * finding may or may not match). Only meaningful for kinds in `unsureKinds`.
   */
  readonly undecided: (finding: Finding, rank: number, kind: number) => boolean;
  /** The conditions stated, each once (the order `explain` counts them in). */
  readonly conditions: readonly ConditionKey[];
  /** For an undecided finding: adds 1 to counts[c * FINDING_KINDS + kind] for each undecided condition c. */
  readonly explain: (finding: Finding, kind: number, counts: Uint32Array) => void;
}

const ALL_SEVERITIES = 2 ** SEVERITIES.length - 1;
const NO_ATTRIBUTES: readonly Attribute[] = [];

/** Rank of a severity (SEVERITY_RANK); an unknown severity counts as Undefined (0) rather than throwing. */
export const rankOf: (severity: string) => number = severityRank;

export function severityMaskOf(match: Match): number {
  let mask = ALL_SEVERITIES;
  if (match.severity !== undefined) {
    mask = 0;
    for (const s of match.severity) mask |= 1 << SEVERITY_RANK[s];
  }
  if (match.minSeverity !== undefined) {
    const floor = SEVERITY_RANK[match.minSeverity];
    mask &= ALL_SEVERITIES & ~((1 << floor) - 1);
  }
  return mask;
}

// ---------------------------------------------------------------------------------------------------
// One condition -> one check

type Check = (f: Finding) => boolean;

function fieldTest(name: FieldName, patterns: Patterns): Check {
  const read = FIELDS[name];
  const test = compilePatterns(patterns);
  return (f) => {
    const v = read(f);
    return typeof v === "string" && test(v);
  };
}

function rulesPackageTest(patterns: Patterns): Check {
  const test = compilePatterns(patterns);
  return (f) =>
    (typeof f.rulesPackageName === "string" && test(f.rulesPackageName)) ||
    (typeof f.rulesPackageArn === "string" && test(f.rulesPackageArn));
}

/** Some attribute with this key has a value (absent: "") the patterns match; keys may repeat. */
function attributeTest(user: boolean, key: string, patterns: Patterns): Check {
  const test = compilePatterns(patterns);
  return (f) => {
    const list = (user ? f.userAttributes : f.attributes) ?? NO_ATTRIBUTES;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (a.key === key && test(a.value ?? "")) return true;
    }
    return false;
  };
}

/** A number within the bounds; a missing number, or NaN, never is. */
function rangeTest(read: (f: Finding) => number | undefined, range: NumberRange): Check {
  const min = range.min ?? Number.NEGATIVE_INFINITY;
  const max = range.max ?? Number.POSITIVE_INFINITY;
  return (f) => {
    const v = read(f);
    return typeof v === "number" && v >= min && v <= max;
  };
}

/** A field holding one of a few enum values. */
function oneOfTest(read: (f: Finding) => string | undefined, values: readonly string[]): Check {
  if (values.length === 1) {
    const only = values[0];
    return (f) => read(f) === only;
  }
  const set = new Set(values);
  return (f) => {
    const v = read(f);
    return v !== undefined && set.has(v);
  };
}

/**
 * `kev: true` holds for a finding in CISA's catalog; `kev: false` for one looked up and not in it, or an
 * Inspector (v2) finding that names no package vulnerability (KEV lists vulnerabilities: it cannot be in
 * it). A package-vulnerability finding never looked up fails both, and is undecided (KIND_V2_NO_KEV).
 */
function kevTest(want: boolean): Check {
  if (want) return (f) => f.kev === true;
  return (f) =>
    f.kev === false ||
    (f.kev === undefined && f.packageVulnerabilityDetails === undefined && isInspector2(f));
}

/** A Classic finding's flag, absent meaning false; never an Inspector (v2) finding's (it has none). */
function indicatorTest(want: boolean): Check {
  if (want) return (f) => f.indicatorOfCompromise === true;
  return (f) => f.indicatorOfCompromise !== true && !isInspector2(f);
}

/** Some vulnerable package matches every field given. */
function packageTest(match: PackageMatch): Check {
  const name = match.name !== undefined ? compilePatterns(match.name) : undefined;
  const version = match.version !== undefined ? compilePatterns(match.version) : undefined;
  const one = (p: VulnerablePackage) =>
    (name === undefined || name(p.name)) && (version === undefined || version(p.version));
  return (f) => {
    const list = f.packageVulnerabilityDetails?.vulnerablePackages;
    if (list === undefined) return false;
    for (let i = 0; i < list.length; i++) if (one(list[i]!)) return true;
    return false;
  };
}

function optionalTest(patterns: Patterns | undefined): StringTest | undefined {
  return patterns === undefined ? undefined : compilePatterns(patterns);
}

/** Some resource matches every field given. */
function resourceTest(match: ResourceMatch): Check {
  const types = match.type !== undefined ? new Set<string>(match.type) : undefined;
  const id = optionalTest(match.id);
  const repository = optionalTest(match.ecrRepository);
  const imageTag = optionalTest(match.ecrImageTag);
  const fn = optionalTest(match.lambdaFunction);
  const tags = match.tags !== undefined ? Object.keys(match.tags) : [];
  const tagTests = tags.map((key) => compilePatterns(match.tags![key]!));
  const one = (r: Resource): boolean => {
    if (types !== undefined && !types.has(r.type)) return false;
    if (id !== undefined && !id(r.id)) return false;
    const image = r.details?.awsEcrContainerImage;
    if (repository !== undefined && (image === undefined || !repository(image.repositoryName))) return false;
    if (imageTag !== undefined && !(image?.imageTags ?? []).some(imageTag)) return false;
    const lambda = r.details?.awsLambdaFunction;
    if (fn !== undefined && (lambda === undefined || !fn(lambda.functionName))) return false;
    for (let i = 0; i < tags.length; i++) {
      const own = r.tags;
      const key = tags[i]!;
      if (own === undefined || !Object.hasOwn(own, key) || !tagTests[i]!(own[key]!)) return false;
    }
    return true;
  };
  return (f) => {
    const list = f.resources;
    if (list === undefined) return false;
    for (let i = 0; i < list.length; i++) if (one(list[i]!)) return true;
    return false;
  };
}

interface Cond {
  readonly key: ConditionKey;
  readonly check: Check;
}

/** Every condition of a match as checks, cheapest first (scalars, strings, lists, the title last). */
function condsOf(match: Match): Cond[] {
  const conds: Cond[] = [];
  const add = (key: ConditionKey, check: Check) => conds.push({ key, check });
  if (match.indicatorOfCompromise !== undefined) {
    add("indicator-of-compromise", indicatorTest(match.indicatorOfCompromise));
  }
  if (match.numericSeverity !== undefined) {
    add(
      "numeric-severity",
      rangeTest((f) => f.numericSeverity, match.numericSeverity),
    );
  }
  if (match.confidence !== undefined)
    add(
      "confidence",
      rangeTest((f) => f.confidence, match.confidence),
    );
  if (match.findingType !== undefined)
    add(
      "finding-type",
      oneOfTest((f) => f.type, match.findingType),
    );
  if (match.fixAvailable !== undefined) {
    add(
      "fix-available",
      oneOfTest((f) => f.fixAvailable, match.fixAvailable),
    );
  }
  if (match.exploitAvailable !== undefined) {
    add(
      "exploit-available",
      oneOfTest((f) => f.exploitAvailable, match.exploitAvailable),
    );
  }
  if (match.kev !== undefined) add("kev", kevTest(match.kev));
  if (match.epss !== undefined)
    add(
      "epss",
      rangeTest((f) => f.epss?.score, match.epss),
    );
  if (match.inspectorScore !== undefined) {
    add(
      "inspector-score",
      rangeTest((f) => f.inspectorScore, match.inspectorScore),
    );
  }
  for (const { name, patterns, condition } of fieldConditions(match)) {
    if (name !== "title") add(condition, fieldTest(name, patterns));
  }
  if (match.rulesPackage !== undefined) add("rules-package", rulesPackageTest(match.rulesPackage));
  for (const [user, map] of [
    [false, match.attributes],
    [true, match.userAttributes],
  ] as const) {
    if (map === undefined) continue;
    const key = user ? "user-attributes" : "attributes";
    for (const name of Object.keys(map)) add(key, attributeTest(user, name, map[name]!));
  }
  if (match.package !== undefined) add("package", packageTest(match.package));
  if (match.resource !== undefined) add("resource", resourceTest(match.resource));
  if (match.title !== undefined) add("title", fieldTest("title", match.title));
  return conds;
}

/** Compiles a match into one predicate, and what tells an undecided finding apart. */
export function compileMatch(match: Match): CompiledMatch {
  const severityMask = severityMaskOf(match);
  const conds = condsOf(match);
  const keys = [...new Set(conds.map((c) => c.key))];
  const slots = conds.map((c) => keys.indexOf(c.key));
  const absent = conds.map((c) => absentKinds(c.key));
  const unsure = conds.map((c) => unsureKinds(c.key));
  let unsureAll = 0;
  for (let i = 0; i < conds.length; i++) unsureAll |= absent[i]! | unsure[i]!;
  const checks = conds.map((c) => c.check);
  /** -1: some condition is false; 0: all hold; 1: none false, some undecided. */
  const status = (f: Finding, kind: number, counts?: Uint32Array): number => {
    let unknown = 0;
    let seen = 0;
    for (let i = 0; i < checks.length; i++) {
      let undecided = ((absent[i]! >> kind) & 1) === 1;
      if (!undecided) {
        if (checks[i]!(f)) continue;
        if (((unsure[i]! >> kind) & 1) === 0) return -1;
        undecided = true;
      }
      unknown = 1;
      const slot = slots[i]!;
      if (counts !== undefined && ((seen >> slot) & 1) === 0) {
        seen |= 1 << slot;
        counts[slot * FINDING_KINDS + kind]!++;
      }
    }
    return unknown;
  };
  return {
    severityMask,
    test: allOf(severityMask, checks),
    unsureKinds: unsureAll,
    undecided: (f, rank, kind) => ((severityMask >> rank) & 1) === 1 && status(f, kind) === 1,
    conditions: keys,
    explain: (f, kind, counts) => {
      status(f, kind, counts);
    },
  };
}

/** The severity bit, then every check in turn (the common short cases without a loop: 5% of an evaluation). */
function allOf(severityMask: number, checks: readonly Check[]): FindingTest {
  const [a, b, c] = checks;
  switch (checks.length) {
    case 0:
      return (_f, rank) => ((severityMask >> rank) & 1) === 1;
    case 1:
      return (f, rank) => ((severityMask >> rank) & 1) === 1 && a!(f);
    case 2:
      return (f, rank) => ((severityMask >> rank) & 1) === 1 && a!(f) && b!(f);
    case 3:
      return (f, rank) => ((severityMask >> rank) & 1) === 1 && a!(f) && b!(f) && c!(f);
    default:
      return (f, rank) => {
        if (((severityMask >> rank) & 1) === 0) return false;
        for (let i = 0; i < checks.length; i++) if (!checks[i]!(f)) return false;
        return true;
      };
  }
}

// ---------------------------------------------------------------------------------------------------
// The compiled policy

export interface CompiledRule {
  readonly kind: "rule";
  /** Position among all indexed items (rules, then exceptions). */
  readonly slot: number;
  /** Position in policy.rules. */
  readonly index: number;
  readonly id: string;
  readonly match: CompiledMatch;
}

export interface CompiledException {
  readonly kind: "exception";
  readonly slot: number;
  /** Position in policy.exceptions. */
  readonly index: number;
  readonly id: string;
  readonly match: CompiledMatch;
  /** Applies to the severity limits. */
  readonly severity: boolean;
  /** Indexes of the rules it applies to (every rule when appliesTo is absent). */
  readonly rules: ReadonlySet<number> | "all";
}

export type CompiledItem = CompiledRule | CompiledException;

export interface CompiledPolicy {
  readonly rules: readonly CompiledRule[];
  readonly exceptions: readonly CompiledException[];
  /** One index over rules and exceptions, so a finding's values are looked up once for both. */
  readonly index: MatchIndex<CompiledItem>;
  /** Unindexed rules and exceptions by severity rank. */
  readonly openRules: readonly (readonly CompiledRule[])[];
  readonly openExceptions: readonly (readonly CompiledException[])[];
  /** limitByRank[r]: index into policy.severityLimits, or -1. */
  readonly limitByRank: readonly number[];
}

const compiled = new WeakMap<Policy, CompiledPolicy>();

/** Compiles a policy once; later calls with the same Policy object reuse the result. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiled.get(policy);
  if (cached) return cached;
  const rules = policy.rules.map(
    (rule, index): CompiledRule => ({
      kind: "rule",
      slot: index,
      index,
      id: rule.id,
      match: compileMatch(rule.match),
    }),
  );
  const ruleIds = new Map(policy.rules.map((r, i) => [r.id, i]));
  const exceptions = policy.exceptions.map((exception, index): CompiledException => {
    const applies = exception.appliesTo;
    return {
      kind: "exception",
      slot: rules.length + index,
      index,
      id: exception.id,
      match: compileMatch(exception.match),
      severity: applies === undefined || applies.includes("severity"),
      rules:
        applies === undefined
          ? "all"
          : new Set(applies.flatMap((id) => (ruleIds.has(id) ? [ruleIds.get(id)!] : []))),
    };
  });
  const index = buildIndex<CompiledItem>(
    [...rules, ...exceptions],
    [...policy.rules.map((r) => r.match), ...policy.exceptions.map((e) => e.match)],
  );
  const result: CompiledPolicy = {
    rules,
    exceptions,
    index,
    openRules: index.open.map((items) => items.filter((i): i is CompiledRule => i.kind === "rule")),
    openExceptions: index.open.map((items) =>
      items.filter((i): i is CompiledException => i.kind === "exception"),
    ),
    limitByRank: SEVERITIES.map((s) => policy.severityLimits.findIndex((l) => l.severity === s)),
  };
  compiled.set(policy, result);
  return result;
}
