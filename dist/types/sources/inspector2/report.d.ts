/**
 * Inspector (v2) findings reports: CreateFindingsReport (JSON, to the bucket, KMS key and prefix given,
 * with the filter criteria the scope and the policy produce), then GetFindingsReportStatus over the
 * shared waiter (the same backoff, deadline and cancellation as every other wait), and
 * CancelFindingsReport when the gate gives up on the report it created.
 *
 * Distrust: every status must echo the destination and the filter asked for (a report of another filter
 * or written elsewhere is never read); FAILED and CANCELLED are exit 3 quoting the service's errorCode
 * and errorMessage with a hint on what to fix. NO_FINDINGS_FOUND (FAILED) is the filter matching
 * nothing: the source turns it into zero findings, and only after the coverage of the scope has been
 * judged evidence (a scope with nothing scanned is never a pass).
 */
import { type FilterCriteria, type GetFindingsReportStatusCommandOutput } from "@aws-sdk/client-inspector2";
import { type WaiterResult } from "../../core/wait.js";
import { InspectorError } from "../../errors.js";
import type { Clock } from "../../logging.js";
import type { Inspector2Api } from "./api.js";
/** Where the report is written: `--report-bucket`, `--report-kms-key`, `--report-prefix`, `--s3-endpoint`. */
export interface ReportDestination {
    readonly bucket: string;
    readonly kmsKeyArn: string;
    /** Key prefix the report is written under (none: the bucket's root). */
    readonly prefix?: string;
    /** S3 endpoint to read the report from (path-style addressing); default: the SDK's. */
    readonly s3Endpoint?: string;
}
export type ReportStatus = GetFindingsReportStatusCommandOutput;
/** What to fix for each errorCode a FAILED report carries. */
export declare const REPORT_ERROR_HINTS: Readonly<Record<string, string>>;
/** The destination as the API takes and echoes it. */
export declare function s3Destination(d: ReportDestination): {
    keyPrefix?: string | undefined;
    bucketName: string;
    kmsKeyArn: string;
};
export declare function createReport(api: Inspector2Api, destination: ReportDestination, criteria: FilterCriteria): Promise<string>;
/** What is wrong with a status for the report asked for, if anything (an InspectorError to throw). */
export declare function echoProblem(status: ReportStatus, reportId: string, destination: ReportDestination, criteria: FilterCriteria): InspectorError | undefined;
/** The error for a report that ended without a readable result (FAILED other than NO_FINDINGS_FOUND, CANCELLED). */
export declare function reportFailure(status: ReportStatus, reportId: string): InspectorError;
export interface ReportWaitOptions {
    readonly clock: Clock;
    readonly pollIntervalMs: number;
    readonly deadline: number;
    readonly abortSignal: AbortSignal;
    readonly random?: () => number;
    /** Called after every status check. */
    readonly onStatus?: (status: ReportStatus) => void;
}
/** Waits until the report is no longer IN_PROGRESS; a status that does not echo what was asked throws. */
export declare function waitForReport(api: Inspector2Api, reportId: string, destination: ReportDestination, criteria: FilterCriteria, options: ReportWaitOptions): Promise<WaiterResult<ReportStatus>>;
/** Cancels a report the gate created and gave up on; best effort, bounded, never throws. */
export declare function cancelReport(client: Inspector2Api["client"], reportId: string): Promise<boolean>;
