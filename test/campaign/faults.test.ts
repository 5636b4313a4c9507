/**
 * The fault campaign at CI size: generated fault schedules (throttling, 500s, dropped connections, slow
 * calls, retryable and permanent failedItems, every terminal state, runs that never finish, findingCounts
 * that disagree, faults switched on mid-run) run against the emulator over HTTP through the real SDK. The
 * gate's verdict must be the truth (from the emulator's own data) or "error", and the gate must end within
 * its timeout + 10 s. `npm run bench` runs a larger sample (bench/campaign.bench.ts).
 *
 * CAMPAIGN_RUNS=n changes the number of schedules; CAMPAIGN_SEED=s replays a sample.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StartAssessmentRunCommand } from "@aws-sdk/client-inspector";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/index.js";
import { runGate } from "../../src/gate.js";
import { loadPolicy } from "../../src/policy/load.js";
import { createInspectorClient } from "../../src/sources/classic/client.js";
import { HybridClock } from "../helpers/hybrid-clock.js";
import {
  type CampaignTally,
  describeSchedule,
  emptyTally,
  type FaultSchedule,
  GRACE_MS,
  runSchedule,
  scheduleArb,
  tally,
} from "./faults-engine.js";

const RUNS = Number(process.env.CAMPAIGN_RUNS ?? 48);
const SEED = process.env.CAMPAIGN_SEED === undefined ? undefined : Number(process.env.CAMPAIGN_SEED);

const seen: CampaignTally = emptyTally();

afterAll(() => {
  const truths = Object.entries(seen.byTruth)
    .map(([truth, v]) => `truth ${truth}: pass ${v.pass}, fail ${v.fail}, error ${v.error}`)
    .join("; ");
  console.info(
    `fault campaign: ${seen.schedules} schedules, ${seen.violations} violations, ${seen.falsePasses} false passes; ${truths}; ` +
      `faults injected ${JSON.stringify(seen.injected)}; latest end ${Math.round(seen.maxOvershootMs / 1000)} s relative to the timeout`,
  );
});

describe("fault campaign", () => {
  it("the verdict is the truth or error, never a false pass, and the gate ends within timeout + 10 s", async () => {
    await fc.assert(
      fc.asyncProperty(scheduleArb({ maxFindings: 120 }), async (schedule) => {
        const outcome = await runSchedule(schedule);
        tally(seen, outcome);
        if (outcome.violations.length > 0) {
          throw new Error(`${outcome.violations.join("; ")}\n  schedule: ${describeSchedule(schedule)}`);
        }
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true },
    );
    expect(seen.schedules).toBeGreaterThanOrEqual(RUNS);
    // The sample must exercise both verdicts and the error path, or it proves little.
    const verdicts = Object.values(seen.byTruth).reduce(
      (acc, v) => ({ pass: acc.pass + v.pass, fail: acc.fail + v.fail, error: acc.error + v.error }),
      { pass: 0, fail: 0, error: 0 },
    );
    expect(verdicts.pass).toBeGreaterThan(0);
    expect(verdicts.fail).toBeGreaterThan(0);
    expect(verdicts.error).toBeGreaterThan(0);
  }, 180_000);
});

/** Cases the campaign found, kept as fixed regression tests (they are rare in a random sample). */
describe("fault campaign: cases found", () => {
  it("findingCounts that under-report never turn a run with a High finding into a pass (severity-only policy)", async () => {
    // 12 findings of seed 5 hold one High; findingCounts report 0 High. The policy is the default one.
    const schedule: FaultSchedule = {
      seed: 5,
      findings: 12,
      agents: 2,
      unhealthyAgents: 0,
      source: "template",
      outcome: "COMPLETED",
      allowPartial: false,
      timeoutMinutes: 120,
      pollIntervalSeconds: 10,
      onTimeout: "stop",
      concurrency: 4,
      maxAttempts: 3,
      policy: { failOn: "High", rules: [] },
      faults: { findingCountsSkew: -3 },
    };
    const outcome = await runSchedule(schedule);
    expect(outcome.truth).toBe("fail");
    expect(outcome.verdict, outcome.violations.join("; ")).not.toBe("pass");
    expect(outcome.violations).toEqual([]);
  });

  it("a call that hangs past the deadline does not keep the gate beyond timeout + 10 s", async () => {
    const clock = new HybridClock();
    const emulator = await startEmulator({ seed: "hang", findings: 50, clock });
    const client = createInspectorClient({
      endpoint: emulator.endpoint,
      region: "us-west-2",
      credentials: { accessKeyId: "AKIDCAMPAIGN", secretAccessKey: "campaign-secret" },
    });
    try {
      const started = await client.send(
        new StartAssessmentRunCommand({
          assessmentTemplateArn: emulator.seeded.templateArn,
          assessmentRunName: "finished",
        }),
      );
      clock.advance(3600_000); // the run has long completed
      // Every DescribeFindings answers only after 13 s; the gate's deadline is 2 s away.
      emulator.faults({ latencyMs: { DescribeFindings: 13_000 } });
      const policy = await loadPolicy({
        text: "version: 1\nrules:\n  - id: any\n    max: 1000\n    match:\n      title: '*'\n",
        file: "hang.yml",
      });
      const timeoutMs = 2_000;
      const t0 = clock.now();
      const result = await runGate(
        { policy, source: { kind: "run", runArn: started.assessmentRunArn as string }, timeoutMs },
        { clients: { inspector: client }, clock },
      );
      const elapsed = clock.now() - t0;
      expect(elapsed, `ended ${elapsed} ms after starting, verdict ${result.verdict}`).toBeLessThanOrEqual(
        timeoutMs + GRACE_MS,
      );
      expect(result.verdict).toBe("error");
      expect(result.error?.code).toBe("TIMEOUT");
    } finally {
      client.destroy();
      await emulator.stop();
    }
  }, 60_000);

  it("the CLI process ends within timeout + 10 s when Inspector cannot be reached", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ig-unreachable-"));
    writeFileSync(join(dir, "policy.yml"), "version: 1\nseverity:\n  fail-on: High\n");
    const timeoutMs = 2_000;
    const child = spawn(
      process.execPath,
      [
        join(import.meta.dirname, "../../dist/cli.js"),
        "check",
        "--policy",
        "policy.yml",
        "--template-arn",
        "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T",
        "--endpoint",
        "http://127.0.0.1:9", // nothing listens there: every connection is refused
        "--timeout",
        `${timeoutMs}ms`,
      ],
      {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
        env: { PATH: process.env.PATH ?? "", AWS_ACCESS_KEY_ID: "AKIDCAMPAIGN", AWS_SECRET_ACCESS_KEY: "x" },
      },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    // Killed only if it has not ended by itself well after the allowed time.
    const killer = setTimeout(() => child.kill("SIGKILL"), timeoutMs + GRACE_MS + 3_000);
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child.on("close", (c, s) => resolve([c, s])),
    );
    clearTimeout(killer);
    expect(
      signal,
      `still running ${timeoutMs + GRACE_MS + 3_000} ms after it started:\n${stderr}`,
    ).toBeNull();
    expect(code, stderr).toBe(3);
  }, 60_000);
});
