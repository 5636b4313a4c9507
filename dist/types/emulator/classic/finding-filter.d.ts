import { type FindingContext, type FindingSet, type WireAttribute } from "./finding-set.js";
export interface FindingFilterInput {
    readonly agentIds?: readonly string[];
    readonly autoScalingGroups?: readonly string[];
    readonly ruleNames?: readonly string[];
    readonly rulesPackageArns?: readonly string[];
    readonly severities?: readonly string[];
    readonly attributes?: readonly WireAttribute[];
    readonly userAttributes?: readonly WireAttribute[];
    readonly creationTimeRange?: {
        readonly beginDate?: number;
        readonly endDate?: number;
    };
}
/** A FindingFilter prepared for one run: the slice to start from, and the test for the rest. */
export declare class CompiledFilter {
    readonly candidates: Int32Array | null;
    private readonly set;
    private readonly filter;
    private readonly ctx;
    private readonly attributeCache;
    private readonly severities?;
    private readonly packages?;
    private readonly agentIds?;
    private readonly groups?;
    private readonly ruleNames?;
    constructor(set: FindingSet, filter: FindingFilterInput, ctx: FindingContext);
    test(i: number): boolean;
    /**
     * Up to `limit` matching indices below `visible`, starting at position `cursor` of the candidate
     * slice; `next` is the position to continue from, undefined when the slice is exhausted.
     */
    page(cursor: number, limit: number, visible: number): {
        indices: number[];
        next?: number;
    };
}
