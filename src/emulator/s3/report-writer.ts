/**
 * Writes a findings report to S3 as Inspector's JSON report: one object `<keyPrefix>/<reportId>.json`
 * holding `{"findings":[...]}` with each finding in the API's Finding shape. The document is written
 * to a temporary file a finding at a time and uploaded from there, so a report of hundreds of
 * thousands of findings is never held in memory as one string.
 *
 * As the service does, it refuses a KMS key that is not a KMS key ARN (MALFORMED_KMS_KEY) and a bucket
 * that does not exist (BUCKET_NOT_FOUND); any other failure to write is INTERNAL_ERROR.
 */

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HeadBucketCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import type { ReportRec, ReportWriter } from "../inspector2/reports.js";
import { reportErrorMessage } from "../inspector2/reports.js";

const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:(key|alias)\/[A-Za-z0-9/_+=,.@-]+$/;

/** The key of a report's object under its destination. */
export function reportObjectKey(report: Pick<ReportRec, "reportId" | "destination">): string {
  const prefix = (report.destination.keyPrefix ?? "").replace(/\/+$/, "");
  return prefix === "" ? `${report.reportId}.json` : `${prefix}/${report.reportId}.json`;
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NotFound" || e?.name === "NoSuchBucket" || e?.$metadata?.httpStatusCode === 404;
}

export class S3ReportWriter implements ReportWriter {
  constructor(private readonly s3: S3Client) {}

  async write(
    report: ReportRec,
    findings: Iterable<Record<string, unknown>>,
    options: { readonly truncate?: boolean } = {},
  ): Promise<{ errorCode: string; errorMessage: string } | undefined> {
    const { bucketName, kmsKeyArn } = report.destination;
    if (!KMS_KEY_ARN.test(kmsKeyArn)) {
      return { errorCode: "MALFORMED_KMS_KEY", errorMessage: reportErrorMessage("MALFORMED_KMS_KEY") };
    }
    try {
      await this.s3.send(new HeadBucketCommand({ Bucket: bucketName }));
    } catch (error) {
      if (isNotFound(error))
        return { errorCode: "BUCKET_NOT_FOUND", errorMessage: reportErrorMessage("BUCKET_NOT_FOUND") };
      return { errorCode: "INTERNAL_ERROR", errorMessage: reportErrorMessage("INTERNAL_ERROR") };
    }
    const dir = await mkdtemp(join(tmpdir(), "inspector-gate-report-"));
    const file = join(dir, "report.json");
    try {
      const out = createWriteStream(file);
      const put = async (text: string) => {
        if (!out.write(text)) await once(out, "drain");
      };
      await put('{"findings":[');
      let first = true;
      for (const finding of findings) {
        await put(`${first ? "" : ","}\n${JSON.stringify(finding)}`);
        first = false;
      }
      await put("\n]}\n");
      out.end();
      await once(out, "finish");
      const { size } = await stat(file);
      const length = options.truncate ? Math.floor(size / 2) : size;
      await this.s3.send(
        new PutObjectCommand({
          Bucket: bucketName,
          Key: reportObjectKey(report),
          Body: createReadStream(file, { start: 0, end: Math.max(0, length - 1) }),
          ContentLength: length,
          ContentType: "application/json",
        }),
      );
      return undefined;
    } catch {
      return { errorCode: "INTERNAL_ERROR", errorMessage: reportErrorMessage("INTERNAL_ERROR") };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
