import type { FilterCriteria } from "@aws-sdk/client-inspector2";
import { type S3Client } from "@aws-sdk/client-s3";
import type { Clock } from "../../logging.js";
import { type Finding } from "../../model.js";
import { AwsApi } from "../shared/aws.js";
import { type Inspector2Api } from "./api.js";
import { type ListStats } from "./findings.js";
export declare class S3Api extends AwsApi<S3Client> {
}
export interface ReadReportOptions {
    readonly bucket: string;
    readonly prefix?: string;
    readonly reportId: string;
    readonly criteria: FilterCriteria;
    readonly includeSuppressed: boolean;
    /** Present when KEV data is needed: BatchGetFindingDetails for the findings `candidate` accepts. */
    readonly kev?: {
        readonly api: Inspector2Api;
        candidate(finding: Finding): boolean;
    };
    readonly clock: Clock;
    readonly signal: AbortSignal;
    readonly onBatch: (batch: readonly Finding[]) => Promise<void>;
    readonly onProgress?: (stats: ListStats) => void;
}
/** The keys of this report's objects under the prefix (sorted, so the reading order is stable). */
export declare function reportObjects(s3: S3Api, bucket: string, prefix: string, reportId: string): Promise<string[]>;
/** Reads every object of the report; resolves with what was seen once all findings are handed on. */
export declare function readReport(s3: S3Api, options: ReadReportOptions): Promise<ListStats & {
    objects: number;
}>;
