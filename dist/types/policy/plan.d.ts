/**
 * The fetch plan: what the gate may ask Inspector to filter server-side without changing a verdict.
 */
import { type Attribute, type Finding, type Severity } from "../model.js";
import type { Policy } from "./types.js";
/**
 * The policy as it applies to a source whose findings can only carry `severities`: severity limits on
 * any other severity can count nothing from it and are left out (a Classic run's report lists no
 * Critical limit). The verdict is the same as long as the source keeps to its severities.
 */
export declare function applicablePolicy(policy: Policy, severities: readonly Severity[]): Policy;
/** Maps exactly onto Inspector's FindingFilter (ListFindings). */
export interface ServerFilter {
    severities?: Severity[];
    /** Names or ARNs; the gate resolves names to ARNs. */
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
/**
 * What the gate may ask Inspector for. Only the severity limits and the rules can count a finding;
 * exceptions only take findings away, and an exception is "used" only when it waives a finding some
 * limit or rule counts, so a superset of what the limits and rules can count is enough for every field
 * of the evaluation except the raw counts of severities no limit or rule looks at.
 */
export declare function planFetch(policy: Policy): FetchPlan;
/** Reference semantics of Inspector's FindingFilter over our Finding (an empty or absent list filters nothing). */
export declare function matchesServerFilter(finding: Finding, filter: ServerFilter): boolean;
