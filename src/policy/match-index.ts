/**
 * The value index: where a rule or an exception is filed by the exact values (or literal prefixes) one of
 * its conditions requires, read from a place a finding's own value can be looked up by (an attribute key,
 * a string field, a package's or a resource's field). Only a finding with such a value can match the
 * item, so the others never test it. A necessary condition only: every item the index yields is still
 * tested in full.
 *
 * A finding whose kind cannot have the filed field (a Classic condition and an Inspector v2 finding), or
 * whose value of it is unknown (a Classic rules package by name, its name not resolved), never reaches the
 * item through its values, yet the item may be undecided for it: such items are also listed per kind
 * (`byKind`) and collected with the finding's other candidates.
 */
import { type Attribute, type Finding, SEVERITIES } from "../model.js";
import type { CompiledMatch } from "./compile.js";
import { absentKinds, type ConditionKey, FINDING_KINDS, unsureKinds } from "./conditions.js";
import { FIELDS, type FieldName, fieldConditions, type MultiFieldName, multiConditions } from "./fields.js";
import { literalsOf, prefixesOf } from "./patterns.js";
import type { Match, Patterns } from "./types.js";

const NO_ATTRIBUTES: readonly Attribute[] = [];
const NONE: readonly never[] = [];

interface Handle {
  readonly where: "attributes" | "userAttributes" | "fields" | "multi";
  /** The attribute key, the fields (the rules package is either its name or its ARN), or the multi field. */
  readonly names: readonly string[];
  readonly kind: "exact" | "prefix";
  readonly values: readonly string[];
  readonly condition: ConditionKey;
}

type Place = [Handle["where"], readonly string[], Patterns, ConditionKey];

/**
 * The condition most likely to tell findings apart: exact values before literal prefixes; then an
 * attribute (CVE ids, rule ids), then the string fields (id, vulnerability id, agent, host, AMI, group,
 * title), then packages and resources, then the rules package. Undefined when no condition offers values:
 * the item is then tested against every finding of a severity it allows.
 */
function handleOf(match: Match): Handle | undefined {
  const places: Place[] = [];
  for (const where of ["attributes", "userAttributes"] as const) {
    const map = match[where];
    const condition = where === "attributes" ? "attributes" : "user-attributes";
    if (map !== undefined)
      for (const key of Object.keys(map)) places.push([where, [key], map[key]!, condition]);
  }
  for (const { name, patterns, condition } of fieldConditions(match)) {
    places.push(["fields", [name], patterns, condition]);
  }
  for (const { name, patterns, condition } of multiConditions(match)) {
    places.push(["multi", [name], patterns, condition]);
  }
  if (match.rulesPackage !== undefined) {
    places.push(["fields", ["rulesPackageName", "rulesPackageArn"], match.rulesPackage, "rules-package"]);
  }
  for (const [kind, valuesOf] of [
    ["exact", literalsOf],
    ["prefix", prefixesOf],
  ] as const) {
    for (const [where, names, patterns, condition] of places) {
      const values = valuesOf(patterns);
      if (values !== undefined) return { where, names, kind, values, condition };
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

type Scan<T> = (
  f: Finding,
  table: ValueTable<T>,
  out: T[],
  n: number,
  seen: Int32Array,
  stamp: number,
) => number;

export interface MatchIndex<T> {
  /** Attribute key -> its table. */
  readonly attributes: ReadonlyMap<string, ValueTable<T>>;
  readonly userAttributes: ReadonlyMap<string, ValueTable<T>>;
  readonly fields: readonly {
    readonly read: (f: Finding) => string | undefined;
    readonly table: ValueTable<T>;
  }[];
  /** Multi-valued fields: each scans a finding's values (packages, resources) into the candidates. */
  readonly multi: readonly { readonly scan: Scan<T>; readonly table: ValueTable<T> }[];
  /** Items with no handle, by severity rank (only those whose severity mask allows the rank). */
  readonly open: readonly (readonly T[])[];
  /** byKind[kind][rank]: filed items a finding of that kind may be undecided for without reaching them. */
  readonly byKind: readonly (readonly (readonly T[])[])[];
  /** Some item is listed in byKind. */
  readonly byKindAny: boolean;
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

/** How each multi-valued field's values are looked up, without allocating. */
function scanOf<T extends { readonly slot: number }>(name: MultiFieldName): Scan<T> {
  switch (name) {
    case "packageName":
      return (f, table, out, n, seen, stamp) => {
        const list = f.packageVulnerabilityDetails?.vulnerablePackages;
        if (list !== undefined) for (const p of list) n = lookUp(table, p.name, out, n, seen, stamp);
        return n;
      };
    case "resourceId":
      return (f, table, out, n, seen, stamp) => {
        if (f.resources !== undefined)
          for (const r of f.resources) n = lookUp(table, r.id, out, n, seen, stamp);
        return n;
      };
    case "ecrRepository":
      return (f, table, out, n, seen, stamp) => {
        for (const r of f.resources ?? NONE) {
          const name = r.details?.awsEcrContainerImage?.repositoryName;
          if (name !== undefined) n = lookUp(table, name, out, n, seen, stamp);
        }
        return n;
      };
    case "lambdaFunction":
      return (f, table, out, n, seen, stamp) => {
        for (const r of f.resources ?? NONE) {
          const name = r.details?.awsLambdaFunction?.functionName;
          if (name !== undefined) n = lookUp(table, name, out, n, seen, stamp);
        }
        return n;
      };
    case "ecrImageTag":
      return (f, table, out, n, seen, stamp) => {
        for (const r of f.resources ?? NONE) {
          for (const tag of r.details?.awsEcrContainerImage?.imageTags ?? NONE) {
            n = lookUp(table, tag, out, n, seen, stamp);
          }
        }
        return n;
      };
  }
}

export function buildIndex<T extends { readonly match: CompiledMatch; readonly slot: number }>(
  items: readonly T[],
  matches: readonly Match[],
): MatchIndex<T> {
  const tables = {
    attributes: new Map<string, ValueTable<T>>(),
    userAttributes: new Map<string, ValueTable<T>>(),
    fields: new Map<string, ValueTable<T>>(),
    multi: new Map<string, ValueTable<T>>(),
  };
  const open: T[] = [];
  const byKind: T[][] = Array.from({ length: FINDING_KINDS }, () => []);
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
    const unreachable = absentKinds(handle.condition) | unsureKinds(handle.condition);
    for (let kind = 0; kind < FINDING_KINDS; kind++) {
      if ((unreachable >> kind) & 1 && (item.match.unsureKinds >> kind) & 1) byKind[kind]!.push(item);
    }
  });
  const byRank = (list: readonly T[]) =>
    SEVERITIES.map((_, rank) => list.filter((item) => ((item.match.severityMask >> rank) & 1) === 1));
  return {
    attributes: tables.attributes,
    userAttributes: tables.userAttributes,
    fields: [...tables.fields].map(([name, table]) => ({ read: FIELDS[name as FieldName], table })),
    multi: [...tables.multi].map(([name, table]) => ({ scan: scanOf<T>(name as MultiFieldName), table })),
    open: byRank(open),
    byKind: byKind.map(byRank),
    byKindAny: byKind.some((list) => list.length > 0),
    empty: items.length === open.length,
  };
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
 * Collects the filed items a finding's values lead to, and those its kind may be undecided for, into
 * `out` (from position 0), each at most once (`seen[item.slot] === stamp` marks those already collected).
 * Returns how many there are.
 */
export function collect<T extends { readonly slot: number }>(
  index: MatchIndex<T>,
  finding: Finding,
  kind: number,
  rank: number,
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
  const multi = index.multi;
  for (let i = 0; i < multi.length; i++) n = multi[i]!.scan(finding, multi[i]!.table, out, n, seen, stamp);
  if (index.byKindAny) n = take(index.byKind[kind]![rank], out, n, seen, stamp);
  return n;
}
