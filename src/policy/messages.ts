/**
 * Our own words for validation problems: ajv's errors become one message per problem, each naming where
 * (file:line:col and the key path), what is wrong, what is expected, and a "did you mean" when a key or
 * a name is a near miss. Long lists are capped with "and N more".
 */
import type { ErrorObject } from "ajv";
import { SEVERITIES } from "../model.js";
import type { Located, Position, Problem } from "./yaml.js";

export const MAX_PROBLEMS = 50;
const MAX_LISTED = 8;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate when it is close enough to be a plausible typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const folded = input.toLowerCase().replace(/[_\s]/g, "-");
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase().replace(/[_\s]/g, "-");
    const distance = c === folded ? 0 : editDistance(folded, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined || best === input) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Other names people give a condition (other tools' words, the API's camelCase read as one word), each
 * offered only where the condition it stands for is a key. Folded: lower case, `_` and spaces as `-`.
 */
const ALIASES: Readonly<Record<string, string>> = {
  cve: "vulnerability-id",
  "cve-id": "vulnerability-id",
  cves: "vulnerability-id",
  vulnerability: "vulnerability-id",
  vulnerabilityid: "vulnerability-id",
  "vuln-id": "vulnerability-id",
  "epss-score": "epss",
  epssscore: "epss",
  score: "inspector-score",
  inspectorscore: "inspector-score",
  "cisa-kev": "kev",
  cisa: "kev",
  "known-exploited": "kev",
  "in-kev": "kev",
  exploit: "exploit-available",
  exploitable: "exploit-available",
  exploitavailable: "exploit-available",
  fix: "fix-available",
  fixable: "fix-available",
  fixavailable: "fix-available",
  "fixed-version": "fix-available",
  type: "finding-type",
  findingtype: "finding-type",
  packages: "package",
  "vulnerable-package": "package",
  "vulnerable-packages": "package",
  resources: "resource",
  repository: "ecr-repository",
  repo: "ecr-repository",
  "ecr-repo": "ecr-repository",
  "repository-name": "ecr-repository",
  tag: "ecr-image-tag",
  "image-tag": "ecr-image-tag",
  "image-tags": "ecr-image-tag",
  function: "lambda-function",
  "function-name": "lambda-function",
  lambda: "lambda-function",
  "resource-type": "type",
  "resource-id": "id",
  arn: "id",
  "package-name": "name",
  "installed-version": "version",
};

/** Keys that are conditions of a map within a match (resource, package, asset), not of the match itself. */
const NESTED: Readonly<Record<string, string>> = {
  "ecr-repository": "resource",
  "ecr-image-tag": "resource",
  "lambda-function": "resource",
  "resource-type": "resource",
  "resource-id": "resource",
  tags: "resource",
  "package-name": "package",
  name: "package",
  version: "package",
  "agent-id": "asset",
  hostname: "asset",
  "auto-scaling-group": "asset",
  "ami-id": "asset",
};

function fold(key: string): string {
  return key.toLowerCase().replace(/[_\s]/g, "-");
}

/** What another name stands for, when that is one of the allowed keys. */
export function aliasOf(key: string, allowed: readonly string[]): string | undefined {
  const folded = fold(key);
  const target = Object.hasOwn(ALIASES, folded) ? ALIASES[folded] : undefined;
  return target !== undefined && allowed.includes(target) && target !== key ? target : undefined;
}

/** The key a misplaced key belongs under, when that is one of the allowed keys. */
function nestedUnder(key: string, allowed: readonly string[]): string | undefined {
  const folded = fold(key);
  const parent = Object.hasOwn(NESTED, folded) ? NESTED[folded] : undefined;
  return parent !== undefined && allowed.includes(parent) ? parent : undefined;
}

/** "a, b, c" capped at MAX_LISTED with "and N more". */
export function listOf(items: readonly string[], max = MAX_LISTED): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

/** "rules[0].match.severity[1]" from "/rules/0/match/severity/1". */
export function displayPath(pointer: string): string {
  if (pointer === "") return "";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing (an empty value)";
  if (typeof value === "string") {
    if (value === "") return "an empty string";
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `'${shown}'`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  return Object.keys(value).length === 0 ? "an empty map" : "a map";
}

/** Control characters (from keys, names, values) shown as \uXXXX: a problem is always one printable line. */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function formatProblem(p: Problem): string {
  const line = p.position
    ? `${p.file}:${p.position.line}:${p.position.column}: ${p.message}`
    : `${p.file}: ${p.message}`;
  return printable(line);
}

/** Sorted by file order then position, deduplicated, capped with a final "and N more" line. */
export function formatProblems(problems: readonly Problem[], fileOrder: readonly string[] = []): string[] {
  const rank = (file: string) => {
    const i = fileOrder.indexOf(file);
    return i < 0 ? fileOrder.length : i;
  };
  const sorted = [...problems].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
  const lines = [...new Set(sorted.map(formatProblem))];
  if (lines.length <= MAX_PROBLEMS) return lines;
  const first = sorted[0]!.file;
  return [...lines.slice(0, MAX_PROBLEMS), `${first}: and ${lines.length - MAX_PROBLEMS} more problems`];
}

// ---------------------------------------------------------------------------------------------------
// ajv -> problems

interface SchemaNode {
  title?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode & { $ref?: string }>;
  $ref?: string;
}

const SEVERITY_NAMES: readonly string[] = SEVERITIES;

function where(pointer: string): string {
  const path = displayPath(pointer);
  return path === "" ? "the top level" : path;
}

function prefix(pointer: string): string {
  const path = displayPath(pointer);
  return path === "" ? "" : `${path}: `;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function titleOf(error: ErrorObject, root: SchemaNode): string | undefined {
  const parent = error.parentSchema as SchemaNode | undefined;
  if (parent?.title) return parent.title;
  if (parent?.$ref) return resolveRef(root, parent.$ref)?.title;
  return undefined;
}

function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as SchemaNode | undefined;
}

function typeWord(type: string): string {
  switch (type) {
    case "string":
      return "a string";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return "a map";
    default:
      return type;
  }
}

/** ajv error -> one message, or undefined for errors that only echo others (if/then/else). */
function messageFor(error: ErrorObject, root: SchemaNode): { message: string; atKey?: string } | undefined {
  const p = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const title = titleOf(error, root);
  const value = error.data;
  switch (error.keyword) {
    case "if":
    case "allOf":
      return undefined;
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const parent = error.parentSchema as SchemaNode;
      const allowed = Object.keys(parent.properties ?? {});
      const isSeverityMap = allowed.length > 0 && allowed.every((k) => SEVERITY_NAMES.includes(k));
      const what = isSeverityMap ? "severity" : "key";
      const suggestion = didYouMean(key, allowed) ?? aliasOf(key, allowed);
      const parentKey = suggestion === undefined ? nestedUnder(key, allowed) : undefined;
      const hint = suggestion
        ? `; did you mean '${suggestion}'?`
        : parentKey
          ? `; it belongs under '${parentKey}' (${parentKey}: { ${key}: ... })`
          : allowed.length > 0
            ? `; expected one of: ${listOf(allowed)}`
            : "";
      const place = p === "" ? "at the top level" : `in ${where(p)}`;
      return { message: `unknown ${what} '${key}' ${place}${hint}`, atKey: key };
    }
    case "required": {
      const missing = String(params.missingProperty);
      const parent = error.parentSchema as SchemaNode;
      const property = parent.properties?.[missing];
      const expected =
        property?.title ?? (property?.$ref ? resolveRef(root, property.$ref)?.title : undefined);
      const what = p === "" ? "the policy" : where(p);
      return {
        message: `${what} is missing the required key '${missing}'${expected ? ` (${expected})` : ""}`,
      };
    }
    case "type": {
      if (p === "") {
        return {
          message: `expected the policy to be a map starting with 'version: 1', got ${describeValue(value)}`,
        };
      }
      const expected = title ?? typeWord(String(params.type));
      let hint = "";
      if (String(params.type) === "string" && (typeof value === "number" || typeof value === "boolean")) {
        hint = `; quote it ('${String(value)}') if you meant text`;
      }
      if (String(params.type) === "integer" && typeof value === "number") {
        return { message: `${prefix(p)}expected ${expected}, got ${value} (not a whole number)` };
      }
      return { message: `${prefix(p)}expected ${expected}, got ${describeValue(value)}${hint}` };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const isSeverity =
        allowed.length === SEVERITY_NAMES.length && allowed.every((a) => SEVERITY_NAMES.includes(a));
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : undefined;
      const hint = suggestion ? `; did you mean '${suggestion}'?` : "";
      const noun = isSeverity ? "severity" : "value";
      if (typeof value !== "string") {
        return {
          message: `${prefix(p)}expected ${title ?? `one of ${listOf(allowed)}`}, got ${describeValue(value)}`,
        };
      }
      return {
        message: `${prefix(p)}unknown ${noun} ${describeValue(value)}${hint} (expected one of: ${listOf(allowed)})`,
      };
    }
    case "const": {
      if (p === "/version") {
        return {
          message: `version: unsupported version ${describeValue(value)}; expected 1 (the only version)`,
        };
      }
      return {
        message: `${prefix(p)}expected ${JSON.stringify(params.allowedValue)}, got ${describeValue(value)}`,
      };
    }
    case "pattern": {
      if (error.schemaPath.endsWith("/reason/pattern")) return { message: `${prefix(p)}must not be blank` };
      return {
        message: `${prefix(p)}expected ${title ?? `text matching ${String(params.pattern)}`}, got ${describeValue(value)}`,
      };
    }
    case "format":
      return {
        message: `${prefix(p)}${describeValue(value)} is not a real calendar date (expected YYYY-MM-DD)`,
      };
    case "minLength":
      if (Number(params.limit) <= 1) {
        return { message: `${prefix(p)}expected ${title ?? "a non-empty string"}, got an empty string` };
      }
      return { message: `${prefix(p)}too short: at least ${plural(Number(params.limit), "character")}` };
    case "maxLength":
      return {
        message: `${prefix(p)}too long: ${typeof value === "string" ? value.length : "?"} characters (at most ${Number(params.limit)})`,
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        message: `${prefix(p)}expected ${title ?? `a number ${String(params.comparison)} ${String(params.limit)}`}, got ${describeValue(value)}`,
      };
    case "minItems":
      return {
        message: `${prefix(p)}expected ${title ?? "a list"} with at least ${plural(Number(params.limit), "item")}, got ${describeValue(value)}`,
      };
    case "maxItems":
      return {
        message: `${prefix(p)}too many items: ${Array.isArray(value) ? value.length : "?"} (at most ${Number(params.limit)})`,
      };
    case "uniqueItems": {
      const i = Number(params.i);
      const j = Number(params.j);
      const item = Array.isArray(value) ? value[i] : undefined;
      return {
        message: `${prefix(p)}duplicate item ${describeValue(item)} (items ${j + 1} and ${i + 1} are the same)`,
      };
    }
    case "minProperties": {
      if (/^\/exceptions\/\d+\/match$/.test(p)) {
        return {
          message: `${prefix(p)}an exception needs at least one match condition (an empty match would waive every finding)`,
        };
      }
      return {
        message: `${prefix(p)}expected ${title ?? "a map"} with at least ${plural(Number(params.limit), "key")}, got ${describeValue(value)}`,
      };
    }
    case "maxProperties":
      return { message: `${prefix(p)}too many keys (at most ${Number(params.limit)})` };
    case "propertyNames":
      return {
        message: `${prefix(p)}invalid key ${describeValue(params.propertyName)}: keys must be 1 to 128 characters`,
        atKey: String(params.propertyName),
      };
    default:
      return { message: `${prefix(p)}${error.message ?? "is invalid"}` };
  }
}

/**
 * One problem per distinct issue: every unknown key and missing key, otherwise the first meaningful
 * error at each path (a blank reason fails both minLength and pattern; one message is enough).
 */
export function convertAjvErrors(
  errors: readonly ErrorObject[],
  file: string,
  positions: ReadonlyMap<string, Located>,
  root: unknown,
): Problem[] {
  const problems: Problem[] = [];
  const seenPath = new Set<string>();
  const locate = (pointer: string, key?: string): Position => {
    if (key !== undefined) {
      const child = positions.get(`${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      if (child?.key) return child.key;
    }
    return positions.get(pointer)?.value ?? { line: 1, column: 1 };
  };
  // A missing key that an unknown key was probably meant to be is reported once, as the unknown key.
  const suggested = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const parent = error.parentSchema as SchemaNode;
    const hint = didYouMean(
      String((error.params as Record<string, unknown>).additionalProperty),
      Object.keys(parent.properties ?? {}),
    );
    if (hint) suggested.add(`${error.instancePath}\u0000${hint}`);
  }
  for (const error of errors) {
    if (
      error.keyword === "required" &&
      suggested.has(
        `${error.instancePath}\u0000${String((error.params as Record<string, unknown>).missingProperty)}`,
      )
    ) {
      continue;
    }
    // propertyNames reports the nested failure too, at the same path; one message is enough.
    if (error.schemaPath.includes("/propertyNames/") && error.keyword !== "propertyNames") continue;
    const converted = messageFor(error, root as SchemaNode);
    if (!converted) continue;
    const perKey =
      error.keyword === "additionalProperties" ||
      error.keyword === "required" ||
      error.keyword === "propertyNames";
    if (!perKey) {
      if (seenPath.has(error.instancePath)) continue;
      seenPath.add(error.instancePath);
    }
    problems.push({
      file,
      position: locate(error.instancePath, converted.atKey),
      message: converted.message,
    });
  }
  return problems;
}
