import { type Finding } from "../../model.js";
import type { Policy } from "../../policy/types.js";
import type { GateResult } from "../../result.js";
export declare function evaluateFindings(given: Policy, findings: Finding[], options?: {
    warnOnly?: boolean;
    now?: Date;
    file?: string;
}): GateResult;
