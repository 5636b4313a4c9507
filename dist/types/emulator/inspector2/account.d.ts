import { Random } from "../shared/random.js";
import type { ResourceRec } from "./resources.js";
export type FindingType = "PACKAGE_VULNERABILITY" | "NETWORK_REACHABILITY" | "CODE_VULNERABILITY";
export type FindingStatus = "ACTIVE" | "SUPPRESSED" | "CLOSED";
export interface FindingRec {
    readonly seq: number;
    readonly arn: string;
    readonly resource: ResourceRec;
    readonly type: FindingType;
    /** Catalog index (package), PORT_RULES index (network) or CODE_RULES index (code). */
    readonly ref: number;
    /** The catalog entry's target (package findings). */
    readonly target: number;
    /** ACTIVE, SUPPRESSED by a rule, or CLOSED (remediated before the account was seeded). */
    base: FindingStatus;
    readonly firstObservedAt: number;
    readonly lastObservedAt: number;
    readonly updatedAt: number;
    /** CLOSED from this time (ms): the resource was rescanned without it, expired or terminated. */
    closedAt?: number;
}
export interface AccountOptions {
    readonly seed: string;
    readonly region: string;
    readonly account: string;
    /** Divides every delay still to come (scans, discovery), until changed. */
    readonly timeScale: number;
    /** Seconds from a push or deploy to the end of its first scan, before scaling, until changed. */
    readonly scanSeconds: number;
    /** When the account was seeded (ms); seeded history is placed before it. */
    readonly start: number;
}
export declare class Account2 {
    readonly options: AccountOptions;
    readonly resources: ResourceRec[];
    readonly findings: FindingRec[];
    /** Bumped on every change, so cached listings are recomputed. */
    version: number;
    /** Decides whether a new finding is suppressed (set from the account's suppression rules). */
    suppressed: (finding: FindingRec) => boolean;
    private readonly byId;
    private byArn;
    /** Per repository, the image each tag is on. */
    private readonly tagged;
    private pushes;
    /** The time scale in force: a restored account replays its history under the scale it had then. */
    timeScale: number;
    /** The default scan time in force (seconds, before scaling). */
    scanSeconds: number;
    constructor(options: AccountOptions);
    get region(): string;
    get accountId(): string;
    /** Milliseconds of a future delay of `seconds`, accelerated by the time scale. */
    scaled(seconds: number): number;
    /** A deterministic generator for one purpose. */
    random(...parts: (string | number)[]): Random;
    /** Deterministic lowercase hex of `length` digits. */
    hex(length: number, ...parts: (string | number)[]): string;
    /** A sequence number for runtime pushes and deploys, so their generated ids never collide. */
    nextPush(): number;
    resource(id: string): ResourceRec | undefined;
    /** Adds (or replaces, keeping the id) a resource. */
    addResource(rec: Omit<ResourceRec, "seq">): ResourceRec;
    /** Puts `tags` on an image, taking them off the image of its repository that had them (as ECR does). */
    moveTags(image: ResourceRec): void;
    findingByArn(arn: string): FindingRec | undefined;
    private add;
    /** How many package findings a resource can hold: the catalog entries of its ecosystems. */
    packageCapacity(resource: ResourceRec): number;
    /**
     * Draws package findings for a resource: the `forced` catalog entries, and `count` more distinct
     * vulnerabilities fitting its software. `remediatedShare` of them are CLOSED (patched before now).
     */
    addPackageFindings(resource: ResourceRec, count: number, forced?: readonly number[], remediatedShare?: number): number;
    /** Network reachability findings for the given open ports of an instance. */
    addNetworkFindings(resource: ResourceRec, ports: readonly number[]): number;
    /** Up to `count` code findings fitting a function's language. */
    addCodeFindings(resource: ResourceRec, count: number): number;
    /** Closes a resource's open findings from `at` (a rescan found them fixed, or it went away). */
    closeFindingsOf(resourceId: string, at: number): void;
}
/** A finding's status at `now`. */
export declare function statusAt(f: FindingRec, now: number): FindingStatus;
/** A finding's updatedAt at `now`: its closing counts as an update. */
export declare function updatedAtOf(f: FindingRec, now: number): number;
