/**
 * The fault campaign at bench size: more schedules than CI runs and larger runs, plus a tenth as many
 * schedules aimed at a case the general sample rarely draws (a severity-only policy on a run whose
 * findingCounts under-report High findings). Reports how many schedules were tried, how they
 * ended against the truth, and every broken requirement: a false pass, another verdict than the truth or
 * error, or a gate ending later than its timeout + 10 s. CAMPAIGN_RUNS and CAMPAIGN_SEED apply here too.
 */
import fc from "fast-check";
import {
  type CampaignTally,
  describeSchedule,
  emptyTally,
  runSchedule,
  scheduleArb,
  tally,
} from "../test/campaign/faults-engine.js";
import type { BenchRow } from "./types.js";

const RUNS = Number(process.env.CAMPAIGN_RUNS ?? 250);
const SEED = Number(process.env.CAMPAIGN_SEED ?? 20260115);

export async function run(): Promise<BenchRow[]> {
  const t: CampaignTally = emptyTally();
  const broken: string[] = [];
  const started = performance.now();
  const general = fc.sample(scheduleArb({ maxFindings: 300 }), { numRuns: RUNS, seed: SEED });
  // Rare in the general sample, so sampled on purpose: the default (severity-only) policy on a run whose
  // findingCounts under-report its High findings.
  const underReported = fc.sample(
    fc
      .record({ s: scheduleArb({ maxFindings: 40 }), skew: fc.integer({ min: 1, max: 3 }) })
      .map(({ s, skew }) => ({
        ...s,
        outcome: "COMPLETED" as const,
        policy: { failOn: "High" as const, rules: [] },
        faults: { ...s.faults, findingCountsSkew: -skew },
      })),
    { numRuns: Math.max(5, Math.round(RUNS / 10)), seed: SEED + 1 },
  );
  for (const schedule of [...general, ...underReported]) {
    const outcome = await runSchedule(schedule);
    tally(t, outcome);
    if (outcome.violations.length > 0) {
      broken.push(`${outcome.violations.join("; ")} [${describeSchedule(schedule)}]`);
    }
  }
  for (const line of broken) process.stderr.write(`campaign: ${line}\n`);
  const totals = Object.entries(t.byTruth).reduce(
    (acc, [truth, v]) => {
      if (truth === "pass" || truth === "fail") {
        acc.decidable += v.pass + v.fail + v.error;
        acc.reached += v[truth];
      }
      return acc;
    },
    { decidable: 0, reached: 0 },
  );
  const byTruth = Object.entries(t.byTruth)
    .map(([truth, v]) => `truth ${truth}: ${v.pass} pass, ${v.fail} fail, ${v.error} error`)
    .join("; ");
  const overshoot = Math.max(0, t.maxOvershootMs) / 1000;
  const group = "fault campaign";
  return [
    {
      group,
      name: "fault schedules tried",
      value: t.schedules,
      unit: "",
      note: `seed ${SEED}; ${byTruth}; ${((performance.now() - started) / 1000).toFixed(0)} s`,
    },
    {
      group,
      name: "false passes (pass when the truth is fail)",
      value: t.falsePasses,
      unit: "",
      target: "0",
      pass: t.falsePasses === 0,
    },
    {
      group,
      name: "schedules breaking a requirement (verdict, exit code, deadline)",
      value: t.violations,
      unit: "",
      target: "0",
      pass: t.violations === 0,
      ...(broken.length > 0 ? { note: broken[0]!.slice(0, 300) } : {}),
    },
    {
      group,
      name: "latest end past the timeout",
      value: overshoot,
      unit: "s",
      target: "≤ 10 s",
      pass: overshoot <= 10,
    },
    {
      group,
      name: "decidable schedules that reached the true verdict despite faults",
      value: totals.decidable === 0 ? 0 : totals.reached / totals.decidable,
      unit: "",
      note: `${totals.reached} of ${totals.decidable}; the rest ended in error (allowed: never a wrong verdict)`,
    },
  ];
}
