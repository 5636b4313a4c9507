import type { SourceDefinition } from "../types.js";
import { type FileSpec } from "./source.js";
export { loadFindingsFile, parseFindings } from "./read.js";
export type { FileSpec } from "./source.js";
export declare const fileSource: SourceDefinition<FileSpec>;
