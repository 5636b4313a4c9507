/** The Markdown report's table of violating Inspector (v2) findings with their facts. Pure: no I/O. */
import { type Finding } from "../model.js";
export declare const V2_TABLE_HEAD: string[];
/** A violating finding with its Inspector (v2) facts: every part escaped, the link only when plain. */
export declare function v2Row(f: Finding): string;
