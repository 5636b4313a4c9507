/**
 * The state file (`--state FILE`): one JSON object holding every service's account. It is read once
 * at start (each service restores its part) and written whole on stop, through a temporary file
 * renamed into place so that a crash never leaves half a file.
 */
import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "../../core/files.js";
import { ConfigError } from "../../errors.js";

/** The parsed file, or undefined when it does not exist yet (it will be written on stop). */
export async function readStateFile(path: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError(
      "EMULATOR_STATE_UNREADABLE",
      `cannot read emulator state file ${path}: ${(error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_STATE_INVALID",
      `emulator state file ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError("EMULATOR_STATE_INVALID", `emulator state file ${path} must hold a JSON object`);
  }
  return data as Record<string, unknown>;
}

export async function writeStateFile(path: string, data: Record<string, unknown>): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`);
}
