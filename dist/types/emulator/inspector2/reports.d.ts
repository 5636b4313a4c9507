/**
 * Findings reports (CreateFindingsReport, GetFindingsReportStatus, CancelFindingsReport). A report
 * is IN_PROGRESS for `reportSeconds` (scaled), then settles once: FAILED with NO_FINDINGS_FOUND when
 * its filter matches nothing at creation, otherwise written by the ReportWriter and SUCCEEDED, or
 * FAILED with the writer's error code. Writing to S3 is left to a ReportWriter; without one, a report
 * with findings ends FAILED with INTERNAL_ERROR saying so. The status always echoes the destination
 * and the filter the report was created with.
 */
import type { Account2 } from "./account.js";
import type { Listings } from "./listing.js";
type Json = Record<string, unknown>;
export type ReportStatus = "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "CANCELLED";
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
    status: ReportStatus;
    errorCode?: string;
    errorMessage?: string;
}
/** Writes a report's findings (in the API's Finding shape) to its destination. */
export interface ReportWriter {
    write(report: ReportRec, findings: Iterable<Json>): Promise<{
        errorCode: string;
        errorMessage: string;
    } | undefined>;
}
export declare class Reports {
    private readonly acct;
    private readonly listings;
    private readonly reportSeconds;
    writer: ReportWriter | undefined;
    private readonly reports;
    private latest;
    private settling;
    constructor(acct: Account2, listings: Listings, reportSeconds: number, writer?: ReportWriter | undefined);
    private find;
    create(input: Json, now: number): Json;
    status(reportId: string | undefined, now: number): Promise<Json>;
    cancel(reportId: string, now: number): Json;
    private settle;
    private write;
}
export {};
