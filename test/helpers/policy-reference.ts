/**
 * What a rule's or an exception's `match` means, written straight from docs/policy.md and sharing no
 * code with src/policy (its compiler, index and pattern code): the reference the property tests compare
 * the evaluator against. Slow and obvious on purpose: globs by dynamic programming over the value,
 * regular expressions by RE2's own full-match, every condition read off the finding as documented.
 */
import { RE2JS } from "re2js";
import { type Attribute, type Finding, SEVERITY_RANK } from "../../src/model.js";
import type { Match, NumberRange, Pattern, Patterns } from "../../src/policy/types.js";

type GlobToken = { wildcard: "*" | "?" } | { char: string };

/**
 * A glob against the whole value: `*` any run of characters (none included), `?` exactly one (a UTF-16
 * code unit), `\` makes the next character literal; everything else is itself.
 */
export function globMatches(glob: string, value: string): boolean {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "\\" && i + 1 < glob.length) tokens.push({ char: glob[++i]! });
    else if (c === "*" || c === "?") tokens.push({ wildcard: c });
    else tokens.push({ char: c });
  }
  // rest[j]: the tokens from i on match value.slice(j); computed from the last token back.
  let rest = Array.from({ length: value.length + 1 }, (_, j) => j === value.length);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const here = new Array<boolean>(value.length + 1).fill(false);
    for (let j = value.length; j >= 0; j--) {
      if ("wildcard" in t && t.wildcard === "*") here[j] = rest[j]! || (j < value.length && here[j + 1]!);
      else if (j < value.length && ("wildcard" in t || t.char === value[j])) here[j] = rest[j + 1]!;
    }
    rest = here;
  }
  return rest[0]!;
}

/** A regular expression against the whole value, by RE2 (the documented engine). */
export function regexMatches(source: string, value: string): boolean {
  return RE2JS.compile(source).matches(value);
}

/** One pattern, or any of a list. */
export function patternsMatch(patterns: Patterns, value: string): boolean {
  const list: readonly Pattern[] = Array.isArray(patterns) ? patterns : [patterns as Pattern];
  return list.some((p) => (typeof p === "string" ? globMatches(p, value) : regexMatches(p.regex, value)));
}

/** A string field's condition: a finding without the field does not match. */
function field(patterns: Patterns | undefined, value: string | undefined): boolean {
  return patterns === undefined || (value !== undefined && patternsMatch(patterns, value));
}

/** Each key: some attribute with exactly that key whose value (absent: the empty string) matches. */
function attributes(map: Readonly<Record<string, Patterns>> | undefined, list: readonly Attribute[]) {
  if (map === undefined) return true;
  return Object.keys(map).every((key) =>
    list.some((a) => a.key === key && patternsMatch(map[key]!, a.value ?? "")),
  );
}

/** Both bounds inclusive; a missing number (or NaN) does not match. */
function range(r: NumberRange | undefined, value: number | undefined): boolean {
  if (r === undefined) return true;
  if (value === undefined || Number.isNaN(value)) return false;
  return (r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max);
}

/** Every condition given holds (a condition that cannot be decided does not: see statusReference). */
export function matchesReference(match: Match, f: Finding): boolean {
  return statusReference(match, f) === "yes";
}

// --- Inspector (v2) conditions and "could not apply", as docs/policy.md states them

/** An Inspector (v2) finding names its resources and its type; a Classic finding has neither. */
export function isV2(f: Finding): boolean {
  return f.resources !== undefined || f.type !== undefined;
}

type Tri = "yes" | "no" | "unknown";
const tri = (holds: boolean): Tri => (holds ? "yes" : "no");

/** The conditions only Classic findings have, and those only Inspector (v2) findings have. */
const CLASSIC_ONLY: readonly (keyof Match)[] = [
  "rulesPackage",
  "attributes",
  "userAttributes",
  "asset",
  "numericSeverity",
  "confidence",
  "indicatorOfCompromise",
];
const V2_ONLY: readonly (keyof Match)[] = [
  "vulnerabilityId",
  "findingType",
  "fixAvailable",
  "exploitAvailable",
  "epss",
  "inspectorScore",
  "kev",
  "package",
  "resource",
];

/** One condition, decided or not, for a finding of its own service. */
function conditionStatus(key: keyof Match, match: Match, f: Finding): Tri {
  const rank = SEVERITY_RANK[f.severity];
  switch (key) {
    case "severity":
      return tri(match.severity!.includes(f.severity));
    case "minSeverity":
      return tri(rank >= SEVERITY_RANK[match.minSeverity!]);
    case "id":
      return tri(field(match.id, f.id));
    case "title":
      return tri(field(match.title, f.title));
    case "rulesPackage":
      // By name or by ARN; a known ARN whose name is not known leaves a name pattern undecided.
      if (field(match.rulesPackage, f.rulesPackageName) || field(match.rulesPackage, f.rulesPackageArn)) {
        return "yes";
      }
      return f.rulesPackageName === undefined && f.rulesPackageArn !== undefined ? "unknown" : "no";
    case "attributes":
      return tri(attributes(match.attributes, f.attributes));
    case "userAttributes":
      return tri(attributes(match.userAttributes, f.userAttributes));
    case "asset":
      return tri(
        field(match.asset?.agentId, f.asset.agentId) &&
          field(match.asset?.hostname, f.asset.hostname) &&
          field(match.asset?.autoScalingGroup, f.asset.autoScalingGroup) &&
          field(match.asset?.amiId, f.asset.amiId),
      );
    case "numericSeverity":
      return tri(range(match.numericSeverity, f.numericSeverity));
    case "confidence":
      return tri(range(match.confidence, f.confidence));
    case "indicatorOfCompromise":
      return tri((f.indicatorOfCompromise ?? false) === match.indicatorOfCompromise);
    case "vulnerabilityId":
      return tri(field(match.vulnerabilityId, f.packageVulnerabilityDetails?.vulnerabilityId));
    case "findingType":
      return tri(f.type !== undefined && match.findingType!.includes(f.type));
    case "fixAvailable":
      return tri(f.fixAvailable !== undefined && match.fixAvailable!.includes(f.fixAvailable));
    case "exploitAvailable":
      return tri(f.exploitAvailable !== undefined && match.exploitAvailable!.includes(f.exploitAvailable));
    case "epss":
      return tri(range(match.epss, f.epss?.score));
    case "inspectorScore":
      return tri(range(match.inspectorScore, f.inspectorScore));
    case "kev": {
      // A finding that names no package vulnerability is in no KEV catalog; one never looked up is unknown.
      const kev = f.kev ?? (f.packageVulnerabilityDetails === undefined ? false : undefined);
      return kev === undefined ? "unknown" : tri(kev === match.kev);
    }
    case "package": {
      const p = match.package!;
      const packages = f.packageVulnerabilityDetails?.vulnerablePackages ?? [];
      return tri(packages.some((pkg) => field(p.name, pkg.name) && field(p.version, pkg.version)));
    }
    case "resource": {
      const r = match.resource!;
      return tri(
        (f.resources ?? []).some(
          (res) =>
            (r.type === undefined || r.type.includes(res.type)) &&
            field(r.id, res.id) &&
            field(r.ecrRepository, res.details?.awsEcrContainerImage?.repositoryName) &&
            (r.ecrImageTag === undefined ||
              (res.details?.awsEcrContainerImage?.imageTags ?? []).some((t) =>
                patternsMatch(r.ecrImageTag!, t),
              )) &&
            field(r.lambdaFunction, res.details?.awsLambdaFunction?.functionName) &&
            Object.keys(r.tags ?? {}).every(
              (k) =>
                res.tags !== undefined &&
                Object.hasOwn(res.tags, k) &&
                patternsMatch(r.tags![k]!, res.tags[k]!),
            ),
        ),
      );
    }
  }
}

/**
 * yes: every condition holds; no: some condition does not; unknown: none fails but some cannot be decided
 * (its service has no such field, or the field's value is not known).
 */
export function statusReference(match: Match, f: Finding): Tri {
  let unknown = false;
  for (const key of Object.keys(match) as (keyof Match)[]) {
    if (match[key] === undefined) continue;
    const absent = isV2(f) ? CLASSIC_ONLY.includes(key) : V2_ONLY.includes(key);
    const status = absent ? "unknown" : conditionStatus(key, match, f);
    if (status === "no") return "no";
    if (status === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "yes";
}
