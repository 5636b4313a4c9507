/**
 * Writing a file whole or not at all (reports, the emulator's state): write-file-atomic writes a
 * temporary file beside the target and renames it into place, so a reader or a crash never sees half a
 * file. The one place the project writes files it promises to be whole.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import writeFileAtomicallyTo from "write-file-atomic";

export interface AtomicWriteOptions {
  /** Create the file's missing parent directories first (the Action's report paths). */
  readonly createDirectories?: boolean;
}

export async function writeFileAtomic(
  path: string,
  text: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  if (options.createDirectories === true) await mkdir(dirname(path), { recursive: true });
  await writeFileAtomicallyTo(path, text, { encoding: "utf8" });
}
