/**
 * Writes a findings report to S3 as Inspector's JSON report: one object `<keyPrefix>/<reportId>.json`
 * holding `{"findings":[...]}` with each finding in the API's Finding shape. The document is written
 * to a temporary file a finding at a time and uploaded from there, so a report of hundreds of
 * thousands of findings is never held in memory as one string.
 *
 * As the service does, it refuses a KMS key that is not a KMS key ARN (MALFORMED_KMS_KEY) and a bucket
 * that does not exist (BUCKET_NOT_FOUND); any other failure to write is INTERNAL_ERROR.
 */
import { type S3Client } from "@aws-sdk/client-s3";
import type { ReportRec, ReportWriter } from "../inspector2/reports.js";
/** The key of a report's object under its destination. */
export declare function reportObjectKey(report: Pick<ReportRec, "reportId" | "destination">): string;
export declare class S3ReportWriter implements ReportWriter {
    private readonly s3;
    constructor(s3: S3Client);
    write(report: ReportRec, findings: Iterable<Record<string, unknown>>, options?: {
        readonly truncate?: boolean;
    }): Promise<{
        errorCode: string;
        errorMessage: string;
    } | undefined>;
}
