import type { GateResult } from "../result.js";
import type { ReportContext } from "./types.js";
export type AnnotationLevel = "error" | "warning" | "notice";
export interface Annotation {
    level: AnnotationLevel;
    /** The policy file as ctx.displayPath shows it; "" when the annotation is not about a file. */
    file: string;
    /** 1-based; 0 when there is no file. */
    line: number;
    /** 1-based; 0 when there is no file. */
    column: number;
    title: string;
    message: string;
}
/** GitHub's limit per level and step. */
export declare const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** Ranked by severity; at most 10 per level; when more exist the 10th says how many more are in the summary. */
export declare function planAnnotations(result: GateResult, ctx: ReportContext): Annotation[];
