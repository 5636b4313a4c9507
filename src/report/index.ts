/** The report registry: every format is a pure function from a GateResult to text. */
import type { GateResult } from "../result.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";
import type { Format, Formatter, ReportContext } from "./types.js";

export type { Annotation, AnnotationLevel } from "./annotations.js";
export { MAX_ANNOTATIONS_PER_LEVEL, planAnnotations } from "./annotations.js";
export { escapeMarkdown, escapeXml, plainText, stripAnsi, truncate } from "./escape.js";
export type { JsonReport } from "./json.js";
export { buildJsonReport, REPORT_SCHEMA_VERSION } from "./json.js";
export { DEFAULT_MARKDOWN_MAX_BYTES } from "./markdown.js";
export { buildSarif } from "./sarif.js";
export type { Format, Formatter, ReportContext } from "./types.js";

export const formatters: Readonly<Record<Format, Formatter>> = Object.freeze({
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  junit: formatJunit,
});

/** The formats, in the order help texts list them. */
export const FORMATS: readonly Format[] = Object.freeze([
  "text",
  "json",
  "markdown",
  "sarif",
  "junit",
] as const);

export function isFormat(value: string): value is Format {
  return Object.hasOwn(formatters, value);
}

export function formatReport(result: GateResult, format: Format, ctx: ReportContext): string {
  const formatter = formatters[format];
  if (!formatter)
    throw new TypeError(`unknown report format '${String(format)}': expected one of ${FORMATS.join(", ")}`);
  return formatter(result, ctx);
}
