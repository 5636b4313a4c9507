/**
 * Offline input: findings exported from Inspector, in any of three forms —
 *   1. the JSON `aws inspector describe-findings` prints: { "findings": [...], "failedItems": {...} }
 *   2. a JSON array of findings
 *   3. JSON Lines: one finding object per line
 * Each finding in Inspector's shape (as the SDK and the AWS CLI print it) or in inspector-gate's own
 * Finding shape (`asset`, `rulesPackageArn`); timestamps as epoch numbers (seconds, or milliseconds when
 * above 10^11) or ISO-8601 strings. Bad input is a ConfigError naming the file and the line or index.
 */
import { readFile } from "node:fs/promises";
import { ConfigError, errorMessage, InspectorError } from "../../errors.js";
import type { Finding } from "../../model.js";
import { ClassicFindingReader } from "../classic/normalize.js";
import { isObject } from "../shared/values.js";

/** Problems listed before "and N more". */
const MAX_PROBLEMS = 20;

export async function loadFindingsFile(path: string): Promise<Finding[]> {
  let text: string;
  try {
    // Bytes first, then one decode: readFile(path, "utf8") decodes chunk by chunk into a rope that
    // JSON.parse must first copy flat, a second copy of an export that can run to hundreds of MiB.
    text = (await readFile(path)).toString("utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : errorMessage(error);
    throw new ConfigError("FINDINGS_UNREADABLE", `Cannot read findings file '${path}': ${why}.`, [], {
      cause: error,
    });
  }
  return parseFindings(text, path);
}

/** Parses the text of a findings file (see the module comment for the accepted forms). */
export function parseFindings(text: string, file: string): Finding[] {
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

function fromDocument(doc: unknown, file: string): Finding[] {
  const problems = new Problems();
  let list: unknown[];
  let where: (i: number) => string;
  if (Array.isArray(doc)) {
    list = doc;
    where = (i) => `${file}: [${i}]`;
  } else if (isObject(doc) && Array.isArray(doc.findings)) {
    list = doc.findings;
    where = (i) => `${file}: findings[${i}]`;
    const failed = isObject(doc.failedItems) ? Object.keys(doc.failedItems) : [];
    if (failed.length > 0) {
      throw new InspectorError(
        "FINDINGS_INCOMPLETE",
        `Findings file '${file}' lists ${failed.length} failed item${failed.length === 1 ? "" : "s"} ` +
          `(e.g. ${failed[0]}): the export is incomplete; refusing to decide on incomplete data.`,
      );
    }
  } else if (isObject(doc) && "arn" in doc) {
    list = [doc];
    where = () => `${file}:1`;
  } else {
    throw new ConfigError(
      "FINDINGS_INVALID",
      `Findings file '${file}' is not in a known form: expected the JSON of 'aws inspector describe-findings' ` +
        `({"findings": [...]}), a JSON array of findings, or JSON Lines.`,
    );
  }
  const findings = convertAll(list, where, problems);
  problems.throwIfAny(file);
  return findings;
}

function fromJsonLines(body: string, file: string): Finding[] {
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
  const findings = convertAll(values, (k) => `${file}:${lines[k]}`, problems);
  problems.throwIfAny(file);
  return findings;
}

function convertAll(list: unknown[], where: (i: number) => string, problems: Problems): Finding[] {
  const findings: Finding[] = [];
  // Index of each ARN's first finding; its place is spelled out only when a duplicate needs it.
  const seen = new Map<string, number>();
  const reader = new ClassicFindingReader({ where, problems });
  for (let i = 0; i < list.length; i++) {
    const finding = reader.convert(list[i], i);
    // The parsed finding is not needed again: let the collector reclaim it (and its description and
    // recommendation text) while the rest are converted.
    list[i] = undefined;
    if (finding === undefined) continue;
    const first = seen.get(finding.arn);
    if (first !== undefined) {
      problems.add(`${where(i)}: finding ${finding.arn} appears twice (first at ${where(first)})`);
      continue;
    }
    seen.set(finding.arn, i);
    findings.push(finding);
  }
  return findings;
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
