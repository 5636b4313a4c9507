/**
 * Policy -> predicates, compiled once per policy (globs and regexes ahead of time, cheapest test first).
 * The fetch plan (what may be filtered server-side) is in plan.ts.
 */
import { type Attribute, type Finding, SEVERITIES, severityRank } from "../model.js";
import {
  compilePatterns,
  keyDecides,
  keyOf,
  literalsOf,
  type PatternKey,
  shapeOf,
  toList,
} from "./patterns.js";
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

/** Rank of a severity (SEVERITY_RANK); an unknown severity counts as Undefined (0) rather than throwing. */
export const rankOf: (severity: string) => number = severityRank;

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

type Check = (f: Finding) => boolean;

/** One string field of the finding (or its asset): direct property reads, no getter closure. */
type StringField = "id" | "title" | "agentId" | "hostname" | "autoScalingGroup" | "amiId";

function fieldTest(field: StringField, patterns: Patterns): Check {
  const test = compilePatterns(patterns);
  switch (field) {
    case "id":
      return (f) => typeof f.id === "string" && test(f.id);
    case "title":
      return (f) => typeof f.title === "string" && test(f.title);
    case "agentId":
      return (f) => typeof f.asset?.agentId === "string" && test(f.asset.agentId);
    case "hostname":
      return (f) => typeof f.asset?.hostname === "string" && test(f.asset.hostname);
    case "autoScalingGroup":
      return (f) => typeof f.asset?.autoScalingGroup === "string" && test(f.asset.autoScalingGroup);
    case "amiId":
      return (f) => typeof f.asset?.amiId === "string" && test(f.asset.amiId);
  }
}

function attributeTest(user: boolean, key: string, patterns: Patterns): Check {
  const literals = literalsOf(patterns);
  if (literals !== undefined && literals.length === 1) {
    const only = literals[0]!;
    return (f) => {
      const list = (user ? f.userAttributes : f.attributes) ?? NO_ATTRIBUTES;
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        if (a.key === key && (a.value ?? "") === only) return true;
      }
      return false;
    };
  }
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

function rangeTest(field: "numericSeverity" | "confidence", range: NumberRange): Check {
  const min = range.min ?? Number.NEGATIVE_INFINITY;
  const max = range.max ?? Number.POSITIVE_INFINITY;
  return field === "numericSeverity"
    ? (f) => typeof f.numericSeverity === "number" && f.numericSeverity >= min && f.numericSeverity <= max
    : (f) => typeof f.confidence === "number" && f.confidence >= min && f.confidence <= max;
}

/** Compiles a match into one predicate: severity bit test first, then cheap scalar tests, then lists. */
export function compileMatch(match: Match): CompiledMatch {
  return compileMatchWithout(match, undefined);
}

/** Whether the condition a handle stands for is the one named (`where`, `name`). */
function omits(omit: Handle | undefined, where: Handle["where"], name?: string): boolean {
  if (omit === undefined || omit.where !== where) return false;
  return omit.where === "rulesPackage" || omit.name === name;
}

/**
 * compileMatch without the condition `omit` stands for (undefined: without none). Only for items found
 * through that handle in the index, when the handle decides the condition (see indexedTestOf).
 */
function compileMatchWithout(match: Match, omit: Handle | undefined): CompiledMatch {
  const severityMask = severityMaskOf(match);
  const cheap: Check[] = [];
  const costly: Check[] = [];
  if (match.indicatorOfCompromise !== undefined) {
    const want = match.indicatorOfCompromise;
    cheap.push((f) => (f.indicatorOfCompromise ?? false) === want);
  }
  if (match.numericSeverity !== undefined) cheap.push(rangeTest("numericSeverity", match.numericSeverity));
  if (match.confidence !== undefined) cheap.push(rangeTest("confidence", match.confidence));
  if (match.id !== undefined && !omits(omit, "field", "id")) cheap.push(fieldTest("id", match.id));
  if (match.asset !== undefined) {
    const a = match.asset;
    if (a.agentId !== undefined && !omits(omit, "field", "agentId"))
      cheap.push(fieldTest("agentId", a.agentId));
    if (a.autoScalingGroup !== undefined && !omits(omit, "field", "autoScalingGroup"))
      cheap.push(fieldTest("autoScalingGroup", a.autoScalingGroup));
    if (a.amiId !== undefined && !omits(omit, "field", "amiId")) cheap.push(fieldTest("amiId", a.amiId));
    if (a.hostname !== undefined && !omits(omit, "field", "hostname"))
      cheap.push(fieldTest("hostname", a.hostname));
  }
  if (match.rulesPackage !== undefined && !omits(omit, "rulesPackage")) {
    const test = compilePatterns(match.rulesPackage);
    cheap.push(
      (f) =>
        (typeof f.rulesPackageName === "string" && test(f.rulesPackageName)) ||
        (typeof f.rulesPackageArn === "string" && test(f.rulesPackageArn)),
    );
  }
  if (match.attributes !== undefined) {
    for (const key of Object.keys(match.attributes)) {
      if (!omits(omit, "attributes", key)) costly.push(attributeTest(false, key, match.attributes[key]!));
    }
  }
  if (match.userAttributes !== undefined) {
    for (const key of Object.keys(match.userAttributes)) {
      if (!omits(omit, "userAttributes", key))
        costly.push(attributeTest(true, key, match.userAttributes[key]!));
    }
  }
  if (match.title !== undefined && !omits(omit, "field", "title"))
    costly.push(fieldTest("title", match.title));
  const checks = [...cheap, ...costly];
  let test: FindingTest;
  if (checks.length === 0) {
    test = (_f, rank) => ((severityMask >> rank) & 1) === 1;
  } else if (checks.length === 1) {
    const only = checks[0]!;
    test = (f, rank) => ((severityMask >> rank) & 1) === 1 && only(f);
  } else if (checks.length === 2) {
    const [a, b] = checks as [Check, Check];
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

// ---------------------------------------------------------------------------------------------------
// Fused tests

/**
 * compileMatchWithout as one generated function: the severity bit test and every condition inline, in
 * the same order with the same semantics, so that testing a rule costs one call rather than one per
 * condition. The generated source is auditable: it holds only code written here, with every literal
 * from the policy (attribute keys, exact values, affixes, numbers) escaped by JSON.stringify; patterns
 * with no simple shape (regexes, `?`, inner stars) and sets of exact values are passed in compiled, as
 * closures and Sets, never as text. Where the runtime forbids generating code, the closures of
 * compileMatchWithout are used instead.
 */
function fuseMatch(match: Match, omit: Handle | undefined): FindingTest {
  const consts: unknown[] = [];
  const ref = (value: unknown) => {
    consts.push(value);
    return `k[${consts.length - 1}]`;
  };
  const lit = (value: string | number | boolean) => JSON.stringify(value);
  /** An expression true when the string variable `v` matches the patterns (compilePatterns' semantics). */
  const test = (patterns: Patterns, v: string): string => {
    const shapes = toList(patterns).map(shapeOf);
    if (shapes.some((shape) => shape?.kind === "any")) return "true";
    if (!shapes.every((shape) => shape !== undefined)) return `${ref(compilePatterns(patterns))}(${v})`;
    const exact = new Set<string>();
    const parts: string[] = [];
    for (const shape of shapes) {
      if (shape.kind === "exact") exact.add(shape.text);
      else if (shape.kind === "prefix") parts.push(`${v}.startsWith(${lit(shape.text)})`);
      else if (shape.kind === "suffix") parts.push(`${v}.endsWith(${lit(shape.text)})`);
      else if (shape.kind === "infix") parts.push(`${v}.includes(${lit(shape.text)})`);
    }
    if (exact.size === 1) parts.unshift(`${v} === ${lit([...exact][0]!)}`);
    else if (exact.size > 1) parts.unshift(`${ref(exact)}.has(${v})`);
    return parts.length === 1 ? parts[0]! : `(${parts.join(" || ")})`;
  };
  const field = (read: string, patterns: Patterns) =>
    `{ const v = ${read}; if (typeof v !== "string" || !(${test(patterns, "v")})) return false; }`;
  const range = (read: string, r: NumberRange) => {
    const bounds: string[] = [];
    if (r.min !== undefined)
      bounds.push(Number.isFinite(r.min) ? `v >= ${lit(r.min)}` : `v >= ${ref(r.min)}`);
    if (r.max !== undefined)
      bounds.push(Number.isFinite(r.max) ? `v <= ${lit(r.max)}` : `v <= ${ref(r.max)}`);
    // NaN fails every comparison, as in rangeTest; an open range still refuses NaN there.
    if (bounds.length === 0) bounds.push("v === v");
    return `{ const v = ${read}; if (typeof v !== "number" || !(${bounds.join(" && ")})) return false; }`;
  };
  const attribute = (list: string, key: string, patterns: Patterns) =>
    `{ const l = ${list} ?? E; let ok = false;
  for (let i = 0; i < l.length; i++) { const a = l[i]; if (a.key === ${lit(key)}) { const v = a.value ?? ""; if (${test(patterns, "v")}) { ok = true; break; } } }
  if (!ok) return false; }`;

  const code: string[] = [`if (((${severityMaskOf(match)} >> rank) & 1) === 0) return false;`];
  const costly: string[] = [];
  if (match.indicatorOfCompromise !== undefined) {
    const want = match.indicatorOfCompromise;
    code.push(
      `if ((f.indicatorOfCompromise ?? false) !== ${typeof want === "boolean" ? lit(want) : ref(want)}) return false;`,
    );
  }
  if (match.numericSeverity !== undefined) code.push(range("f.numericSeverity", match.numericSeverity));
  if (match.confidence !== undefined) code.push(range("f.confidence", match.confidence));
  if (match.id !== undefined && !omits(omit, "field", "id")) code.push(field("f.id", match.id));
  const a = match.asset;
  if (a !== undefined) {
    if (a.agentId !== undefined && !omits(omit, "field", "agentId")) {
      code.push(field("f.asset?.agentId", a.agentId));
    }
    if (a.autoScalingGroup !== undefined && !omits(omit, "field", "autoScalingGroup")) {
      code.push(field("f.asset?.autoScalingGroup", a.autoScalingGroup));
    }
    if (a.amiId !== undefined && !omits(omit, "field", "amiId")) code.push(field("f.asset?.amiId", a.amiId));
    if (a.hostname !== undefined && !omits(omit, "field", "hostname")) {
      code.push(field("f.asset?.hostname", a.hostname));
    }
  }
  if (match.rulesPackage !== undefined && !omits(omit, "rulesPackage")) {
    const p = match.rulesPackage;
    code.push(`{ const n = f.rulesPackageName; const r = f.rulesPackageArn;
  if (!((typeof n === "string" && ${test(p, "n")}) || (typeof r === "string" && ${test(p, "r")}))) return false; }`);
  }
  if (match.attributes !== undefined) {
    for (const key of Object.keys(match.attributes)) {
      if (!omits(omit, "attributes", key))
        costly.push(attribute("f.attributes", key, match.attributes[key]!));
    }
  }
  if (match.userAttributes !== undefined) {
    for (const key of Object.keys(match.userAttributes)) {
      if (!omits(omit, "userAttributes", key)) {
        costly.push(attribute("f.userAttributes", key, match.userAttributes[key]!));
      }
    }
  }
  if (match.title !== undefined && !omits(omit, "field", "title")) costly.push(field("f.title", match.title));
  const source = `"use strict";\nreturn function fusedTest(f, rank) {\n${[...code, ...costly].join("\n")}\nreturn true;\n};`;
  try {
    return new Function("k", "E", source)(consts, NO_ATTRIBUTES) as FindingTest;
  } catch (error) {
    // Code generation from strings disallowed (--disallow-code-generation-from-strings): same tests, as closures.
    if (error instanceof EvalError) return compileMatchWithout(match, omit).test;
    throw error;
  }
}

export interface CompiledRule {
  readonly kind: "rule";
  /** Position among all indexed items (rules, then exceptions). */
  readonly slot: number;
  /** Position in policy.rules. */
  readonly index: number;
  readonly id: string;
  readonly match: CompiledMatch;
  /** match.test for the rule found through the index: without the condition its handle already decided. */
  readonly indexedTest: FindingTest;
}

export interface CompiledException {
  readonly kind: "exception";
  readonly slot: number;
  /** Position in policy.exceptions. */
  readonly index: number;
  readonly id: string;
  readonly match: CompiledMatch;
  /** match.test for the exception found through the index (see CompiledRule.indexedTest). */
  readonly indexedTest: FindingTest;
  /** Applies to the severity limits. */
  readonly severity: boolean;
  /** Indexes of the rules it applies to (every rule when appliesTo is absent). */
  readonly rules: ReadonlySet<number> | "all";
}

// ---------------------------------------------------------------------------------------------------
// Candidate index

/** Items (rules or exceptions) filed under the values of one field that they require. */
export interface FieldIndex<T> {
  readonly exact: Map<string, T[]>;
  /**
   * Values seen before -> the items their prefixes and suffixes led to (values repeat a lot: agents,
   * scores, rule ids), so a repeated value costs one lookup. Bounded by MEMO_LIMIT entries.
   */
  readonly memo: Map<string, readonly T[]>;
  /** Memo statistics: it switches itself off for fields whose values rarely repeat (finding ids). */
  memoLookups: number;
  memoHits: number;
  memoOff: boolean;
  /** One table per prefix length: prefix -> items. */
  readonly prefix: AffixTable<T>[];
  /** One table per suffix length: suffix -> items. */
  readonly suffix: AffixTable<T>[];
}

/**
 * Items filed under literal prefixes (or suffixes) of one length. A value is looked up in place, without
 * slicing its affix into a new string: each of its code units is checked against those the affixes have
 * at that position (most values fail here, at the first character that no affix has), then the affix
 * is hashed where it stands and the hash looked up.
 */
export interface AffixTable<T> {
  readonly length: number;
  /** Affix -> items. */
  readonly map: Map<string, T[]>;
  /**
   * allowed[p * 129 + c] is 1 when some affix has code unit c (< 128) at position p; slot 128 stands for
   * every code unit from 128 up. Filled by sealTable once every item is filed.
   */
  allowed: Uint8Array;
  /** affixHash(affix) -> the affixes with that hash and their items. Filled by sealTable. */
  readonly byHash: Map<number, { readonly affix: string; readonly items: T[] }[]>;
}

/** FNV-1a over `length` code units of `value` from `start`, kept within 30 bits (a small integer key). */
function affixHash(value: string, start: number, length: number): number {
  let h = 0x811c9dc5 | 0;
  const end = start + length;
  for (let i = start; i < end; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

function sealTable<T>(table: AffixTable<T>): void {
  const allowed = new Uint8Array(table.length * 129);
  table.byHash.clear();
  for (const [affix, items] of table.map) {
    for (let p = 0; p < affix.length; p++) allowed[p * 129 + Math.min(affix.charCodeAt(p), 128)] = 1;
    const h = affixHash(affix, 0, affix.length);
    const bucket = table.byHash.get(h);
    if (bucket === undefined) table.byHash.set(h, [{ affix, items }]);
    else bucket.push({ affix, items });
  }
  table.allowed = allowed;
}

/** The items filed under the value's prefix (or suffix) of the table's length. */
function affixGet<T>(table: AffixTable<T>, value: string, prefix: boolean): T[] | undefined {
  const length = table.length;
  if (value.length < length) return undefined;
  const start = prefix ? 0 : value.length - length;
  const allowed = table.allowed;
  let h = 0x811c9dc5 | 0;
  for (let p = 0; p < length; p++) {
    const c = value.charCodeAt(start + p);
    if (allowed[p * 129 + Math.min(c, 128)] === 0) return undefined;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const bucket = table.byHash.get(h & 0x3fffffff);
  if (bucket === undefined) return undefined;
  for (let i = 0; i < bucket.length; i++) {
    const entry = bucket[i]!;
    if (value.startsWith(entry.affix, start)) return entry.items;
  }
  return undefined;
}

/**
 * Items reachable by hash lookups. An item whose match requires one of a few exact values, a literal
 * prefix or a literal suffix of some field is filed under them, so a finding only tests the items its
 * own values point at (a necessary condition, never a sufficient one: the full test always follows).
 * The rest are "open" and tested for every finding of a severity they can match.
 */
export interface MatchIndex<T> {
  /** open[r]: unindexed items whose severity mask includes rank r, in policy order. */
  readonly open: readonly (readonly T[])[];
  readonly attributes: ReadonlyMap<string, FieldIndex<T>>;
  readonly userAttributes: ReadonlyMap<string, FieldIndex<T>>;
  /** The same as parallel arrays: a few keys are found faster by comparison than by hashing. */
  readonly attributeKeys: readonly string[];
  readonly attributeFields: readonly FieldIndex<T>[];
  readonly userAttributeKeys: readonly string[];
  readonly userAttributeFields: readonly FieldIndex<T>[];
  readonly fields: readonly {
    readonly get: (f: Finding) => string | undefined;
    readonly index: FieldIndex<T>;
  }[];
  /** True when nothing is indexed (only open items). */
  readonly empty: boolean;
}

type FieldName =
  | "id"
  | "title"
  | "agentId"
  | "hostname"
  | "amiId"
  | "autoScalingGroup"
  | "rulesPackageName"
  | "rulesPackageArn";

const FIELD_GETTERS: Readonly<Record<FieldName, (f: Finding) => string | undefined>> = {
  id: (f) => f.id,
  title: (f) => f.title,
  agentId: (f) => f.asset?.agentId,
  hostname: (f) => f.asset?.hostname,
  amiId: (f) => f.asset?.amiId,
  autoScalingGroup: (f) => f.asset?.autoScalingGroup,
  rulesPackageName: (f) => f.rulesPackageName,
  rulesPackageArn: (f) => f.rulesPackageArn,
};

function emptyFieldIndex<T>(): FieldIndex<T> {
  return {
    exact: new Map(),
    memo: new Map(),
    memoLookups: 0,
    memoHits: 0,
    memoOff: false,
    prefix: [],
    suffix: [],
  };
}

function fileUnder<T>(index: FieldIndex<T>, key: PatternKey, item: T): void {
  const put = (map: Map<string, T[]>, value: string) => {
    const list = map.get(value);
    if (list === undefined) map.set(value, [item]);
    else if (list.at(-1) !== item) list.push(item);
  };
  for (const value of key.values) {
    if (key.kind === "exact") put(index.exact, value);
    else {
      const tables = key.kind === "prefix" ? index.prefix : index.suffix;
      let table = tables.find((t) => t.length === value.length);
      if (table === undefined) {
        table = { length: value.length, map: new Map(), allowed: new Uint8Array(0), byHash: new Map() };
        tables.push(table);
      }
      put(table.map, value);
    }
  }
}

/**
 * How much a handle is expected to narrow the candidates: exact values beat a prefix, which beats a
 * suffix; then fields that tell findings apart (attributes, id, agent) beat fields shared by many
 * findings (Auto Scaling group, title); then longer literals beat shorter ones.
 */
const FIELD_WEIGHT: Readonly<Record<string, number>> = {
  attributes: 5,
  userAttributes: 5,
  id: 5,
  agentId: 5,
  hostname: 4,
  amiId: 3,
  title: 2,
  autoScalingGroup: 1,
};

function strength(key: PatternKey, field: string): number {
  const shortest = Math.min(...key.values.map((v) => v.length));
  const kind = key.kind === "exact" ? 3 : key.kind === "prefix" ? 2 : 1;
  return kind * 1000 + (FIELD_WEIGHT[field] ?? 0) * 100 + Math.min(shortest, 99);
}

type Handle =
  | { where: "attributes" | "userAttributes"; name: string; key: PatternKey }
  | { where: "field"; name: FieldName; key: PatternKey }
  | { where: "rulesPackage"; key: PatternKey };

/** The most selective condition of a match usable as an index key (the rules package only as a last resort). */
function handleOf(match: Match): Handle | undefined {
  let best: Handle | undefined;
  let bestStrength = -1;
  const consider = (handle: Handle) => {
    const s = strength(handle.key, handle.where === "field" ? handle.name : handle.where);
    if (s > bestStrength) {
      best = handle;
      bestStrength = s;
    }
  };
  for (const where of ["attributes", "userAttributes"] as const) {
    const map = match[where];
    if (map === undefined) continue;
    for (const name of Object.keys(map)) {
      const key = keyOf(map[name]!);
      if (key) consider({ where, name, key });
    }
  }
  const fields: [FieldName, Patterns | undefined][] = [
    ["id", match.id],
    ["agentId", match.asset?.agentId],
    ["hostname", match.asset?.hostname],
    ["amiId", match.asset?.amiId],
    ["autoScalingGroup", match.asset?.autoScalingGroup],
    ["title", match.title],
  ];
  for (const [name, patterns] of fields) {
    const key = patterns === undefined ? undefined : keyOf(patterns);
    if (key) consider({ where: "field", name, key });
  }
  if (best === undefined && match.rulesPackage !== undefined) {
    const key = keyOf(match.rulesPackage);
    if (key) best = { where: "rulesPackage", key };
  }
  return best;
}

export function buildIndex<T extends { readonly match: CompiledMatch }>(
  items: readonly T[],
  matches: readonly Match[],
): MatchIndex<T> {
  const attributes = new Map<string, FieldIndex<T>>();
  const userAttributes = new Map<string, FieldIndex<T>>();
  const fields = new Map<FieldName, FieldIndex<T>>();
  const fieldIndex = (name: FieldName) => {
    let index = fields.get(name);
    if (index === undefined) {
      index = emptyFieldIndex();
      fields.set(name, index);
    }
    return index;
  };
  const open: T[] = [];
  items.forEach((item, i) => {
    const handle = handleOf(matches[i]!);
    if (handle === undefined) {
      open.push(item);
    } else if (handle.where === "field") {
      fileUnder(fieldIndex(handle.name), handle.key, item);
    } else if (handle.where === "rulesPackage") {
      // The condition holds when the name or the ARN matches: file the item under both.
      fileUnder(fieldIndex("rulesPackageName"), handle.key, item);
      fileUnder(fieldIndex("rulesPackageArn"), handle.key, item);
    } else {
      const byKey = handle.where === "attributes" ? attributes : userAttributes;
      let index = byKey.get(handle.name);
      if (index === undefined) {
        index = emptyFieldIndex();
        byKey.set(handle.name, index);
      }
      fileUnder(index, handle.key, item);
    }
  });
  for (const index of [...attributes.values(), ...userAttributes.values(), ...fields.values()]) {
    for (const table of index.prefix) sealTable(table);
    for (const table of index.suffix) sealTable(table);
  }
  return {
    open: SEVERITIES.map((_, rank) => open.filter((item) => ((item.match.severityMask >> rank) & 1) === 1)),
    attributes,
    userAttributes,
    attributeKeys: [...attributes.keys()],
    attributeFields: [...attributes.values()],
    userAttributeKeys: [...userAttributes.keys()],
    userAttributeFields: [...userAttributes.values()],
    fields: [...fields.entries()].map(([name, index]) => ({ get: FIELD_GETTERS[name], index })),
    empty: attributes.size === 0 && userAttributes.size === 0 && fields.size === 0,
  };
}

function take<T extends { readonly slot: number }>(
  list: readonly T[],
  out: T[],
  n: number,
  seen: Int32Array,
  stamp: number,
): number {
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    if (seen[item.slot] !== stamp) {
      seen[item.slot] = stamp;
      out[n++] = item;
    }
  }
  return n;
}

const MEMO_LIMIT = 20_000;
const NONE: readonly never[] = [];

/** The items a value's prefixes and suffixes lead to (exact values excluded). */
function affixItems<T>(field: FieldIndex<T>, value: string): readonly T[] {
  let found: readonly T[] = NONE;
  let owned = false;
  for (let pass = 0; pass < 2; pass++) {
    const tables = pass === 0 ? field.prefix : field.suffix;
    for (let t = 0; t < tables.length; t++) {
      const list = affixGet(tables[t]!, value, pass === 0);
      if (list === undefined) continue;
      if (found.length === 0) found = list;
      else {
        if (!owned) {
          found = [...found];
          owned = true;
        }
        for (const item of list) if (!found.includes(item)) (found as T[]).push(item);
      }
    }
  }
  return found;
}

function visit<T extends { readonly slot: number }>(
  field: FieldIndex<T>,
  value: string,
  out: T[],
  from: number,
  seen: Int32Array,
  stamp: number,
): number {
  if (field.prefix.length === 0 && field.suffix.length === 0) {
    const exact = field.exact.get(value);
    return exact === undefined ? from : take(exact, out, from, seen, stamp);
  }
  if (field.exact.size === 0 && field.prefix.length + field.suffix.length === 1) {
    // One table: checking and hashing the affix in place costs less than a memo lookup, without the memo.
    const prefix = field.prefix.length === 1;
    const list = affixGet(prefix ? field.prefix[0]! : field.suffix[0]!, value, prefix);
    return list === undefined ? from : take(list, out, from, seen, stamp);
  }
  // With prefixes or suffixes, the memo holds everything a value leads to, exact matches included.
  let items: readonly T[] | undefined;
  if (field.memoOff) items = itemsFor(field, value);
  else {
    field.memoLookups++;
    items = field.memo.get(value);
    if (items !== undefined) field.memoHits++;
    else {
      items = itemsFor(field, value);
      if (field.memo.size < MEMO_LIMIT) field.memo.set(value, items);
      else if (field.memoHits * 2 < field.memoLookups) {
        field.memoOff = true;
        field.memo.clear();
      }
    }
  }
  return items.length > 0 ? take(items, out, from, seen, stamp) : from;
}

/** Every item a value leads to: exact, prefix and suffix tables. */
function itemsFor<T>(field: FieldIndex<T>, value: string): readonly T[] {
  const exact = field.exact.size > 0 ? field.exact.get(value) : undefined;
  const affix = affixItems(field, value);
  if (exact === undefined) return affix;
  if (affix.length === 0) return exact;
  return [...new Set([...exact, ...affix])];
}

function visitAttributes<T extends { readonly slot: number }>(
  list: readonly Attribute[],
  keys: readonly string[],
  fields: readonly FieldIndex<T>[],
  out: T[],
  from: number,
  seen: Int32Array,
  stamp: number,
): number {
  let n = from;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const key = a.key;
    for (let k = 0; k < keys.length; k++) {
      if (keys[k] === key) {
        n = visit(fields[k]!, a.value ?? "", out, n, seen, stamp);
        break;
      }
    }
  }
  return n;
}

/**
 * Collects the indexed items a finding's values point at into `out` (from position `from`), each at most
 * once (`seen[item.slot] === stamp` marks the ones already collected). Returns the new length.
 */
export function collect<T extends { readonly slot: number }>(
  index: MatchIndex<T>,
  finding: Finding,
  out: T[],
  from: number,
  seen: Int32Array,
  stamp: number,
): number {
  let n = from;
  if (index.attributeKeys.length > 0) {
    n = visitAttributes(
      finding.attributes ?? NO_ATTRIBUTES,
      index.attributeKeys,
      index.attributeFields,
      out,
      n,
      seen,
      stamp,
    );
  }
  if (index.userAttributeKeys.length > 0) {
    n = visitAttributes(
      finding.userAttributes ?? NO_ATTRIBUTES,
      index.userAttributeKeys,
      index.userAttributeFields,
      out,
      n,
      seen,
      stamp,
    );
  }
  for (let f = 0; f < index.fields.length; f++) {
    const entry = index.fields[f]!;
    const value = entry.get(finding);
    if (typeof value === "string") n = visit(entry.index, value, out, n, seen, stamp);
  }
  return n;
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

/**
 * The test for an item the index led to. buildIndex files each item under one handle (handleOf) and
 * looks it up only by values meeting that handle's key; when the key is the whole condition (exact
 * values, or literal prefixes or suffixes only: keyDecides), testing it again is redundant.
 */
function indexedTestOf(match: Match, test: FindingTest): FindingTest {
  const handle = handleOf(match);
  if (handle === undefined || !keyDecides(patternsOf(match, handle), handle.key)) return test;
  return fuseMatch(match, handle);
}

/** compileMatch with the test fused into one function (fuseMatch). */
function compileFused(match: Match): CompiledMatch {
  return { severityMask: severityMaskOf(match), test: fuseMatch(match, undefined) };
}

/** The patterns of the condition a handle was taken from. */
function patternsOf(match: Match, handle: Handle): Patterns {
  if (handle.where === "rulesPackage") return match.rulesPackage!;
  if (handle.where !== "field") return match[handle.where]![handle.name]!;
  switch (handle.name) {
    case "id":
      return match.id!;
    case "title":
      return match.title!;
    case "agentId":
      return match.asset!.agentId!;
    case "hostname":
      return match.asset!.hostname!;
    case "amiId":
      return match.asset!.amiId!;
    case "autoScalingGroup":
      return match.asset!.autoScalingGroup!;
    default:
      // rulesPackageName/Arn are filed only through a rulesPackage handle.
      return match.rulesPackage!;
  }
}

/** Compiles a policy once; later calls with the same Policy object reuse the result. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiled.get(policy);
  if (cached) return cached;
  const rules = policy.rules.map((rule, index): CompiledRule => {
    const match = compileFused(rule.match);
    return {
      kind: "rule",
      slot: index,
      index,
      id: rule.id,
      match,
      indexedTest: indexedTestOf(rule.match, match.test),
    };
  });
  const ruleIds = new Map(policy.rules.map((r, i) => [r.id, i]));
  const exceptions = policy.exceptions.map((exception, index): CompiledException => {
    const applies = exception.appliesTo;
    const match = compileFused(exception.match);
    return {
      kind: "exception",
      slot: rules.length + index,
      index,
      id: exception.id,
      match,
      indexedTest: indexedTestOf(exception.match, match.test),
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
