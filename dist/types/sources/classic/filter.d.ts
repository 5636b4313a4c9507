/**
 * The policy compiler's ServerFilter → Inspector's FindingFilter. Every step may only widen the filter
 * (drop a constraint), never narrow it: the filter must select a superset of what can change the verdict.
 */
import type { FindingFilter } from "@aws-sdk/client-inspector";
import { type ClassicSeverity } from "../../model.js";
import type { ServerFilter } from "../../policy/plan.js";
/**
 * @param rulesPackageNames the run's rules packages, ARN → name (from DescribeRulesPackages), used to
 *   resolve the names a policy gives to the ARNs Inspector filters on.
 */
export declare function toFindingFilter(filter: ServerFilter | undefined, rulesPackageNames: ReadonlyMap<string, string>): FindingFilter | undefined;
/** Whether the filter constrains severities only (then its expected size is known from findingCounts). */
export declare function isSeverityOnlyFilter(filter: FindingFilter | undefined): filter is FindingFilter & {
    severities: ClassicSeverity[];
};
