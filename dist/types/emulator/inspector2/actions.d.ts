/**
 * What a demo or a test does to the account at run time: push an image (it appears in coverage after
 * `discoverySeconds`, stays PENDING_INITIAL_SCAN until its scan completes after `scanSeconds`, both
 * scaled, and its findings appear at that moment), deploy or redeploy a Lambda function, and set a
 * resource's scan status. Inputs come from the JS API or the control endpoint: a bad one throws an
 * Error whose message names the field, the value and the expected form.
 */
import type { Account2 } from "./account.js";
import { type ScanType } from "./resources.js";
export interface PushImageInput {
    /** Repository name; created (continuous scanning) when it does not exist. */
    readonly repository: string;
    readonly tags?: readonly string[];
    /** sha256:<64 hex>; derived from the repository, tags and push when absent. */
    readonly digest?: string;
    /** One of the image profiles (ubuntu-node, ubuntu-python, al2023-java, al2023-go, scratch). */
    readonly profile?: string;
    readonly architecture?: "amd64" | "arm64";
    /** Package findings to draw; default 12 (fewer when the software cannot hold that many). */
    readonly findings?: number;
    /** CVE ids the image must carry (from the catalog), on top of the drawn ones. */
    readonly vulnerabilities?: readonly string[];
    /** Seconds until the scan completes, before scaling. Default: the emulator's scanSeconds. */
    readonly scanSeconds?: number;
    /** Seconds until the image is in coverage, before scaling. Default 5. */
    readonly discoverySeconds?: number;
    /** How the scan ends: SUCCESSFUL (default) or a reason Inspector gives for not scanning. */
    readonly outcome?: string;
}
export interface PushedImage {
    readonly resourceId: string;
    readonly repositoryName: string;
    readonly imageDigest: string;
    readonly imageTags: readonly string[];
    readonly pushedAt: string;
    readonly inCoverageAt: string;
    readonly scanCompletesAt: string;
    readonly findings: number;
}
export interface DeployFunctionInput {
    readonly name: string;
    /** A Lambda runtime of the model's Runtime enum; default PYTHON_3_11. */
    readonly runtime?: string;
    readonly tags?: Readonly<Record<string, string>>;
    readonly findings?: number;
    readonly vulnerabilities?: readonly string[];
    readonly codeScanning?: boolean;
    readonly scanSeconds?: number;
    readonly outcome?: string;
}
export interface DeployedFunction {
    readonly resourceId: string;
    readonly functionName: string;
    readonly lastModifiedAt: string;
    readonly scanCompletesAt: string;
    readonly findings: number;
}
export declare function pushImage(acct: Account2, input: PushImageInput, now: number): PushedImage;
export declare function deployFunction(acct: Account2, input: DeployFunctionInput, now: number): DeployedFunction;
export interface ScanStatusInput {
    readonly resourceId: string;
    /** Only this scan type; every scan type of the resource when absent. */
    readonly scanType?: ScanType;
    /** A ScanStatusReason of the model; its statusCode follows (ACTIVE or INACTIVE). */
    readonly reason: string;
}
/** Sets a resource's scan status from now on (e.g. an instance that stops being managed by SSM). */
export declare function setScanStatus(acct: Account2, input: ScanStatusInput, now: number): {
    updated: number;
};
