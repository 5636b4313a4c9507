import {
  reportErrorMessage
} from "./chunk-IUZKL2G5.js";

// src/emulator/s3/report-writer.ts
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HeadBucketCommand, PutObjectCommand } from "@aws-sdk/client-s3";
var KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:(key|alias)\/[A-Za-z0-9/_+=,.@-]+$/;
function reportObjectKey(report) {
  const prefix = (report.destination.keyPrefix ?? "").replace(/\/+$/, "");
  return prefix === "" ? `${report.reportId}.json` : `${prefix}/${report.reportId}.json`;
}
function isNotFound(error) {
  const e = error;
  return e?.name === "NotFound" || e?.name === "NoSuchBucket" || e?.$metadata?.httpStatusCode === 404;
}
var S3ReportWriter = class {
  constructor(s3) {
    this.s3 = s3;
  }
  s3;
  async write(report, findings, options = {}) {
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
      const put = async (text) => {
        if (!out.write(text)) await once(out, "drain");
      };
      await put('{"findings":[');
      let first = true;
      for (const finding of findings) {
        await put(`${first ? "" : ","}
${JSON.stringify(finding)}`);
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
          ContentType: "application/json"
        })
      );
      return void 0;
    } catch {
      return { errorCode: "INTERNAL_ERROR", errorMessage: reportErrorMessage("INTERNAL_ERROR") };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
};
export {
  S3ReportWriter,
  reportObjectKey
};
