/**
 * Findings, their details and coverage records in the API's wire shape (timestamps in epoch
 * seconds), written after the findings Inspector's user guide and the AWS CLI show: package
 * vulnerabilities with vulnerablePackages per ecosystem, network reachability with its network path,
 * code vulnerabilities with their detector, and resources with their per-type details.
 */
import { type FindingRec } from "./account.js";
import { type Severity } from "./facts.js";
import type { ResourceRec } from "./resources.js";
type Json = Record<string, unknown>;
export declare const sec: (ms: number) => number;
/** The vulnerable packages of a package finding, as the API lists them. */
export declare function packagesOf(f: FindingRec): Json[];
export declare function severityOf(f: FindingRec): Severity;
export declare function titleOfFinding(f: FindingRec): string;
/** The network path of a reachability finding, internet gateway to instance. */
export declare function networkSteps(resource: ResourceRec): {
    componentId: string;
    componentType: string;
}[];
export declare function resourceJson(resource: ResourceRec, region: string, account: string): Json;
/** A finding in the API's Finding shape, as it stands at `now`. */
export declare function findingJson(f: FindingRec, now: number, region: string, account: string): Json;
/** BatchGetFindingDetails' FindingDetail of a package finding (vulnerability intelligence). */
export declare function findingDetailJson(f: FindingRec): Json;
export {};
