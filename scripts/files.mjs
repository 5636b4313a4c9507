// Shared by the build scripts: every file under a directory.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
export function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dir, path).split("\\").join("/"));
    }
  };
  walk(dir);
  return found.sort();
}
