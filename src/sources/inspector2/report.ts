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
import {
  CancelFindingsReportCommand,
  CreateFindingsReportCommand,
  type FilterCriteria,
  GetFindingsReportStatusCommand,
  type GetFindingsReportStatusCommandOutput,
} from "@aws-sdk/client-inspector2";
import { type CheckResult, createWaiter, type WaiterResult } from "../../core/wait.js";
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
export const REPORT_ERROR_HINTS: Readonly<Record<string, string>> = {
  INTERNAL_ERROR: "Inspector failed on its side; run the gate again, and contact AWS Support if it persists",
  INVALID_PERMISSIONS:
    "the bucket policy must let inspector2.amazonaws.com put objects under the prefix, and the KMS key policy must " +
    "let it use the key (kms:GenerateDataKey, kms:Decrypt); see docs/iam.md",
  BUCKET_NOT_FOUND: "--report-bucket must name an existing bucket (check the name and the account)",
  INCOMPATIBLE_BUCKET_REGION:
    "the bucket and the KMS key must be in the region Inspector is called in; use a bucket of that region or --region",
  MALFORMED_KMS_KEY:
    "--report-kms-key must be the ARN of a symmetric customer managed KMS key (arn:aws:kms:REGION:ACCOUNT:key/ID) in the bucket's region",
};

/** The destination as the API takes and echoes it. */
export function s3Destination(d: ReportDestination) {
  return {
    bucketName: d.bucket,
    kmsKeyArn: d.kmsKeyArn,
    ...(d.prefix !== undefined && d.prefix !== "" ? { keyPrefix: d.prefix } : {}),
  };
}

export async function createReport(
  api: Inspector2Api,
  destination: ReportDestination,
  criteria: FilterCriteria,
): Promise<string> {
  const out = await api.call("CreateFindingsReport", (o) =>
    api.client.send(
      new CreateFindingsReportCommand({
        reportFormat: "JSON",
        s3Destination: s3Destination(destination),
        filterCriteria: criteria,
      }),
      o,
    ),
  );
  if (typeof out.reportId !== "string" || out.reportId === "") {
    throw new InspectorError("REPORT_INVALID", "Inspector CreateFindingsReport answered without a reportId");
  }
  return out.reportId;
}

/** A value as canonical JSON: keys sorted, Dates as epoch milliseconds, absent and undefined alike. */
function canonical(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return raw.getTime();
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

/** What is wrong with a status for the report asked for, if anything (an InspectorError to throw). */
export function echoProblem(
  status: ReportStatus,
  reportId: string,
  destination: ReportDestination,
  criteria: FilterCriteria,
): InspectorError | undefined {
  if (status.reportId !== undefined && status.reportId !== reportId) {
    return new InspectorError(
      "REPORT_MISMATCH",
      `Inspector GetFindingsReportStatus answered for report ${status.reportId} when asked for ${reportId}; ` +
        "refusing to read another report",
    );
  }
  const asked = s3Destination(destination);
  const echoed = status.destination;
  if (echoed === undefined || canonical(echoed) !== canonical(asked)) {
    return new InspectorError(
      "REPORT_MISMATCH",
      `Inspector's findings report ${reportId} echoes the destination ${canonical(echoed ?? null)}, not the one ` +
        `asked for (${canonical(asked)}); refusing to read a report written elsewhere`,
    );
  }
  if (canonical(status.filterCriteria ?? {}) !== canonical(criteria)) {
    return new InspectorError(
      "REPORT_MISMATCH",
      `Inspector's findings report ${reportId} echoes the filter ${canonical(status.filterCriteria ?? {})}, not the ` +
        `one asked for (${canonical(criteria)}); refusing to evaluate a report of another filter`,
    );
  }
  return undefined;
}

/** The error for a report that ended without a readable result (FAILED other than NO_FINDINGS_FOUND, CANCELLED). */
export function reportFailure(status: ReportStatus, reportId: string): InspectorError {
  const code = status.errorCode ?? "(no errorCode)";
  const said = status.errorMessage ? `: ${status.errorMessage}` : "";
  if (status.status === "CANCELLED") {
    return new InspectorError(
      "REPORT_CANCELLED",
      `Inspector's findings report ${reportId} was CANCELLED${status.errorCode ? ` (${code}${said})` : said}; ` +
        "someone or something cancelled it before it was written: run the gate again",
    );
  }
  const hint = REPORT_ERROR_HINTS[code];
  return new InspectorError(
    "REPORT_FAILED",
    `Inspector's findings report ${reportId} FAILED with ${code}${said}` +
      (hint ? ` (to fix: ${hint})` : " (an error code the gate does not know)"),
  );
}

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
export function waitForReport(
  api: Inspector2Api,
  reportId: string,
  destination: ReportDestination,
  criteria: FilterCriteria,
  options: ReportWaitOptions,
): Promise<WaiterResult<ReportStatus>> {
  return createWaiter<ReportStatus>(
    {
      clock: options.clock,
      minDelayMs: options.pollIntervalMs,
      deadline: options.deadline,
      abortSignal: options.abortSignal,
      ...(options.random ? { random: options.random } : {}),
    },
    async (): Promise<CheckResult<ReportStatus>> => {
      const status = await api.call("GetFindingsReportStatus", (o) =>
        api.client.send(new GetFindingsReportStatusCommand({ reportId }), o),
      );
      const problem = echoProblem(status, reportId, destination, criteria);
      if (problem) throw problem;
      options.onStatus?.(status);
      switch (status.status) {
        case "IN_PROGRESS":
          return { state: "RETRY", reason: status };
        case "SUCCEEDED":
          return { state: "SUCCESS", reason: status };
        case "FAILED":
        case "CANCELLED":
          return { state: "FAILURE", reason: status };
        default:
          throw new InspectorError(
            "REPORT_INVALID",
            `Inspector's findings report ${reportId} has the status ${JSON.stringify(status.status ?? null)}, ` +
              "which the gate does not know; refusing to decide",
          );
      }
    },
  );
}

/** How long cancelling a report may take once the gate has given up. */
const CANCEL_MS = 3_000;

/** Cancels a report the gate created and gave up on; best effort, bounded, never throws. */
export async function cancelReport(client: Inspector2Api["client"], reportId: string): Promise<boolean> {
  try {
    await client.send(new CancelFindingsReportCommand({ reportId }), {
      abortSignal: AbortSignal.timeout(CANCEL_MS),
    });
    return true;
  } catch {
    return false;
  }
}
