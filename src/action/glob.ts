/**
 * Glob patterns in the Action's inputs (`policy`, and any input that names files), expanded with
 * tinyglobby (Node 20, where the tests run, has no fs.glob). Patterns are relative to a base directory
 * and use `/`: `*`, `?`, `[abc]`, `{a,b}` and `**`. Hidden files and directories are matched only by a
 * pattern that names them with a leading dot; `.git` and `node_modules` are never searched.
 */
import { isAbsolute, relative } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

const IGNORED = ["**/.git/**", "**/node_modules/**"];

export function isGlob(pattern: string): boolean {
  return isDynamicPattern(pattern);
}

/** Files (not directories) under `base` that match `pattern`, as absolute paths, sorted. */
export async function expandGlob(base: string, pattern: string): Promise<string[]> {
  const relativePattern = isAbsolute(pattern) ? relative(base, pattern) : pattern;
  const files = await glob(relativePattern, {
    cwd: base,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: true,
    ignore: IGNORED,
    expandDirectories: false,
  });
  return files.sort();
}
