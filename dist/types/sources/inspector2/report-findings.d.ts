/**
 * The findings of a scope through a findings report (organization scale): create the report with the
 * criteria ListFindings would have used, wait for it, then stream its objects from S3 into the gate.
 * A report the gate created and then gave up on (deadline, SIGTERM, an error while waiting or reading
 * before it settled) is cancelled.
 *
 * NO_FINDINGS_FOUND is read as zero findings. It is evidence only together with the coverage of the
 * scope: the gate judges coverage alongside the findings and a failed coverage check (nothing in scope,
 * nothing scanned, a scan pending) is the verdict whatever the report said.
 */
import type { FilterCriteria } from "@aws-sdk/client-inspector2";
import type { Clock } from "../../logging.js";
import type { Finding } from "../../model.js";
import type { Inspector2Api } from "./api.js";
import { type ListStats } from "./findings.js";
import { type ReportDestination } from "./report.js";
import { type S3Api } from "./report-read.js";
export interface ReportFindingsOptions {
    readonly destination: ReportDestination;
    readonly criteria: FilterCriteria;
    readonly includeSuppressed: boolean;
    readonly kev?: {
        candidate(finding: Finding): boolean;
    };
    readonly clock: Clock;
    readonly pollIntervalMs: number;
    readonly deadline: number;
    readonly random?: () => number;
    readonly signal: AbortSignal;
    readonly elapsed: () => number;
    readonly phase: (what: string) => void;
    readonly say: (message: string, reportId: string, status: string) => void;
    readonly onBatch: (batch: readonly Finding[]) => Promise<void>;
    readonly onProgress?: (stats: ListStats) => void;
}
export interface ReportOutcome {
    readonly reportId: string;
    readonly status: string;
    readonly stats: ListStats & {
        objects: number;
    };
}
export declare function findingsThroughReport(api: Inspector2Api, s3: S3Api, options: ReportFindingsOptions): Promise<ReportOutcome>;
