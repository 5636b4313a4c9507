/**
 * The findings of one run, held compactly and indexed. A generated run keeps four typed arrays
 * (severity, rules package, agent, catalogue entry) and builds each finding's text only when it is
 * described; a run loaded from a state file keeps the findings it was given. Both are indexed by
 * severity, rules package and agent, so ListFindings starts from the smallest matching slice
 * (finding-filter.ts) and DescribeFindings goes from an ARN to its finding in constant time.
 */
import { type ClassicSeverity as Severity } from "../../model.js";
import { type PackageKind } from "./catalog.js";
import type { Agent } from "./fleet.js";
export interface WireAttribute {
    key: string;
    value?: string;
}
export interface AssetInfo {
    readonly agentId: string;
    readonly hostname?: string;
    readonly amiId?: string;
    readonly autoScalingGroup?: string;
    readonly ipv4Addresses?: readonly string[];
}
/** What a finding needs from its run to be described. */
export interface FindingContext {
    readonly runArn: string;
    readonly userAttributesForFindings: readonly WireAttribute[];
    /** When the run produced its findings (ms). */
    readonly createdBaseMs: number;
    /** Over how long (ms) they were produced. */
    readonly spreadMs: number;
}
/** How many entries of a sorted list are below `limit`. */
export declare function countBelow(list: Int32Array, limit: number): number;
export declare function containsAll(have: readonly WireAttribute[], wanted: readonly WireAttribute[]): boolean;
export declare abstract class FindingSet {
    readonly size: number;
    readonly packages: readonly string[];
    readonly assets: readonly AssetInfo[];
    protected readonly severity: Uint8Array;
    protected readonly pkg: Uint8Array;
    protected readonly agent: Int32Array;
    readonly bySeverity: Int32Array[];
    readonly byPackage: Int32Array[];
    readonly byAgent: Int32Array[];
    /** User attributes changed by Add/RemoveAttributesFromFindings, per index. */
    readonly userOverrides: Map<number, WireAttribute[]>;
    /** updatedAt (ms) changed by Add/RemoveAttributesFromFindings, per index. */
    readonly updatedAt: Map<number, number>;
    protected constructor(size: number, packages: readonly string[], assets: readonly AssetInfo[], severity: Uint8Array, pkg: Uint8Array, agent: Int32Array);
    severityOf(i: number): Severity;
    packageOf(i: number): string;
    assetOf(i: number): AssetInfo | undefined;
    /** Counts per severity among the first `visible` findings. */
    countsOf(visible: number): Record<Severity, number>;
    userAttributesOf(i: number, ctx: FindingContext): readonly WireAttribute[];
    abstract arnOf(i: number, runArn: string): string;
    /** The index of a finding ARN of this run, or -1. */
    abstract indexOf(findingArn: string, runArn: string): number;
    abstract ruleIdOf(i: number): string | undefined;
    abstract hasAttributes(i: number, wanted: readonly WireAttribute[], cache: Map<number, boolean>): boolean;
    abstract createdAtMs(i: number, ctx: FindingContext): number;
    /** The finding in the wire shape (timestamps in epoch seconds). */
    abstract describe(i: number, ctx: FindingContext): Record<string, unknown>;
}
export interface GeneratedParams {
    /** Seed of the catalogue (the emulator's seed). */
    readonly catalogSeed: number;
    /** Seed of this run's draw and of its finding-id permutation. */
    readonly key: number;
    readonly count: number;
    readonly agents: readonly Agent[];
    readonly packages: readonly {
        readonly arn: string;
        readonly kind: PackageKind;
    }[];
}
/** Findings drawn from the catalogue; nothing but four small numbers is stored per finding. */
export declare class GeneratedFindings extends FindingSet {
    readonly params: GeneratedParams;
    private readonly kinds;
    private readonly entry;
    /** Rule entries recently described (agents share most rules), bounded. */
    private readonly entries;
    /** The assetAttributes of each agent, in the wire shape. */
    private readonly assetWire;
    constructor(params: GeneratedParams);
    arnOf(i: number, runArn: string): string;
    indexOf(findingArn: string, runArn: string): number;
    private entryOf;
    ruleIdOf(i: number): string | undefined;
    hasAttributes(i: number, wanted: readonly WireAttribute[], cache: Map<number, boolean>): boolean;
    createdAtMs(i: number, ctx: FindingContext): number;
    describe(i: number, ctx: FindingContext): Record<string, unknown>;
}
/** A finding as a state file gives it: the wire shape, timestamps already in ms. */
export interface StoredFinding {
    readonly arn: string;
    readonly createdAtMs: number;
    readonly updatedAtMs: number;
    readonly severity: Severity;
    readonly rulesPackageArn?: string;
    readonly asset?: AssetInfo;
    readonly id?: string;
    readonly attributes: readonly WireAttribute[];
    readonly userAttributes: readonly WireAttribute[];
    /** Everything else of the wire shape, kept as given. */
    readonly rest: Readonly<Record<string, unknown>>;
}
/** Findings given one by one (a replayed account). */
export declare class ExplicitFindings extends FindingSet {
    readonly findings: readonly StoredFinding[];
    private readonly byArn;
    constructor(findings: readonly StoredFinding[]);
    arnOf(i: number): string;
    indexOf(findingArn: string): number;
    ruleIdOf(i: number): string | undefined;
    hasAttributes(i: number, wanted: readonly WireAttribute[]): boolean;
    createdAtMs(i: number): number;
    describe(i: number, ctx: FindingContext): Record<string, unknown>;
}
/** A stable 32-bit key for a run's findings, from the emulator seed and the run ARN. */
export declare function findingKey(catalogSeed: number, runArn: string): number;
