/**
 * Coverage records (ListCoverage's CoveredResource) as the AWS CLI's examples show them: one per
 * resource and scan type (an EC2 instance has PACKAGE and NETWORK, a Lambda function PACKAGE and
 * CODE), with the resource's metadata and, once a scan has looked at its software, lastScannedAt.
 * ListCoverage has no field for an image's digest or push time other than the resourceId: what it
 * cannot filter, a client matches on its side.
 */
import type { CoverageEntry } from "./fields.js";
type Json = Record<string, unknown>;
export declare function coverageJson(e: CoverageEntry, account: string): Json;
export {};
