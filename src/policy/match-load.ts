/**
 * A rule's or an exception's `match` as written (kebab-case, after schema validation) → the normalised
 * Match, and the checks on it the schema cannot express: regexes RE2 can run, ranges with min <= max,
 * `severity` and `min-severity` that can both hold, and (when a source is named) conditions that can apply
 * to that source's findings at all.
 */
import {
  type ExploitAvailable,
  type FindingType,
  type FixAvailable,
  type ResourceType,
  SEVERITY_RANK,
  type Severity,
} from "../model.js";
import {
  appliesTo,
  CONDITIONS,
  type ConditionKey,
  type PolicySource,
  SERVICE_NAMES,
  SOURCE_SERVICES,
} from "./conditions.js";
import { checkRegex } from "./regex.js";
import type { Match, NumberRange, Patterns } from "./types.js";
import { pointerChild } from "./yaml.js";

type RawPattern = string | { regex: string };
type RawPatterns = RawPattern | RawPattern[];
type OneOrList<T> = T | T[];
interface RawRange {
  min?: number;
  max?: number;
}

export interface RawMatch {
  severity?: OneOrList<Severity>;
  "min-severity"?: Severity;
  "rules-package"?: RawPatterns;
  id?: RawPatterns;
  title?: RawPatterns;
  attributes?: Record<string, RawPatterns>;
  "user-attributes"?: Record<string, RawPatterns>;
  asset?: {
    "agent-id"?: RawPatterns;
    hostname?: RawPatterns;
    "auto-scaling-group"?: RawPatterns;
    "ami-id"?: RawPatterns;
  };
  "numeric-severity"?: RawRange;
  confidence?: RawRange;
  "indicator-of-compromise"?: boolean;
  "vulnerability-id"?: RawPatterns;
  "finding-type"?: OneOrList<FindingType>;
  "fix-available"?: OneOrList<FixAvailable>;
  "exploit-available"?: OneOrList<ExploitAvailable>;
  epss?: RawRange;
  "inspector-score"?: RawRange;
  kev?: boolean;
  package?: { name?: RawPatterns; version?: RawPatterns };
  resource?: {
    type?: OneOrList<ResourceType>;
    id?: RawPatterns;
    tags?: Record<string, RawPatterns>;
    "ecr-repository"?: RawPatterns;
    "ecr-image-tag"?: RawPatterns;
    "lambda-function"?: RawPatterns;
  };
}

/** Reports a problem at a JSON pointer (at the key itself when `key`), the message without its path. */
export type Report = (pointer: string, message: string, key?: boolean) => void;

/** Every pattern-valued place of a match: [pointer, patterns]. */
function patternPlaces(match: RawMatch, pointer: string): [string, RawPatterns][] {
  const out: [string, RawPatterns][] = [];
  const add = (value: RawPatterns | undefined, ...path: string[]) => {
    if (value !== undefined) out.push([path.reduce(pointerChild, pointer), value]);
  };
  add(match["rules-package"], "rules-package");
  add(match.id, "id");
  add(match.title, "title");
  for (const mapKey of ["attributes", "user-attributes"] as const) {
    const map = match[mapKey];
    if (map !== undefined) for (const key of Object.keys(map)) add(map[key], mapKey, key);
  }
  for (const key of ["agent-id", "hostname", "auto-scaling-group", "ami-id"] as const) {
    add(match.asset?.[key], "asset", key);
  }
  add(match["vulnerability-id"], "vulnerability-id");
  add(match.package?.name, "package", "name");
  add(match.package?.version, "package", "version");
  const resource = match.resource;
  if (resource !== undefined) {
    for (const key of ["id", "ecr-repository", "ecr-image-tag", "lambda-function"] as const) {
      add(resource[key], "resource", key);
    }
    const tags = resource.tags;
    if (tags !== undefined) for (const key of Object.keys(tags)) add(tags[key], "resource", "tags", key);
  }
  return out;
}

/** Problems within one match; `source` also refuses conditions that cannot apply to that source. */
export function checkMatch(match: RawMatch, pointer: string, report: Report, source?: PolicySource): void {
  for (const [at, value] of patternPlaces(match, pointer)) {
    const list = Array.isArray(value) ? value : [value];
    list.forEach((p, index) => {
      if (typeof p === "string") return;
      const problem = checkRegex(p.regex);
      if (problem)
        report(pointerChild(Array.isArray(value) ? pointerChild(at, index) : at, "regex"), problem);
    });
  }
  for (const rangeKey of ["numeric-severity", "confidence", "epss", "inspector-score"] as const) {
    const range = match[rangeKey];
    if (range?.min !== undefined && range.max !== undefined && range.min > range.max) {
      report(
        pointerChild(pointer, rangeKey),
        `min ${range.min} is greater than max ${range.max}, so nothing can match (expected min <= max)`,
      );
    }
  }
  if (match.severity !== undefined && match["min-severity"] !== undefined) {
    const floor = SEVERITY_RANK[match["min-severity"]];
    const listed = [match.severity].flat();
    if (!listed.some((s) => SEVERITY_RANK[s] >= floor)) {
      report(
        pointerChild(pointer, "min-severity"),
        `${match["min-severity"]} excludes every severity listed in severity (${listed.join(", ")}), so nothing can match`,
      );
    }
  }
  if (source !== undefined) checkSource(match, pointer, report, source);
}

/** Conditions no finding of the source can have are refused at the condition's key. */
function checkSource(match: RawMatch, pointer: string, report: Report, source: PolicySource): void {
  const services = SOURCE_SERVICES[source];
  for (const key of Object.keys(match) as ConditionKey[]) {
    if (services.some((service) => appliesTo(key, service))) continue;
    const names = services.map((s) => SERVICE_NAMES[s]).join(" or ");
    report(
      pointerChild(pointer, key),
      `the condition '${key}' cannot apply to --source ${source}: ${names} findings have no ${CONDITIONS[key].reads}`,
      true,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Normalising

function patternsOf(raw: RawPatterns): Patterns {
  return Array.isArray(raw)
    ? raw.map((p) => (typeof p === "string" ? p : { regex: p.regex }))
    : typeof raw === "string"
      ? raw
      : { regex: raw.regex };
}

function patternMapOf(raw: Record<string, RawPatterns>): Readonly<Record<string, Patterns>> {
  const out: Record<string, Patterns> = Object.create(null);
  for (const key of Object.keys(raw)) out[key] = patternsOf(raw[key]!);
  return out;
}

function rangeOf(raw: RawRange): NumberRange {
  return {
    ...(raw.min !== undefined ? { min: raw.min } : {}),
    ...(raw.max !== undefined ? { max: raw.max } : {}),
  };
}

function listOf<T>(raw: OneOrList<T>): T[] {
  return Array.isArray(raw) ? [...raw] : [raw];
}

/** Only the keys given, each normalised. */
function defined<T extends object>(entries: { [K in keyof T]: T[K] | undefined }): T {
  const out: Partial<T> = {};
  for (const key of Object.keys(entries) as (keyof T)[]) {
    if (entries[key] !== undefined) out[key] = entries[key];
  }
  return out as T;
}

const opt = <R, T>(raw: R | undefined, f: (r: R) => T): T | undefined =>
  raw === undefined ? undefined : f(raw);

export function matchOf(raw: RawMatch): Match {
  return defined<Match>({
    severity: opt(raw.severity, listOf),
    minSeverity: raw["min-severity"],
    rulesPackage: opt(raw["rules-package"], patternsOf),
    id: opt(raw.id, patternsOf),
    title: opt(raw.title, patternsOf),
    attributes: opt(raw.attributes, patternMapOf),
    userAttributes: opt(raw["user-attributes"], patternMapOf),
    asset: opt(raw.asset, (a) =>
      defined<NonNullable<Match["asset"]>>({
        agentId: opt(a["agent-id"], patternsOf),
        hostname: opt(a.hostname, patternsOf),
        autoScalingGroup: opt(a["auto-scaling-group"], patternsOf),
        amiId: opt(a["ami-id"], patternsOf),
      }),
    ),
    numericSeverity: opt(raw["numeric-severity"], rangeOf),
    confidence: opt(raw.confidence, rangeOf),
    indicatorOfCompromise: raw["indicator-of-compromise"],
    vulnerabilityId: opt(raw["vulnerability-id"], patternsOf),
    findingType: opt(raw["finding-type"], listOf),
    fixAvailable: opt(raw["fix-available"], listOf),
    exploitAvailable: opt(raw["exploit-available"], listOf),
    epss: opt(raw.epss, rangeOf),
    inspectorScore: opt(raw["inspector-score"], rangeOf),
    kev: raw.kev,
    package: opt(raw.package, (p) =>
      defined<NonNullable<Match["package"]>>({
        name: opt(p.name, patternsOf),
        version: opt(p.version, patternsOf),
      }),
    ),
    resource: opt(raw.resource, (r) =>
      defined<NonNullable<Match["resource"]>>({
        type: opt(r.type, listOf),
        id: opt(r.id, patternsOf),
        tags: opt(r.tags, patternMapOf),
        ecrRepository: opt(r["ecr-repository"], patternsOf),
        ecrImageTag: opt(r["ecr-image-tag"], patternsOf),
        lambdaFunction: opt(r["lambda-function"], patternsOf),
      }),
    ),
  });
}
