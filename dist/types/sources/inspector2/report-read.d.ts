import type { FilterCriteria } from "@aws-sdk/client-inspector2";
import { type S3Client } from "@aws-sdk/client-s3";
import type { Clock } from "../../logging.js";
import type { Finding } from "../../model.js";
import { AwsApi } from "../shared/aws.js";
import { type Inspector2Api } from "./api.js";
import { type ListStats } from "./findings.js";
/** S3 calls, counted and converted like Inspector's, their failures worded as S3's. */
export declare class S3Api extends AwsApi<S3Client> {
    protected readonly service = "S3";
}
/**
 * The report text parsed at a time. The findings completed in a slice are normalised and handed on
 * together before the next slice is parsed, so memory holds one slice's findings, not a batch built up
 * while the parser allocates: normalised findings kept alive across much parsing make V8 move them, and
 * at 200,000 findings everything like them, straight to the old generation, whose garbage then sets the
 * process's peak memory.
 */
export declare const SLICE_BYTES: number;
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
