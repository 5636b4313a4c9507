/**
 * Organization scale: one gate over an Inspector (v2) account of 200,000 findings through a findings
 * report (CreateFindingsReport, GetFindingsReportStatus, the report streamed from S3) against the same
 * gate through ListFindings (25 findings a page), at the same emulated per-call latency and rate limit:
 * API calls, wall time and the gate process's peak RSS side by side. The emulator (with its in-process
 * S3 endpoint) runs here; each gate runs in a process of its own (under tsx) and reports its own maxRSS.
 * BENCH_V2_FINDINGS overrides the size (a quicker look).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { startEmulator } from "../src/emulator/index.js";
import { ROOT } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const FINDINGS = Number(process.env["BENCH_V2_FINDINGS"] ?? 200_000);
const LATENCY_MS = 20;
const RATE = 50;
const CHILD = join(ROOT, "bench/lib/v2-gate-child.ts");

interface Gate {
  exitCode: number;
  error: { code: string; message: string } | null;
  evaluated: number;
  calls: number;
  apiCalls: Record<string, number>;
  wallMs: number;
  maxRssKiB: number;
}

function gateChild(env: Record<string, string>): Promise<Gate> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD], {
      cwd: ROOT,
      env: { ...process.env, AWS_ACCESS_KEY_ID: "AKIDBENCH", AWS_SECRET_ACCESS_KEY: "bench", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(line) as Gate);
      } catch {
        reject(new Error(`the gate child exited ${code}: ${err.slice(-2000)}`));
      }
    });
  });
}

export async function run(): Promise<BenchRow[]> {
  const emulator = await startEmulator({
    seed: "report-v2",
    // Real time (the account does not move under a long listing); scans and reports take seconds.
    timeScale: 1,
    inspector2: { findings: FINDINGS, reportSeconds: 5, scanSeconds: 1 },
    s3: { buckets: ["bench-reports"] },
    faults: { latencyMs: { "*": LATENCY_MS }, rateLimit: { requestsPerSecond: RATE, burst: RATE } },
  });
  try {
    // Seed the account (and let its first scans end) before either gate is timed.
    emulator.inspector2.seeded;
    await new Promise((r) => setTimeout(r, 3_000));
    const env = { BENCH_ENDPOINT: emulator.endpoint, BENCH_S3_ENDPOINT: emulator.s3Endpoint! };
    const listed = await gateChild(env);
    const report = await gateChild({ ...env, BENCH_REPORT: "1" });
    // A listing is taken at the moment of its first page, so both gates see one account: either
    // ending exit 3 is a defect to fix, not a figure to show.
    for (const [how, g] of [
      ["ListFindings", listed],
      ["a findings report", report],
    ] as const) {
      if (g.exitCode === 3)
        throw new Error(`the gate through ${how} failed: ${g.error?.code} ${g.error?.message}`);
    }
    const group = "v2 report";
    const size = `${FINDINGS.toLocaleString("en-US")} findings`;
    const note = `${LATENCY_MS} ms a call, ${RATE} requests/s; ${report.evaluated} vs ${listed.evaluated} evaluated`;
    const callShare = report.calls / listed.calls;
    const rss = (g: Gate) => g.maxRssKiB / 1024;
    return [
      { group, name: `API calls via ListFindings (${size})`, value: listed.calls, unit: "calls", note },
      {
        group,
        name: `API calls via a findings report (${size})`,
        value: report.calls,
        unit: "calls",
        target: "< 1% of ListFindings'",
        pass: callShare < 0.01,
        note: JSON.stringify(report.apiCalls),
      },
      { group, name: `wall time via ListFindings (${size})`, value: listed.wallMs / 1000, unit: "s" },
      { group, name: `wall time via a findings report (${size})`, value: report.wallMs / 1000, unit: "s" },
      { group, name: `peak RSS via ListFindings (${size})`, value: rss(listed), unit: "MiB" },
      {
        group,
        name: `peak RSS via a findings report (${size})`,
        value: rss(report),
        unit: "MiB",
        target: "< 300 MiB",
        pass: rss(report) < 300,
        note: "the gate's own process (under tsx), the emulator and S3 elsewhere",
      },
    ];
  } finally {
    await emulator.stop();
  }
}
