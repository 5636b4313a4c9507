/**
 * A small glob expander for the `policy` input (Node 20 has no fs.glob). Patterns are relative to a base
 * directory and use `/` as separator: `*` and `?` match within one path segment, `[abc]` a character class,
 * `{a,b}` alternatives, and a `**` segment any number of directories. Hidden files and directories are
 * matched only by patterns that name them with a leading dot; `.git` and `node_modules` are never searched.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

const SKIPPED_DIRS = new Set([".git", "node_modules"]);

export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Files (not directories) under `base` that match `pattern`, as absolute paths, sorted. */
export async function expandGlob(base: string, pattern: string): Promise<string[]> {
  const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
  const found = new Set<string>();
  await walk(base, segments, found);
  return [...found].sort();
}

async function walk(dir: string, segments: readonly string[], found: Set<string>): Promise<void> {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (head === "**") {
    // Zero directories…
    await walk(dir, rest, found);
    // …or one more, keeping the `**`.
    for (const entry of await entries(dir)) {
      if (entry.isDirectory() && !entry.name.startsWith(".") && !SKIPPED_DIRS.has(entry.name)) {
        await walk(join(dir, entry.name), segments, found);
      }
    }
    return;
  }
  const matcher = isGlob(head) ? segmentRegExp(head) : undefined;
  for (const entry of await entries(dir)) {
    const name = entry.name;
    const matches = matcher
      ? matcher.test(name) && (!name.startsWith(".") || head.startsWith("."))
      : name === head;
    if (!matches) continue;
    const path = join(dir, name);
    if (rest.length === 0) {
      if (entry.isFile() || entry.isSymbolicLink()) found.add(path);
    } else if ((entry.isDirectory() || entry.isSymbolicLink()) && !SKIPPED_DIRS.has(name)) {
      await walk(path, rest, found);
    }
  }
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** One path segment's glob as an anchored regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let source = "";
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) source += "\\[";
      else {
        let body = segment.slice(i + 1, close);
        const negate = body.startsWith("!") || body.startsWith("^");
        if (negate) body = body.slice(1);
        source += `[${negate ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      source += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      source += ")";
    } else if (c === "," && braces > 0) source += "|";
    else source += c.replace(/[.+^$()|\\/{}]/g, "\\$&");
  }
  source += ")".repeat(braces);
  return new RegExp(`^${source}$`);
}
