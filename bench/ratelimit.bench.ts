/**
 * Under a rate limit of 50 requests/s (the emulator's token bucket, burst 50, on every operation,
 * answering ThrottlingException beyond it), the gate fetches a run of findings, pacing its requests to the
 * rate the service accepts (src/sources/shared/pacer.ts; the SDK's standard retries retry a throttled
 * attempt): how much of the allowed rate it achieves while fetching, and whether any gate fails. The
 * allowed number of requests over a window of T seconds is burst + limit × T; the figure is the accepted
 * requests over that. Several gates in a row; the median fraction is reported, with the throttled attempts.
 */
import type { InspectorClient } from "@aws-sdk/client-inspector";
import { startEmulator } from "../src/emulator/index.js";
import { runGate } from "../src/gate.js";
import { loadPolicy } from "../src/policy/load.js";
import { createInspectorClient } from "../src/sources/classic/client.js";
import { median } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const LIMIT = 50;
const BURST = 50;
const FINDINGS = 3_000;
const GATES = 5;
const FETCH_OPS = new Set(["ListFindings", "DescribeFindings", "DescribeRulesPackages"]);

interface Attempt {
  readonly op: string;
  readonly start: number;
  readonly end: number;
  readonly throttled: boolean;
}

/** Records every HTTP attempt the client makes (the deserialize step runs once per attempt). */
function record(client: InspectorClient, attempts: Attempt[]): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const op = String((context as { commandName?: string }).commandName ?? "").replace(/Command$/, "");
      const start = performance.now();
      try {
        const out = await next(args);
        attempts.push({ op, start, end: performance.now(), throttled: false });
        return out;
      } catch (error) {
        const throttled = (error as { name?: string }).name === "ThrottlingException";
        attempts.push({ op, start, end: performance.now(), throttled });
        throw error;
      }
    },
    { step: "deserialize", name: "benchAttemptRecorder", priority: "high" },
  );
}

interface Measured {
  readonly fraction: number;
  readonly rate: number;
  readonly failed: number;
  readonly accepted: number;
  readonly throttled: number;
  readonly errors: readonly string[];
}

async function measure(): Promise<Measured> {
  const policy = await loadPolicy({
    text: "version: 1\nrules:\n  - id: any\n    level: warning\n    max: 1000000\n    match:\n      title: '*'\n",
    file: "ratelimit.yml",
  });
  const fractions: number[] = [];
  const rates: number[] = [];
  let failed = 0;
  let throttled = 0;
  let accepted = 0;
  const errors: string[] = [];
  for (let i = 0; i < GATES; i++) {
    const emulator = await startEmulator({ seed: `ratelimit-${i}`, findings: FINDINGS, timeScale: 2000 });
    const connection = {
      endpoint: emulator.endpoint,
      region: "us-west-2",
      credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench" },
    };
    // The gate's own client, as the doors build it.
    const client = createInspectorClient(connection);
    const attempts: Attempt[] = [];
    record(client, attempts);
    try {
      emulator.faults({ rateLimit: { requestsPerSecond: LIMIT, burst: BURST } });
      const result = await runGate(
        {
          policy,
          source: { kind: "template", templateArn: emulator.seeded.templateArn, runName: `rate-${i}` },
          pollIntervalMs: 100,
          timeoutMs: 10 * 60_000,
        },
        { clients: { inspector: client } },
      );
      if (result.verdict === "error") {
        failed++;
        errors.push(`${result.error?.code}: ${result.error?.message}`);
        continue;
      }
      const fetch = attempts.filter((a) => FETCH_OPS.has(a.op));
      const window = (Math.max(...fetch.map((a) => a.end)) - Math.min(...fetch.map((a) => a.start))) / 1000;
      const ok = fetch.filter((a) => !a.throttled).length;
      fractions.push(ok / (BURST + LIMIT * window));
      rates.push(ok / window);
      accepted += ok;
      throttled += fetch.filter((a) => a.throttled).length;
    } finally {
      client.destroy();
      await emulator.stop();
    }
  }
  return { fraction: median(fractions), rate: median(rates), failed, accepted, throttled, errors };
}

export async function run(): Promise<BenchRow[]> {
  const paced = await measure();
  const group = "rate limit";
  return [
    {
      group,
      name: `achieved rate under a ${LIMIT} req/s limit, as a fraction of the allowed (${FINDINGS.toLocaleString("en-US")} findings)`,
      value: paced.fraction,
      unit: "",
      target: "≥ 0.95",
      pass: paced.fraction >= 0.95 && paced.failed === 0,
      note: `median of ${GATES - paced.failed} gates; ${paced.rate.toFixed(1)} accepted req/s while fetching; ${paced.accepted} accepted, ${paced.throttled} throttled`,
    },
    {
      group,
      name: `gates that failed under the limit (of ${GATES})`,
      value: paced.failed,
      unit: "",
      target: "0",
      pass: paced.failed === 0,
      ...(paced.errors.length > 0 ? { note: paced.errors[0] } : {}),
    },
    {
      group,
      name: "throttled attempts per gate",
      value: paced.throttled / Math.max(1, GATES - paced.failed),
      unit: "",
      note: "ThrottlingException answers while fetching (each one an attempt the SDK retried)",
    },
  ];
}
