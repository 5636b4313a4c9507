/**
 * Writing a file whole or not at all (reports, the emulator's state): the text goes to a temporary file
 * beside the target (same directory, so the same file system), which is then renamed over it (a long
 * output, an export, is streamed to it with AtomicFile). POSIX rename is atomic: a reader or a crash
 * never sees half a file. The one place the project does this.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteOptions {
  /** Create the file's missing parent directories first (the Action's report paths). */
  readonly createDirectories?: boolean;
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

export async function writeFileAtomic(
  path: string,
  text: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  if (options.createDirectories === true) await mkdir(dir, { recursive: true });
  const temp = tempPath(path);
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A file written under a temporary name beside it, renamed into place by commit(). */
export class AtomicFile {
  private readonly temp: string;
  private readonly stream: WriteStream;
  private failure: Error | undefined;

  constructor(readonly path: string) {
    this.temp = join(
      dirname(path),
      `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
    );
    this.stream = createWriteStream(this.temp, { flags: "wx", encoding: "utf8" });
    this.stream.on("error", (error) => {
      this.failure = error;
    });
  }

  /** Waits for the stream to drain when its buffer is full, so memory holds a batch, not the export. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(text)) {
      await new Promise<void>((done, fail) => {
        const onError = (error: Error) => fail(error);
        this.stream.once("error", onError);
        this.stream.once("drain", () => {
          this.stream.off("error", onError);
          done();
        });
      });
    }
  }

  async commit(): Promise<void> {
    await new Promise<void>((done, fail) =>
      this.stream.end((error?: Error | null) => (error ? fail(error) : done())),
    );
    if (this.failure) throw this.failure;
    await rename(this.temp, this.path);
  }

  async discard(): Promise<void> {
    // The file is opened asynchronously: wait until it has been closed, or it could be created after rm.
    if (!this.stream.closed) {
      const closed = new Promise<void>((done) => this.stream.once("close", () => done()));
      this.stream.destroy();
      await closed;
    }
    await rm(this.temp, { force: true });
  }
}
