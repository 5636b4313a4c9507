/**
 * A condition's patterns: one pattern or a list (any of), each a glob (glob.ts) or a `{ regex }` run by
 * RE2 (regex.ts), all matching the whole value. A list compiles into one string test: exact values
 * collapse into one Set lookup, the rest are tried in turn.
 */
import { always, compileGlob, globLiteral, globPrefix, type StringTest } from "./glob.js";
import { compileRegex, regexPrefix } from "./regex.js";
import type { Pattern, Patterns } from "./types.js";

export type { StringTest } from "./glob.js";

export function toList(patterns: Patterns): readonly Pattern[] {
  return Array.isArray(patterns) ? patterns : [patterns as Pattern];
}

/** The exact value a pattern stands for: a glob without wildcards; undefined otherwise (and for regexes). */
export function literalOf(pattern: Pattern): string | undefined {
  return typeof pattern === "string" ? globLiteral(pattern) : undefined;
}

/** The exact values a pattern list stands for, or undefined unless every entry is a literal. */
export function literalsOf(patterns: Patterns): string[] | undefined {
  const out: string[] = [];
  for (const p of toList(patterns)) {
    const literal = literalOf(p);
    if (literal === undefined) return undefined;
    out.push(literal);
  }
  return out;
}

/**
 * Literal prefixes, one of which every value the patterns match starts with; undefined unless every
 * entry starts with literal text (an exact value is its own prefix; a regex's is RE2's literal prefix).
 */
export function prefixesOf(patterns: Patterns): string[] | undefined {
  const out: string[] = [];
  for (const p of toList(patterns)) {
    const prefix = typeof p === "string" ? globPrefix(p) : regexPrefix(p.regex);
    if (prefix === "") return undefined;
    out.push(prefix);
  }
  return out;
}

export function compilePattern(pattern: Pattern): StringTest {
  return typeof pattern === "string" ? compileGlob(pattern) : compileRegex(pattern.regex);
}

/** Any of the patterns. */
export function compilePatterns(patterns: Patterns): StringTest {
  const exact = new Set<string>();
  const others: StringTest[] = [];
  for (const p of toList(patterns)) {
    const literal = literalOf(p);
    if (literal !== undefined) exact.add(literal);
    else others.push(compilePattern(p));
  }
  if (others.includes(always)) return always;
  if (others.length === 0) {
    if (exact.size === 1) {
      const only = exact.values().next().value as string;
      return (v) => v === only;
    }
    return (v) => exact.has(v);
  }
  if (exact.size === 0 && others.length === 1) return others[0]!;
  return (v) => {
    if (exact.has(v)) return true;
    for (const t of others) if (t(v)) return true;
    return false;
  };
}
