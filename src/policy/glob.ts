/**
 * Globs of the policy format: `*` any run of characters, `?` one character (a UTF-16 code unit), `\`
 * makes the next character literal; exact when no wildcard appears. A glob matches the whole value.
 * Globs never use a regular expression: they compile to equality, prefix, suffix and substring tests,
 * or a left-to-right scan of their literal segments, so any value is matched in linear time.
 */

export type StringTest = (value: string) => boolean;

export const always: StringTest = () => true;

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

/** The exact value a glob stands for, or undefined when it has a wildcard. */
export function globLiteral(glob: string): string | undefined {
  const tokens = tokenizeGlob(glob);
  if (tokens.length === 0) return "";
  const only = tokens[0]!;
  return tokens.length === 1 && only.kind === "text" ? only.text : undefined;
}

/** The literal text every value the glob matches starts with: "" when it starts with a wildcard. */
export function globPrefix(glob: string): string {
  const first = tokenizeGlob(glob)[0];
  return first?.kind === "text" ? first.text : "";
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

/**
 * Globs with `?`: segments between stars, where `?` is any one code unit. The first segment anchors the
 * start, the last the end, the middle ones are found leftmost: no backtracking, whatever the value.
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

export function compileGlob(glob: string): StringTest {
  const tokens = tokenizeGlob(glob);
  if (tokens.length === 0) return (v) => v === "";
  if (tokens.some((t) => t.kind === "one")) return wildGlob(tokens);
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
