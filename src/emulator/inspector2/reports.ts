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
import type { Account2, FindingRec } from "./account.js";
import { resourceNotFound } from "./errors.js";
import type { Listings } from "./listing.js";
import { findingJson } from "./render.js";

type Json = Record<string, unknown>;

export type ReportStatus = "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "CANCELLED";

/** The error codes a report may end FAILED with (GetFindingsReportStatus' errorCode). */
export const REPORT_ERROR_CODES = [
  "INTERNAL_ERROR",
  "INVALID_PERMISSIONS",
  "NO_FINDINGS_FOUND",
  "BUCKET_NOT_FOUND",
  "INCOMPATIBLE_BUCKET_REGION",
  "MALFORMED_KMS_KEY",
] as const;
export type ReportErrorCode = (typeof REPORT_ERROR_CODES)[number];

/** The service's own words for each error code (what the console and the API say). */
const ERROR_MESSAGES: Record<ReportErrorCode, string> = {
  INTERNAL_ERROR: "Internal error.",
  INVALID_PERMISSIONS: "Unable to write to the S3 bucket: check the bucket and KMS key policies.",
  NO_FINDINGS_FOUND: "No findings matched the report's filter criteria.",
  BUCKET_NOT_FOUND: "The specified bucket does not exist.",
  INCOMPATIBLE_BUCKET_REGION: "The S3 bucket is not in the same region as Inspector.",
  MALFORMED_KMS_KEY: "The KMS key is malformed or cannot be used.",
};

export function reportErrorMessage(code: ReportErrorCode): string {
  return ERROR_MESSAGES[code];
}

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

export function checkReportFaults(update: unknown): ReportFaults {
  if (update === null || typeof update !== "object" || Array.isArray(update))
    throw new Error("report faults must be an object");
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(update)) {
    const ok =
      key === "slowSeconds"
        ? typeof value === "number" && value >= 0
        : key === "fail"
          ? (REPORT_ERROR_CODES as readonly unknown[]).includes(value)
          : key === "cancel" || key === "missingObject" || key === "truncatedObject"
            ? typeof value === "boolean"
            : key === "echoDestination" || key === "echoFilter"
              ? value !== null && typeof value === "object" && !Array.isArray(value)
              : false;
    if (!ok) {
      throw new Error(
        `invalid report fault ${key}=${JSON.stringify(value)}: expected slowSeconds >= 0, fail ${REPORT_ERROR_CODES.join("|")}, ` +
          "cancel|missingObject|truncatedObject true|false, echoDestination|echoFilter an object",
      );
    }
    out[key] = value;
  }
  return out as ReportFaults;
}

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
  write(
    report: ReportRec,
    findings: Iterable<Json>,
    options?: { readonly truncate?: boolean },
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
    public faults: ReportFaults = {},
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
      doneAt: now + this.acct.scaled(this.reportSeconds + (this.faults.slowSeconds ?? 0)),
      faults: { ...this.faults },
      status: "IN_PROGRESS",
    };
    this.reports.set(reportId, report);
    this.latest = reportId;
    return { reportId };
  }

  async status(reportId: string | undefined, now: number): Promise<Json> {
    const report = this.find(reportId);
    if (report.status === "IN_PROGRESS" && now >= report.doneAt) await this.settle(report);
    const filter = report.faults.echoFilter ?? report.filterCriteria;
    return {
      destination: { ...(report.faults.echoDestination ?? report.destination) },
      ...(report.errorCode !== undefined ? { errorCode: report.errorCode } : {}),
      ...(report.errorMessage !== undefined ? { errorMessage: report.errorMessage } : {}),
      ...(filter !== undefined ? { filterCriteria: filter } : {}),
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
    const { faults } = report;
    if (faults.cancel) {
      report.status = "CANCELLED";
      return;
    }
    if (faults.fail !== undefined) {
      fail(faults.fail, reportErrorMessage(faults.fail));
      return;
    }
    if (findings.length === 0) {
      fail("NO_FINDINGS_FOUND", reportErrorMessage("NO_FINDINGS_FOUND"));
      return;
    }
    if (faults.missingObject) {
      report.status = "SUCCEEDED";
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
    const error = await this.writer.write(report, render(findings), {
      truncate: faults.truncatedObject === true,
    });
    if (error) fail(error.errorCode, error.errorMessage);
    else report.status = "SUCCEEDED";
  }
}
