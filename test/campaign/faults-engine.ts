/**
 * The fault campaign's engine, shared by test/campaign/faults.test.ts (a CI-sized sample) and
 * bench/campaign.bench.ts (a larger one). A schedule describes one gate run against a fresh emulator:
 * the account (findings, agents), how the run ends, where the gate finds it, the policy, and the faults
 * injected from the start or switched on at a moment of the gate's progress. For each schedule the truth
 * is computed from the emulator's own data (the run's final state, its agents, `findingsOf(run)`
 * normalised and evaluated with the policy engine) and compared with what the gate decided.
 *
 * Required: the gate's verdict is the truth or "error", never "pass" when the truth is "fail", never a
 * verdict on a run that did not complete, and the gate ends within its timeout + 10 s.
 */
import {
  DescribeAssessmentRunsCommand,
  DescribeRulesPackagesCommand,
  type InspectorClient,
  paginateListAssessmentRunAgents,
  StartAssessmentRunCommand,
  StopAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import fc from "fast-check";
import type { FaultConfig } from "../../src/emulator/index.js";
import { startEmulator } from "../../src/emulator/index.js";
import { type GateOptions, type ProgressEvent, type RunSource, runGate } from "../../src/gate.js";
import { emptySeverityCounts, type SeverityCounts } from "../../src/model.js";
import { evaluate } from "../../src/policy/evaluate.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Policy } from "../../src/policy/types.js";
import { type GateResult, runOf, type Verdict } from "../../src/result.js";
import { createInspectorClient } from "../../src/sources/classic/client.js";
import { normalizeFinding } from "../../src/sources/classic/normalize.js";
import { HybridClock } from "../helpers/hybrid-clock.js";

/** The instant every evaluation (gate and truth) uses, so exception expiry is the same for both. */
export const EVALUATION_NOW = new Date("2026-01-15T12:00:00Z");
/** The grace the issue allows past the timeout. */
export const GRACE_MS = 10_000;
/** A schedule that has not ended after this much real time is a hang (and a violation). */
export const REAL_TIME_GUARD_MS = 90_000;

const OPERATIONS = [
  "ListFindings",
  "DescribeFindings",
  "DescribeAssessmentRuns",
  "StartAssessmentRun",
  "ListAssessmentRuns",
  "ListAssessmentRunAgents",
  "GetTelemetryMetadata",
  "DescribeRulesPackages",
  "DescribeAssessmentTemplates",
  "StopAssessmentRun",
] as const;

export const PACKAGE_NAMES = [
  "Common Vulnerabilities and Exposures",
  "CIS Operating System Security Configuration Benchmarks",
  "Security Best Practices",
  "Network Reachability",
] as const;

export type RuleKind = "everything" | "high" | "package" | "cve-title" | "agent" | "port";
export interface RuleSpec {
  readonly kind: RuleKind;
  readonly max: number;
  readonly level: "error" | "warning";
  /** For "package": which rules package. */
  readonly packageIndex: number;
}
export interface PolicySpec {
  readonly failOn?: "High" | "Medium" | "Low";
  readonly maxMedium?: number;
  readonly rules: readonly RuleSpec[];
  readonly exception?: {
    readonly agentPrefix: string;
    readonly expired: boolean;
    readonly onlySeverity: boolean;
  };
  readonly coverage?: { readonly minAgents: number; readonly unhealthy: "fail" | "warn" | "ignore" };
}

export type Outcome = "COMPLETED" | "COMPLETED_WITH_ERRORS" | "FAILED" | "ERROR" | "NEVER" | "CANCELED";
export type Trigger = "started" | "completed" | "fetching";

export interface FaultSchedule {
  readonly seed: number;
  readonly findings: number;
  readonly agents: number;
  readonly unhealthyAgents: number;
  /** template: the gate starts a run; reuse: a run of the same name exists; run: given; latest: newest COMPLETED. */
  readonly source: "template" | "reuse" | "run" | "latest";
  readonly outcome: Outcome;
  readonly allowPartial: boolean;
  readonly timeoutMinutes: number;
  readonly pollIntervalSeconds: number;
  readonly onTimeout: "stop" | "leave";
  readonly concurrency: number;
  readonly maxAttempts: number;
  readonly policy: PolicySpec;
  /** Faults from the start. */
  readonly faults: Partial<FaultConfig>;
  /** Faults switched on at a moment of the gate's progress (a burst). */
  readonly burst?: { readonly trigger: Trigger; readonly faults: Partial<FaultConfig> };
}

// ---------------------------------------------------------------------------------------------------
// Generators

const operationsArb = fc.option(fc.subarray([...OPERATIONS], { minLength: 1, maxLength: 4 }), {
  nil: undefined,
});
const scoped = <T extends object>(base: T, operations: readonly string[] | undefined) =>
  operations === undefined ? base : { ...base, operations };

/** Rates are kept where a gate with a few retries can often get through, and sometimes cannot. */
export const faultsArb: fc.Arbitrary<Partial<FaultConfig>> = fc
  .record(
    {
      latency: fc.option(
        fc.oneof(
          fc.record({ op: fc.constant("*"), ms: fc.integer({ min: 1, max: 15 }) }),
          fc.record({ op: fc.constantFrom(...OPERATIONS), ms: fc.integer({ min: 5, max: 60 }) }),
        ),
        { nil: undefined, freq: 2 },
      ),
      rateLimit: fc.option(
        fc.record({
          requestsPerSecond: fc.integer({ min: 30, max: 300 }),
          burst: fc.integer({ min: 1, max: 10 }),
          operations: operationsArb,
        }),
        { nil: undefined, freq: 2 },
      ),
      internalErrors: fc.option(
        fc.record({
          rate: fc.double({ min: 0.01, max: 0.3, noNaN: true }),
          operations: operationsArb,
        }),
        { nil: undefined, freq: 2 },
      ),
      dropConnections: fc.option(
        fc.record({
          rate: fc.double({ min: 0.01, max: 0.25, noNaN: true }),
          operations: operationsArb,
        }),
        { nil: undefined, freq: 2 },
      ),
      failedItems: fc.option(
        fc.record({
          rate: fc.double({ min: 0.01, max: 0.3, noNaN: true }),
          mode: fc.constantFrom("retryable-once" as const, "permanent" as const),
        }),
        { nil: undefined, freq: 2 },
      ),
      findingCountsSkew: fc.oneof(
        { weight: 6, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) },
      ),
    },
    { requiredKeys: [] },
  )
  .map((f) => {
    const out: { -readonly [K in keyof FaultConfig]?: FaultConfig[K] } = {};
    if (f.latency) out.latencyMs = { [f.latency.op]: f.latency.ms };
    if (f.rateLimit) {
      const { operations, ...rest } = f.rateLimit;
      out.rateLimit = scoped(rest, operations);
    }
    if (f.internalErrors)
      out.internalErrors = scoped({ rate: f.internalErrors.rate }, f.internalErrors.operations);
    if (f.dropConnections)
      out.dropConnections = scoped({ rate: f.dropConnections.rate }, f.dropConnections.operations);
    if (f.failedItems) out.failedItems = f.failedItems;
    if (f.findingCountsSkew !== undefined && f.findingCountsSkew !== 0)
      out.findingCountsSkew = f.findingCountsSkew;
    return out;
  });

const ruleArb: fc.Arbitrary<RuleSpec> = fc.record({
  kind: fc.constantFrom<RuleKind>("everything", "high", "package", "cve-title", "agent", "port"),
  max: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
  level: fc.constantFrom("error" as const, "warning" as const),
  packageIndex: fc.integer({ min: 0, max: PACKAGE_NAMES.length - 1 }),
});

export const policyArb: fc.Arbitrary<PolicySpec> = fc
  .record(
    {
      failOn: fc.constantFrom("High" as const, "Medium" as const, "Low" as const),
      maxMedium: fc.integer({ min: 0, max: 60 }),
      rules: fc.array(ruleArb, { maxLength: 3 }),
      exception: fc.record({
        agentPrefix: fc.constantFrom("i-a", "i-c", "i-f", "i-0", "i-"),
        expired: fc.boolean(),
        onlySeverity: fc.boolean(),
      }),
      coverage: fc.option(
        fc.record({
          minAgents: fc.integer({ min: 1, max: 3 }),
          unhealthy: fc.constantFrom("fail" as const, "warn" as const, "ignore" as const),
        }),
        { nil: undefined, freq: 2 },
      ),
    },
    { requiredKeys: ["rules"] },
  )
  // A policy says something: at least a severity limit or a rule.
  .filter((p) => p.failOn !== undefined || p.maxMedium !== undefined || p.rules.length > 0);

export const outcomeArb: fc.Arbitrary<Outcome> = fc.oneof(
  { weight: 7, arbitrary: fc.constant("COMPLETED" as const) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Outcome>("COMPLETED_WITH_ERRORS", "FAILED", "ERROR", "NEVER", "CANCELED"),
  },
);

export function scheduleArb(options: { maxFindings: number }): fc.Arbitrary<FaultSchedule> {
  return fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      findings: fc.oneof(
        { weight: 1, arbitrary: fc.constant(0) },
        { weight: 5, arbitrary: fc.integer({ min: 1, max: options.maxFindings }) },
      ),
      agents: fc.integer({ min: 1, max: 5 }),
      unhealthyRatio: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
      ),
      source: fc.constantFrom("template" as const, "reuse" as const, "run" as const, "latest" as const),
      outcome: outcomeArb,
      allowPartial: fc.boolean(),
      timeoutMinutes: fc.oneof(
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 20 }) },
        { weight: 3, arbitrary: fc.integer({ min: 30, max: 120 }) },
      ),
      pollIntervalSeconds: fc.constantFrom(1, 5, 10, 30),
      onTimeout: fc.constantFrom("stop" as const, "leave" as const),
      concurrency: fc.integer({ min: 1, max: 8 }),
      maxAttempts: fc.integer({ min: 1, max: 6 }),
      policy: policyArb,
      faults: faultsArb,
      burst: fc.option(
        fc.record({
          trigger: fc.constantFrom<Trigger>("started", "completed", "fetching"),
          faults: faultsArb,
        }),
        { nil: undefined },
      ),
    })
    .map(({ unhealthyRatio, ...s }) => {
      const schedule: FaultSchedule = {
        ...s,
        unhealthyAgents: Math.round(unhealthyRatio * s.agents),
        ...(s.burst === undefined ? {} : { burst: s.burst }),
      };
      return schedule;
    });
}

// ---------------------------------------------------------------------------------------------------
// Policies

export function policyText(spec: PolicySpec): string {
  const lines = ["version: 1", "name: campaign"];
  if (spec.failOn !== undefined || spec.maxMedium !== undefined) {
    lines.push("severity:");
    if (spec.failOn !== undefined) lines.push(`  fail-on: ${spec.failOn}`);
    if (spec.maxMedium !== undefined) lines.push("  max:", `    Medium: ${spec.maxMedium}`);
  }
  if (spec.rules.length > 0) {
    lines.push("rules:");
    spec.rules.forEach((rule, i) => {
      lines.push(
        `  - id: rule-${i}-${rule.kind}`,
        `    level: ${rule.level}`,
        `    max: ${rule.max}`,
        "    match:",
      );
      switch (rule.kind) {
        case "everything":
          lines.push('      title: "*"');
          break;
        case "high":
          lines.push("      severity: High");
          break;
        case "package":
          lines.push(`      rules-package: "${PACKAGE_NAMES[rule.packageIndex]}"`);
          break;
        case "cve-title":
          lines.push('      title: "*vulnerable to CVE-*"');
          break;
        case "agent":
          lines.push("      asset:", '        agent-id: "i-a*"');
          break;
        case "port":
          lines.push("      attributes:", '        PORT: ["22", "3389"]');
          break;
      }
    });
  }
  if (spec.exception !== undefined) {
    const e = spec.exception;
    lines.push(
      "exceptions:",
      "  - id: EXC-1",
      "    reason: accepted risk on some hosts",
      `    expires: ${e.expired ? "2026-01-01" : "2026-06-30"}`,
    );
    if (e.onlySeverity) lines.push("    applies-to: [severity]");
    lines.push("    match:", "      asset:", `        agent-id: "${e.agentPrefix}*"`);
  }
  if (spec.coverage !== undefined) {
    lines.push(
      "coverage:",
      `  min-agents: ${spec.coverage.minAgents}`,
      `  unhealthy-agents: ${spec.coverage.unhealthy}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

// ---------------------------------------------------------------------------------------------------
// Running one schedule

export type TruthVerdict = Verdict | "unknown";

export interface ScheduleOutcome {
  readonly schedule: FaultSchedule;
  readonly verdict: Verdict;
  readonly exitCode: number;
  readonly errorCode?: string;
  /** "error" when the run did not complete (or coverage is insufficient); else the evaluation's verdict. */
  readonly truth: TruthVerdict;
  readonly truthReason: string;
  /** Gate time on the hybrid clock (virtual waits + real time), and real time alone. */
  readonly elapsedMs: number;
  readonly realMs: number;
  readonly timeoutMs: number;
  readonly apiCalls: number;
  /** Faults the emulator injected, by kind. */
  readonly injected: Readonly<Record<string, number>>;
  /** Broken requirements; empty when the gate behaved. */
  readonly violations: readonly string[];
  /** Observations that break no requirement (e.g. reported counts taken from disagreeing findingCounts). */
  readonly notes: readonly string[];
}

const NO_FAULTS: Partial<FaultConfig> = {
  latencyMs: {},
  rateLimit: null,
  internalErrors: null,
  dropConnections: null,
  failedItems: null,
  findingCountsSkew: 0,
};

const RUN_NAME = "campaign-run";
const CREDENTIALS = { accessKeyId: "AKIDCAMPAIGN", secretAccessKey: "campaign-secret" };

async function withRealTimeGuard<T>(work: Promise<T>, ms: number): Promise<T | "hung"> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<"hung">((resolve) => {
    timer = setTimeout(() => resolve("hung"), ms);
  });
  try {
    return await Promise.race([work, guard]);
  } finally {
    clearTimeout(timer);
  }
}

async function startRun(client: InspectorClient, templateArn: string, name: string): Promise<string> {
  const out = await client.send(
    new StartAssessmentRunCommand({ assessmentTemplateArn: templateArn, assessmentRunName: name }),
  );
  return out.assessmentRunArn as string;
}

async function stopRun(client: InspectorClient, runArn: string): Promise<void> {
  await client.send(
    new StopAssessmentRunCommand({ assessmentRunArn: runArn, stopAction: "SKIP_EVALUATION" }),
  );
}

/** Healthy agents that sent telemetry, and unhealthy agents, as the emulator reports them for a run. */
async function agentsOf(
  client: InspectorClient,
  runArn: string,
): Promise<{ reporting: number; unhealthy: number }> {
  let reporting = 0;
  let unhealthy = 0;
  for await (const page of paginateListAssessmentRunAgents({ client }, { assessmentRunArn: runArn })) {
    for (const agent of page.assessmentRunAgents ?? []) {
      if (agent.agentHealth !== "HEALTHY") unhealthy++;
      else if ((agent.telemetryMetadata ?? []).some((t) => (t.count ?? 0) > 0)) reporting++;
    }
  }
  return { reporting, unhealthy };
}

function countsOf(findings: readonly { severity: string }[]): SeverityCounts {
  const counts = emptySeverityCounts();
  for (const f of findings) counts[f.severity as keyof SeverityCounts]++;
  return counts;
}

export async function runSchedule(schedule: FaultSchedule): Promise<ScheduleOutcome> {
  const clock = new HybridClock();
  const emulator = await startEmulator({
    seed: schedule.seed,
    findings: schedule.findings,
    agents: schedule.agents,
    unhealthyAgents: schedule.unhealthyAgents,
    clock,
    outcome: schedule.outcome === "CANCELED" ? "COMPLETED" : schedule.outcome,
  });
  // The campaign's own client: patient, used before faults are on and after they are off.
  const clean = createInspectorClient({
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: CREDENTIALS,
    maxAttempts: 10,
  });
  // The gate's client, configured exactly as the gate configures its own (adaptive retries).
  const gateClient = createInspectorClient({
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: CREDENTIALS,
    maxAttempts: schedule.maxAttempts,
  });
  try {
    const templateArn = emulator.seeded.templateArn;
    const packages = await clean.send(
      new DescribeRulesPackagesCommand({ rulesPackageArns: emulator.seeded.rulesPackageArns }),
    );
    const names = new Map((packages.rulesPackages ?? []).map((p) => [p.arn ?? "", p.name ?? ""]));
    const policy: Policy = await loadPolicy({ text: policyText(schedule.policy), file: "campaign.yml" });

    // Set the scene.
    let source: RunSource;
    const cancelEarly = schedule.outcome === "CANCELED";
    if (schedule.source === "template") {
      source = { kind: "template", templateArn, runName: RUN_NAME };
    } else {
      const arn = await startRun(clean, templateArn, RUN_NAME);
      if (cancelEarly) await stopRun(clean, arn);
      if (schedule.source === "latest") clock.advance(3 * 3600_000); // long finished (unless NEVER)
      source =
        schedule.source === "reuse"
          ? { kind: "template", templateArn, runName: RUN_NAME }
          : schedule.source === "run"
            ? { kind: "run", runArn: arn }
            : { kind: "latest", templateArn };
    }
    emulator.resetStats();
    emulator.faults({ ...NO_FAULTS, ...schedule.faults });

    let burstDone = false;
    let cancel: Promise<void> | undefined;
    const progress = (event: ProgressEvent) => {
      if (schedule.burst && !burstDone) {
        const t = schedule.burst.trigger;
        const hit =
          (t === "started" && event.type === "run") ||
          (t === "completed" && event.type === "state" && event.state === "COMPLETED") ||
          (t === "fetching" && event.type === "fetch");
        if (hit) {
          burstDone = true;
          emulator.faults(schedule.burst.faults);
        }
      }
      if (cancelEarly && schedule.source === "template" && event.type === "run" && cancel === undefined) {
        cancel = stopRun(clean, event.runArn).catch(() => undefined);
      }
    };

    const timeoutMs = schedule.timeoutMinutes * 60_000;
    const options: GateOptions = {
      policy,
      source,
      timeoutMs,
      pollIntervalMs: schedule.pollIntervalSeconds * 1000,
      onTimeout: schedule.onTimeout,
      allowPartial: schedule.allowPartial,
      concurrency: schedule.concurrency,
    };
    const t0 = clock.now();
    const real0 = performance.now();
    const ran = await withRealTimeGuard(
      runGate(options, { clients: { inspector: gateClient }, clock, now: () => EVALUATION_NOW, progress }),
      REAL_TIME_GUARD_MS,
    );
    const elapsedMs = clock.now() - t0;
    const realMs = performance.now() - real0;
    await cancel;
    const injected = Object.fromEntries(
      Object.entries(emulator.stats()).filter(([k]) => k.startsWith("fault.")),
    ) as Record<string, number>;
    emulator.faults(NO_FAULTS);

    if (ran === "hung") {
      return {
        schedule,
        verdict: "error",
        exitCode: -1,
        truth: "unknown",
        truthReason: "the gate did not end",
        elapsedMs,
        realMs,
        timeoutMs,
        apiCalls: 0,
        injected,
        violations: [`the gate had not ended after ${REAL_TIME_GUARD_MS / 1000} s of real time`],
        notes: [],
      };
    }
    const result: GateResult = ran;

    // The truth, from the emulator's own data.
    let truth: TruthVerdict = "unknown";
    let truthReason = "the gate named no run";
    let truthCounts: SeverityCounts | undefined;
    const runArn = runOf(result)?.arn;
    if (runArn !== undefined && runArn !== "") {
      // The run's eventual state: whatever it would have become, unless the gate (or the scene) stopped it.
      clock.advance(6 * 3600_000);
      const described = await clean.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [runArn] }));
      const state = described.assessmentRuns?.[0]?.state ?? "UNKNOWN";
      const evaluable = state === "COMPLETED" || (state === "COMPLETED_WITH_ERRORS" && schedule.allowPartial);
      if (!evaluable) {
        truth = "error";
        truthReason = `the run is ${state}`;
      } else {
        const coverage = policy.coverage;
        const agents = await agentsOf(clean, runArn);
        if (agents.reporting < coverage.minAgents) {
          truth = "error";
          truthReason = `${agents.reporting} agents reported, min-agents ${coverage.minAgents}`;
        } else if (agents.unhealthy > 0 && coverage.unhealthyAgents === "fail") {
          truth = "error";
          truthReason = `${agents.unhealthy} unhealthy agents under unhealthy-agents: fail`;
        } else {
          const findings = emulator.findingsOf(runArn).map((f) => normalizeFinding(f, names));
          truthCounts = countsOf(findings);
          truth = evaluate(policy, findings, { now: EVALUATION_NOW }).verdict;
          truthReason = `evaluated ${findings.length} findings of a ${state} run`;
        }
      }
    }

    const violations: string[] = [];
    const verdict = result.verdict;
    if (verdict !== "error" && verdict !== truth) {
      violations.push(
        verdict === "pass" && truth === "fail"
          ? `FALSE PASS: the gate passed, the truth is fail (${truthReason})`
          : `the gate said ${verdict}, the truth is ${truth} (${truthReason})`,
      );
    }
    const expectedExit = verdict === "pass" ? 0 : verdict === "fail" ? 1 : 3;
    if (result.exitCode !== expectedExit)
      violations.push(`verdict ${verdict} with exit code ${result.exitCode}`);
    if ((verdict === "error") !== (result.error !== undefined)) {
      violations.push(`verdict ${verdict} with error ${JSON.stringify(result.error)}`);
    }
    if (verdict === "error" && result.evaluation !== undefined)
      violations.push("an error result carries an evaluation");
    const decidedOn = runOf(result)?.state ?? "no run";
    if (
      verdict !== "error" &&
      decidedOn !== "COMPLETED" &&
      !(decidedOn === "COMPLETED_WITH_ERRORS" && schedule.allowPartial)
    ) {
      violations.push(`a ${verdict} verdict on a run in state ${decidedOn}`);
    }
    // Raw counts come from findingCounts when the gate did not list every finding; when those disagree
    // with the findings the report shows Inspector's numbers. Worth knowing, not a broken requirement.
    const notes: string[] = [];
    if (
      verdict !== "error" &&
      truthCounts !== undefined &&
      JSON.stringify(result.counts) !== JSON.stringify(truthCounts)
    ) {
      notes.push(
        `counts ${JSON.stringify(result.counts)} differ from the run's findings ${JSON.stringify(truthCounts)}`,
      );
    }
    if (elapsedMs > timeoutMs + GRACE_MS) {
      violations.push(
        `ended ${Math.round((elapsedMs - timeoutMs) / 1000)} s after its ${schedule.timeoutMinutes} min timeout`,
      );
    }
    return {
      schedule,
      verdict,
      exitCode: result.exitCode,
      ...(result.error ? { errorCode: result.error.code } : {}),
      truth,
      truthReason,
      elapsedMs,
      realMs,
      timeoutMs,
      apiCalls: Object.values(result.apiCalls).reduce((a, b) => a + b, 0),
      injected,
      violations,
      notes,
    };
  } finally {
    clean.destroy();
    gateClient.destroy();
    await emulator.stop();
  }
}

/** One line per schedule, for failure messages and the bench's log. */
export function describeSchedule(s: FaultSchedule): string {
  const faults = (f: Partial<FaultConfig>) => Object.keys(f).join("+") || "none";
  return [
    `seed ${s.seed}`,
    `${s.findings} findings`,
    `${s.agents - s.unhealthyAgents}/${s.agents} healthy`,
    `source ${s.source}`,
    `outcome ${s.outcome}${s.allowPartial ? " (allow-partial)" : ""}`,
    `timeout ${s.timeoutMinutes}m`,
    `attempts ${s.maxAttempts}`,
    `faults ${faults(s.faults)}`,
    s.burst ? `burst ${faults(s.burst.faults)} at ${s.burst.trigger}` : "no burst",
  ].join(", ");
}

/** Tallies for reports: how schedules ended against their truth. */
export interface CampaignTally {
  schedules: number;
  violations: number;
  falsePasses: number;
  byTruth: Record<string, { pass: number; fail: number; error: number }>;
  errorCodes: Record<string, number>;
  injected: Record<string, number>;
  maxOvershootMs: number;
  realMs: number;
}

export function emptyTally(): CampaignTally {
  return {
    schedules: 0,
    violations: 0,
    falsePasses: 0,
    byTruth: {},
    errorCodes: {},
    injected: {},
    maxOvershootMs: Number.NEGATIVE_INFINITY,
    realMs: 0,
  };
}

export function tally(t: CampaignTally, o: ScheduleOutcome): void {
  t.schedules++;
  if (o.violations.length > 0) t.violations++;
  if (o.violations.some((v) => v.startsWith("FALSE PASS"))) t.falsePasses++;
  const row = t.byTruth[o.truth] ?? { pass: 0, fail: 0, error: 0 };
  row[o.verdict]++;
  t.byTruth[o.truth] = row;
  if (o.errorCode) t.errorCodes[o.errorCode] = (t.errorCodes[o.errorCode] ?? 0) + 1;
  for (const [k, v] of Object.entries(o.injected)) t.injected[k] = (t.injected[k] ?? 0) + v;
  t.maxOvershootMs = Math.max(t.maxOvershootMs, o.elapsedMs - o.timeoutMs);
  t.realMs += o.realMs;
}
