/**
 * Findings reports on a virtual clock: IN_PROGRESS for the report time, then settled once, echoing the
 * destination and filter: FAILED with NO_FINDINGS_FOUND for a filter that matches nothing, written by a
 * ReportWriter (SUCCEEDED, or FAILED with its error code), FAILED with INTERNAL_ERROR when no writer
 * is set, CANCELLED when cancelled in progress.
 */
import {
  CancelFindingsReportCommand,
  CreateFindingsReportCommand,
  type FilterCriteria,
  GetFindingsReportStatusCommand,
} from "@aws-sdk/client-inspector2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ReportRec, ReportWriter } from "../../../src/emulator/inspector2/index.js";
import { answerProblems2, startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

let t: TestEmulator2;

const s3Destination = {
  bucketName: "org-findings",
  keyPrefix: "gate/",
  kmsKeyArn: "arn:aws:kms:us-west-2:123456789012:key/1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b",
};

beforeAll(async () => {
  t = await startTestEmulator2({ seed: "reports2", inspector2: { reportSeconds: 30 } });
});

afterAll(async () => {
  await t.stop();
});

afterEach(() => {
  t.emulator.inspector2.setReportWriter(undefined);
  expect(t.responses.splice(0).flatMap(answerProblems2)).toEqual([]);
});

async function report(filterCriteria?: FilterCriteria): Promise<string> {
  const out = await t.client.send(
    new CreateFindingsReportCommand({
      reportFormat: "JSON",
      s3Destination,
      ...(filterCriteria ? { filterCriteria } : {}),
    }),
  );
  expect(out.reportId).toMatch(/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/);
  return out.reportId!;
}

const statusOf = (reportId?: string) =>
  t.client.send(new GetFindingsReportStatusCommand(reportId ? { reportId } : {}));

describe("findings reports", () => {
  it("are written by the writer with the findings the filter matched when created", async () => {
    const written: { report: ReportRec; arns: string[] }[] = [];
    const writer: ReportWriter = {
      async write(rec, findings) {
        written.push({ report: rec, arns: [...findings].map((f) => String(f["findingArn"])) });
        return undefined;
      },
    };
    t.emulator.inspector2.setReportWriter(writer);
    const filterCriteria: FilterCriteria = { severity: [{ comparison: "EQUALS", value: "CRITICAL" }] };
    const reportId = await report(filterCriteria);
    expect((await statusOf(reportId)).status).toBe("IN_PROGRESS");
    t.clock.advance(30_000);
    const done = await statusOf(reportId);
    expect(done).toMatchObject({ reportId, status: "SUCCEEDED", destination: s3Destination, filterCriteria });
    expect(done.errorCode).toBeUndefined();
    // Settled once: asking again does not write again.
    await statusOf(reportId);
    expect(written).toHaveLength(1);
    const critical = t.emulator.inspector2.findings().filter((f) => f.severity === "CRITICAL");
    expect(written[0]?.arns).toEqual(critical.map((f) => f.findingArn));
  });

  it("FAILED with the writer's error code", async () => {
    t.emulator.inspector2.setReportWriter({
      write: async () => ({
        errorCode: "BUCKET_NOT_FOUND",
        errorMessage: "The bucket org-findings does not exist.",
      }),
    });
    const reportId = await report();
    t.clock.advance(30_000);
    expect(await statusOf(reportId)).toMatchObject({ status: "FAILED", errorCode: "BUCKET_NOT_FOUND" });
  });

  it("FAILED with NO_FINDINGS_FOUND when the filter matches nothing", async () => {
    const reportId = await report({ vulnerabilityId: [{ comparison: "EQUALS", value: "CVE-1999-0001" }] });
    t.clock.advance(30_000);
    expect(await statusOf(reportId)).toMatchObject({ status: "FAILED", errorCode: "NO_FINDINGS_FOUND" });
  });

  it("FAILED with INTERNAL_ERROR when the emulator has nowhere to write", async () => {
    const reportId = await report();
    t.clock.advance(30_000);
    const status = await statusOf(reportId);
    expect(status).toMatchObject({ status: "FAILED", errorCode: "INTERNAL_ERROR" });
    expect(status.errorMessage).toMatch(/no S3 endpoint/);
  });

  it("CANCELLED when cancelled in progress; a settled report stays as it was", async () => {
    const reportId = await report();
    const cancelled = await t.client.send(new CancelFindingsReportCommand({ reportId }));
    expect(cancelled.reportId).toBe(reportId);
    t.clock.advance(30_000);
    expect((await statusOf(reportId)).status).toBe("CANCELLED");
  });

  it("without a reportId, the status of the latest report", async () => {
    const reportId = await report();
    expect((await statusOf()).reportId).toBe(reportId);
  });
});
