/**
 * String patterns of the policy format: globs (`*` any run of characters, `?` one character, `\` escapes
 * the next character; exact when no wildcard appears) and `{ regex }` regular expressions. Both match the
 * whole value. Patterns compile once into plain predicates; globs take a fast path (equality, prefix,
 * suffix, substring) whenever they can.
 */
import type { Pattern, Patterns } from "./types.js";

export type StringTest = (value: string) => boolean;

/** Longest regular expression source accepted (the schema enforces the same bound). */
export const MAX_REGEX_LENGTH = 512;

const always: StringTest = () => true;

type GlobToken = { kind: "text"; text: string } | { kind: "star" } | { kind: "one" };

function tokenizeGlob(glob: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") tokens.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "\\" && i + 1 < glob.length) {
      text += glob[++i];
    } else if (c === "*") {
      flush();
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (c === "?") {
      flush();
      tokens.push({ kind: "one" });
    } else {
      text += c;
    }
  }
  flush();
  return tokens;
}

/** The exact value a glob stands for, or undefined when it has a wildcard (or is a regex). */
export function literalOf(pattern: Pattern): string | undefined {
  if (typeof pattern !== "string") return undefined;
  const tokens = tokenizeGlob(pattern);
  if (tokens.length === 0) return "";
  const only = tokens[0]!;
  if (tokens.length === 1 && only.kind === "text") return only.text;
  return undefined;
}

/** The exact values a pattern list stands for, or undefined unless every entry is a literal. */
export function literalsOf(patterns: Patterns): string[] | undefined {
  const list = toList(patterns);
  const out: string[] = [];
  for (const p of list) {
    const literal = literalOf(p);
    if (literal === undefined) return undefined;
    out.push(literal);
  }
  return out;
}

/**
 * A necessary condition every value matched by a pattern list meets, usable as a hash key: one of a
 * few exact values, or a literal prefix, or a literal suffix. Undefined when some pattern (a regex, or a
 * glob starting and ending with a wildcard) gives no such handle.
 */
export type PatternKey =
  | { readonly kind: "exact"; readonly values: readonly string[] }
  | { readonly kind: "prefix"; readonly values: readonly string[] }
  | { readonly kind: "suffix"; readonly values: readonly string[] };

export function keyOf(patterns: Patterns): PatternKey | undefined {
  const list = toList(patterns);
  const literals = literalsOf(list);
  if (literals !== undefined) return { kind: "exact", values: [...new Set(literals)] };
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const p of list) {
    if (typeof p !== "string") {
      prefixes.push(regexPrefix(p.regex) ?? "");
      suffixes.push("");
      continue;
    }
    const tokens = tokenizeGlob(p);
    const first = tokens[0];
    const last = tokens.at(-1);
    // An exact pattern is its own prefix and suffix; a wildcard pattern offers its literal ends.
    prefixes.push(first?.kind === "text" ? first.text : "");
    suffixes.push(last?.kind === "text" ? last.text : "");
  }
  if (prefixes.every((s) => s !== "")) return { kind: "prefix", values: [...new Set(prefixes)] };
  if (suffixes.every((s) => s !== "")) return { kind: "suffix", values: [...new Set(suffixes)] };
  return undefined;
}

/**
 * True when meeting `key` (what keyOf gave for these patterns) is the whole condition: the patterns are
 * exact values, or all literal prefixes (`abc*`), or all literal suffixes (`*abc`). A value found under
 * the key in an index then needs no further test of these patterns.
 */
export function keyDecides(patterns: Patterns, key: PatternKey): boolean {
  if (key.kind === "exact") return true;
  return toList(patterns).every((p) => {
    if (typeof p !== "string") return false;
    const [a, b, ...rest] = tokenizeGlob(p);
    if (a === undefined || b === undefined || rest.length > 0) return false;
    return key.kind === "prefix"
      ? a.kind === "text" && b.kind === "star"
      : a.kind === "star" && b.kind === "text";
  });
}

/**
 * The simple shape of one pattern, when it has one: an exact value, a literal prefix (`abc*`), suffix
 * (`*abc`) or infix (`*abc*`), or anything (`*`). Undefined for `?`, inner stars and regexes. Matches the
 * way compileGlob compiles the same glob.
 */
export type PatternShape =
  | { readonly kind: "exact" | "prefix" | "suffix" | "infix"; readonly text: string }
  | { readonly kind: "any" };

export function shapeOf(pattern: Pattern): PatternShape | undefined {
  if (typeof pattern !== "string") return undefined;
  const tokens = tokenizeGlob(pattern);
  const [a, b, c, ...rest] = tokens;
  if (rest.length > 0 || tokens.some((t) => t.kind === "one")) return undefined;
  if (a === undefined) return { kind: "exact", text: "" };
  if (b === undefined) return a.kind === "text" ? { kind: "exact", text: a.text } : { kind: "any" };
  if (c === undefined) {
    if (a.kind === "text" && b.kind === "star") return { kind: "prefix", text: a.text };
    if (a.kind === "star" && b.kind === "text") return { kind: "suffix", text: b.text };
    return undefined;
  }
  if (a.kind === "star" && b.kind === "text" && c.kind === "star") return { kind: "infix", text: b.text };
  return undefined;
}

/**
 * The literal text every match of a (whole-value) regular expression starts with, e.g. "CVE-2021-" for
 * `CVE-2021-\d+`; undefined when there is none or when a top-level alternation makes it uncertain.
 */
export function regexPrefix(source: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return undefined;
  }
  let prefix = "";
  let i = source[0] === "^" ? 1 : 0;
  while (i < source.length) {
    const c = source[i]!;
    let literal: string;
    let width: number;
    if (c === "\\") {
      const next = source[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) break; // \d, \w, \b, \1, \u… are not literal text
      literal = next;
      width = 2;
    } else if ("^$.|?*+()[]{}".includes(c)) {
      break;
    } else {
      literal = c;
      width = 1;
    }
    const after = source[i + width];
    if (after === "?" || after === "*" || (after === "{" && /^\{0/.test(source.slice(i + width)))) break;
    prefix += literal;
    if (after === "+" || after === "{") break;
    i += width;
  }
  return prefix === "" ? undefined : prefix;
}

export function toList(patterns: Patterns): readonly Pattern[] {
  return Array.isArray(patterns) ? patterns : [patterns as Pattern];
}

/** Star-only globs: first segment anchors the start, last anchors the end, the middle ones go leftmost. */
function starGlob(segments: string[]): StringTest {
  const first = segments[0]!;
  const last = segments.at(-1)!;
  const middle = segments.slice(1, -1).filter((s) => s !== "");
  const minLength = segments.reduce((n, s) => n + s.length, 0);
  if (middle.length === 0) {
    if (first === "" && last === "") return always;
    if (last === "") return (v) => v.startsWith(first);
    if (first === "") return (v) => v.endsWith(last);
    return (v) => v.length >= minLength && v.startsWith(first) && v.endsWith(last);
  }
  if (first === "" && last === "" && middle.length === 1) {
    const needle = middle[0]!;
    return (v) => v.includes(needle);
  }
  return (v) => {
    if (v.length < minLength || !v.startsWith(first) || !v.endsWith(last)) return false;
    let at = first.length;
    const end = v.length - last.length;
    for (const segment of middle) {
      const found = v.indexOf(segment, at);
      if (found < 0 || found + segment.length > end) return false;
      at = found + segment.length;
    }
    return true;
  };
}

export function compileGlob(glob: string): StringTest {
  const tokens = tokenizeGlob(glob);
  if (tokens.length === 0) return (v) => v === "";
  if (tokens.every((t) => t.kind !== "one")) {
    const only = tokens[0]!;
    if (tokens.length === 1 && only.kind === "text") {
      const literal = only.text;
      return (v) => v === literal;
    }
    // Split on stars into literal segments; a leading or trailing star leaves an empty segment.
    const segments: string[] = [""];
    for (const t of tokens) {
      if (t.kind === "star") segments.push("");
      else if (t.kind === "text") segments[segments.length - 1] += t.text;
    }
    return starGlob(segments);
  }
  return wildGlob(tokens);
}

/**
 * Globs with `?`: segments between stars, where `?` is any one character (a UTF-16 code unit, as in a
 * regex without the u flag). The first segment anchors the start, the last the end, the middle ones are
 * found leftmost: no regex, so no backtracking, whatever the value.
 */
function wildGlob(tokens: readonly GlobToken[]): StringTest {
  /** Each segment as code units, -1 standing for `?`. */
  const segments: number[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "star") segments.push([]);
    else if (t.kind === "one") segments.at(-1)!.push(-1);
    else for (let i = 0; i < t.text.length; i++) segments.at(-1)!.push(t.text.charCodeAt(i));
  }
  const at = (v: string, pos: number, seg: readonly number[]): boolean => {
    for (let k = 0; k < seg.length; k++) {
      const c = seg[k]!;
      if (c !== -1 && v.charCodeAt(pos + k) !== c) return false;
    }
    return true;
  };
  const first = segments[0]!;
  if (segments.length === 1) return (v) => v.length === first.length && at(v, 0, first);
  const last = segments.at(-1)!;
  const middle = segments.slice(1, -1).filter((seg) => seg.length > 0);
  const minLength = segments.reduce((n, seg) => n + seg.length, 0);
  return (v) => {
    if (v.length < minLength || !at(v, 0, first)) return false;
    const end = v.length - last.length;
    if (!at(v, end, last)) return false;
    let pos = first.length;
    for (const seg of middle) {
      let found = -1;
      for (let p = pos; p + seg.length <= end; p++) {
        if (at(v, p, seg)) {
          found = p;
          break;
        }
      }
      if (found < 0) return false;
      pos = found + seg.length;
    }
    return true;
  };
}

/** A user regex matched against the whole value. The source must have passed checkRegex. */
export function compileRegex(source: string): StringTest {
  const re = new RegExp(`^(?:${source})$`);
  return (v) => re.test(v);
}

export function compilePattern(pattern: Pattern): StringTest {
  return typeof pattern === "string" ? compileGlob(pattern) : compileRegex(pattern.regex);
}

/** Any of the patterns; exact values collapse into one Set lookup. */
export function compilePatterns(patterns: Patterns): StringTest {
  const list = toList(patterns);
  const exact = new Set<string>();
  const others: StringTest[] = [];
  for (const p of list) {
    const literal = literalOf(p);
    if (literal !== undefined) exact.add(literal);
    else others.push(compilePattern(p));
  }
  if (others.some((t) => t === always)) return always;
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

// ---------------------------------------------------------------------------------------------------
// Regex safety

/**
 * Why a regular expression is refused, or undefined when it is acceptable. It must compile, stay within
 * the length cap and have no shape known to backtrack catastrophically: a repeated group that contains
 * a variable-length quantifier (`(a+)+`, `(a*b?)*`, `(\w+\s?)*`), or a repeated group whose alternatives
 * can start with the same character (`(a|ab)+`, `(\w|\d)*`), or a back-reference inside a repeated group.
 * The check is deliberately conservative: it may refuse an expression that would have been safe.
 */
export function checkRegex(source: string): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) {
    return `regular expression too long (${source.length} characters; at most ${MAX_REGEX_LENGTH})`;
  }
  try {
    new RegExp(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `invalid regular expression: ${message.replace(/^Invalid regular expression: /, "")}`;
  }
  return backtrackingHazard(source) ?? polynomialHazard(source);
}

/** What we know about the first character a branch can match: a literal, or "could be many things". */
type First = { kind: "char"; char: string } | { kind: "any" } | { kind: "empty" };

interface GroupState {
  /** Start index of the group in the source (for the message). */
  start: number;
  /** A variable-length quantifier occurs inside (directly or in a nested group). */
  hasVariable: boolean;
  hasBackref: boolean;
  /** First-character descriptor of each alternative so far. */
  branches: First[];
  /** Whether the current alternative has consumed anything yet. */
  branchStarted: boolean;
  /**
   * The literal character the group must start with (its first atom, not optional), null when it has
   * none, undefined before the first atom. A repeated group that must start with a character none of
   * its variable-length parts can match is split into iterations unambiguously: `(-[a-z]+)*` is safe.
   */
  lead: string | null | undefined;
  /** Sources of the atoms repeated a variable number of times inside; null for a repeated group. */
  variableAtoms: (string | null)[];
}

function newGroup(start: number): GroupState {
  return {
    start,
    hasVariable: false,
    hasBackref: false,
    branches: [],
    branchStarted: false,
    lead: undefined,
    variableAtoms: [],
  };
}

/** True when iterations of a repeated group are delimited by its leading character (see GroupState.lead). */
function delimited(group: GroupState): boolean {
  const lead = group.lead;
  if (group.branches.length !== 1 || typeof lead !== "string") return false;
  return group.variableAtoms.every((atom) => {
    if (atom === null) return false;
    try {
      return !new RegExp(`^(?:${atom})$`).test(lead);
    } catch {
      return false;
    }
  });
}

interface Quantifier {
  min: number;
  max: number;
  length: number;
}

function readQuantifier(source: string, i: number): Quantifier | undefined {
  const c = source[i];
  let q: Quantifier | undefined;
  if (c === "*") q = { min: 0, max: Number.POSITIVE_INFINITY, length: 1 };
  else if (c === "+") q = { min: 1, max: Number.POSITIVE_INFINITY, length: 1 };
  else if (c === "?") q = { min: 0, max: 1, length: 1 };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (m) {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      q = { min, max, length: m[0].length };
    }
  }
  if (q && source[i + q.length] === "?") q.length++;
  return q;
}

function overlapping(branches: First[]): boolean {
  for (let a = 0; a < branches.length; a++) {
    for (let b = a + 1; b < branches.length; b++) {
      const x = branches[a]!;
      const y = branches[b]!;
      if (x.kind !== "char" || y.kind !== "char" || x.char === y.char) return true;
    }
  }
  return false;
}

function backtrackingHazard(source: string): string | undefined {
  const root = newGroup(0);
  const stack: GroupState[] = [root];
  const top = () => stack[stack.length - 1]!;
  /** The atom just read, so that a following quantifier knows what it repeats. */
  let lastAtom: { group?: GroupState; first: First; source: string; lead: boolean } | undefined;
  /** Records the first atom of the current alternative; returns whether it is its group's lead. */
  const noteFirst = (first: First): boolean => {
    const g = top();
    if (g.branchStarted) return false;
    const isFirstBranch = g.branches.length === 0;
    g.branches.push(first);
    g.branchStarted = true;
    if (isFirstBranch && g.lead === undefined) {
      g.lead = first.kind === "char" ? first.char : null;
      return first.kind === "char";
    }
    return false;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next) || (next === "k" && source[i + 2] === "<")) top().hasBackref = true;
      const first: First = /[dDwWsSbBpPuxcfnrtv0-9k]/.test(next)
        ? { kind: "any" }
        : { kind: "char", char: next };
      const lead = noteFirst(first);
      lastAtom = { first, source: source.slice(i, i + 2), lead };
      i += 2;
      continue;
    }
    if (c === "[") {
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      noteFirst({ kind: "any" });
      lastAtom = { first: { kind: "any" }, source: source.slice(i, j + 1), lead: false };
      i = j + 1;
      continue;
    }
    if (c === "(") {
      let j = i + 1;
      let lookaround = false;
      if (source[j] === "?") {
        const rest = source.slice(j + 1);
        if (rest.startsWith(":")) j += 2;
        else if (rest.startsWith("=") || rest.startsWith("!")) {
          j += 2;
          lookaround = true;
        } else if (rest.startsWith("<=") || rest.startsWith("<!")) {
          j += 3;
          lookaround = true;
        } else if (rest.startsWith("<")) {
          j = source.indexOf(">", j) + 1;
        }
      }
      const group = newGroup(i);
      if (lookaround) {
        group.branchStarted = true;
        group.lead = null;
      }
      stack.push(group);
      lastAtom = undefined;
      i = j;
      continue;
    }
    if (c === ")") {
      const group = stack.length > 1 ? stack.pop()! : root;
      if (!group.branchStarted) group.branches.push({ kind: "empty" });
      const parent = top();
      parent.hasVariable ||= group.hasVariable;
      parent.hasBackref ||= group.hasBackref;
      parent.variableAtoms.push(...group.variableAtoms);
      const first: First = group.branches.length === 1 ? group.branches[0]! : { kind: "any" };
      // A group is never its parent's lead: its first character is not a single literal we can rely on.
      noteFirst(first.kind === "char" ? { kind: "any" } : first);
      lastAtom = { group, first, source: source.slice(group.start, i + 1), lead: false };
      i++;
      continue;
    }
    if (c === "|") {
      const g = top();
      if (!g.branchStarted) g.branches.push({ kind: "empty" });
      g.branchStarted = false;
      lastAtom = undefined;
      i++;
      continue;
    }
    const q = readQuantifier(source, i);
    if (q) {
      const variable = q.min !== q.max;
      const repeats = q.max > 1;
      const group = lastAtom?.group;
      if (group && repeats) {
        const shown = source.slice(group.start, i + q.length);
        if (group.hasVariable && !delimited(group)) {
          return `regular expression may backtrack catastrophically: '${shown}' repeats a group that itself contains a variable-length quantifier; rewrite it without nested quantifiers`;
        }
        if (group.branches.length > 1 && overlapping(group.branches)) {
          return `regular expression may backtrack catastrophically: '${shown}' repeats alternatives that can start with the same character; make the alternatives distinct or use a character class`;
        }
        if (group.hasBackref) {
          return `regular expression may backtrack catastrophically: '${shown}' repeats a back-reference`;
        }
      }
      const g = top();
      if (lastAtom?.lead && q.min === 0) g.lead = null;
      if (variable) {
        g.hasVariable = true;
        g.variableAtoms.push(group ? null : (lastAtom?.source ?? null));
      }
      lastAtom = undefined;
      i += q.length;
      continue;
    }
    if (c === "^" || c === "$") {
      i++;
      continue;
    }
    const first: First = c === "." ? { kind: "any" } : { kind: "char", char: c };
    const lead = noteFirst(first);
    lastAtom = { first, source: c === "." ? "." : c, lead };
    i++;
  }
  return undefined;
}

// Characters probed to decide whether two atoms can match the same character: ASCII plus a few others.
const PROBES = [
  ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
  "\u00a0",
  "\u00e9",
  "\u2028",
  "\u4e2d",
];

/** The probes an atom matches, as a bit set (one 32-bit word per 32 probes); cached per atom. */
const probeSets = new Map<string, Uint32Array | null>();
function probeSet(atom: string): Uint32Array | null {
  let set = probeSets.get(atom);
  if (set !== undefined) return set;
  try {
    const re = new RegExp(`^(?:${atom})$`);
    set = new Uint32Array(Math.ceil(PROBES.length / 32));
    PROBES.forEach((c, i) => {
      if (re.test(c)) set![i >> 5]! |= 1 << (i & 31);
    });
  } catch {
    set = null; // not a character atom we can probe: assume the worst
  }
  if (probeSets.size < 10_000) probeSets.set(atom, set);
  return set;
}

/** Whether two single-character atoms (a literal, an escape, a class, `.`) can match the same character. */
function overlap(a: string, b: string): boolean {
  const x = probeSet(a);
  const y = probeSet(b);
  if (x === null || y === null) return true;
  return x.some((word, i) => (word & y[i]!) !== 0);
}

/**
 * Polynomial backtracking: unbounded quantifiers one after the other (only optional atoms between them)
 * over characters they can both match, like `.*.*`, `\w+\s*\w+` or `x*y*x*`. On a long value that does
 * not match, every way of splitting the text between them is tried: time grows like the length to the
 * power of their number. A required atom ends the run (`.*foo.*`, `\d+\.\d+` and `\w+\s+\w+` are fine).
 */
function polynomialHazard(source: string): string | undefined {
  /** Unbounded atoms of the current run, as written (with their quantifier). */
  let run: { atom: string; shown: string }[] = [];
  const runs: (typeof run)[] = [];
  let pending: string | undefined;
  let hazard: string | undefined;
  const settle = (atom: string, quantifier: Quantifier | undefined, shown: string) => {
    const min = quantifier?.min ?? 1;
    const max = quantifier?.max ?? 1;
    if (max === Number.POSITIVE_INFINITY) {
      const clash = run.find((r) => overlap(r.atom, atom));
      if (clash) {
        hazard ??= `regular expression may backtrack polynomially: '${clash.shown}' and '${shown}' repeat characters both can match, one after the other; merge them into one quantifier`;
      } else if (min > 0) {
        run = [{ atom, shown }]; // required: it separates what comes before it from what follows
      } else {
        run.push({ atom, shown });
      }
    } else if (min > 0) {
      run = []; // a required atom ends the run
    }
  };
  const flush = () => {
    if (pending !== undefined) settle(pending, undefined, pending);
    pending = undefined;
  };
  let i = 0;
  while (i < source.length && hazard === undefined) {
    const c = source[i]!;
    const q = readQuantifier(source, i);
    if (q && pending !== undefined) {
      settle(pending, q, source.slice(i - pending.length, i + q.length));
      pending = undefined;
      i += q.length;
      continue;
    }
    if (c === "\\") {
      flush();
      pending = source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === "[") {
      flush();
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      pending = source.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    flush();
    if (c === "(") {
      runs.push(run);
      run = [];
      // Skip the group's opening syntax ((?:, (?=, (?<name>, ...).
      let j = i + 1;
      if (source[j] === "?") {
        const lookbehind = source[j + 1] === "<" && (source[j + 2] === "=" || source[j + 2] === "!");
        if (lookbehind) j += 3;
        else if (source[j + 1] === "<") j = source.indexOf(">", j) + 1;
        else j += 2;
      }
      i = Math.max(j, i + 1);
      continue;
    }
    if (c === ")" || c === "|" || c === "^" || c === "$") {
      // Groups and alternatives are left to the other check; they end the run here.
      run = [];
      if (c === ")") runs.pop();
      i++;
      continue;
    }
    if (q) {
      // A quantifier after a group or at the start: nothing to settle here.
      i += q.length;
      continue;
    }
    pending = c;
    i++;
  }
  flush();
  return hazard;
}
