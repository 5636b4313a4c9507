/** Writing reports: atomically (a temporary file in the same directory, then a rename), never half a file. */
import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ConfigError } from "../errors.js";

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

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
