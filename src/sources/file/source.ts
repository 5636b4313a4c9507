/**
 * The file source: exported findings, read from one or more files with no Inspector call. ready() reads
 * and splits the first file (so an unreadable or malformed one fails before any evaluation, and its
 * format is known); findings() converts the values in batches through the service's own normaliser (the
 * one the online source uses) as the gate pulls them. An export holds no evidence of coverage and no
 * counts of its own: what it holds is what it is.
 */
import { CLASSIC_SEVERITIES, type Finding, type SeverityCounts } from "../../model.js";
import type { FileSourceInfo, FindingsFileInfo } from "../../result.js";
import type { FindingSource, SourceContext, Totals } from "../types.js";
import { convertFindings, readFindingsText, SeenArns, type SplitFile, splitFindings } from "./read.js";

/** Reads exported findings from these files (one or more), as given. */
export interface FileSpec {
  readonly kind: "file";
  readonly files: readonly string[];
}

/** Findings converted per batch handed to the gate. */
const BATCH = 1024;
/** How often (in findings) progress is reported. */
const PROGRESS_EVERY = 50_000;

export class FileSource implements FindingSource {
  private readonly files: { path: string; split?: SplitFile; findings: number }[];
  private read = 0;

  constructor(
    spec: FileSpec,
    private readonly ctx: SourceContext,
  ) {
    this.files = spec.files.map((path) => ({ path, findings: 0 }));
  }

  info(): FileSourceInfo {
    return {
      kind: "file",
      severities: CLASSIC_SEVERITIES,
      files: this.files.map(
        (f): FindingsFileInfo => ({ path: f.path, format: f.split?.format ?? null, findings: f.findings }),
      ),
    };
  }

  /** Reads and splits the first file: an unreadable or malformed one fails before any evaluation. */
  async ready(): Promise<{ waitMs?: number }> {
    this.ctx.phase("reading the findings file");
    const first = this.files[0];
    if (first) await this.split(first);
    return {};
  }

  private async split(file: (typeof this.files)[number]): Promise<SplitFile> {
    file.split ??= splitFindings(await readFindingsText(file.path), file.path);
    return file.split;
  }

  async *findings(): AsyncGenerator<readonly Finding[]> {
    this.ctx.phase("reading findings");
    const seen = new SeenArns();
    let reported = 0;
    for (const file of this.files) {
      // Later files are read as the earlier ones are done with, so one parsed file is held at a time.
      const split = await this.split(file);
      for (const batch of convertFindings(split, BATCH, seen)) {
        file.findings += batch.length;
        this.read += batch.length;
        if (this.read - reported >= PROGRESS_EVERY) {
          reported = this.read;
          this.progress(false);
        }
        yield batch;
      }
      // The values are converted: let the collector have the parsed file.
      file.split = { ...split, values: [] };
    }
    this.progress(true);
  }

  private progress(done: boolean): void {
    this.ctx.fetched(
      { listed: this.read, described: this.read, listingDone: done },
      `findings: ${this.read} read`,
    );
  }

  async complete(raw: SeverityCounts): Promise<Totals> {
    return { total: this.read, counts: raw };
  }

  /** Unknown until every file has been read. */
  totals(): Totals | undefined {
    return undefined;
  }

  close(): void {}
}
