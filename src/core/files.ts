/**
 * Writing a file whole or not at all (reports, the emulator's state): the text goes to a temporary file
 * beside the target (same directory, so the same file system), which is then renamed over it. POSIX
 * rename is atomic: a reader or a crash never sees half a file. The one place the project does this.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteOptions {
  /** Create the file's missing parent directories first (the Action's report paths). */
  readonly createDirectories?: boolean;
}

export async function writeFileAtomic(
  path: string,
  text: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  if (options.createDirectories === true) await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
