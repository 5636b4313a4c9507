/**
 * Findings reports (CreateFindingsReport, GetFindingsReportStatus, CancelFindingsReport). A report
 * is IN_PROGRESS for `reportSeconds` (scaled, plus any `slowSeconds` fault), then settles once: FAILED
 * with NO_FINDINGS_FOUND when its filter matches nothing at creation, otherwise written by the
 * ReportWriter and SUCCEEDED, or FAILED with the writer's error code. Writing to S3 is left to a
 * ReportWriter; without one, a report with findings ends FAILED with INTERNAL_ERROR saying so. The
 * status echoes the destination and the filter the report was created with, unless a fault says
 * otherwise.
 *
 * Report faults (taken by each report when it is created, so a change affects later reports only):
 * `slowSeconds` more IN_PROGRESS, `fail` with an error code, `cancel` (CANCELLED by someone else),
 * `missingObject` (SUCCEEDED, nothing written), `truncatedObject` (the object cut short), and
 * `echoDestination` / `echoFilter` (the status echoes another destination or filter).
 */
import type { Account2 } from "./account.js";
import type { Listings } from "./listing.js";
type Json = Record<string, unknown>;
export type ReportStatus = "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "CANCELLED";
/** The error codes a report may end FAILED with (GetFindingsReportStatus' errorCode). */
export declare const REPORT_ERROR_CODES: readonly ["INTERNAL_ERROR", "INVALID_PERMISSIONS", "NO_FINDINGS_FOUND", "BUCKET_NOT_FOUND", "INCOMPATIBLE_BUCKET_REGION", "MALFORMED_KMS_KEY"];
export type ReportErrorCode = (typeof REPORT_ERROR_CODES)[number];
export declare function reportErrorMessage(code: ReportErrorCode): string;
/** How the next reports misbehave. */
export interface ReportFaults {
    /** Seconds (before the time scale) each report stays IN_PROGRESS beyond reportSeconds. */
    readonly slowSeconds?: number;
    /** The report ends FAILED with this code (nothing written). */
    readonly fail?: ReportErrorCode;
    /** The report ends CANCELLED, as if someone else had cancelled it. */
    readonly cancel?: boolean;
    /** SUCCEEDED, but no object is written. */
    readonly missingObject?: boolean;
    /** SUCCEEDED, with the object cut off half way. */
    readonly truncatedObject?: boolean;
    /** The status echoes this destination instead of the one asked for. */
    readonly echoDestination?: Readonly<Record<string, unknown>>;
    /** The status echoes this filter instead of the one asked for. */
    readonly echoFilter?: Readonly<Record<string, unknown>>;
}
export declare function checkReportFaults(update: unknown): ReportFaults;
export interface ReportRec {
    readonly reportId: string;
    readonly reportFormat: "CSV" | "JSON";
    readonly destination: {
        readonly bucketName: string;
        readonly keyPrefix?: string;
        readonly kmsKeyArn: string;
    };
    readonly filterCriteria?: Readonly<Record<string, unknown>>;
    readonly createdAt: number;
    readonly doneAt: number;
    readonly faults: ReportFaults;
    status: ReportStatus;
    errorCode?: string;
    errorMessage?: string;
}
/** Writes a report's findings (in the API's Finding shape) to its destination. */
export interface ReportWriter {
    write(report: ReportRec, findings: Iterable<Json>, options?: {
        readonly truncate?: boolean;
    }): Promise<{
        errorCode: string;
        errorMessage: string;
    } | undefined>;
}
export declare class Reports {
    private readonly acct;
    private readonly listings;
    private readonly reportSeconds;
    writer: ReportWriter | undefined;
    faults: ReportFaults;
    private readonly reports;
    private latest;
    private settling;
    constructor(acct: Account2, listings: Listings, reportSeconds: number, writer?: ReportWriter | undefined, faults?: ReportFaults);
    private find;
    create(input: Json, now: number): Json;
    status(reportId: string | undefined, now: number): Promise<Json>;
    cancel(reportId: string, now: number): Json;
    private settle;
    private write;
}
export {};
