/**
 * The gate end to end against the emulator, run as its own process (as the service would be) with
 * 20 ms latency on every call, evaluated with a policy that needs every finding.
 * 1. Fixed costs: a whole gate of 3,000 findings, from a template (started, its run completing at once)
 *    and from a given completed run, against the ideal schedule: the minimum List/Describe calls × latency
 *    ÷ concurrency, plus 3 calls (for a template: the template and its runs, the start, one poll).
 * 2. 50,000 findings: API calls made against the minimum (⌈N/100⌉ ListFindings + ⌈M/10⌉ DescribeFindings)
 *    and the fetch phase's wall time against the ideal schedule (those calls × latency ÷ concurrency).
 * 3. The heap at 200,000 findings (no latency), to show memory stays bounded.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { DescribeAssessmentRunsCommand, StartAssessmentRunCommand } from "@aws-sdk/client-inspector";
import { runGate } from "../src/gate.js";
import { loadPolicy } from "../src/policy/load.js";
import { createInspectorClient } from "../src/sources/classic/client.js";
import type { SdkClient } from "../src/sources/shared/aws.js";
import { median } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const LATENCY_MS = 20;
const SMALL = 3_000;
const SMALL_ROUNDS = 7;
const FINDINGS = 50_000;
const CONCURRENCY = 8;
const BIG = 200_000;

/** A rule no server-side filter can narrow: the gate must list and describe every finding. */
const EVERYTHING = `version: 1
name: bench-everything
severity:
  fail-on: High
rules:
  - id: any-openssl
    level: warning
    max: 1000000
    match:
      title: "*"
`;

interface EmulatorProcess {
  readonly endpoint: string;
  readonly templateArn: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** `inspector-gate emulator` in a child process; its first lines give the endpoint and the template. */
async function emulatorProcess(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "emulator", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  let endpoint = "";
  let templateArn = "";
  for await (const line of lines) {
    const listening = /^listening on (\S+)/.exec(line);
    if (listening) endpoint = listening[1] ?? "";
    const template = /^template\s+(\S+)/.exec(line);
    if (template) templateArn = template[1] ?? "";
    if (endpoint && templateArn) break;
  }
  if (!endpoint || !templateArn) throw new Error("the emulator did not print its endpoint and template");
  return {
    endpoint,
    templateArn,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/** Times every ListFindings and DescribeFindings call `client` sends, from the gate's side. */
function timeFindingCalls(client: ReturnType<typeof createInspectorClient>): { meanMs(): number } {
  let total = 0;
  let n = 0;
  (client as SdkClient).middlewareStack.add(
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) =>
      async (args: unknown) => {
        if (
          context.commandName !== "ListFindingsCommand" &&
          context.commandName !== "DescribeFindingsCommand"
        )
          return next(args);
        const t0 = performance.now();
        try {
          return await next(args);
        } finally {
          total += performance.now() - t0;
          n++;
        }
      },
    { step: "initialize", priority: "high", name: "benchCallTimer" },
  );
  return { meanMs: () => total / Math.max(1, n) };
}

/** Whole gates of SMALL findings, from the template and from a given completed run, alternated. */
export async function fixedCosts(): Promise<BenchRow[]> {
  const emulator = await emulatorProcess([
    "--findings",
    String(SMALL),
    "--time-scale",
    "10000000",
    "--latency",
    String(LATENCY_MS),
    "--seed",
    "bench-fixed",
  ]);
  const connection = {
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "bench" },
  };
  try {
    const policy = await loadPolicy({ text: EVERYTHING, file: "bench.yml" });
    const setup = createInspectorClient(connection);
    const started = await setup.send(
      new StartAssessmentRunCommand({
        assessmentTemplateArn: emulator.templateArn,
        assessmentRunName: "given",
      }),
    );
    const runArn = started.assessmentRunArn as string;
    while (true) {
      const out = await setup.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [runArn] }));
      if (out.assessmentRuns?.[0]?.state === "COMPLETED") break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    setup.destroy();
    const times = { template: [] as number[], run: [] as number[] };
    const callMs = { template: [] as number[], run: [] as number[] };
    let calls = "";
    for (let i = -1; i < SMALL_ROUNDS; i++) {
      for (const kind of ["template", "run"] as const) {
        const client = createInspectorClient(connection);
        const timed = timeFindingCalls(client);
        const t0 = performance.now();
        const result = await runGate(
          {
            policy,
            source:
              kind === "template"
                ? { kind, templateArn: emulator.templateArn, runName: `fixed-${i}` }
                : { kind, runArn },
            concurrency: CONCURRENCY,
            pollIntervalMs: 1_000,
          },
          { clients: { inspector: client } },
        );
        const ms = performance.now() - t0;
        client.destroy();
        if (result.verdict === "error") throw new Error(`gate error: ${result.error?.message}`);
        if (i >= 0) {
          // the first round warms up
          times[kind].push(ms);
          callMs[kind].push(timed.meanMs());
        }
        if (kind === "template") {
          calls = Object.entries(result.apiCalls)
            .map(([op, n]) => `${op} ${n}`)
            .join(", ");
        }
      }
    }
    const minimum = Math.ceil(SMALL / 100) + Math.ceil(SMALL / 10);
    const ideal = (minimum * LATENCY_MS) / CONCURRENCY + 3 * LATENCY_MS;
    const template = median(times.template);
    const given = median(times.run);
    // What a call really took, as the gate saw it (20 ms of latency, plus the emulator's timers, both
    // processes' CPU and the machine's load): the ideal at that time per call tells the gate's schedule
    // apart from the per-call time the machine gives it.
    const seen = (kind: "template" | "run", wall: number) => {
      const perCall = median(callMs[kind]);
      const atThat = (ideal * perCall) / LATENCY_MS;
      return `List/Describe calls took a median ${perCall.toFixed(1)} ms each as the gate saw them (the ideal assumes ${LATENCY_MS}); at that time per call the ideal is ${Math.round(atThat)} ms and the gate took ${(wall / atThat).toFixed(2)}× of it`;
    };
    const group = "gate";
    return [
      {
        group,
        name: `whole gate, ${SMALL.toLocaleString("en-US")} findings from a template (${LATENCY_MS} ms/call)`,
        value: template,
        unit: "ms",
        note: `median of ${SMALL_ROUNDS}; ideal ${Math.round(ideal)} ms = ${minimum} List/Describe calls × ${LATENCY_MS} ms ÷ ${CONCURRENCY} + 3 calls; ${calls}; ${seen("template", template)}`,
      },
      {
        group,
        name: "whole gate from a template vs ideal schedule",
        value: template / ideal,
        unit: "×",
        target: "≤ 1.2×",
        pass: template / ideal <= 1.2,
      },
      {
        group,
        name: `whole gate, ${SMALL.toLocaleString("en-US")} findings of a given completed run vs ideal`,
        value: given / ideal,
        unit: "×",
        target: "≤ 1.2×",
        pass: given / ideal <= 1.2,
        note: `median ${Math.round(given)} ms of ${SMALL_ROUNDS}; ${seen("run", given)}`,
      },
    ];
  } finally {
    await emulator.stop();
  }
}

async function gateOnce(emulator: EmulatorProcess, concurrency: number, sampleHeap = false) {
  const client = createInspectorClient({
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "bench" },
  });
  let peakHeap = 0;
  const sampler = sampleHeap
    ? setInterval(() => {
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      }, 50)
    : undefined;
  try {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await runGate(
      {
        policy: await loadPolicy({ text: EVERYTHING, file: "bench.yml" }),
        source: { kind: "template", templateArn: emulator.templateArn, runName: `bench-${Date.now()}` },
        pollIntervalMs: 200,
        timeoutMs: 30 * 60_000,
        concurrency,
      },
      { clients: { inspector: client } },
    );
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    if (result.verdict === "error")
      throw new Error(`gate error: ${result.error?.code}: ${result.error?.message}`);
    return { result, wallMs, heapBefore, peakHeap, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    if (sampler) clearInterval(sampler);
    client.destroy();
  }
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = await fixedCosts();
  const group = "gate";

  // 1. 50,000 findings, 20 ms a call: calls and wall time against the minimum and the ideal schedule.
  const slow = await emulatorProcess([
    "--findings",
    String(FINDINGS),
    "--time-scale",
    "1000",
    "--latency",
    String(LATENCY_MS),
    "--seed",
    "bench",
  ]);
  try {
    const { result, wallMs, cpuMs } = await gateOnce(slow, CONCURRENCY);
    const listed = result.findings.total;
    const described = result.findings.evaluated;
    const list = result.apiCalls.ListFindings ?? 0;
    const describe = result.apiCalls.DescribeFindings ?? 0;
    const minimum = Math.ceil(listed / 100) + Math.ceil(described / 10);
    const made = list + describe;
    const ideal = (minimum * LATENCY_MS) / CONCURRENCY;
    const fetchMs = result.timings.fetchMs ?? Number.NaN;
    rows.push(
      {
        group,
        name: `calls ${FINDINGS} findings (List+Describe)`,
        value: made,
        unit: "calls",
        note: `ListFindings ${list}, DescribeFindings ${describe}; minimum ${minimum}`,
      },
      {
        group,
        name: "calls vs minimum",
        value: made / minimum,
        unit: "×",
        target: "≤ 1.05×",
        pass: made / minimum <= 1.05,
      },
      {
        group,
        name: `fetch wall time (${LATENCY_MS} ms/call, concurrency ${CONCURRENCY})`,
        value: fetchMs,
        unit: "ms",
        note: `ideal ${Math.round(ideal)} ms = ${minimum} calls × ${LATENCY_MS} ms ÷ ${CONCURRENCY}`,
      },
      {
        group,
        name: "fetch time vs ideal schedule",
        value: fetchMs / ideal,
        unit: "×",
        target: "≤ 1.5×",
        pass: fetchMs / ideal <= 1.5,
      },
      {
        group,
        name: "gate CPU per List/Describe call (SDK included)",
        value: cpuMs / Math.max(1, made),
        unit: "ms",
        note:
          `CPU-bound above ${Math.round(1000 / (cpuMs / Math.max(1, made)))} calls/s on one core; ` +
          `the ideal schedule needs ${Math.round((CONCURRENCY * 1000) / LATENCY_MS)} calls/s; ` +
          `1-minute load average at the end ${loadavg()[0]?.toFixed(1)} on this machine`,
      },
      {
        group,
        name: "whole gate wall time (50k, incl. the run)",
        value: wallMs,
        unit: "ms",
        note:
          `wait ${result.timings.waitMs} ms, evaluate ${result.timings.evaluateMs} ms; ` +
          `${Object.values(result.apiCalls).reduce((a, b) => a + b, 0)} API calls in all; ` +
          `gate process CPU ${Math.round(cpuMs)} ms (${(cpuMs / made).toFixed(2)} ms per call)`,
      },
    );
  } finally {
    await slow.stop();
  }

  // 2. 200,000 findings, no latency: the gate's heap stays bounded (it keeps counts and samples, not findings).
  const big = await emulatorProcess([
    "--findings",
    String(BIG),
    "--time-scale",
    "1000",
    "--seed",
    "bench-big",
  ]);
  try {
    const { result, wallMs, heapBefore, peakHeap } = await gateOnce(big, CONCURRENCY, true);
    rows.push(
      {
        group,
        name: `peak heap growth at ${BIG / 1000}k findings`,
        value: Math.max(0, peakHeap - heapBefore) / 2 ** 20,
        unit: "MiB",
        target: "< 256 MiB",
        pass: peakHeap - heapBefore < 256 * 2 ** 20,
        note: `${result.findings.evaluated} findings evaluated in ${Math.round(wallMs)} ms (sampled every 50 ms)`,
      },
      {
        group,
        name: `throughput at ${BIG / 1000}k findings (no latency)`,
        value: result.findings.evaluated / ((result.timings.fetchMs ?? wallMs) / 1000),
        unit: "findings/s",
      },
    );
  } finally {
    await big.stop();
  }
  for (const row of rows) if (row.note) process.stderr.write(`  ${row.name}: ${row.note}\n`);
  return rows;
}
