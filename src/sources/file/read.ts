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

import type { Stats } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { open, stat } from "node:fs/promises";
import { GateAborted } from "../../core/abort.js";
import { DeadlineExceeded } from "../../core/deadline.js";
import { ConfigError, errorMessage, InspectorError } from "../../errors.js";
import type { Finding } from "../../model.js";
import type { FindingService, FindingsFileFormat } from "../../result.js";
import { ClassicFindingReader } from "../classic/normalize.js";
import { Inspector2FindingReader } from "../inspector2/normalize.js";
import { describeValue, isObject } from "../shared/values.js";
import { FindingsJsonStream, type StreamSink, type ValueForm } from "./json-stream.js";
import { PlaceLog, Problems, SeenArns } from "./places.js";

export { SeenArns };

/** Bytes read (and parsed) at a time: the unit of memory, of progress and of yielding to the event loop. */
export const CHUNK_BYTES = 1 << 20;

export const SERVICE_NAMES: Readonly<Record<FindingService, string>> = {
  "inspector-classic": "Inspector Classic",
  inspector2: "Inspector (v2)",
};

const FORM_WORDS: Readonly<Record<ValueForm, string>> = {
  document: "a findings document",
  array: "a list of findings",
  finding: "a finding object",
};

export interface FileReadOptions {
  /** Count SUPPRESSED Inspector (v2) findings too (default: ACTIVE only). */
  readonly includeSuppressed?: boolean;
  /** The ARNs seen so far in the source's other files. */
  readonly seen?: SeenArns;
  /** The service of the source's findings, when known (from its files' first findings) and where seen. */
  readonly service?: { readonly service: FindingService; readonly place: string };
}

/** Where a document says more findings follow (nextToken): its last one must not, or pages are missing. */
export interface PageToken {
  readonly key: string;
  readonly place: string;
}

/** One file's findings, converted as its bytes are written in. */
export class FindingsFileReader implements StreamSink {
  private readonly stream: FindingsJsonStream;
  private readonly problems = new Problems();
  private readonly places: PlaceLog;
  private readonly seen: SeenArns;
  private readonly fileNo: number;
  private pending: Finding[] = [];
  private form: ValueForm | undefined;
  private roots = 0;
  private service: FindingService | undefined;
  private servicePlace = "";
  private classic?: ClassicFindingReader;
  private v2?: Inspector2FindingReader;
  private rootToken: PageToken | undefined;
  /** The page token of the file's last document, if it has one. */
  lastToken: PageToken | undefined;
  /** Findings read and counted (evaluated). */
  counted = 0;
  suppressed = 0;
  closed = 0;

  constructor(
    readonly file: string,
    private readonly options: FileReadOptions = {},
  ) {
    this.stream = new FindingsJsonStream(file, this);
    this.places = new PlaceLog(file);
    this.seen = options.seen ?? new SeenArns();
    this.fileNo = this.seen.register(this.places);
  }

  /** Reads the next bytes; the findings they complete are kept for take(). */
  write(bytes: Uint8Array): void {
    this.stream.write(bytes);
  }

  /** The file has ended: any problem gathered is one ConfigError for the file. */
  end(): void {
    this.stream.end();
    this.problems.throwIfAny(this.file);
  }

  /** The findings converted since the last call. */
  take(): Finding[] {
    const out = this.pending;
    if (out.length > 0) this.pending = [];
    return out;
  }

  /** How the file is laid out and whose findings it holds, once something has been read. */
  format(): FindingsFileFormat | null {
    const form = this.form;
    if (form === undefined) return null;
    const layout = form === "finding" ? (this.roots === 1 ? "finding" : "json-lines") : form;
    return {
      layout,
      service: this.service ?? null,
      ...(form !== "finding" && this.roots > 1 ? { documents: this.roots } : {}),
    };
  }

  // --- StreamSink -----------------------------------------------------------------------------------

  finding(value: unknown, form: ValueForm, root: number, index: number, line: number): void {
    const ordinal = this.places.add(form, root, index, line);
    this.form ??= form;
    if (!isObject(value)) {
      this.problems.add(
        `${this.places.text(ordinal)}: expected a finding object, got ${describeValue(value)}`,
      );
      return;
    }
    const v2 = Object.hasOwn(value, "findingArn");
    if (!v2 && !Object.hasOwn(value, "arn")) {
      this.problems.add(
        `${this.places.text(ordinal)}: not a finding: it has neither 'arn' (Inspector Classic) nor ` +
          "'findingArn' (Inspector v2)",
      );
      return;
    }
    const finding = this.readerFor(v2 ? "inspector2" : "inspector-classic", ordinal).convert(value, ordinal);
    if (finding === undefined) return;
    const first = this.seen.check(finding.arn, this.fileNo, ordinal);
    if (first !== undefined) {
      this.problems.add(
        `${this.places.text(ordinal)}: finding ${finding.arn} appears twice (first at ${first})`,
      );
      return;
    }
    if (finding.status === "CLOSED") {
      this.closed++;
      return;
    }
    if (finding.status === "SUPPRESSED") {
      this.suppressed++;
      if (this.options.includeSuppressed !== true) return;
    }
    this.counted++;
    this.pending.push(finding);
  }

  member(root: number, key: string, value: unknown): void {
    if (key === "failedItems") {
      if (value === null) return;
      if (!isObject(value)) {
        this.problems.add(`${this.file}: document ${root + 1}: failedItems must be an object`);
        return;
      }
      const failed = Object.keys(value);
      if (failed.length > 0) {
        throw new InspectorError(
          "FINDINGS_INCOMPLETE",
          `Findings file '${this.file}'${root > 0 ? ` (document ${root + 1})` : ""} lists ${failed.length} ` +
            `failed item${failed.length === 1 ? "" : "s"} (e.g. ${failed[0]}): the export is incomplete; ` +
            "refusing to decide on incomplete data.",
        );
      }
      return;
    }
    // nextToken (the service's), NextToken (the AWS CLI's, under --max-items): more findings follow.
    if (typeof value === "string" && value !== "") {
      this.rootToken = { key, place: `${this.file}: document ${root + 1}` };
    } else if (value !== null) {
      this.problems.add(`${this.file}: document ${root + 1}: ${key} must be a string`);
    }
  }

  valueEnd(root: number, form: ValueForm, line: number, hasFindings: boolean): void {
    if (this.form === undefined) this.form = form;
    else if (form !== this.form) {
      throw new ConfigError(
        "FINDINGS_INVALID",
        `Invalid findings file '${this.file}' at line ${line}: the file begins with ${FORM_WORDS[this.form]} ` +
          `but its value ${root + 1} is ${FORM_WORDS[form]}; a file holds one form.`,
      );
    }
    if (form === "document" && !hasFindings) {
      throw new ConfigError(
        "FINDINGS_INVALID",
        `Invalid findings file '${this.file}' at line ${line}: document ${root + 1} has no 'findings' list.`,
      );
    }
    this.roots = root + 1;
    if (form === "document") {
      this.lastToken = this.rootToken;
      this.rootToken = undefined;
    }
  }

  // --- Services -------------------------------------------------------------------------------------

  private readerFor(
    service: FindingService,
    ordinal: number,
  ): ClassicFindingReader | Inspector2FindingReader {
    if (this.service === undefined) {
      const other = this.options.service;
      if (other !== undefined && other.service !== service) {
        throw mixedServices(this.places.text(ordinal), service, other.place, other.service);
      }
      this.service = service;
      this.servicePlace = this.places.text(ordinal);
    } else if (service !== this.service) {
      throw mixedServices(this.places.text(ordinal), service, this.servicePlace, this.service);
    }
    const where = (i: number) => this.places.text(i);
    if (service === "inspector2") {
      this.v2 ??= new Inspector2FindingReader({ problems: this.problems, where });
      return this.v2;
    }
    this.classic ??= new ClassicFindingReader({ problems: this.problems, where });
    return this.classic;
  }
}

function mixedServices(
  place: string,
  service: FindingService,
  firstPlace: string,
  first: FindingService,
): ConfigError {
  return new ConfigError(
    "FINDINGS_INVALID",
    `Invalid findings: ${place} is an ${SERVICE_NAMES[service]} finding, but the findings before it ` +
      `(from ${firstPlace}) are ${SERVICE_NAMES[first]} ones; evaluate each service's findings on their own.`,
  );
}

/** The last document read says more findings follow: pages are missing, and the data are incomplete. */
export function incompletePages(token: PageToken): InspectorError {
  return new InspectorError(
    "FINDINGS_INCOMPLETE",
    `${token.place}, the last one read, carries a ${token.key}: more findings follow that the export ` +
      "does not hold; export every page (follow the token until none is left) and give the pages in order. " +
      "Refusing to decide on incomplete data.",
  );
}

// --- Files ------------------------------------------------------------------------------------------

const SAVE_FIRST =
  "findings are read from a file (its first finding is read before anything is evaluated, then the whole " +
  "of it), so save them to one first, e.g. 'aws inspector2 list-findings ... > findings.json'";

/**
 * Opens a findings file for reading; a ConfigError naming it when it cannot be. Only a regular file is
 * opened: standard input, a pipe or a device cannot be read twice, and opening or reading one may wait
 * forever (a pipe with no writer), past any deadline.
 */
export async function openFindingsFile(path: string): Promise<{ handle: FileHandle; size: number }> {
  if (path === "-") {
    throw new ConfigError(
      "FINDINGS_UNREADABLE",
      `Cannot read findings from standard input ('-'): ${SAVE_FIRST}.`,
    );
  }
  let handle: FileHandle | undefined;
  try {
    const before = await stat(path);
    if (notRegular(before)) throw Object.assign(new Error(notRegular(before)), { code: "ENOTREG" });
    handle = await open(path, "r");
    const opened = await handle.stat();
    if (notRegular(opened)) throw Object.assign(new Error(notRegular(opened)), { code: "ENOTREG" });
    return { handle, size: opened.size };
  } catch (error) {
    await handle?.close();
    throw unreadable(path, error);
  }
}

/** Why a file cannot be read as findings, from its kind; "" for a regular file. */
function notRegular(kind: Stats): string {
  if (kind.isFile()) return "";
  if (kind.isDirectory()) return "it is a directory";
  const what = kind.isFIFO() ? "a pipe" : kind.isSocket() ? "a socket" : "a device";
  return `it is ${what}, not a regular file: ${SAVE_FIRST}`;
}

function unreadable(path: string, error: unknown): ConfigError {
  const code = (error as { code?: string }).code;
  const why = code === "ENOENT" ? "no such file" : errorMessage(error);
  return new ConfigError("FINDINGS_UNREADABLE", `Cannot read findings file '${path}': ${why}.`, [], {
    cause: error,
  });
}

/**
 * Reads a file through `reader` a chunk at a time, yielding the findings each chunk completes (none are
 * read ahead: the consumer's pace is the reader's). Every chunk is a file read, so signals and timers run
 * between chunks; an aborted `signal` ends the reading with GateAborted.
 */
export async function* readFindingsFile(
  path: string,
  reader: FindingsFileReader,
  options: ChunkOptions & { onChunk?: (bytes: number) => void } = {},
): AsyncGenerator<Finding[]> {
  const { handle } = await openFindingsFile(path);
  try {
    for (;;) {
      betweenChunks(options);
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null));
      } catch (error) {
        throw unreadable(path, error);
      }
      if (bytesRead === 0) break;
      reader.write(buffer.subarray(0, bytesRead));
      options.onChunk?.(bytesRead);
      const batch = reader.take();
      if (batch.length > 0) yield batch;
    }
    reader.end();
    const rest = reader.take();
    if (rest.length > 0) yield rest;
  } finally {
    await handle.close();
  }
}

/** What ends a file's reading between two chunks: an abort, or what `checkpoint` throws (the deadline). */
export interface ChunkOptions {
  readonly signal?: AbortSignal;
  readonly checkpoint?: () => void;
}

function betweenChunks(options: ChunkOptions): void {
  if (options.signal?.aborted) throw new GateAborted(options.signal.reason);
  options.checkpoint?.();
}

/** What a file's first finding says of it, read before anything is evaluated. */
export interface FileSniff {
  /** Undefined when the file holds no finding. */
  readonly service?: FindingService;
  readonly place?: string;
  readonly bytes: number;
}

const FOUND = Symbol("found");

/** Reads a file only as far as its first finding: its service, and whether it opens as a findings file. */
export async function sniffFindingsFile(path: string, options: ChunkOptions = {}): Promise<FileSniff> {
  const { handle, size } = await openFindingsFile(path);
  const places = new PlaceLog(path);
  let found: { service: FindingService; place: string } | undefined;
  const stream = new FindingsJsonStream(path, {
    finding(value, form, root, index, line) {
      if (!isObject(value)) return;
      const service = Object.hasOwn(value, "findingArn")
        ? "inspector2"
        : Object.hasOwn(value, "arn")
          ? "inspector-classic"
          : undefined;
      if (service === undefined) return;
      found = { service, place: places.text(places.add(form, root, index, line)) };
      throw FOUND;
    },
    member() {},
    valueEnd() {},
  });
  try {
    for (;;) {
      betweenChunks(options);
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      stream.write(buffer.subarray(0, bytesRead));
    }
    stream.end();
  } catch (error) {
    if (error !== FOUND) {
      const ours = error instanceof ConfigError || error instanceof GateAborted;
      throw ours || error instanceof DeadlineExceeded ? error : unreadable(path, error);
    }
  } finally {
    await handle.close();
  }
  return found ? { ...found, bytes: size } : { bytes: size };
}

// --- Findings in hand (the library) -----------------------------------------------------------------

/**
 * The findings of a file's text, converted and checked as the file source does (ACTIVE Inspector v2
 * findings only, unless `includeSuppressed`).
 */
export function parseFindings(
  text: string,
  file: string,
  options: { readonly includeSuppressed?: boolean } = {},
): Finding[] {
  const reader = new FindingsFileReader(file, options);
  reader.write(Buffer.from(text, "utf8"));
  reader.end();
  if (reader.lastToken !== undefined) throw incompletePages(reader.lastToken);
  return reader.take();
}

/** Reads a findings file (streamed) into a list of its findings. */
export async function loadFindingsFile(
  path: string,
  options: { readonly includeSuppressed?: boolean } = {},
): Promise<Finding[]> {
  const reader = new FindingsFileReader(path, options);
  const out: Finding[] = [];
  for await (const batch of readFindingsFile(path, reader)) for (const f of batch) out.push(f);
  if (reader.lastToken !== undefined) throw incompletePages(reader.lastToken);
  return out;
}
