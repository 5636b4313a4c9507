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

/** Every condition given holds. */
export function matchesReference(match: Match, f: Finding): boolean {
  const rank = SEVERITY_RANK[f.severity];
  return (
    (match.severity === undefined || match.severity.includes(f.severity)) &&
    (match.minSeverity === undefined || rank >= SEVERITY_RANK[match.minSeverity]) &&
    (match.rulesPackage === undefined ||
      field(match.rulesPackage, f.rulesPackageName) ||
      field(match.rulesPackage, f.rulesPackageArn)) &&
    field(match.id, f.id) &&
    field(match.title, f.title) &&
    attributes(match.attributes, f.attributes) &&
    attributes(match.userAttributes, f.userAttributes) &&
    field(match.asset?.agentId, f.asset.agentId) &&
    field(match.asset?.hostname, f.asset.hostname) &&
    field(match.asset?.autoScalingGroup, f.asset.autoScalingGroup) &&
    field(match.asset?.amiId, f.asset.amiId) &&
    range(match.numericSeverity, f.numericSeverity) &&
    range(match.confidence, f.confidence) &&
    (match.indicatorOfCompromise === undefined ||
      (f.indicatorOfCompromise ?? false) === match.indicatorOfCompromise)
  );
}
