/**
 * The finding fields a condition reads, shared by the compiler (compile.ts: predicates) and the value
 * index (match-index.ts: which rules a finding can match at all). Single-valued string fields have a
 * reader; the multi-valued ones (a finding's packages and resources) are listed with the condition that
 * names them.
 */
import type { Finding } from "../model.js";
import type { ConditionKey } from "./conditions.js";
import type { Match, Patterns } from "./types.js";
/** The finding's single-valued string fields a condition can look at. */
export declare const FIELDS: {
    readonly id: (f: Finding) => string | undefined;
    readonly vulnerabilityId: (f: Finding) => string | undefined;
    readonly title: (f: Finding) => string | undefined;
    readonly agentId: (f: Finding) => string | undefined;
    readonly hostname: (f: Finding) => string | undefined;
    readonly autoScalingGroup: (f: Finding) => string | undefined;
    readonly amiId: (f: Finding) => string | undefined;
    readonly rulesPackageName: (f: Finding) => string | undefined;
    readonly rulesPackageArn: (f: Finding) => string | undefined;
};
export type FieldName = keyof typeof FIELDS;
/** Multi-valued string fields: any of a finding's values may match (its packages, its resources). */
export type MultiFieldName = "packageName" | "resourceId" | "ecrRepository" | "ecrImageTag" | "lambdaFunction";
/** A single-valued field's patterns, and the condition they were written as. */
export interface FieldCondition {
    readonly name: FieldName;
    readonly patterns: Patterns;
    readonly condition: ConditionKey;
}
/** The patterns a match gives for each single-valued string field (not the rules package: two fields). */
export declare function fieldConditions(match: Match): FieldCondition[];
/** The patterns a match gives for each multi-valued field, most telling first. */
export declare function multiConditions(match: Match): {
    readonly name: MultiFieldName;
    readonly patterns: Patterns;
    readonly condition: ConditionKey;
}[];
