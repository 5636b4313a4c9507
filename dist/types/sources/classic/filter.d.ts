/**
 * What a policy needs (policy/plan.ts, source-neutral) → Inspector Classic's FindingFilter, in two steps:
 * the ServerFilter (the fields FindingFilter has, rules packages still by name or ARN), then the
 * FindingFilter itself once the run's rules packages are known. Every step may only widen the filter
 * (drop a constraint), never narrow it: the filter must select a superset of what can change the verdict.
 */
import type { FindingFilter } from "@aws-sdk/client-inspector";
import { type Attribute, type ClassicSeverity, type Finding, type Severity } from "../../model.js";
import { type PolicyNeeds } from "../../policy/plan.js";
import type { Policy } from "../../policy/types.js";
/** Maps exactly onto Inspector Classic's FindingFilter (ListFindings). */
export interface ServerFilter {
    severities?: Severity[];
    /** Names or ARNs; the source resolves names to ARNs. */
    rulesPackages?: string[];
    /** All must be present (exact key and value). */
    attributes?: Attribute[];
    userAttributes?: Attribute[];
    agentIds?: string[];
    autoScalingGroups?: string[];
}
export interface FetchPlan {
    /** No rules and no exceptions: findingCounts alone decide the verdict (zero ListFindings/DescribeFindings). */
    severityOnly: boolean;
    /** A filter selecting a superset of every finding that can change the verdict; undefined = fetch all. */
    filter?: ServerFilter;
}
/** The ServerFilter for what a policy needs; undefined when nothing narrows the fetch. */
export declare function classicServerFilter(needs: PolicyNeeds): ServerFilter | undefined;
/** What the Classic source may ask Inspector for, for `policy`. */
export declare function planFetch(policy: Policy): FetchPlan;
/** Reference semantics of Inspector's FindingFilter over our Finding (an empty or absent list filters nothing). */
export declare function matchesServerFilter(finding: Finding, filter: ServerFilter): boolean;
/**
 * @param rulesPackageNames the run's rules packages, ARN → name (from DescribeRulesPackages), used to
 *   resolve the names a policy gives to the ARNs Inspector filters on.
 */
export declare function toFindingFilter(filter: ServerFilter | undefined, rulesPackageNames: ReadonlyMap<string, string>): FindingFilter | undefined;
/** Whether the filter constrains severities only (then its expected size is known from findingCounts). */
export declare function isSeverityOnlyFilter(filter: FindingFilter | undefined): filter is FindingFilter & {
    severities: ClassicSeverity[];
};
