import { type Finding, type SeverityCounts } from "../../model.js";
import type { FileSourceInfo } from "../../result.js";
import type { FindingSource, SourceContext, Totals } from "../types.js";
/** Reads exported findings from these files (one or more), as given. */
export interface FileSpec {
    readonly kind: "file";
    readonly files: readonly string[];
    /** Count SUPPRESSED Inspector (v2) findings too (default: ACTIVE findings only; CLOSED never count). */
    readonly includeSuppressed?: boolean;
}
export declare class FileSource implements FindingSource {
    private readonly ctx;
    private readonly files;
    private readonly includeSuppressed;
    private service;
    private read;
    private bytesRead;
    private lastProgress;
    constructor(spec: FileSpec, ctx: SourceContext);
    info(): FileSourceInfo;
    /** Reads each file as far as its first finding: they must open well and hold one service's findings. */
    ready(): Promise<{
        waitMs?: number;
    }>;
    findings(_needs: unknown, signal: AbortSignal): AsyncGenerator<readonly Finding[]>;
    /** Between two chunks: an interrupt, or the deadline seen on the gate's clock, ends the reading. */
    private chunkOptions;
    private progress;
    complete(raw: SeverityCounts): Promise<Totals>;
    /** Unknown until every file has been read. */
    totals(): Totals | undefined;
    close(): void;
}
