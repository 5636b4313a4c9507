/** Report paths given on the command line: checked before the gate runs; written whole (src/core/files.ts). */
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import { ConfigError } from "../errors.js";

export { writeFileAtomic } from "../core/files.js";

/** Checked before the gate runs, so a typo in --output does not cost a whole assessment. */
export async function checkOutputPath(path: string, flag: string): Promise<void> {
  const dir = dirname(path);
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    throw new ConfigError("OPTION_INVALID", `Invalid ${flag} '${path}': directory '${dir}' does not exist.`);
  }
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory()) {
    throw new ConfigError(
      "OPTION_INVALID",
      `Invalid ${flag} '${path}': it is a directory; expected a file path.`,
    );
  }
}
