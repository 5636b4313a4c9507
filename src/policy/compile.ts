/**
 * Policy -> predicates, compiled once per policy. Each rule's and exception's conditions become one
 * closure (the severity bit first, then scalar tests, then lists); an index by the exact values or
 * literal prefixes a condition requires tells the evaluator which rules and exceptions a finding can
 * match at all, so a finding is tested against those and the few with nothing to file them under.
 * The fetch plan (what may be filtered server-side) is in plan.ts.
 */
import { type Attribute, type Finding, SEVERITIES, SEVERITY_RANK, severityRank } from "../model.js";
import { compilePatterns, literalsOf, prefixesOf } from "./patterns.js";
import type { Match, NumberRange, Patterns, Policy } from "./types.js";

/** A compiled condition set. `rank` is rankOf(finding.severity), computed once per finding. */
export type FindingTest = (finding: Finding, rank: number) => boolean;

export interface CompiledMatch {
  /** Bit r set when a finding of severity rank r can match. */
  readonly severityMask: number;
  readonly test: FindingTest;
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
// One match -> one closure

type Check = (f: Finding) => boolean;

/** The finding's string fields a condition can look at. */
const FIELDS = {
  id: (f: Finding) => f.id,
  title: (f: Finding) => f.title,
  agentId: (f: Finding) => f.asset?.agentId,
  hostname: (f: Finding) => f.asset?.hostname,
  autoScalingGroup: (f: Finding) => f.asset?.autoScalingGroup,
  amiId: (f: Finding) => f.asset?.amiId,
  rulesPackageName: (f: Finding) => f.rulesPackageName,
  rulesPackageArn: (f: Finding) => f.rulesPackageArn,
} as const;
type FieldName = keyof typeof FIELDS;

/** The patterns a match gives for each string field (the rules package is two fields, either may match). */
function fieldConditions(match: Match): [FieldName, Patterns][] {
  const out: [FieldName, Patterns][] = [];
  const add = (name: FieldName, patterns: Patterns | undefined) => {
    if (patterns !== undefined) out.push([name, patterns]);
  };
  add("id", match.id);
  add("agentId", match.asset?.agentId);
  add("hostname", match.asset?.hostname);
  add("amiId", match.asset?.amiId);
  add("autoScalingGroup", match.asset?.autoScalingGroup);
  add("title", match.title);
  return out;
}

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

/** Compiles a match into one predicate: the severity bit first, then scalar tests, then attribute lists and the title. */
export function compileMatch(match: Match): CompiledMatch {
  const severityMask = severityMaskOf(match);
  const checks: Check[] = [];
  if (match.indicatorOfCompromise !== undefined) {
    const want = match.indicatorOfCompromise;
    checks.push((f) => (f.indicatorOfCompromise ?? false) === want);
  }
  if (match.numericSeverity !== undefined) {
    checks.push(rangeTest((f) => f.numericSeverity, match.numericSeverity));
  }
  if (match.confidence !== undefined) checks.push(rangeTest((f) => f.confidence, match.confidence));
  const fields = fieldConditions(match);
  for (const [name, patterns] of fields) if (name !== "title") checks.push(fieldTest(name, patterns));
  if (match.rulesPackage !== undefined) checks.push(rulesPackageTest(match.rulesPackage));
  for (const [user, map] of [
    [false, match.attributes],
    [true, match.userAttributes],
  ] as const) {
    if (map === undefined) continue;
    for (const key of Object.keys(map)) checks.push(attributeTest(user, key, map[key]!));
  }
  if (match.title !== undefined) checks.push(fieldTest("title", match.title));
  return { severityMask, test: allOf(severityMask, checks) };
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
// The value index

/**
 * Where an item is filed: a condition that requires one of a few exact values (or literal prefixes),
 * read from a place a finding's own value can be looked up by: an attribute key, or string fields. Only
 * a finding with such a value can match the item, so the others never test it. A necessary condition
 * only: every item the index yields is still tested in full.
 */
interface Handle {
  readonly where: "attributes" | "userAttributes" | "fields";
  /** The attribute key, or the fields (the rules package is either its name or its ARN). */
  readonly names: readonly string[];
  readonly kind: "exact" | "prefix";
  readonly values: readonly string[];
}

/**
 * The condition most likely to tell findings apart: exact values before literal prefixes; then an
 * attribute (CVE ids, rule ids), then the string fields (id, agent, host, AMI, group, title), then the
 * rules package. Undefined when no condition offers values: the item is then tested against every
 * finding of a severity it allows.
 */
function handleOf(match: Match): Handle | undefined {
  const places: [Handle["where"], readonly string[], Patterns][] = [];
  for (const where of ["attributes", "userAttributes"] as const) {
    const map = match[where];
    if (map !== undefined) for (const key of Object.keys(map)) places.push([where, [key], map[key]!]);
  }
  for (const [name, patterns] of fieldConditions(match)) places.push(["fields", [name], patterns]);
  if (match.rulesPackage !== undefined) {
    places.push(["fields", ["rulesPackageName", "rulesPackageArn"], match.rulesPackage]);
  }
  for (const [kind, valuesOf] of [
    ["exact", literalsOf],
    ["prefix", prefixesOf],
  ] as const) {
    for (const [where, names, patterns] of places) {
      const values = valuesOf(patterns);
      if (values !== undefined) return { where, names, kind, values };
    }
  }
  return undefined;
}

/** Items filed under the values of one place: exact values, and literal prefixes by their length. */
interface ValueTable<T> {
  readonly exact: Map<string, T[]>;
  readonly prefixLengths: number[];
  readonly byPrefix: Map<string, T[]>[];
}

export interface MatchIndex<T> {
  /** Attribute key -> its table. */
  readonly attributes: ReadonlyMap<string, ValueTable<T>>;
  readonly userAttributes: ReadonlyMap<string, ValueTable<T>>;
  readonly fields: readonly {
    readonly read: (f: Finding) => string | undefined;
    readonly table: ValueTable<T>;
  }[];
  /** Items with no handle, by severity rank (only those whose severity mask allows the rank). */
  readonly open: readonly (readonly T[])[];
  /** True when nothing is filed (only open items). */
  readonly empty: boolean;
}

function put<T>(map: Map<string, T[]>, value: string, item: T): void {
  const list = map.get(value);
  if (list === undefined) map.set(value, [item]);
  else if (!list.includes(item)) list.push(item);
}

function fileUnder<T>(table: ValueTable<T>, handle: Handle, item: T): void {
  for (const value of handle.values) {
    if (handle.kind === "exact") put(table.exact, value, item);
    else {
      let i = table.prefixLengths.indexOf(value.length);
      if (i < 0) i = table.prefixLengths.push(value.length) - 1;
      table.byPrefix[i] ??= new Map();
      put(table.byPrefix[i]!, value, item);
    }
  }
}

export function buildIndex<T extends { readonly match: CompiledMatch }>(
  items: readonly T[],
  matches: readonly Match[],
): MatchIndex<T> {
  const tables = {
    attributes: new Map<string, ValueTable<T>>(),
    userAttributes: new Map<string, ValueTable<T>>(),
    fields: new Map<string, ValueTable<T>>(),
  };
  const open: T[] = [];
  items.forEach((item, i) => {
    const handle = handleOf(matches[i]!);
    if (handle === undefined) {
      open.push(item);
      return;
    }
    for (const name of handle.names) {
      let table = tables[handle.where].get(name);
      if (table === undefined) {
        table = { exact: new Map(), prefixLengths: [], byPrefix: [] };
        tables[handle.where].set(name, table);
      }
      fileUnder(table, handle, item);
    }
  });
  return {
    attributes: tables.attributes,
    userAttributes: tables.userAttributes,
    fields: [...tables.fields].map(([name, table]) => ({ read: FIELDS[name as FieldName], table })),
    open: SEVERITIES.map((_, rank) => open.filter((item) => ((item.match.severityMask >> rank) & 1) === 1)),
    empty: items.length === open.length,
  };
}

function take<T extends { readonly slot: number }>(
  list: readonly T[] | undefined,
  out: T[],
  n: number,
  seen: Int32Array,
  stamp: number,
): number {
  if (list === undefined) return n;
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    if (seen[item.slot] !== stamp) {
      seen[item.slot] = stamp;
      out[n++] = item;
    }
  }
  return n;
}

function lookUp<T extends { readonly slot: number }>(
  table: ValueTable<T>,
  value: string,
  out: T[],
  n: number,
  seen: Int32Array,
  stamp: number,
): number {
  if (table.exact.size > 0) n = take(table.exact.get(value), out, n, seen, stamp);
  const lengths = table.prefixLengths;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (value.length >= length) n = take(table.byPrefix[i]!.get(value.slice(0, length)), out, n, seen, stamp);
  }
  return n;
}

function lookUpAttributes<T extends { readonly slot: number }>(
  byKey: ReadonlyMap<string, ValueTable<T>>,
  list: readonly Attribute[],
  out: T[],
  n: number,
  seen: Int32Array,
  stamp: number,
): number {
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const table = byKey.get(a.key);
    if (table !== undefined) n = lookUp(table, a.value ?? "", out, n, seen, stamp);
  }
  return n;
}

/**
 * Collects the filed items a finding's values lead to into `out` (from position 0), each at most once
 * (`seen[item.slot] === stamp` marks those already collected). Returns how many there are.
 */
export function collect<T extends { readonly slot: number }>(
  index: MatchIndex<T>,
  finding: Finding,
  out: T[],
  seen: Int32Array,
  stamp: number,
): number {
  let n = 0;
  if (index.attributes.size > 0) {
    n = lookUpAttributes(index.attributes, finding.attributes ?? NO_ATTRIBUTES, out, n, seen, stamp);
  }
  if (index.userAttributes.size > 0) {
    n = lookUpAttributes(index.userAttributes, finding.userAttributes ?? NO_ATTRIBUTES, out, n, seen, stamp);
  }
  for (let i = 0; i < index.fields.length; i++) {
    const field = index.fields[i]!;
    const value = field.read(finding);
    if (typeof value === "string") n = lookUp(field.table, value, out, n, seen, stamp);
  }
  return n;
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
