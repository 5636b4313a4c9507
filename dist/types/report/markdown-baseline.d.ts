/**
 * The Markdown report's view of a baseline: what is new, still present and fixed since it, by severity,
 * and the fixed findings the baseline named. Pure; every value that came from a finding or a file name is
 * escaped here.
 */
import type { GateResult } from "../result.js";
import type { Section } from "./markdown.js";
import type { Check } from "./views.js";
/** The comparison by severity, then the fixed findings: absent without a baseline. */
export declare function baselineSections(result: GateResult): Section[];
/** The Matched cell of a check: "1 new of 3" when only new findings counted. */
export declare function matchedCell(check: Check): string;
/** The prefix of a violating finding's cell: "_new_ " or "_baselined_ " against a baseline. */
export declare function statePrefix(state: "new" | "unchanged" | undefined): string;
