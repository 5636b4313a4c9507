/**
 * The v2 emulator's throughput over HTTP through the real @aws-sdk/client-inspector2: paging through
 * an account of 20,000 findings with the SDK's paginator (25 findings a page, as the model bounds
 * it), a filtered listing, and the first page's cost (one filter pass over the account). The SDK
 * client runs in a worker thread, the emulator on the main thread, as a service and its client would.
 */
import { Inspector2Client, ListFindingsCommand } from "@aws-sdk/client-inspector2";
import { startEmulator } from "../src/emulator/index.js";
import { type Clock, systemClock } from "../src/logging.js";
import { inWorker } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const FINDINGS = 20_000;

/**
 * Runs in a worker thread (CommonJS, plain JavaScript): one paginator through the account, either the
 * SDK's or a plain keep-alive HTTP client with a fixed (unverified) signature, the emulator's ceiling.
 */
const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const { createRequire } = require("node:module");
const http = require("node:http");
const sdk = createRequire(workerData.base)("@aws-sdk/client-inspector2");
const { endpoint, filterCriteria, mode } = workerData;
async function viaSdk() {
  const client = new sdk.Inspector2Client({
    endpoint, region: "us-west-2", credentials: { accessKeyId: "bench", secretAccessKey: "bench" }, maxAttempts: 1,
  });
  // Warm the SDK's code paths first.
  for await (const page of sdk.paginateListFindings({ client, pageSize: 100 }, {})) { if (page.nextToken) break; }
  const started = process.hrtime.bigint();
  let pages = 0, findings = 0;
  for await (const page of sdk.paginateListFindings({ client, pageSize: 100 }, filterCriteria ? { filterCriteria } : {})) {
    pages++; findings += page.findings.length;
  }
  client.destroy();
  return { pages, findings, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
async function viaHttp() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(endpoint);
  const auth = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/inspector2/aws4_request, SignedHeaders=host, Signature=" + "0".repeat(64);
  const call = (body) => new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: "POST", path: "/findings/list", agent, headers: {
      "content-type": "application/json", authorization: auth, "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks = []; res.on("data", (d) => chunks.push(d));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
    });
    req.on("error", reject); req.end(body);
  });
  const started = process.hrtime.bigint();
  let pages = 0, findings = 0, nextToken;
  do {
    const out = await call(JSON.stringify({ maxResults: 100, ...(filterCriteria ? { filterCriteria } : {}), ...(nextToken ? { nextToken } : {}) }));
    pages++; findings += out.findings.length; nextToken = out.nextToken;
  } while (nextToken);
  agent.destroy();
  return { pages, findings, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
(mode === "http" ? viaHttp() : viaSdk()).then((r) => parentPort.postMessage(r), (e) => parentPort.postMessage({ error: String(e) }));
`;

export async function run(): Promise<BenchRow[]> {
  const group = "emulator";
  const rows: BenchRow[] = [];
  // An hour ahead of the seeding: the seeded pending scans have completed.
  let skew = 0;
  const clock: Clock = { now: () => Date.now() + skew, sleep: systemClock.sleep };
  const rssBefore = process.memoryUsage().rss;
  const seedStarted = performance.now();
  const emulator = await startEmulator({ seed: "bench", clock, inspector2: { findings: FINDINGS } });
  const seedMs = performance.now() - seedStarted;
  skew = 3600_000;
  const client = new Inspector2Client({
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
  });
  try {
    globalThis.gc?.();
    const total = emulator.inspector2.findings().length;
    rows.push({
      group,
      name: `v2: seeding an account of ${FINDINGS.toLocaleString("en")} package findings`,
      value: seedMs,
      unit: "ms",
      note: `${total.toLocaleString("en")} findings in all; RSS +${Math.round((process.memoryUsage().rss - rssBefore) / 2 ** 20)} MiB`,
    });

    // The first page of a new filter: one pass over the account, then cached for its pages.
    const firstStarted = performance.now();
    await client.send(
      new ListFindingsCommand({ filterCriteria: { severity: [{ comparison: "EQUALS", value: "HIGH" }] } }),
    );
    rows.push({
      group,
      name: `v2: first ListFindings page of a new filter over ${total.toLocaleString("en")} findings`,
      value: performance.now() - firstStarted,
      unit: "ms",
      note: "SDK on the emulator's thread",
    });

    type Listed = { pages: number; findings: number; seconds: number };
    const listed = await inWorker<Listed>(WORKER_SOURCE, { endpoint: emulator.endpoint, mode: "sdk" });
    if (listed.findings !== total) throw new Error(`listed ${listed.findings} findings, expected ${total}`);
    rows.push({
      group,
      name: "v2: ListFindings pages (25 findings each), the SDK's paginator",
      value: listed.pages / listed.seconds,
      unit: "pages/s",
      note: `${listed.pages} pages in ${listed.seconds.toFixed(1)} s (the minimum, ⌈${total} / 25⌉ = ${Math.ceil(total / 25)}); bound by the SDK parsing full findings`,
    });

    const plain = await inWorker<Listed>(WORKER_SOURCE, { endpoint: emulator.endpoint, mode: "http" });
    if (plain.findings !== total) throw new Error(`listed ${plain.findings} findings, expected ${total}`);
    const pagesPerSecond = plain.pages / plain.seconds;
    rows.push({
      group,
      name: "v2: ListFindings pages (emulator throughput, plain HTTP client)",
      value: pagesPerSecond,
      unit: "pages/s",
      target: "≥ 100 pages/s",
      pass: pagesPerSecond >= 100,
      note: `${(pagesPerSecond * 25).toFixed(0)} findings/s rendered and sent`,
    });

    const filtered = await inWorker<Listed>(WORKER_SOURCE, {
      endpoint: emulator.endpoint,
      mode: "sdk",
      filterCriteria: {
        severity: [
          { comparison: "EQUALS", value: "CRITICAL" },
          { comparison: "EQUALS", value: "HIGH" },
        ],
        findingStatus: [{ comparison: "EQUALS", value: "ACTIVE" }],
      },
    });
    rows.push({
      group,
      name: "v2: ListFindings pages, filtered (CRITICAL or HIGH, ACTIVE), the SDK's paginator",
      value: filtered.pages / filtered.seconds,
      unit: "pages/s",
      note: `${filtered.findings} findings in ${filtered.pages} pages`,
    });
  } finally {
    client.destroy();
    await emulator.stop();
  }
  return rows;
}
