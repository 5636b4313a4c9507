/**
 * The Inspector (v2) source end to end: a whole-account gate (`--all-resources`) over an account of
 * 20,000 package findings, against the emulator in its own process with 20 ms latency on every call.
 * - API calls against the minimum: ⌈N / 25⌉ ListFindings (N the findings the scope's filter matches; the
 *   service model bounds a page at 25 findings whatever maxResults asks), ⌈R / page⌉ ListCoverage for the
 *   account's coverage records, and BatchGetFindingDetails (CISA KEV) only for candidate findings of a
 *   condition that needs KEV (none here, so none).
 * - Wall time against the ideal schedule: those minimum calls × 20 ms, one after the other (each page's
 *   token comes from the one before).
 */
import { performance } from "node:perf_hooks";
import { runGate } from "../src/gate.js";
import { loadPolicy } from "../src/policy/load.js";
import type { Inspector2SourceInfo } from "../src/result.js";
import { createInspector2Client } from "../src/sources/inspector2/client.js";
import { emulatorChild, median, requireDist } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const LATENCY_MS = 20;
const FINDINGS = 20_000;
const ROUNDS = 3;
/** ListFindings' page as the service model bounds it; ListCoverage's largest page (maxResults). */
const FINDINGS_PAGE = 25;
const COVERAGE_PAGE = 200;

/** Every ACTIVE finding counts toward a limit no account reaches: the gate must list them all. */
const EVERYTHING = `version: 1
name: bench-v2-everything
severity:
  max: { Critical: 1000000, High: 1000000 }
coverage:
  inactive-resources: ignore
`;

interface Measured {
  readonly times: number[];
  /** CPU time of this process (the SDK client and the gate) per gate, ms. */
  readonly cpu: number[];
  readonly calls: Record<string, number>;
  readonly listed: number;
  readonly records: number;
}

/** ROUNDS whole-account gates (after one to warm up) against an emulator process with `latency` ms a call. */
async function measure(latency: number): Promise<Measured> {
  const emulator = await emulatorChild([
    "--v2-findings",
    String(FINDINGS),
    "--time-scale",
    "10000000",
    "--latency",
    String(latency),
    "--seed",
    "bench-v2",
  ]);
  try {
    const policy = await loadPolicy({ text: EVERYTHING, file: "bench-v2.yml" });
    const times: number[] = [];
    const cpu: number[] = [];
    let calls: Record<string, number> = {};
    let listed = 0;
    let records = 0;
    for (let i = -1; i < ROUNDS; i++) {
      const client = createInspector2Client({
        endpoint: emulator.endpoint,
        region: "us-west-2",
        credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench" },
      });
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const result = await runGate(
        { policy, source: { kind: "inspector2", allResources: true }, timeoutMs: 10 * 60_000 },
        { clients: { inspector2: client } },
      );
      const ms = performance.now() - t0;
      const used = process.cpuUsage(cpu0);
      client.destroy();
      if (result.verdict === "error") throw new Error(`gate error: ${result.error?.message}`);
      if (i < 0) continue; // the first round warms up (and seeds the account)
      times.push(ms);
      cpu.push((used.user + used.system) / 1000);
      calls = { ...result.apiCalls };
      const source = result.source as Inspector2SourceInfo;
      listed = source.listed.active + source.listed.suppressed + source.listed.closed;
      records = result.coverage !== undefined && "records" in result.coverage ? result.coverage.records : 0;
    }
    return { times, cpu, calls, listed, records };
  } finally {
    await emulator.stop();
  }
}

export async function run(): Promise<BenchRow[]> {
  requireDist();
  const { times, calls, listed, records } = await measure(LATENCY_MS);
  const floor = await measure(0);
  const minFindings = Math.ceil(listed / FINDINGS_PAGE);
  const minCoverage = Math.max(1, Math.ceil(records / COVERAGE_PAGE));
  const minimum = minFindings + minCoverage;
  const made = Object.values(calls).reduce((a, b) => a + b, 0);
  const ideal = minimum * LATENCY_MS;
  const wall = median(times);
  const cpu = median(floor.times);
  const group = "inspector2";
  const callText = Object.entries(calls)
    .map(([op, n]) => `${op} ${n}`)
    .join(", ");
  return [
    {
      group,
      name: `account scope, ${FINDINGS.toLocaleString("en-US")} package findings: API calls vs minimum`,
      value: made / minimum,
      unit: "×",
      target: "= 1×",
      pass: made === minimum,
      note: `${callText}; minimum ${minimum} = ⌈${listed} listed / ${FINDINGS_PAGE}⌉ ListFindings ${minFindings} + ⌈${records} coverage records / ${COVERAGE_PAGE}⌉ ListCoverage ${minCoverage} + BatchGetFindingDetails 0 (no condition needs KEV)`,
    },
    {
      group,
      name: `account scope, ${FINDINGS.toLocaleString("en-US")} package findings (${LATENCY_MS} ms/call)`,
      value: wall,
      unit: "ms",
      note: `median of ${ROUNDS}: ${times.map((t) => Math.round(t)).join(", ")} ms`,
    },
    {
      group,
      name: "account scope vs ideal schedule",
      value: wall / ideal,
      unit: "×",
      target: "≤ 1.2×",
      pass: wall / ideal <= 1.2,
      note: `ideal ${ideal} ms = ${minimum} calls × ${LATENCY_MS} ms, in sequence`,
    },
    {
      group,
      name: "the same gate at 0 ms/call (the CPU floor: SDK parsing, emulator, gate)",
      value: cpu,
      unit: "ms",
      note: `median of ${ROUNDS}: ${floor.times.map((t) => Math.round(t)).join(", ")} ms, of which the gate's process (SDK client and gate) used ${Math.round(median(floor.cpu))} ms of CPU, the rest the emulator; ${Math.round(((wall - ideal) / cpu) * 100)}% of it shows above the ideal at ${LATENCY_MS} ms`,
    },
  ];
}
