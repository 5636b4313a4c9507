/**
 * Reading a findings report's objects from S3 (s3rver in-process, the real S3 client): streamed (the
 * reader does not run ahead of a consumer that has not taken the first batch), both layouts, and the
 * objects that must never count as a whole report.
 */
import { Readable } from "node:stream";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type S3Endpoint, startS3 } from "../../../src/emulator/s3/server.js";
import { systemClock } from "../../../src/logging.js";
import { readReport, S3Api, SLICE_BYTES } from "../../../src/sources/inspector2/report-read.js";
import { startTestEmulator2 } from "../../helpers/inspector2.js";

let s3: S3Endpoint;
let client: S3Client;
let sample: Record<string, unknown>;
const REPORT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const never = new AbortController().signal;

beforeAll(async () => {
  s3 = await startS3({ buckets: ["reports"] });
  client = s3.client("us-west-2");
  const t = await startTestEmulator2({ seed: "report-read" });
  t.clock.advance(3_600_000);
  const active = t.emulator.inspector2.findings().find((f) => f.status === "ACTIVE")!;
  sample = JSON.parse(JSON.stringify(active)) as Record<string, unknown>;
  await t.stop();
});

afterAll(async () => {
  client.destroy();
  await s3.close();
});

function findings(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({ ...sample, findingArn: `${String(sample["findingArn"])}-${i}` }),
  );
}

async function put(Key: string, Body: string) {
  await client.send(new PutObjectCommand({ Bucket: "reports", Key, Body }));
}

function read(prefix: string, onBatch: (n: number, parsed: number) => Promise<void> = async () => {}) {
  let parsed = 0;
  return readReport(new S3Api(client, never), {
    bucket: "reports",
    prefix,
    reportId: REPORT,
    criteria: {},
    includeSuppressed: false,
    clock: systemClock,
    signal: never,
    onBatch: (batch) => onBatch(batch.length, parsed),
    onProgress: (stats) => {
      parsed = stats.active + stats.suppressed;
    },
  });
}

describe("reading a findings report from S3", () => {
  it("streams: the first batch is handed on before the object has been read through", async () => {
    const n = 20_000;
    await put(`big/${REPORT}.json`, `{"findings":[\n${findings(n).join(",\n")}\n]}\n`);
    let parsedAtFirst: number | undefined;
    const stats = await read("big", async (_size, parsed) => {
      parsedAtFirst ??= parsed;
    });
    expect(stats.evaluated).toBe(n);
    expect(parsedAtFirst).toBeDefined();
    // A chunk's worth of findings at most (64 KiB chunks of ~1-3 KiB findings), not the whole object.
    expect(parsedAtFirst!).toBeLessThan(n / 10);
  });

  it("reads JSON Lines of findings", async () => {
    await put(`lines/${REPORT}.jsonl`, `${findings(250).join("\n")}\n`);
    expect((await read("lines")).evaluated).toBe(250);
  });

  it("refuses a document followed by more data, naming the object", async () => {
    await put(`trailing/${REPORT}.json`, `{"findings":[${findings(2).join(",")}]}\n{"findings":[]}`);
    await expect(read("trailing")).rejects.toThrow(/s3:\/\/reports\/trailing\/.*cannot be parsed whole/);
  });

  it("refuses a top-level array and a document whose findings are not an array", async () => {
    await put(`array/${REPORT}.json`, `[${findings(1).join(",")}]`);
    await expect(read("array")).rejects.toThrow(/is not a findings report the gate reads/);
    await put(`object/${REPORT}.json`, `{"findings":{"a":${findings(1)[0]}}}`);
    await expect(read("object")).rejects.toThrow(/not an array of findings/);
  });

  it("refuses an empty object and a finding seen twice", async () => {
    await put(`empty/${REPORT}.json`, "  \n");
    await expect(read("empty")).rejects.toThrow(/is empty/);
    const one = findings(1)[0]!;
    await put(`twice/${REPORT}-1.json`, `{"findings":[${one}]}`);
    await put(`twice/${REPORT}-2.json`, `{"findings":[${one}]}`);
    await expect(read("twice")).rejects.toThrow(/twice/);
  });

  it("holds at most one slice's findings at once, even when the object arrives as one chunk", async () => {
    // A store that sends the whole object in a single chunk: the reader must not parse it all (nor
    // gather a batch across slices) before handing findings on.
    const lines = findings(3_000);
    const body = Buffer.from(`{"findings":[\n${lines.join(",\n")}\n]}\n`);
    const key = `one-chunk/${REPORT}.json`;
    const store = new S3Client({
      region: "us-west-2",
      credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
    });
    store.send = (async (command: unknown) => {
      if (command instanceof ListObjectsV2Command) return { Contents: [{ Key: key }], IsTruncated: false };
      if (command instanceof GetObjectCommand) {
        return { Body: Readable.from([body]), ContentLength: body.length };
      }
      throw new Error("unexpected S3 call");
    }) as S3Client["send"];
    const batches: number[] = [];
    const stats = await readReport(new S3Api(store, never), {
      bucket: "reports",
      prefix: "one-chunk",
      reportId: REPORT,
      criteria: {},
      includeSuppressed: false,
      clock: systemClock,
      signal: never,
      onBatch: async (batch) => {
        batches.push(batch.length);
      },
    });
    store.destroy();
    expect(stats.evaluated).toBe(lines.length);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(lines.length);
    // A slice completes the findings that fit in it, and at most one begun in the slice before.
    const shortest = Math.min(...lines.map((l) => Buffer.byteLength(l) + 2));
    const bound = Math.floor(SLICE_BYTES / shortest) + 1;
    expect(bound).toBeLessThan(lines.length / 10);
    expect(Math.max(...batches)).toBeLessThanOrEqual(bound);
  });

  it("words an S3 failure as S3's, naming the operation", async () => {
    const store = new S3Client({
      region: "us-west-2",
      credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
    });
    store.send = (async () => {
      throw Object.assign(new Error("Access Denied"), {
        name: "AccessDenied",
        $fault: "client",
        $metadata: { httpStatusCode: 403 },
      });
    }) as S3Client["send"];
    const reading = readReport(new S3Api(store, never), {
      bucket: "reports",
      reportId: REPORT,
      criteria: {},
      includeSuppressed: false,
      clock: systemClock,
      signal: never,
      onBatch: async () => {},
    });
    await expect(reading).rejects.toThrow(/^S3 ListObjectsV2 failed: AccessDenied: Access Denied/);
    store.destroy();
  });
});
