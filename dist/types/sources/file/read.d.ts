/**
 * Reading a findings file: its JSON streamed (json-stream.ts), each finding converted as soon as it is read
 * through its service's one normaliser (the ones the online sources use), so memory holds a chunk's worth
 * of findings, never the file. The service is told by each finding's shape: `arn` is Inspector Classic,
 * `findingArn` Inspector (v2); a file (and a source) holds one service's findings.
 *
 * What is refused: a finding whose ARN came before (in this file or another of the same source), a file
 * mixing services or forms, a describe-findings document with failed items (incomplete data, exit 3), and
 * any malformed finding (exit 2; problems are gathered over the file and reported together, each with its
 * place: line, document and index). Inspector (v2) status: ACTIVE findings count; SUPPRESSED ones only
 * when asked; CLOSED ones never.
 */
import type { FileHandle } from "node:fs/promises";
import { InspectorError } from "../../errors.js";
import type { Finding } from "../../model.js";
import type { FindingService, FindingsFileFormat } from "../../result.js";
import { type StreamSink, type ValueForm } from "./json-stream.js";
import { SeenArns } from "./places.js";
export { SeenArns };
/** Bytes read (and parsed) at a time: the unit of memory, of progress and of yielding to the event loop. */
export declare const CHUNK_BYTES: number;
export declare const SERVICE_NAMES: Readonly<Record<FindingService, string>>;
export interface FileReadOptions {
    /** Count SUPPRESSED Inspector (v2) findings too (default: ACTIVE only). */
    readonly includeSuppressed?: boolean;
    /** The ARNs seen so far in the source's other files. */
    readonly seen?: SeenArns;
    /** The service of the source's findings, when known (from its files' first findings) and where seen. */
    readonly service?: {
        readonly service: FindingService;
        readonly place: string;
    };
}
/** Where a document says more findings follow (nextToken): its last one must not, or pages are missing. */
export interface PageToken {
    readonly key: string;
    readonly place: string;
}
/** One file's findings, converted as its bytes are written in. */
export declare class FindingsFileReader implements StreamSink {
    readonly file: string;
    private readonly options;
    private readonly stream;
    private readonly problems;
    private readonly places;
    private readonly seen;
    private readonly fileNo;
    private pending;
    private form;
    private roots;
    private service;
    private servicePlace;
    private classic?;
    private v2?;
    private rootToken;
    /** The page token of the file's last document, if it has one. */
    lastToken: PageToken | undefined;
    /** Findings read and counted (evaluated). */
    counted: number;
    suppressed: number;
    closed: number;
    constructor(file: string, options?: FileReadOptions);
    /** Reads the next bytes; the findings they complete are kept for take(). */
    write(bytes: Uint8Array): void;
    /** The file has ended: any problem gathered is one ConfigError for the file. */
    end(): void;
    /** The findings converted since the last call. */
    take(): Finding[];
    /** How the file is laid out and whose findings it holds, once something has been read. */
    format(): FindingsFileFormat | null;
    finding(value: unknown, form: ValueForm, root: number, index: number, line: number): void;
    member(root: number, key: string, value: unknown): void;
    valueEnd(root: number, form: ValueForm, line: number, hasFindings: boolean): void;
    private readerFor;
}
/** The last document read says more findings follow: pages are missing, and the data are incomplete. */
export declare function incompletePages(token: PageToken): InspectorError;
/**
 * Opens a findings file for reading; a ConfigError naming it when it cannot be. Only a regular file is
 * opened: standard input, a pipe or a device cannot be read twice, and opening or reading one may wait
 * forever (a pipe with no writer), past any deadline.
 */
export declare function openFindingsFile(path: string): Promise<{
    handle: FileHandle;
    size: number;
}>;
/**
 * Reads a file through `reader` a chunk at a time, yielding the findings each chunk completes (none are
 * read ahead: the consumer's pace is the reader's). Every chunk is a file read, so signals and timers run
 * between chunks; an aborted `signal` ends the reading with GateAborted.
 */
export declare function readFindingsFile(path: string, reader: FindingsFileReader, options?: ChunkOptions & {
    onChunk?: (bytes: number) => void;
}): AsyncGenerator<Finding[]>;
/** What ends a file's reading between two chunks: an abort, or what `checkpoint` throws (the deadline). */
export interface ChunkOptions {
    readonly signal?: AbortSignal;
    readonly checkpoint?: () => void;
}
/** What a file's first finding says of it, read before anything is evaluated. */
export interface FileSniff {
    /** Undefined when the file holds no finding. */
    readonly service?: FindingService;
    readonly place?: string;
    readonly bytes: number;
}
/** Reads a file only as far as its first finding: its service, and whether it opens as a findings file. */
export declare function sniffFindingsFile(path: string, options?: ChunkOptions): Promise<FileSniff>;
/**
 * The findings of a file's text, converted and checked as the file source does (ACTIVE Inspector v2
 * findings only, unless `includeSuppressed`).
 */
export declare function parseFindings(text: string, file: string, options?: {
    readonly includeSuppressed?: boolean;
}): Finding[];
/** Reads a findings file (streamed) into a list of its findings. */
export declare function loadFindingsFile(path: string, options?: {
    readonly includeSuppressed?: boolean;
}): Promise<Finding[]>;
