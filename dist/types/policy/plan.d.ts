/**
 * What a policy needs of a source, said without naming any service: which targets (severity limits and
 * rules) can count a finding, and what each of them requires of it. A source turns this into its own
 * server-side filter next to its own API code (Inspector Classic's FindingFilter in
 * src/sources/classic/filter.ts; Inspector v2's filterCriteria beside it), and may only ever ask for a
 * superset of what can change the verdict.
 */
import { type Attribute, type Finding, type Severity } from "../model.js";
import type { Policy } from "./types.js";
/**
 * The string fields a condition can require exact values of. The first group is Inspector Classic's; the
 * second Inspector v2's (vulnerability id, finding type, fix and exploit availability, the resource and the
 * vulnerable package), each named for the policy condition it comes from.
 */
export type NeededField = "id" | "title" | "rulesPackage" | "agentId" | "hostname" | "autoScalingGroup" | "amiId" | "vulnerabilityId" | "findingType" | "fixAvailable" | "exploitAvailable" | "resourceType" | "resourceId" | "ecrRepository" | "ecrImageTag" | "lambdaFunction" | "packageName";
/** The numeric fields a condition can require a range of (inclusive bounds). */
export type NeededRangeField = "epss" | "inspectorScore";
/** What one target (a severity limit or a rule) requires of every finding it can count. */
export interface TargetNeeds {
    /** The severities it can count (never empty: a target that can count nothing is left out). */
    readonly severities: ReadonlySet<Severity>;
    /** Per field, the exact values one of which a finding must carry; a field not listed is open. */
    readonly values: Readonly<Partial<Record<NeededField, readonly string[]>>>;
    /** Exact key/value pairs a finding must carry, all of them. */
    readonly attributes: readonly Attribute[];
    readonly userAttributes: readonly Attribute[];
    /** Per numeric field, the range a finding's value must fall in (bounds included); unlisted is open. */
    readonly ranges?: Readonly<Partial<Record<NeededRangeField, {
        readonly min?: number;
        readonly max?: number;
    }>>>;
}
export interface PolicyNeeds {
    /** No rules and no exceptions: per-severity counts alone decide the verdict (no finding is needed). */
    readonly severityOnly: boolean;
    /**
     * Every target that can count a finding. Only these can count; exceptions only take findings away (and
     * an exception is "used" only when it waives a finding some target counts), so a source may fetch just
     * the findings some target can count. Empty: nothing narrows the fetch, the source fetches everything.
     */
    readonly targets: readonly TargetNeeds[];
    /**
     * Present when some rule or exception has a `kev` condition: CISA's Known Exploited Vulnerabilities data
     * is then needed, and only for the findings `candidate` accepts (those some kev-conditioned rule or
     * exception could still match, its kev condition aside). A source that can fetch KEV data (Inspector v2's
     * BatchGetFindingDetails) fetches it for those findings only and sets `Finding.kev`.
     */
    readonly kev?: {
        candidate(finding: Finding): boolean;
    };
}
/** What `policy` needs of any source. */
export declare function policyNeeds(policy: Policy): PolicyNeeds;
/** The severities any target can count, highest first; undefined when that is every severity. */
export declare function neededSeverities(needs: PolicyNeeds): Severity[] | undefined;
/** Every value some target requires of `field`, sorted; undefined as soon as one target leaves it open. */
export declare function neededValues(needs: PolicyNeeds, field: NeededField): string[] | undefined;
/** The pairs every target requires (an all-of list can only keep what all of them share). */
export declare function commonPairs(needs: PolicyNeeds, list: "attributes" | "userAttributes"): Attribute[] | undefined;
/**
 * The policy as it applies to a source whose findings can only carry `severities`: severity limits on
 * any other severity can count nothing from it and are left out (a Classic run's report lists no
 * Critical limit). The verdict is the same as long as the source keeps to its severities, which the gate
 * checks finding by finding.
 */
export declare function applicablePolicy(policy: Policy, severities: readonly Severity[]): Policy;
