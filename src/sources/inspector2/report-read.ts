/**
 * Reading a findings report from S3, streamed: the objects under the destination's prefix whose key
 * carries this report's ID (older reports under the same prefix are not this report), each read a chunk
 * at a time through a streaming JSON parser and the one v2 normaliser, and handed on in batches.
 *
 * Layout: Amazon Inspector does not document the layout of a JSON findings report's objects. The gate
 * reads what its `aws inspector2 list-findings` counterpart holds, a document `{"findings": [...]}`, and
 * JSON Lines of findings (one Finding per line); each finding in the API's Finding shape. Any other
 * shape, an object cut short (fewer bytes than its Content-Length, or JSON that does not end), or one that
 * cannot be read is exit 3 naming the object: never a shorter list.
 *
 * Distrust, as for ListFindings: a finding the normaliser refuses, one seen twice, one outside the
 * filter asked for, and a SUCCEEDED report without a single finding are errors.
 */
import type { Readable } from "node:stream";
import type { FilterCriteria } from "@aws-sdk/client-inspector2";
import { GetObjectCommand, paginateListObjectsV2, type S3Client } from "@aws-sdk/client-s3";
import { JSONParser } from "@streamparser/json";
import { chunks } from "../../core/batch.js";
import { InspectorError } from "../../errors.js";
import type { Clock } from "../../logging.js";
import type { Finding } from "../../model.js";
import { AwsApi } from "../shared/aws.js";
import { DETAILS_BATCH, type Inspector2Api } from "./api.js";
import { admit, emptyListStats, type Intake, type ListStats } from "./findings.js";
import { kevOf, withKev } from "./kev.js";
import { Inspector2FindingReader } from "./normalize.js";

/** S3 calls, counted and converted like Inspector's, their failures worded as S3's. */
export class S3Api extends AwsApi<S3Client> {
  protected override readonly service = "S3";
}

/**
 * The report text parsed at a time. The findings completed in a slice are normalised and handed on
 * together before the next slice is parsed, so memory holds one slice's findings, not a batch built up
 * while the parser allocates: normalised findings kept alive across much parsing make V8 move them, and
 * at 200,000 findings everything like them, straight to the old generation, whose garbage then sets the
 * process's peak memory.
 */
export const SLICE_BYTES = 64 * 1024;

export interface ReadReportOptions {
  readonly bucket: string;
  readonly prefix?: string;
  readonly reportId: string;
  readonly criteria: FilterCriteria;
  readonly includeSuppressed: boolean;
  /** Present when KEV data is needed: BatchGetFindingDetails for the findings `candidate` accepts. */
  readonly kev?: { readonly api: Inspector2Api; candidate(finding: Finding): boolean };
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly onBatch: (batch: readonly Finding[]) => Promise<void>;
  readonly onProgress?: (stats: ListStats) => void;
}

function unreadable(object: string, why: string): InspectorError {
  return new InspectorError(
    "REPORT_UNREADABLE",
    `The findings report object ${object} ${why}; refusing to decide on a report that cannot be read whole`,
  );
}

/** The keys of this report's objects under the prefix (sorted, so the reading order is stable). */
export async function reportObjects(s3: S3Api, bucket: string, prefix: string, reportId: string) {
  const keys: string[] = [];
  const listPrefix = prefix === "" ? "" : `${prefix.replace(/\/+$/, "")}/`;
  for await (const page of s3.pages("ListObjectsV2", (o) =>
    paginateListObjectsV2({ client: s3.client }, { Bucket: bucket, Prefix: listPrefix }, o),
  )) {
    for (const c of page.Contents ?? []) {
      const key = c.Key ?? "";
      if (key.slice(listPrefix.length).includes(reportId)) keys.push(key);
    }
  }
  return keys.sort();
}

/** Reads every object of the report; resolves with what was seen once all findings are handed on. */
export async function readReport(
  s3: S3Api,
  options: ReadReportOptions,
): Promise<ListStats & { objects: number }> {
  const stats: ListStats & { objects: number } = { ...emptyListStats(), objects: 0 };
  const where = `s3://${options.bucket}/${options.prefix ? `${options.prefix.replace(/\/+$/, "")}/` : ""}`;
  const keys = await reportObjects(s3, options.bucket, options.prefix ?? "", options.reportId);
  if (keys.length === 0) {
    throw new InspectorError(
      "REPORT_UNREADABLE",
      `Inspector's findings report ${options.reportId} SUCCEEDED, but no object of it is under ${where}; ` +
        "refusing to decide without the report",
    );
  }
  const seen = new Set<string>();
  const deliver = async (batch: Finding[]) => {
    if (batch.length === 0) return;
    let out = batch;
    if (options.kev) {
      const kev = options.kev;
      const candidates = batch.filter((f) => kev.candidate(f));
      stats.kevCandidates += candidates.length;
      const answers = new Map<
        string,
        Awaited<ReturnType<typeof kevOf>> extends Map<string, infer A> ? A : never
      >();
      for (const group of chunks(candidates, DETAILS_BATCH)) {
        stats.kevCalls++;
        for (const [arn, answer] of await kevOf(kev.api, group, options)) answers.set(arn, answer);
      }
      out = batch.map((f) => {
        const answer = answers.get(f.arn);
        if (answer?.kev === true) stats.inKev++;
        if (answer !== undefined && answer.kev === undefined) stats.kevUnknown++;
        return withKev(f, answer);
      });
    }
    await options.onBatch(out);
    stats.evaluated += out.length;
    options.onProgress?.(stats);
  };
  for (const key of keys) {
    await readObject(s3, options, key, seen, stats, deliver);
    stats.objects++;
  }
  if (seen.size === 0) {
    throw new InspectorError(
      "REPORT_INCONSISTENT",
      `Inspector's findings report ${options.reportId} SUCCEEDED (it found findings), but its objects under ${where} ` +
        "hold none; refusing to decide on inconsistent data",
    );
  }
  stats.listingDone = true;
  options.onProgress?.(stats);
  return stats;
}

async function readObject(
  s3: S3Api,
  options: ReadReportOptions,
  key: string,
  seen: Set<string>,
  stats: ListStats,
  deliver: (batch: Finding[]) => Promise<void>,
): Promise<void> {
  const object = `s3://${options.bucket}/${key}`;
  const got = await s3.call("GetObject", (o) =>
    s3.client.send(new GetObjectCommand({ Bucket: options.bucket, Key: key }), o),
  );
  const body = got.Body as Readable | undefined;
  if (body === undefined) throw unreadable(object, "has no body");
  const problems: string[] = [];
  let index = 0;
  const reader = new Inspector2FindingReader({
    problems: { add: (p) => problems.push(p) },
    where: (i) => `finding ${i + 1} of ${object}`,
  });
  let batch: Finding[] = [];
  /** The findings the parser has read from the current slice, not yet normalised. */
  let read: unknown[] = [];
  let failure: InspectorError | undefined;
  const intake: Intake = {
    criteria: options.criteria,
    includeSuppressed: options.includeSuppressed,
    seen,
    stats,
    twice: (arn) => `Inspector's findings report holds ${arn} twice (again in ${object})`,
    returned: (arn) => `Inspector's findings report holds ${arn} (in ${object})`,
  };
  const take = (raw: unknown) => {
    const finding = reader.convert(raw, index++);
    if (finding === undefined) {
      throw new InspectorError(
        "FINDINGS_INVALID",
        `The findings report object ${object} holds a finding the gate cannot read: ${problems.slice(0, 3).join("; ")}` +
          `${problems.length > 3 ? ` and ${problems.length - 3} more problems` : ""}`,
      );
    }
    if (admit(finding, intake)) batch.push(finding);
  };

  // The shape is decided by the object's first bytes: a document whose first key is "findings", or
  // JSON Lines of findings (objects that are not such a document).
  let parser: JSONParser | undefined;
  let head: Buffer | undefined;
  let bytes = 0;
  const start = (text: string) => {
    const trimmed = text.trimStart();
    if (/^\{\s*"findings"\s*:/.test(trimmed)) {
      parser = new JSONParser({ paths: ["$.findings.*"], keepStack: false });
      parser.onValue = ({ value, parent, stack }) => {
        if (!Array.isArray(parent) || stack.length !== 2) {
          failure ??= unreadable(object, 'has a "findings" member that is not an array of findings');
          return;
        }
        read.push(value);
      };
    } else if (trimmed.startsWith("{")) {
      parser = new JSONParser({ paths: ["$"], keepStack: false, separator: "" });
      parser.onValue = ({ value }) => {
        if (value === null || typeof value !== "object" || Array.isArray(value) || "findings" in value) {
          failure ??= unreadable(object, "is neither one findings document nor JSON Lines of findings");
          return;
        }
        read.push(value);
      };
    } else {
      throw unreadable(
        object,
        `is not a findings report the gate reads (it starts ${JSON.stringify(trimmed.slice(0, 20))}: expected ` +
          '{"findings": [...]} or JSON Lines of findings)',
      );
    }
  };
  // The findings read from a slice are normalised and handed on before the parser reads the next
  // one: at most a slice's findings wait at once, whatever the size of the chunks the body arrives in.
  const parse = async (data: Buffer) => {
    for (let at = 0; at < data.length; at += SLICE_BYTES) {
      parser!.write(data.subarray(at, at + SLICE_BYTES));
      if (failure) throw failure;
      await handOn();
    }
  };
  const handOn = async () => {
    const values = read;
    read = [];
    for (const value of values) take(value);
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    stats.pages++;
    await deliver(full);
  };
  try {
    for await (const chunk of body) {
      if (options.signal.aborted) throw options.signal.reason;
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      if (parser === undefined) {
        head = head === undefined ? buffer : Buffer.concat([head, buffer]);
        const first = head.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
        if (first === -1) continue;
        start(head.toString("utf8", first, first + 1024));
        await parse(head);
      } else await parse(buffer);
      options.onProgress?.(stats);
    }
    if (parser === undefined) throw unreadable(object, "is empty");
    // A document ends the parser at its closing brace; JSON Lines (and a document cut short) end here.
    if (!parser.isEnded) parser.end();
    if (failure) throw failure;
    for (const value of read) take(value);
  } catch (error) {
    body.destroy();
    if (error instanceof InspectorError || options.signal.aborted) throw error;
    throw unreadable(
      object,
      `cannot be parsed whole (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (failure) throw failure;
  if (got.ContentLength !== undefined && bytes !== got.ContentLength) {
    throw unreadable(object, `was cut short: ${bytes} bytes read of the ${got.ContentLength} announced`);
  }
  stats.pages++;
  await deliver(batch);
}
