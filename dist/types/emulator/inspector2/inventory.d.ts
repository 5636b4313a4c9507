/**
 * Building resources into the account: ECR repositories and images, EC2 instances, Lambda functions,
 * with their scan plans. The seeded account and the run-time controls (push an image, deploy a
 * function, change a scan status) both go through these builders.
 */
import type { Account2 } from "./account.js";
import { type Ecosystem } from "./catalog.js";
import { type RepositoryInfo, type ResourceRec, type ScanPlan } from "./resources.js";
export interface Profile {
    /** Inspector's platform name; absent for an image whose OS Inspector does not support. */
    readonly platform?: string;
    readonly ecosystems: readonly Ecosystem[];
}
/** The software an image runs: its base OS and the application's package ecosystem. */
export declare const PROFILES: Readonly<Record<string, Profile>>;
/** Lambda runtimes and the package ecosystem their functions ship. */
export declare const RUNTIME_ECOSYSTEM: Readonly<Record<string, Ecosystem | undefined>>;
/** Why a scan did not happen, per resource type; SUCCESSFUL is always allowed. */
export declare const OUTCOMES: Readonly<Record<string, readonly string[]>>;
export declare function scanPlan(completesAt: number | undefined, lastScanAt: number | undefined, reason: string): ScanPlan;
export declare function addRepository(acct: Account2, repo: RepositoryInfo, tags: Record<string, string>, discoveredAt: number): ResourceRec;
export interface ImageSpec {
    readonly repository: ResourceRec;
    readonly profile: string;
    readonly tags: readonly string[];
    readonly digest?: string;
    readonly pushedAt: number;
    readonly discoveredAt: number;
    /** When the first scan completes; undefined for an image that is never scanned. */
    readonly completesAt: number | undefined;
    readonly lastScanAt?: number;
    readonly reason: string;
    readonly architecture?: "amd64" | "arm64";
    readonly inUseCount?: number;
    readonly lastInUseAt?: number;
    readonly pulledAt?: number;
    readonly closedAt?: number;
}
export declare function addImage(acct: Account2, spec: ImageSpec): ResourceRec;
export interface FunctionSpec {
    readonly name: string;
    readonly runtime: string;
    readonly tags: Record<string, string>;
    readonly modifiedAt: number;
    readonly discoveredAt: number;
    readonly completesAt: number | undefined;
    readonly lastScanAt?: number;
    readonly reason: string;
    readonly codeScanning: boolean;
    readonly layers?: readonly string[];
    readonly architecture?: "X86_64" | "ARM64";
    readonly revision?: number;
    /** The previous deployment's last scan: coverage stays ACTIVE with it until the rescan completes. */
    readonly previousScanAt?: number;
}
export declare function addFunction(acct: Account2, spec: FunctionSpec): ResourceRec;
/** Catalog indexes of the CVE ids given; throws on an id the catalog does not hold. */
export declare function catalogRefs(ids: readonly string[] | undefined): number[];
