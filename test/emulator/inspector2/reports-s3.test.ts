/**
 * Findings reports written to S3 (s3rver, in-process) and read back with the real S3 client: the
 * object's layout and key, the errors the destination itself causes (no bucket, a malformed KMS key),
 * and each report fault (slow, FAILED with every code, CANCELLED, no object, a truncated object, a
 * different destination or filter echoed).
 */
import {
  CreateFindingsReportCommand,
  type FilterCriteria,
  GetFindingsReportStatusCommand,
} from "@aws-sdk/client-inspector2";
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { REPORT_ERROR_CODES } from "../../../src/emulator/inspector2/reports.js";
import { localS3Client } from "../../../src/emulator/s3/server.js";
import { control } from "../../helpers/emulator.js";
import { answerProblems2, startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

let t: TestEmulator2;
let s3: S3Client;

const KMS = "arn:aws:kms:us-west-2:123456789012:key/1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b";
const destination = { bucketName: "org-findings", keyPrefix: "gate/", kmsKeyArn: KMS };
const critical: FilterCriteria = { severity: [{ comparison: "EQUALS", value: "CRITICAL" }] };

beforeAll(async () => {
  t = await startTestEmulator2({
    seed: "reports-s3",
    inspector2: { reportSeconds: 30 },
    s3: { buckets: ["org-findings"] },
  });
  s3 = localS3Client(t.emulator.s3Endpoint!, "us-west-2");
});

afterAll(async () => {
  s3.destroy();
  await t.stop();
});

afterEach(() => {
  t.emulator.inspector2.reportFaults({});
  expect(t.responses.splice(0).flatMap(answerProblems2)).toEqual([]);
});

async function settled(s3Destination = destination, filterCriteria: FilterCriteria | undefined = critical) {
  const { reportId } = await t.client.send(
    new CreateFindingsReportCommand({
      reportFormat: "JSON",
      s3Destination,
      ...(filterCriteria ? { filterCriteria } : {}),
    }),
  );
  t.clock.advance(30_000);
  return {
    reportId: reportId!,
    status: await t.client.send(new GetFindingsReportStatusCommand({ reportId })),
  };
}

async function objectText(key: string): Promise<string> {
  const got = await s3.send(new GetObjectCommand({ Bucket: "org-findings", Key: key }));
  return got.Body!.transformToString();
}

describe("findings reports written to S3", () => {
  it("write one object <prefix>/<reportId>.json holding the findings the filter matched", async () => {
    const { reportId, status } = await settled();
    expect(status).toMatchObject({ status: "SUCCEEDED", destination, filterCriteria: critical });
    const doc = JSON.parse(await objectText(`gate/${reportId}.json`)) as {
      findings: { findingArn: string }[];
    };
    const expected = t.emulator.inspector2.findings().filter((f) => f.severity === "CRITICAL");
    expect(expected.length).toBeGreaterThan(0);
    expect(doc.findings.map((f) => f.findingArn)).toEqual(expected.map((f) => f.findingArn));
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: "org-findings", Prefix: "gate/" }));
    expect(listed.Contents?.map((c) => c.Key)).toContain(`gate/${reportId}.json`);
  });

  it("end FAILED with BUCKET_NOT_FOUND for a bucket that does not exist", async () => {
    const { status } = await settled({ ...destination, bucketName: "no-such-bucket" });
    expect(status).toMatchObject({ status: "FAILED", errorCode: "BUCKET_NOT_FOUND" });
    expect(status.errorMessage).toMatch(/bucket/i);
  });

  it("end FAILED with MALFORMED_KMS_KEY for a key that is not a KMS key ARN", async () => {
    const { status } = await settled({ ...destination, kmsKeyArn: "not-a-key" });
    expect(status).toMatchObject({ status: "FAILED", errorCode: "MALFORMED_KMS_KEY" });
  });
});

describe("report faults", () => {
  it.each(REPORT_ERROR_CODES.filter((c) => c !== "NO_FINDINGS_FOUND"))(
    "fail: %s ends the report FAILED with that code and a message",
    async (code) => {
      t.emulator.inspector2.reportFaults({ fail: code });
      const { reportId, status } = await settled();
      expect(status).toMatchObject({ status: "FAILED", errorCode: code });
      expect(status.errorMessage).toEqual(expect.any(String));
      await expect(objectText(`gate/${reportId}.json`)).rejects.toThrow();
    },
  );

  it("slowSeconds keeps the report IN_PROGRESS longer", async () => {
    t.emulator.inspector2.reportFaults({ slowSeconds: 60 });
    const { reportId, status } = await settled();
    expect(status.status).toBe("IN_PROGRESS");
    t.clock.advance(60_000);
    expect((await t.client.send(new GetFindingsReportStatusCommand({ reportId }))).status).toBe("SUCCEEDED");
  });

  it("cancel ends the report CANCELLED", async () => {
    t.emulator.inspector2.reportFaults({ cancel: true });
    expect((await settled()).status.status).toBe("CANCELLED");
  });

  it("missingObject: SUCCEEDED with nothing written", async () => {
    t.emulator.inspector2.reportFaults({ missingObject: true });
    const { reportId, status } = await settled();
    expect(status.status).toBe("SUCCEEDED");
    await expect(objectText(`gate/${reportId}.json`)).rejects.toThrow();
  });

  it("truncatedObject: SUCCEEDED with an object that is not whole JSON", async () => {
    t.emulator.inspector2.reportFaults({ truncatedObject: true });
    const { reportId, status } = await settled();
    expect(status.status).toBe("SUCCEEDED");
    const text = await objectText(`gate/${reportId}.json`);
    expect(text.startsWith('{"findings":[')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("echoDestination and echoFilter: the status echoes something else than was asked", async () => {
    const other = { ...destination, keyPrefix: "elsewhere/" };
    const otherFilter = { severity: [{ comparison: "EQUALS", value: "LOW" }] };
    t.emulator.inspector2.reportFaults({ echoDestination: other, echoFilter: otherFilter });
    const { status } = await settled();
    expect(status.destination).toEqual(other);
    expect(status.filterCriteria).toEqual(otherFilter);
  });

  it("are set over the control endpoint, and refused when unknown", async () => {
    const set = await control(t.emulator.endpoint, "inspector2/report-faults", {
      fail: "INVALID_PERMISSIONS",
    });
    expect(set).toMatchObject({ status: 200, json: { fail: "INVALID_PERMISSIONS" } });
    expect((await settled()).status.errorCode).toBe("INVALID_PERMISSIONS");
    expect(() => t.emulator.inspector2.reportFaults({ fail: "NOPE" } as never)).toThrow(
      /invalid report fault/,
    );
  });
});
