/**
 * The file source: exported findings, read from one or more files with no Inspector call. ready() reads
 * and splits the first file (so an unreadable or malformed one fails before any evaluation, and its
 * format is known); findings() converts the values in batches through the service's own normaliser (the
 * one the online source uses) as the gate pulls them. An export holds no evidence of coverage and no
 * counts of its own: what it holds is what it is.
 */
import { type Finding, type SeverityCounts } from "../../model.js";
import type { FileSourceInfo } from "../../result.js";
import type { FindingSource, SourceContext, Totals } from "../types.js";
/** Reads exported findings from these files (one or more), as given. */
export interface FileSpec {
    readonly kind: "file";
    readonly files: readonly string[];
}
export declare class FileSource implements FindingSource {
    private readonly ctx;
    private readonly files;
    private read;
    constructor(spec: FileSpec, ctx: SourceContext);
    info(): FileSourceInfo;
    /** Reads and splits the first file: an unreadable or malformed one fails before any evaluation. */
    ready(): Promise<{
        waitMs?: number;
    }>;
    private split;
    findings(): AsyncGenerator<readonly Finding[]>;
    private progress;
    complete(raw: SeverityCounts): Promise<Totals>;
    /** Unknown until every file has been read. */
    totals(): Totals | undefined;
    close(): void;
}
