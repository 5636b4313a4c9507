/**
 * The emulator's throughput at 200,000 findings in one run, over HTTP through the real SDK:
 * DescribeFindings in batches of 10 from several concurrent clients, ListFindings pages through the
 * whole run. The SDK clients run in worker threads (signing and parsing cost CPU too), the emulator
 * on the main thread, as a service and its clients would. The SDK is warmed up first: its code paths
 * take seconds of calls to reach steady state.
 */
import {
  DescribeAssessmentRunsCommand,
  DescribeFindingsCommand,
  InspectorClient,
  ListFindingsCommand,
  StartAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import { startEmulator } from "../src/emulator/index.js";
import type { Clock } from "../src/logging.js";
import { systemClock } from "../src/logging.js";
import { inWorker } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const FINDINGS = 200_000;
const WORKERS = 2;
const CLIENTS_PER_WORKER = 3;
const IN_FLIGHT_PER_CLIENT = 2;
const WARMUP_MS = 8000;
const MEASURE_MS = 5000;

/** Runs in a worker thread (CommonJS, plain JavaScript): SDK clients hammering the emulator. */
const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const { createRequire } = require("node:module");
const sdk = createRequire(workerData.base)("@aws-sdk/client-inspector");
const { endpoint, mode, arns, clients, inFlight, warmupMs, measureMs, runArn, countFromAt } = workerData;
const make = () => new sdk.InspectorClient({
  endpoint, region: "us-west-2", credentials: { accessKeyId: "bench", secretAccessKey: "bench" }, maxAttempts: 1,
});
async function describe() {
  const pool = Array.from({ length: clients }, make);
  // Every worker counts over the same wall-clock window, which the main thread also samples CPU over.
  const countFrom = countFromAt ?? Date.now() + warmupMs;
  const end = countFrom + measureMs;
  let calls = 0, findings = 0, errors = 0, cursor = Math.floor(Math.random() * arns.length);
  await Promise.all(pool.flatMap((client) => Array.from({ length: inFlight }, async () => {
    for (;;) {
      const now = Date.now();
      if (now >= end) return;
      const at = (cursor = (cursor + 10) % (arns.length - 10));
      try {
        const out = await client.send(new sdk.DescribeFindingsCommand({ findingArns: arns.slice(at, at + 10) }));
        if (now >= countFrom) { calls++; findings += out.findings.length; }
      } catch (e) { errors++; }
    }
  })));
  pool.forEach((c) => c.destroy());
  return { calls, findings, errors, seconds: measureMs / 1000 };
}
async function raw() {
  // The emulator's own ceiling: a plain keep-alive HTTP client with a fixed (unverified) signature.
  const http = require("node:http");
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients * inFlight });
  const url = new URL(endpoint);
  const auth = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/inspector/aws4_request, SignedHeaders=host, Signature=" + "0".repeat(64);
  const call = (body) => new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: "POST", path: "/", agent, headers: {
      "content-type": "application/x-amz-json-1.1", "x-amz-target": "InspectorService.DescribeFindings",
      authorization: auth, "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks = []; res.on("data", (d) => chunks.push(d));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString()).findings.length));
    });
    req.on("error", reject); req.end(body);
  });
  const countFrom = Date.now() + warmupMs, end = countFrom + measureMs;
  let calls = 0, findings = 0, errors = 0, cursor = 0;
  await Promise.all(Array.from({ length: clients * inFlight }, async () => {
    for (;;) {
      const now = Date.now();
      if (now >= end) return;
      const at = (cursor = (cursor + 10) % (arns.length - 10));
      try {
        const n = await call(JSON.stringify({ findingArns: arns.slice(at, at + 10) }));
        if (now >= countFrom) { calls++; findings += n; }
      } catch (e) { errors++; }
    }
  }));
  agent.destroy();
  return { calls, findings, errors, seconds: measureMs / 1000 };
}
async function list() {
  const client = make();
  const started = process.hrtime.bigint();
  let pages = 0, arnsSeen = 0;
  for await (const page of sdk.paginateListFindings({ client, pageSize: 500 }, { assessmentRunArns: [runArn] })) {
    pages++; arnsSeen += page.findingArns.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  client.destroy();
  return { pages, arns: arnsSeen, seconds };
}
(mode === "describe" ? describe() : mode === "raw" ? raw() : list()).then((r) => parentPort.postMessage(r), (e) => parentPort.postMessage({ error: String(e) }));
`;

/** The SDK allocates a lot per call: a larger young generation spares it most scavenges. */
const YOUNG_GENERATION_MB = 96;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const group = "emulator";
  // The run completes at once: the clock jumps a day ahead after it starts.
  let skew = 0;
  const clock: Clock = { now: () => Date.now() + skew, sleep: systemClock.sleep };
  const emulator = await startEmulator({ findings: FINDINGS, clock, seed: "bench" });
  const client = new InspectorClient({
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
  });
  try {
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const { assessmentRunArn } = await client.send(
      new StartAssessmentRunCommand({ assessmentTemplateArn: emulator.seeded.templateArn }),
    );
    const startMs = performance.now() - started;
    skew = 24 * 3600 * 1000;
    const runArn = assessmentRunArn!;
    const described = await client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [runArn] }));
    const total = Object.values(described.assessmentRuns?.[0]?.findingCounts ?? {}).reduce(
      (a, b) => a + b,
      0,
    );
    if (total !== FINDINGS) throw new Error(`expected ${FINDINGS} findings, the run reports ${total}`);
    globalThis.gc?.();
    const rssMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    rows.push({
      group,
      name: `StartAssessmentRun drawing ${FINDINGS.toLocaleString("en")} findings`,
      value: startMs,
      unit: "ms",
      target: "< 1000 ms",
      pass: startMs < 1000,
    });
    rows.push({
      group,
      name: `memory added by a ${FINDINGS.toLocaleString("en")}-finding run (RSS)`,
      value: Math.max(0, rssMb),
      unit: "MiB",
      target: "< 256 MiB",
      pass: rssMb < 256,
    });

    // A sample of finding ARNs from all over the run (every severity).
    const arns: string[] = [];
    for (const severity of ["High", "Medium", "Low", "Informational"] as const) {
      let nextToken: string | undefined;
      for (let page = 0; page < 8; page++) {
        const out = await client.send(
          new ListFindingsCommand({
            assessmentRunArns: [runArn],
            filter: { severities: [severity] },
            maxResults: 100,
            ...(nextToken ? { nextToken } : {}),
          }),
        );
        arns.push(...(out.findingArns ?? []));
        nextToken = out.nextToken;
        if (!nextToken) break;
      }
    }

    const countFromAt = Date.now() + WARMUP_MS;
    const cpu: NodeJS.CpuUsage[] = [];
    const sample = (at: number) =>
      setTimeout(() => cpu.push(process.cpuUsage()), Math.max(0, at - Date.now()));
    sample(countFromAt);
    sample(countFromAt + MEASURE_MS);
    const results = await Promise.all(
      Array.from({ length: WORKERS }, () =>
        inWorker<{ calls: number; findings: number; errors: number; seconds: number }>(
          WORKER_SOURCE,
          {
            endpoint: emulator.endpoint,
            mode: "describe",
            arns,
            clients: CLIENTS_PER_WORKER,
            inFlight: IN_FLIGHT_PER_CLIENT,
            warmupMs: WARMUP_MS,
            measureMs: MEASURE_MS,
            countFromAt,
          },
          YOUNG_GENERATION_MB,
        ),
      ),
    );
    const calls = results.reduce((n, r) => n + r.calls, 0) / (MEASURE_MS / 1000);
    const findings = results.reduce((n, r) => n + r.findings, 0) / (MEASURE_MS / 1000);
    const errors = results.reduce((n, r) => n + r.errors, 0);
    const concurrency = `${WORKERS} workers × ${CLIENTS_PER_WORKER} clients × ${IN_FLIGHT_PER_CLIENT} in flight`;
    rows.push({
      group,
      name: "DescribeFindings, batches of 10, through the SDK",
      value: calls,
      unit: "calls/s",
      note: `${concurrency}; ${errors} errors; bound by the SDK's own CPU cost on the shared cores`,
    });
    rows.push({ group, name: "DescribeFindings, findings described", value: findings, unit: "findings/s" });
    const [before, after] = cpu;
    if (before && after) {
      // CPU the whole process (emulator + SDK workers) spent per call: what the machine's load cannot inflate much.
      const cpuMs = (after.user + after.system - before.user - before.system) / 1000;
      const perCall = cpuMs / (calls * (MEASURE_MS / 1000));
      rows.push({
        group,
        name: "DescribeFindings, CPU per call (SDK + emulator)",
        value: perCall,
        unit: "ms",
        note: `about ${Math.round(2000 / perCall)} calls/s if both cores were ours alone`,
      });
    }

    const listed = await inWorker<{ pages: number; arns: number; seconds: number }>(
      WORKER_SOURCE,
      {
        endpoint: emulator.endpoint,
        mode: "list",
        runArn,
      },
      YOUNG_GENERATION_MB,
    );
    if (listed.arns !== FINDINGS) throw new Error(`listed ${listed.arns} ARNs, expected ${FINDINGS}`);
    const pagesPerSecond = listed.pages / listed.seconds;
    rows.push({
      group,
      name: "ListFindings pages (100 ARNs each), one paginator",
      value: pagesPerSecond,
      unit: "pages/s",
      target: "≥ 200 pages/s",
      pass: pagesPerSecond >= 200,
    });
    rows.push({
      group,
      name: `ListFindings through all ${FINDINGS.toLocaleString("en")} ARNs`,
      value: listed.seconds,
      unit: "s",
      note: `${listed.pages} pages`,
    });

    // The emulator's own ceiling, without the SDK's signing and parsing.
    const rawFrom = Date.now() + 1000;
    const rawCpu: NodeJS.CpuUsage[] = [];
    for (const at of [rawFrom, rawFrom + 2000]) {
      setTimeout(() => rawCpu.push(process.cpuUsage()), at - Date.now());
    }
    const rawResults = await inWorker<{ calls: number; errors: number }>(
      WORKER_SOURCE,
      {
        endpoint: emulator.endpoint,
        mode: "raw",
        arns,
        clients: CLIENTS_PER_WORKER,
        inFlight: IN_FLIGHT_PER_CLIENT,
        warmupMs: 1000,
        measureMs: 2000,
        countFromAt: rawFrom,
      },
      YOUNG_GENERATION_MB,
    );
    const [rawBefore, rawAfter] = rawCpu;
    rows.push({
      group,
      // The emulator's throughput: a client lighter than the server, so the figure measures the server.
      name: "DescribeFindings, batches of 10 (emulator throughput, plain HTTP client)",
      value: rawResults.calls / 2,
      unit: "calls/s",
      target: "≥ 1000 calls/s",
      pass: rawResults.calls / 2 >= 1000 && rawResults.errors === 0,
      note: `1 worker, ${CLIENTS_PER_WORKER * IN_FLIGHT_PER_CLIENT} in flight; the emulator without SDK cost; ${rawResults.errors} errors`,
    });
    if (rawBefore && rawAfter && rawResults.calls > 0) {
      rows.push({
        group,
        name: "DescribeFindings, CPU per call (plain client + emulator)",
        value:
          (rawAfter.user + rawAfter.system - rawBefore.user - rawBefore.system) / 1000 / rawResults.calls,
        unit: "ms",
      });
    }

    // For comparison: SDK and emulator sharing one thread.
    const sameThreadStart = performance.now();
    let sameThreadCalls = 0;
    await Promise.all(
      Array.from({ length: 4 }, async (_, k) => {
        for (let i = k * 10; performance.now() - sameThreadStart < 2000; i = (i + 40) % (arns.length - 10)) {
          await client.send(new DescribeFindingsCommand({ findingArns: arns.slice(i, i + 10) }));
          sameThreadCalls++;
        }
      }),
    );
    rows.push({
      group,
      name: "DescribeFindings, SDK on the emulator's thread",
      value: sameThreadCalls / ((performance.now() - sameThreadStart) / 1000),
      unit: "calls/s",
      note: "1 client × 4 in flight, for comparison",
    });
  } finally {
    client.destroy();
    await emulator.stop();
  }
  return rows;
}
