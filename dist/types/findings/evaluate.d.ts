import type { Finding } from "../model.js";
import type { Policy } from "../policy/types.js";
import type { GateResult } from "../result.js";
export declare function evaluateFindings(policy: Policy, findings: Finding[], options?: {
    warnOnly?: boolean;
    now?: Date;
}): GateResult;
