/**
 * The file source: exported findings, read from one or more files with no Inspector call. ready() reads
 * each file only as far as its first finding (an unreadable or malformed start fails before any
 * evaluation, and the files' service is known, so the policy is applied for its severities); findings()
 * streams the files in turn, a chunk at a time, converting each finding through its service's own
 * normaliser (the one the online source uses) as the gate pulls them. Every chunk is a file read, so the
 * deadline and an interrupt end the reading between two chunks. An export holds no evidence of coverage
 * and no counts of its own: what it holds is what it is.
 */
import { DeadlineExceeded } from "../../core/deadline.js";
import { ConfigError } from "../../errors.js";
import { CLASSIC_SEVERITIES, type Finding, INSPECTOR2_SEVERITIES, type SeverityCounts } from "../../model.js";
import type { FileSourceInfo, FindingService, FindingsFileInfo } from "../../result.js";
import type { FindingSource, SourceContext, Totals } from "../types.js";
import {
  type ChunkOptions,
  FindingsFileReader,
  incompletePages,
  readFindingsFile,
  SERVICE_NAMES,
  SeenArns,
  sniffFindingsFile,
} from "./read.js";

/** Reads exported findings from these files (one or more), as given. */
export interface FileSpec {
  readonly kind: "file";
  readonly files: readonly string[];
  /** Count SUPPRESSED Inspector (v2) findings too (default: ACTIVE findings only; CLOSED never count). */
  readonly includeSuppressed?: boolean;
}

/** Progress is reported at most this often (clock time). */
const PROGRESS_EVERY_MS = 1_000;

interface FileState {
  readonly path: string;
  bytes: number;
  reader?: FindingsFileReader;
}

export class FileSource implements FindingSource {
  private readonly files: FileState[];
  private readonly includeSuppressed: boolean;
  private service: { service: FindingService; place: string } | undefined;
  private read = 0;
  private bytesRead = 0;
  private lastProgress = Number.NEGATIVE_INFINITY;

  constructor(
    spec: FileSpec,
    private readonly ctx: SourceContext,
  ) {
    this.files = spec.files.map((path) => ({ path, bytes: 0 }));
    this.includeSuppressed = spec.includeSuppressed === true;
  }

  info(): FileSourceInfo {
    return {
      kind: "file",
      severities: this.service?.service === "inspector2" ? INSPECTOR2_SEVERITIES : CLASSIC_SEVERITIES,
      files: this.files.map((f): FindingsFileInfo => {
        const r = f.reader;
        return {
          path: f.path,
          format: r?.format() ?? null,
          findings: r?.counted ?? 0,
          ...(r !== undefined && r.suppressed > 0 ? { suppressed: r.suppressed } : {}),
          ...(r !== undefined && r.closed > 0 ? { closed: r.closed } : {}),
        };
      }),
      ...(this.includeSuppressed ? { includeSuppressed: true } : {}),
    };
  }

  /** Reads each file as far as its first finding: they must open well and hold one service's findings. */
  async ready(): Promise<{ waitMs?: number }> {
    this.ctx.phase("reading the findings files");
    for (const file of this.files) {
      const sniff = await sniffFindingsFile(file.path, this.chunkOptions(this.ctx.signal));
      file.bytes = sniff.bytes;
      if (sniff.service === undefined || sniff.place === undefined) continue;
      if (this.service === undefined) this.service = { service: sniff.service, place: sniff.place };
      else if (this.service.service !== sniff.service) {
        throw new ConfigError(
          "FINDINGS_INVALID",
          `Invalid findings: ${sniff.place} is an ${SERVICE_NAMES[sniff.service]} finding, but ` +
            `${this.service.place} is an ${SERVICE_NAMES[this.service.service]} one; evaluate each ` +
            "service's findings on their own.",
        );
      }
    }
    return {};
  }

  async *findings(_needs: unknown, signal: AbortSignal): AsyncGenerator<readonly Finding[]> {
    this.ctx.phase("reading findings");
    const seen = new SeenArns();
    const total = this.files.reduce((sum, f) => sum + f.bytes, 0);
    let last: FindingsFileReader | undefined;
    for (const file of this.files) {
      const reader = new FindingsFileReader(file.path, {
        seen,
        includeSuppressed: this.includeSuppressed,
        ...(this.service ? { service: this.service } : {}),
      });
      file.reader = reader;
      last = reader;
      const onChunk = (bytes: number) => {
        this.bytesRead += bytes;
        this.progress(false, total);
      };
      const options = { ...this.chunkOptions(signal), onChunk };
      for await (const batch of readFindingsFile(file.path, reader, options)) {
        this.read += batch.length;
        yield batch;
      }
    }
    // The last page read must not say more follow (pages of a listing, appended in order).
    if (last?.lastToken !== undefined) throw incompletePages(last.lastToken);
    this.progress(true, total);
  }

  /** Between two chunks: an interrupt, or the deadline seen on the gate's clock, ends the reading. */
  private chunkOptions(signal: AbortSignal): ChunkOptions {
    const { clock, deadline } = this.ctx;
    return {
      signal,
      checkpoint: () => {
        if (clock.now() >= deadline) throw new DeadlineExceeded("reading findings");
      },
    };
  }

  private progress(done: boolean, totalBytes: number): void {
    const now = this.ctx.clock.now();
    if (!done && now - this.lastProgress < PROGRESS_EVERY_MS) return;
    this.lastProgress = now;
    const mib = (n: number) => (n / 2 ** 20).toFixed(n < 10 * 2 ** 20 ? 1 : 0);
    this.ctx.fetched(
      { listed: this.read, described: this.read, listingDone: done },
      `findings: ${this.read} read${done ? "" : ` (${mib(this.bytesRead)} of ${mib(totalBytes)} MiB)`}`,
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
