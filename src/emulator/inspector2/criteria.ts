/**
 * The filter semantics Inspector v2 shares between ListFindings' FilterCriteria and ListCoverage's
 * CoverageFilterCriteria, compiled once per request into a predicate:
 *
 * - criteria (the members of the criteria object) are joined by AND;
 * - within one criterion's list, EQUALS and PREFIX filters are joined by OR and NOT_EQUALS filters by
 *   AND: a value matches when it matches at least one EQUALS/PREFIX filter (if any is given) and none
 *   of the NOT_EQUALS ones. A multi-valued field (image tags, layers, detector tags) matches EQUALS or
 *   PREFIX when any of its values does, and NOT_EQUALS when none of its values equals the filter. A
 *   field the item does not have matches no EQUALS or PREFIX filter and every NOT_EQUALS filter;
 * - number, date and port-range filters in one list are joined by OR; their bounds are inclusive and
 *   either may be left out; an item without the field matches none of them. A port-range filter
 *   matches a finding whose open port range overlaps it;
 * - map filters (tags) in one list are joined by OR: the tag must be present with the given value (any
 *   value when the filter gives none);
 * - package filters in one list are joined by OR: one of the finding's vulnerable packages must satisfy
 *   every member the filter gives.
 *
 * Matching is case-sensitive. An absent or empty list is no condition.
 */

export type FieldKind = "string" | "number" | "date" | "map" | "package" | "port";

export interface FieldSpec<T> {
  readonly kind: FieldKind;
  /**
   * string: a string or list of strings; number and date: a number (dates in ms); map: a record;
   * package: a list of package records; port: [begin, end].
   */
  readonly get: (item: T) => unknown;
}

interface StringFilter {
  comparison: string;
  value: string;
}
interface NumberFilter {
  lowerInclusive?: number;
  upperInclusive?: number;
}
interface DateFilter {
  startInclusive?: number;
  endInclusive?: number;
}
interface MapFilter {
  comparison: string;
  key: string;
  value?: string;
}
interface PortFilter {
  beginInclusive?: number;
  endInclusive?: number;
}

type Test = (value: unknown) => boolean;

function valuesOf(value: unknown): readonly string[] {
  if (value === undefined || value === null) return [];
  return typeof value === "string" ? [value] : (value as readonly string[]);
}

function stringTest(f: StringFilter): (s: string) => boolean {
  if (f.comparison === "PREFIX") return (s) => s.startsWith(f.value);
  return (s) => s === f.value;
}

export function stringMatcher(filters: readonly StringFilter[]): Test {
  const positive = filters.filter((f) => f.comparison !== "NOT_EQUALS").map(stringTest);
  const negative = filters.filter((f) => f.comparison === "NOT_EQUALS").map((f) => f.value);
  return (value) => {
    const values = valuesOf(value);
    if (negative.some((n) => values.includes(n))) return false;
    return positive.length === 0 || positive.some((t) => values.some(t));
  };
}

function numberMatcher(filters: readonly NumberFilter[]): Test {
  return (value) =>
    typeof value === "number" &&
    filters.some(
      (f) =>
        (f.lowerInclusive === undefined || value >= f.lowerInclusive) &&
        (f.upperInclusive === undefined || value <= f.upperInclusive),
    );
}

/** Dates arrive in epoch seconds (with milliseconds); items carry ms. */
function dateMatcher(filters: readonly DateFilter[]): Test {
  const ranges = filters.map((f) => ({
    start: f.startInclusive === undefined ? -Infinity : Math.round(f.startInclusive * 1000),
    end: f.endInclusive === undefined ? Infinity : Math.round(f.endInclusive * 1000),
  }));
  return (value) => typeof value === "number" && ranges.some((r) => value >= r.start && value <= r.end);
}

function mapMatcher(filters: readonly MapFilter[]): Test {
  return (value) => {
    if (typeof value !== "object" || value === null) return false;
    const tags = value as Record<string, string>;
    return filters.some(
      (f) => Object.hasOwn(tags, f.key) && (f.value === undefined || tags[f.key] === f.value),
    );
  };
}

function portMatcher(filters: readonly PortFilter[]): Test {
  return (value) => {
    if (!Array.isArray(value)) return false;
    const [begin, end] = value as [number, number];
    return filters.some((f) => (f.beginInclusive ?? 0) <= end && (f.endInclusive ?? 65535) >= begin);
  };
}

const PACKAGE_STRING_MEMBERS = [
  "architecture",
  "filePath",
  "name",
  "release",
  "sourceLambdaLayerArn",
  "sourceLayerHash",
  "version",
] as const;
const PACKAGE_FIELD: Readonly<Record<(typeof PACKAGE_STRING_MEMBERS)[number], string>> = {
  architecture: "arch",
  filePath: "filePath",
  name: "name",
  release: "release",
  sourceLambdaLayerArn: "sourceLambdaLayerArn",
  sourceLayerHash: "sourceLayerHash",
  version: "version",
};

function packageMatcher(filters: readonly Record<string, unknown>[]): Test {
  const compiled = filters.map((f) => {
    const tests: ((p: Record<string, unknown>) => boolean)[] = [];
    for (const member of PACKAGE_STRING_MEMBERS) {
      const sf = f[member] as StringFilter | undefined;
      if (sf === undefined) continue;
      const test = stringMatcher([sf]);
      tests.push((p) => test(p[PACKAGE_FIELD[member]]));
    }
    if (f["epoch"] !== undefined) {
      const test = numberMatcher([f["epoch"] as NumberFilter]);
      tests.push((p) => test(p["epoch"]));
    }
    return (p: Record<string, unknown>) => tests.every((t) => t(p));
  });
  return (value) => {
    const packages = (value ?? []) as readonly Record<string, unknown>[];
    return compiled.some((matches) => packages.some(matches));
  };
}

function matcherFor(kind: FieldKind, list: readonly unknown[]): Test {
  switch (kind) {
    case "string":
      return stringMatcher(list as StringFilter[]);
    case "number":
      return numberMatcher(list as NumberFilter[]);
    case "date":
      return dateMatcher(list as DateFilter[]);
    case "map":
      return mapMatcher(list as MapFilter[]);
    case "port":
      return portMatcher(list as PortFilter[]);
    case "package":
      return packageMatcher(list as Record<string, unknown>[]);
  }
}

/** Compiles a (validated) criteria object into a predicate over items described by `fields`. */
export function compileCriteria<T>(
  criteria: Readonly<Record<string, unknown>> | undefined,
  fields: Readonly<Record<string, FieldSpec<T>>>,
): (item: T) => boolean {
  const tests: ((item: T) => boolean)[] = [];
  for (const [name, list] of Object.entries(criteria ?? {})) {
    if (!Array.isArray(list) || list.length === 0) continue;
    const spec = fields[name];
    if (spec === undefined) throw new Error(`no field spec for filter criterion ${name}`);
    const test = matcherFor(spec.kind, list);
    tests.push((item) => test(spec.get(item)));
  }
  return (item) => tests.every((t) => t(item));
}
