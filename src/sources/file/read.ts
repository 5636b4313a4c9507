/**
 * Reading a findings file: split it into finding values, then convert them in batches as the gate pulls
 * them (the converted findings are never all held at once). The forms, detected by shape —
 *   1. the JSON `aws inspector describe-findings` prints: { "findings": [...], "failedItems": {...} }
 *   2. a JSON array of findings
 *   3. JSON Lines: one finding object per line
 * Each finding in Inspector's shape (as the SDK and the AWS CLI print it) or in inspector-gate's own
 * Finding shape (`asset`, `rulesPackageArn`); timestamps as epoch numbers (seconds, or milliseconds when
 * above 10^11) or ISO-8601 strings. Bad input is a ConfigError naming the file and the line or index;
 * problems are gathered over the whole file and reported together once it has been read.
 */
import { readFile } from "node:fs/promises";
import { ConfigError, errorMessage, InspectorError } from "../../errors.js";
import type { Finding } from "../../model.js";
import type { FindingsFileFormat } from "../../result.js";
import { ClassicFindingReader } from "../classic/normalize.js";
import { isObject } from "../shared/values.js";

/** Problems listed before "and N more". */
const MAX_PROBLEMS = 20;

/** The bytes of a findings file, decoded once; a ConfigError naming the file when it cannot be read. */
export async function readFindingsText(path: string): Promise<string> {
  try {
    // Bytes first, then one decode: readFile(path, "utf8") decodes chunk by chunk into a rope that
    // JSON.parse must first copy flat, a second copy of an export that can run to hundreds of MiB.
    return (await readFile(path)).toString("utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : errorMessage(error);
    throw new ConfigError("FINDINGS_UNREADABLE", `Cannot read findings file '${path}': ${why}.`, [], {
      cause: error,
    });
  }
}

/** A findings file split into its finding values, not yet converted. */
export interface SplitFile {
  readonly file: string;
  readonly format: FindingsFileFormat;
  /** The parsed values, in file order; each is dropped once converted. */
  readonly values: unknown[];
  /** A value's place in messages: "f.json: findings[3]", "f.jsonl:7". */
  readonly where: (index: number) => string;
  /** Problems already found while splitting (lines that are not JSON). */
  readonly problems: Problems;
}

/** Splits the text of a findings file (see the module comment for the accepted forms). */
export function splitFindings(text: string, file: string): SplitFile {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    throw new ConfigError(
      "FINDINGS_INVALID",
      `Findings file '${file}' is empty: expected the JSON of 'aws inspector describe-findings', ` +
        "a JSON array of findings, or JSON Lines.",
    );
  }
  let whole: unknown;
  let syntaxError: Error | undefined;
  try {
    whole = JSON.parse(body);
  } catch (error) {
    syntaxError = error as Error;
  }
  if (syntaxError === undefined) return fromDocument(whole, file);
  if (looksLikeJsonLines(body)) return fromJsonLines(body, file);
  const at = jsonErrorPosition(syntaxError, body);
  throw new ConfigError(
    "FINDINGS_INVALID",
    `Invalid JSON in findings file '${file}' at line ${at.line}, column ${at.column}: ${cleanJsonMessage(syntaxError)}.`,
  );
}

/**
 * The ARNs seen so far across the files of one source, each with the place it first appeared (kept as a
 * number: a place is spelled out only when a duplicate needs it).
 */
export class SeenArns {
  private readonly first = new Map<string, number>();
  private readonly files: SplitFile[] = [];

  /** A number for `split`, used by convertFindings. */
  register(split: SplitFile): number {
    return this.files.push(split) - 1;
  }

  /** Where `arn` first appeared, or undefined; records (fileNo, index) when it is new. */
  check(arn: string, fileNo: number, index: number): string | undefined {
    const place = this.first.get(arn);
    if (place === undefined) {
      this.first.set(arn, fileNo * 2 ** 32 + index);
      return undefined;
    }
    const file = this.files[Math.floor(place / 2 ** 32)];
    return file?.where(place % 2 ** 32) ?? "?";
  }
}

/**
 * Converts a split file's values in batches of up to `size`, in file order. A value that is not a valid
 * finding, or a finding whose ARN came earlier (in this file or in another of the same source, through
 * `seen`), is a problem; once every value has been converted, any problem is one ConfigError for the file.
 */
export function* convertFindings(
  split: SplitFile,
  size: number,
  seen: SeenArns = new SeenArns(),
): Generator<Finding[]> {
  const { values, where, problems } = split;
  const fileNo = seen.register(split);
  const reader = new ClassicFindingReader({ where, problems });
  let batch: Finding[] = [];
  for (let i = 0; i < values.length; i++) {
    const finding = reader.convert(values[i], i);
    // The parsed finding is not needed again: let the collector reclaim it (and its description and
    // recommendation text) while the rest are converted.
    values[i] = undefined;
    if (finding === undefined) continue;
    const first = seen.check(finding.arn, fileNo, i);
    if (first !== undefined) {
      problems.add(`${where(i)}: finding ${finding.arn} appears twice (first at ${first})`);
      continue;
    }
    batch.push(finding);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  problems.throwIfAny(split.file);
  if (batch.length > 0) yield batch;
}

/** Parses the text of a findings file whole (see the module comment for the accepted forms). */
export function parseFindings(text: string, file: string): Finding[] {
  const out: Finding[] = [];
  for (const batch of convertFindings(splitFindings(text, file), Number.POSITIVE_INFINITY)) {
    for (const f of batch) out.push(f);
  }
  return out;
}

/** Reads a findings file whole (the file source streams it instead). */
export async function loadFindingsFile(path: string): Promise<Finding[]> {
  return parseFindings(await readFindingsText(path), path);
}

function looksLikeJsonLines(body: string): boolean {
  const first = body.split("\n").find((line) => line.trim() !== "");
  if (first === undefined || body.trim().split("\n").length < 2) return false;
  try {
    const value = JSON.parse(first);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

class Problems {
  readonly list: string[] = [];
  private count = 0;
  add(problem: string): void {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  }
  throwIfAny(file: string): void {
    if (this.count === 0) return;
    const problems = [...this.list];
    if (this.count > this.list.length) problems.push(`… and ${this.count - this.list.length} more`);
    const message =
      this.count === 1
        ? `Invalid findings file '${file}': ${this.list[0]}`
        : `Invalid findings file '${file}': ${this.count} problems`;
    throw new ConfigError("FINDINGS_INVALID", message, this.count === 1 ? [] : problems);
  }
}

function fromDocument(doc: unknown, file: string): SplitFile {
  const service = "inspector-classic" as const;
  if (Array.isArray(doc)) {
    return {
      file,
      format: { layout: "array", service },
      values: doc,
      where: (i) => `${file}: [${i}]`,
      problems: new Problems(),
    };
  }
  if (isObject(doc) && Array.isArray(doc.findings)) {
    const failed = isObject(doc.failedItems) ? Object.keys(doc.failedItems) : [];
    if (failed.length > 0) {
      throw new InspectorError(
        "FINDINGS_INCOMPLETE",
        `Findings file '${file}' lists ${failed.length} failed item${failed.length === 1 ? "" : "s"} ` +
          `(e.g. ${failed[0]}): the export is incomplete; refusing to decide on incomplete data.`,
      );
    }
    return {
      file,
      format: { layout: "document", service },
      values: doc.findings,
      where: (i) => `${file}: findings[${i}]`,
      problems: new Problems(),
    };
  }
  if (isObject(doc) && "arn" in doc) {
    return {
      file,
      format: { layout: "finding", service },
      values: [doc],
      where: () => `${file}:1`,
      problems: new Problems(),
    };
  }
  throw new ConfigError(
    "FINDINGS_INVALID",
    `Findings file '${file}' is not in a known form: expected the JSON of 'aws inspector describe-findings' ` +
      `({"findings": [...]}), a JSON array of findings, or JSON Lines.`,
  );
}

function fromJsonLines(body: string, file: string): SplitFile {
  const problems = new Problems();
  const values: unknown[] = [];
  const lines: number[] = [];
  const rows = body.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ?? "").trim();
    if (row === "") continue;
    try {
      values.push(JSON.parse(row));
      lines.push(i + 1);
    } catch (error) {
      const column = jsonErrorPosition(error as Error, row).column;
      problems.add(`${file}:${i + 1}:${column}: invalid JSON: ${cleanJsonMessage(error as Error)}`);
    }
  }
  return {
    file,
    format: { layout: "json-lines", service: "inspector-classic" },
    values,
    where: (k) => `${file}:${lines[k]}`,
    problems,
  };
}

/** Line and column (1-based) of a JSON.parse error, from "position N" or "(line L column C)". */
function jsonErrorPosition(error: Error, text: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(error.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(error.message);
  const offset = pos ? Number(pos[1]) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function cleanJsonMessage(error: Error): string {
  return error.message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/ in JSON at position \d+.*$/, "")
    .replace(/^(Unexpected token .*?), ".*" is not valid JSON$/, "$1");
}
