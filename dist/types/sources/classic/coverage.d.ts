import { InspectorError } from "../../errors.js";
import type { CoverageSettings } from "../../policy/types.js";
import type { CoverageInfo } from "../../result.js";
import type { InspectorApi } from "./api.js";
/** Unhealthy agents listed by id in the result (the counts are always complete). */
export declare const UNHEALTHY_AGENTS_SHOWN = 20;
export declare function readCoverage(api: InspectorApi, runArn: string, settings: CoverageSettings): Promise<CoverageInfo>;
/** Whether the coverage settings can change the verdict at all (if not, the gate skips the calls). */
export declare function coverageMatters(settings: CoverageSettings): boolean;
/**
 * Judges coverage: an InspectorError when too few healthy agents reported (or unhealthy agents under
 * "fail"), else the warnings to show.
 */
export declare function judgeCoverage(info: CoverageInfo): {
    error?: InspectorError;
    warnings: string[];
};
