import type { Formatter } from "./types.js";
/** GitHub's limit for one step's job summary. */
export declare const DEFAULT_MARKDOWN_MAX_BYTES: number;
export declare const formatMarkdown: Formatter;
