/**
 * Findings reports (CreateFindingsReport, GetFindingsReportStatus, CancelFindingsReport). A report
 * is IN_PROGRESS for `reportSeconds` (scaled), then settles once: FAILED with NO_FINDINGS_FOUND when
 * its filter matches nothing at creation, otherwise written by the ReportWriter and SUCCEEDED, or
 * FAILED with the writer's error code. Writing to S3 is left to a ReportWriter; without one, a report
 * with findings ends FAILED with INTERNAL_ERROR saying so. The status always echoes the destination
 * and the filter the report was created with.
 */
import type { Account2, FindingRec } from "./account.js";
import { resourceNotFound } from "./errors.js";
import type { Listings } from "./listing.js";
import { findingJson } from "./render.js";

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
  write(
    report: ReportRec,
    findings: Iterable<Json>,
  ): Promise<{ errorCode: string; errorMessage: string } | undefined>;
}

export class Reports {
  private readonly reports = new Map<string, ReportRec>();
  private latest: string | undefined;
  private settling = new Map<string, Promise<void>>();

  constructor(
    private readonly acct: Account2,
    private readonly listings: Listings,
    private readonly reportSeconds: number,
    public writer: ReportWriter | undefined = undefined,
  ) {}

  private find(reportId: string | undefined): ReportRec {
    const id = reportId ?? this.latest;
    const report = id === undefined ? undefined : this.reports.get(id);
    if (report === undefined) throw resourceNotFound(`The report ${reportId ?? "(latest)"} does not exist.`);
    return report;
  }

  create(input: Json, now: number): Json {
    const n = this.reports.size + 1;
    const hex = this.acct.hex(32, "report", n, now);
    const reportId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const report: ReportRec = {
      reportId,
      reportFormat: input["reportFormat"] as "CSV" | "JSON",
      destination: { ...(input["s3Destination"] as ReportRec["destination"]) },
      ...(input["filterCriteria"] !== undefined
        ? { filterCriteria: input["filterCriteria"] as Record<string, unknown> }
        : {}),
      createdAt: now,
      doneAt: now + this.acct.scaled(this.reportSeconds),
      status: "IN_PROGRESS",
    };
    this.reports.set(reportId, report);
    this.latest = reportId;
    return { reportId };
  }

  async status(reportId: string | undefined, now: number): Promise<Json> {
    const report = this.find(reportId);
    if (report.status === "IN_PROGRESS" && now >= report.doneAt) await this.settle(report);
    return {
      destination: { ...report.destination },
      ...(report.errorCode !== undefined ? { errorCode: report.errorCode } : {}),
      ...(report.errorMessage !== undefined ? { errorMessage: report.errorMessage } : {}),
      ...(report.filterCriteria !== undefined ? { filterCriteria: report.filterCriteria } : {}),
      reportId: report.reportId,
      status: report.status,
    };
  }

  cancel(reportId: string, now: number): Json {
    const report = this.find(reportId);
    if (report.status === "IN_PROGRESS" && now < report.doneAt) report.status = "CANCELLED";
    return { reportId: report.reportId };
  }

  private settle(report: ReportRec): Promise<void> {
    let pending = this.settling.get(report.reportId);
    if (pending === undefined) {
      pending = this.write(report);
      this.settling.set(report.reportId, pending);
    }
    return pending;
  }

  private async write(report: ReportRec): Promise<void> {
    const findings = this.listings.findings(report.filterCriteria, undefined, report.createdAt);
    const fail = (errorCode: string, errorMessage: string) => {
      report.status = "FAILED";
      report.errorCode = errorCode;
      report.errorMessage = errorMessage;
    };
    if (findings.length === 0) {
      fail("NO_FINDINGS_FOUND", "No findings matched the report's filter criteria.");
      return;
    }
    if (this.writer === undefined) {
      fail("INTERNAL_ERROR", "This emulator has no S3 endpoint to write findings reports to.");
      return;
    }
    const { region, accountId } = this.acct;
    const render = function* (list: readonly FindingRec[]) {
      for (const f of list) yield findingJson(f, report.createdAt, region, accountId);
    };
    const error = await this.writer.write(report, render(findings));
    if (error) fail(error.errorCode, error.errorMessage);
    else report.status = "SUCCEEDED";
  }
}
