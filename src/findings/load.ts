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
import { ConfigError, errorMessage, InspectorError } from "../errors.js";
import {
  type Asset,
  type Attribute,
  CLASSIC_SEVERITIES,
  type ClassicSeverity,
  type Finding,
} from "../model.js";

const CLASSIC: ReadonlySet<string> = new Set(CLASSIC_SEVERITIES);
function isClassicSeverity(value: unknown): value is ClassicSeverity {
  return typeof value === "string" && CLASSIC.has(value);
}

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
  const reader = new FindingReader(where, problems);
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === "object") return "an object";
  return String(value);
}

/**
 * Converts findings one at a time (Inspector's shape or ours → Finding). One reader serves a whole file,
 * so a finding costs no closures; a problem is reported with the finding's place, and the finding is
 * then dropped.
 */
class FindingReader {
  private index = 0;
  private ok = true;
  private readonly badFn = (message: string) => this.bad(message);

  constructor(
    private readonly where: (i: number) => string,
    private readonly problems: Problems,
  ) {}

  private bad(message: string): void {
    this.ok = false;
    this.problems.add(`${this.where(this.index)}: ${message}`);
  }

  private str(key: string, v: unknown): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") return v;
    this.bad(`${key} must be a string, got ${describe(v)}`);
    return undefined;
  }

  private num(key: string, v: unknown): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.bad(`${key} must be a number, got ${describe(v)}`);
    return undefined;
  }

  /** The finding at `index`, or undefined (its problems reported) when it is not valid. */
  convert(value: unknown, index: number): Finding | undefined {
    this.index = index;
    this.ok = true;
    if (!isObject(value)) {
      this.bad(`expected a finding object, got ${describe(value)}`);
      return undefined;
    }
    const bad = this.badFn;

    const arn = value.arn;
    if (typeof arn !== "string" || arn === "") {
      this.bad(`arn must be a non-empty string, got ${describe(arn)}`);
    }
    let severity: Finding["severity"] = "Undefined";
    if (value.severity !== undefined && value.severity !== null) {
      if (isClassicSeverity(value.severity)) severity = value.severity;
      else
        this.bad(
          `severity ${describe(value.severity)} is not one of ${[...CLASSIC_SEVERITIES].reverse().join(", ")}`,
        );
    }
    const attributes = attributeList("attributes", value.attributes, bad);
    const userAttributes = attributeList("userAttributes", value.userAttributes, bad);

    const assetSource = isObject(value.asset)
      ? value.asset
      : isObject(value.assetAttributes)
        ? value.assetAttributes
        : {};
    const asset: { -readonly [K in keyof Asset]: Asset[K] } = {};
    const agentId = this.str("assetAttributes.agentId", assetSource.agentId);
    if (agentId !== undefined) asset.agentId = agentId;
    const hostname = this.str("assetAttributes.hostname", assetSource.hostname);
    if (hostname !== undefined) asset.hostname = hostname;
    const group = this.str("assetAttributes.autoScalingGroup", assetSource.autoScalingGroup);
    if (group !== undefined) asset.autoScalingGroup = group;
    const amiId = this.str("assetAttributes.amiId", assetSource.amiId);
    if (amiId !== undefined) asset.amiId = amiId;
    const ipv4 = assetSource.ipv4Addresses;
    if (ipv4 !== undefined) {
      if (Array.isArray(ipv4) && allStrings(ipv4)) {
        if (ipv4.length > 0) asset.ipv4Addresses = ipv4 as string[];
      } else this.bad("assetAttributes.ipv4Addresses must be a list of strings");
    }

    const out: { -readonly [K in keyof Finding]: Finding[K] } = {
      arn: typeof arn === "string" ? arn : "",
      severity,
      attributes,
      userAttributes,
      asset,
    };
    const id = this.str("id", value.id);
    if (id !== undefined) out.id = id;
    const title = this.str("title", value.title);
    if (title !== undefined) out.title = title;
    const numericSeverity = this.num("numericSeverity", value.numericSeverity);
    if (numericSeverity !== undefined) out.numericSeverity = numericSeverity;
    const confidence = this.num("confidence", value.confidence);
    if (confidence !== undefined) out.confidence = confidence;
    if (value.indicatorOfCompromise !== undefined && value.indicatorOfCompromise !== null) {
      if (typeof value.indicatorOfCompromise === "boolean")
        out.indicatorOfCompromise = value.indicatorOfCompromise;
      else
        this.bad(`indicatorOfCompromise must be true or false, got ${describe(value.indicatorOfCompromise)}`);
    }
    const service = isObject(value.serviceAttributes) ? value.serviceAttributes : {};
    const packageArn = this.str("rulesPackageArn", value.rulesPackageArn ?? service.rulesPackageArn);
    if (packageArn !== undefined) out.rulesPackageArn = packageArn;
    const packageName = this.str("rulesPackageName", value.rulesPackageName);
    if (packageName !== undefined) out.rulesPackageName = packageName;
    if (value.createdAt !== undefined && value.createdAt !== null) {
      const createdAt = timestamp(value.createdAt);
      if (createdAt === undefined) {
        this.bad(
          `createdAt ${describe(value.createdAt)} is not a timestamp: expected epoch seconds or an ISO-8601 string`,
        );
      } else out.createdAt = createdAt;
    }
    return this.ok ? out : undefined;
  }
}

function allStrings(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return false;
  return true;
}

function attributeList(key: string, value: unknown, bad: (message: string) => void): Attribute[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    bad(`${key} must be a list of {key, value} objects, got ${describe(value)}`);
    return [];
  }
  const out: Attribute[] = [];
  for (let i = 0; i < value.length; i++) {
    const a = value[i];
    if (
      !isObject(a) ||
      typeof a.key !== "string" ||
      (a.value !== undefined && a.value !== null && typeof a.value !== "string")
    ) {
      bad(`${key}[${i}] must be an object with a string key and an optional string value`);
      continue;
    }
    out.push(typeof a.value === "string" ? { key: a.key, value: a.value } : { key: a.key });
  }
  return out;
}

/** Epoch seconds (milliseconds above 10^11) or an ISO-8601 string → ISO-8601; undefined when invalid. */
export function timestamp(value: unknown): string | undefined {
  let ms: number;
  if (typeof value === "number" && Number.isFinite(value)) {
    ms = Math.abs(value) >= 1e11 ? value : value * 1000;
  } else if (typeof value === "string" && value.trim() !== "") {
    const iso = canonicalUtc(value);
    if (iso !== undefined) return iso;
    const trimmed = value.trim();
    if (/^-?\d+(\.\d+)?$/.test(trimmed)) return timestamp(Number(trimmed));
    // The AWS CLI prints microseconds ("2024-01-02T03:04:05.123456+00:00"); Date wants at most ms.
    ms = Date.parse(trimmed.replace(/(\.\d{3})\d+/, "$1"));
  } else return undefined;
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const DIGIT_0 = 48;

/** The two-digit (or longer) decimal number at text[from, to), or -1 if any character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The fast path of timestamp() for the form exports carry, "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+00:00|-00:00)"
 * with every field in range: its ISO-8601 form, built from the text (the fraction cut or padded to
 * milliseconds), exactly what Date would print for it. Undefined for anything else, which the general
 * path then decides (other offsets, whitespace, out-of-range fields Date rolls over, …).
 */
function canonicalUtc(text: string): string | undefined {
  const n = text.length;
  if (n < 20) return undefined;
  if (
    text.charCodeAt(4) !== 45 /* - */ ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 /* T */ ||
    text.charCodeAt(13) !== 58 /* : */ ||
    text.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let end = 19;
  let fraction = "000";
  if (text.charCodeAt(19) === 46 /* . */) {
    end = 20;
    while (end < n && text.charCodeAt(end) >= DIGIT_0 && text.charCodeAt(end) <= DIGIT_0 + 9) end++;
    if (end === 20) return undefined;
    fraction = end - 20 >= 3 ? text.slice(20, 23) : text.slice(20, end).padEnd(3, "0");
  }
  const zone = text.slice(end);
  if (zone !== "Z" && zone !== "+00:00" && zone !== "-00:00") return undefined;
  return `${text.slice(0, 19)}.${fraction}Z`;
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
