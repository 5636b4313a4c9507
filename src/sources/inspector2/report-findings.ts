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
import { GateAborted } from "../../core/abort.js";
import { DeadlineExceeded } from "../../core/deadline.js";
import { formatDuration } from "../../core/duration.js";
import type { Clock } from "../../logging.js";
import type { Finding } from "../../model.js";
import type { Inspector2Api } from "./api.js";
import { emptyListStats, type ListStats } from "./findings.js";
import {
  cancelReport,
  createReport,
  type ReportDestination,
  type ReportStatus,
  reportFailure,
  waitForReport,
} from "./report.js";
import { readReport, type S3Api } from "./report-read.js";

export interface ReportFindingsOptions {
  readonly destination: ReportDestination;
  readonly criteria: FilterCriteria;
  readonly includeSuppressed: boolean;
  readonly kev?: { candidate(finding: Finding): boolean };
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
  readonly stats: ListStats & { objects: number };
}

export async function findingsThroughReport(
  api: Inspector2Api,
  s3: S3Api,
  options: ReportFindingsOptions,
): Promise<ReportOutcome> {
  const { destination, criteria } = options;
  options.phase("creating the Inspector findings report");
  const reportId = await createReport(api, destination, criteria);
  const where = `s3://${destination.bucket}/${destination.prefix ?? ""}`;
  options.say(`findings report ${reportId} requested (JSON, to ${where})`, reportId, "IN_PROGRESS");
  let settled = false;
  try {
    options.phase(`waiting for the findings report ${reportId}`);
    let last: string | undefined;
    const outcome = await waitForReport(api, reportId, destination, criteria, {
      clock: options.clock,
      pollIntervalMs: options.pollIntervalMs,
      deadline: options.deadline,
      abortSignal: options.signal,
      ...(options.random ? { random: options.random } : {}),
      onStatus: (status: ReportStatus) => {
        if (status.status !== "IN_PROGRESS") settled = true;
        if (status.status !== last) {
          last = status.status;
          options.say(
            `findings report ${reportId}: ${status.status}${status.errorCode ? ` (${status.errorCode})` : ""} ` +
              `(${formatDuration(options.elapsed())})`,
            reportId,
            String(status.status),
          );
        }
      },
    });
    switch (outcome.state) {
      case "TIMEOUT":
        throw new DeadlineExceeded(`waiting for the findings report ${reportId}`);
      case "ABORTED":
        throw new GateAborted(options.signal.reason);
      case "FAILURE": {
        const status = outcome.reason!;
        if (status.status === "FAILED" && status.errorCode === "NO_FINDINGS_FOUND") {
          return { reportId, status: "NO_FINDINGS_FOUND", stats: { ...emptyListStats(true), objects: 0 } };
        }
        throw reportFailure(status, reportId);
      }
      case "SUCCESS":
        break;
    }
    options.phase(`reading the findings report ${reportId} from ${where}`);
    const stats = await readReport(s3, {
      bucket: destination.bucket,
      ...(destination.prefix !== undefined ? { prefix: destination.prefix } : {}),
      reportId,
      criteria,
      includeSuppressed: options.includeSuppressed,
      ...(options.kev ? { kev: { api, candidate: (f: Finding) => options.kev!.candidate(f) } } : {}),
      clock: options.clock,
      signal: options.signal,
      onBatch: options.onBatch,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { reportId, status: "SUCCEEDED", stats };
  } finally {
    if (!settled) {
      const cancelled = await cancelReport(api.client, reportId);
      options.say(
        cancelled
          ? `findings report ${reportId} cancelled (the gate gave up on it)`
          : `findings report ${reportId} could not be cancelled: it may still be written to ${where}`,
        reportId,
        cancelled ? "CANCELLED" : "IN_PROGRESS",
      );
    }
  }
}
