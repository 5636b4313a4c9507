/** The report registry: every format is a pure function from a GateResult to text. */
import type { GateResult } from "../result.js";
import type { Format, Formatter, ReportContext } from "./types.js";
export type { Annotation, AnnotationLevel } from "./annotations.js";
export { MAX_ANNOTATIONS_PER_LEVEL, planAnnotations } from "./annotations.js";
export { escapeMarkdown, escapeXml, plainText, stripAnsi, truncate } from "./escape.js";
export type { JsonReport } from "./json.js";
export { buildJsonReport, REPORT_SCHEMA_VERSION } from "./json.js";
export { DEFAULT_MARKDOWN_MAX_BYTES } from "./markdown.js";
export { buildSarif } from "./sarif.js";
export type { Format, Formatter, ReportContext } from "./types.js";
export declare const formatters: Readonly<Record<Format, Formatter>>;
/** The formats, in the order help texts list them. */
export declare const FORMATS: readonly Format[];
export declare function isFormat(value: string): value is Format;
export declare function formatReport(result: GateResult, format: Format, ctx: ReportContext): string;
