/**
 * The run state machine, walked on a virtual clock: the timeline of the seeded 900 s template, the
 * time scale, every configurable outcome (by library call and by the control endpoint), stops, and
 * findingCounts that agree with what ListFindings lists.
 */
import {
  CreateAssessmentTargetCommand,
  CreateAssessmentTemplateCommand,
  CreateResourceGroupCommand,
  type InspectorClient,
  ListFindingsCommand,
  StartAssessmentRunCommand,
  StopAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import { afterEach, describe, expect, it } from "vitest";
import {
  control,
  describeRun,
  listFindingPages,
  PAST_ANY_RUN_MS,
  runToEnd,
  startTestEmulator,
  type TestEmulator,
} from "../../helpers/emulator.js";

let t: TestEmulator | undefined;

afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function start(client: InspectorClient, templateArn: string): Promise<string> {
  const out = await client.send(new StartAssessmentRunCommand({ assessmentTemplateArn: templateArn }));
  return out.assessmentRunArn!;
}

async function listAll(client: InspectorClient, runArn: string, severities?: string[]): Promise<string[]> {
  const filter = severities ? { filter: { severities: severities as "High"[] } } : {};
  return (await listFindingPages(client, { assessmentRunArns: [runArn], ...filter }, 500)).flat();
}

const total = (counts: Record<string, number> | undefined) =>
  Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

describe("the timeline of a run", () => {
  it("walks CREATED to COMPLETED on the seeded template's 900 s, findings appearing only at the end", async () => {
    t = await startTestEmulator({ findings: 50 });
    const t0 = t.clock.now();
    const runArn = await start(t.client, t.emulator.seeded.templateArn);
    const expected: [number, string][] = [
      [0, "CREATED"],
      [2, "START_DATA_COLLECTION_PENDING"],
      [5, "START_DATA_COLLECTION_IN_PROGRESS"],
      [10, "COLLECTING_DATA"],
      [910, "STOP_DATA_COLLECTION_PENDING"],
      [920, "DATA_COLLECTED"],
      [925, "START_EVALUATING_RULES_PENDING"],
      [930, "EVALUATING_RULES"],
      [960, "COMPLETED"],
    ];
    for (const [second, state] of expected) {
      t.clock.set(t0 + second * 1000 - 1);
      const before = await describeRun(t.client, runArn);
      if (second > 0) expect(before.state, `just before ${second}s`).not.toBe(state);
      t.clock.set(t0 + second * 1000);
      const run = await describeRun(t.client, runArn);
      expect(run.state, `at ${second}s`).toBe(state);
      expect(run.stateChangedAt).toEqual(new Date(t0 + second * 1000));
      expect(run.dataCollected).toBe(second >= 920);
      if (state !== "COMPLETED") {
        expect(total(run.findingCounts)).toBe(0);
        expect(
          (await t.client.send(new ListFindingsCommand({ assessmentRunArns: [runArn] }))).findingArns,
        ).toEqual([]);
      }
    }
    const run = await describeRun(t.client, runArn);
    expect(run.stateChanges?.map((c) => [c.stateChangedAt!.getTime() - t0, c.state])).toEqual(
      expected.map(([s, state]) => [s * 1000, state]),
    );
    expect(run.createdAt).toEqual(new Date(t0));
    expect(run.startedAt).toEqual(new Date(t0 + 10_000));
    expect(run.completedAt).toEqual(new Date(t0 + 960_000));
    expect(run.durationInSeconds).toBe(900);
    expect(total(run.findingCounts)).toBe(50);
    const findings = t.emulator.findingsOf(runArn);
    expect(
      findings.every((f) => f.createdAt!.getTime() >= t0 + 930_000 && f.createdAt!.getTime() <= t0 + 960_000),
    ).toBe(true);
  });

  it("divides every timing by the time scale", async () => {
    t = await startTestEmulator({ findings: 5, timeScale: 100 });
    const t0 = t.clock.now();
    const runArn = await start(t.client, t.emulator.seeded.templateArn);
    t.clock.set(t0 + 9599);
    expect((await describeRun(t.client, runArn)).state).toBe("EVALUATING_RULES");
    t.clock.set(t0 + 9600);
    const run = await describeRun(t.client, runArn);
    expect(run.state).toBe("COMPLETED");
    expect(run.startedAt).toEqual(new Date(t0 + 100));
  });

  it("is walked by a poller sleeping on the virtual clock, without waiting", async () => {
    t = await startTestEmulator({ findings: 5 });
    const runArn = await start(t.client, t.emulator.seeded.templateArn);
    const seen: string[] = [];
    for (;;) {
      const run = await describeRun(t.client, runArn);
      if (seen.at(-1) !== run.state) seen.push(run.state!);
      if (run.completedAt !== undefined) break;
      await t.clock.sleep(10_000);
    }
    // Polled every 10 s: the states held at 0, 10, 910, 920, 930 and 960 s.
    expect(seen).toEqual([
      "CREATED",
      "COLLECTING_DATA",
      "STOP_DATA_COLLECTION_PENDING",
      "DATA_COLLECTED",
      "EVALUATING_RULES",
      "COMPLETED",
    ]);
    expect(t.clock.sleeps.length).toBe(96);
  });
});

describe("outcomes", () => {
  it.each([
    ["COMPLETED_WITH_ERRORS", true, 40],
    ["FAILED", false, 0],
    ["ERROR", true, 0],
  ] as const)("a run set to end %s", async (outcome, dataCollected, findings) => {
    t = await startTestEmulator({ findings: 40 });
    const t0 = t.clock.now();
    const runArn = await start(t.client, t.emulator.seeded.templateArn);
    t.emulator.setOutcome(runArn, outcome);
    t.clock.advance(PAST_ANY_RUN_MS);
    const run = await describeRun(t.client, runArn);
    expect(run.state).toBe(outcome);
    expect(run.dataCollected).toBe(dataCollected);
    expect(run.completedAt).toBeDefined();
    expect(total(run.findingCounts)).toBe(findings);
    expect(await listAll(t.client, runArn)).toHaveLength(findings);
    expect(run.notifications?.some((n) => n.error && n.event === "OTHER")).toBe(true);
    if (outcome === "FAILED") {
      // Fails a third of the way through collecting data.
      expect(run.completedAt).toEqual(new Date(t0 + 10_000 + 300_000));
    }
  });

  it("NEVER keeps the run collecting data until it is stopped", async () => {
    t = await startTestEmulator({ findings: 40, outcome: "NEVER" });
    const runArn = await start(t.client, t.emulator.seeded.templateArn);
    t.clock.advance(7 * PAST_ANY_RUN_MS);
    expect((await describeRun(t.client, runArn)).state).toBe("COLLECTING_DATA");
    await t.client.send(new StopAssessmentRunCommand({ assessmentRunArn: runArn }));
    t.clock.advance(PAST_ANY_RUN_MS);
    const run = await describeRun(t.client, runArn);
    expect(run.state).toBe("COMPLETED");
    // Stopped long after the template's duration: everything was collected.
    expect(total(run.findingCounts)).toBe(40);
  });

  it("'*' sets how every future run ends; a run that ended keeps its end", async () => {
    t = await startTestEmulator({ findings: 10 });
    const done = await runToEnd(t);
    t.emulator.setOutcome("*", "ERROR");
    t.emulator.setOutcome(done, "FAILED");
    expect((await describeRun(t.client, done)).state).toBe("COMPLETED");
    const next = await runToEnd(t);
    expect((await describeRun(t.client, next)).state).toBe("ERROR");
    expect(() =>
      t!.emulator.setOutcome("arn:aws:inspector:us-west-2:123456789012:target/0-x", "ERROR"),
    ).toThrow(/no assessment run/);
    expect(() => t!.emulator.setOutcome("*", "DONE")).toThrow(/expected COMPLETED/);
  });

  it("changing the outcome mid-run only changes what is still to come", async () => {
    t = await startTestEmulator({ findings: 10, outcome: "NEVER" });
    const t0 = t.clock.now();
    const runArn = await start(t.client, t.emulator.seeded.templateArn);
    t.clock.set(t0 + 2_000_000); // long past the 900 s collection
    t.emulator.setOutcome(runArn, "COMPLETED");
    const now = t.clock.now();
    const stopping = await describeRun(t.client, runArn);
    expect(stopping.state).toBe("STOP_DATA_COLLECTION_PENDING");
    expect(stopping.stateChangedAt).toEqual(new Date(now));
    expect(stopping.stateChanges?.slice(0, 4).map((c) => c.stateChangedAt!.getTime() - t0)).toEqual([
      0, 2000, 5000, 10_000,
    ]);
    t.clock.advance(50_000);
    expect((await describeRun(t.client, runArn)).completedAt).toEqual(new Date(now + 50_000));
  });

  it("the control endpoint sets outcomes too", async () => {
    t = await startTestEmulator({ findings: 10 });
    const runArn = await start(t.client, t.emulator.seeded.templateArn);
    const post = (body: unknown) => control(t!.emulator.endpoint, "outcome", body);
    expect((await post({ run: runArn, outcome: "COMPLETED_WITH_ERRORS" })).status).toBe(200);
    expect((await post({ run: `${runArn}x`, outcome: "FAILED" })).status).toBe(404);
    const bad = await post({ run: runArn, outcome: "MAYBE" });
    expect(bad.status).toBe(400);
    expect(bad.json["error"]).toMatch(/COMPLETED_WITH_ERRORS/);
    t.clock.advance(PAST_ANY_RUN_MS);
    expect((await describeRun(t.client, runArn)).state).toBe("COMPLETED_WITH_ERRORS");
  });
});

describe("agents", () => {
  it("a target whose resource group selects no agent fails to collect data", async () => {
    t = await startTestEmulator({ findings: 10 });
    const { resourceGroupArn } = await t.client.send(
      new CreateResourceGroupCommand({ resourceGroupTags: [{ key: "Role", value: "nothing" }] }),
    );
    const { assessmentTargetArn } = await t.client.send(
      new CreateAssessmentTargetCommand({
        assessmentTargetName: "empty",
        resourceGroupArn: resourceGroupArn!,
      }),
    );
    const { assessmentTemplateArn } = await t.client.send(
      new CreateAssessmentTemplateCommand({
        assessmentTargetArn: assessmentTargetArn!,
        assessmentTemplateName: "empty",
        durationInSeconds: 180,
        rulesPackageArns: t.emulator.seeded.rulesPackageArns,
      }),
    );
    const runArn = await runToEnd(t, { templateArn: assessmentTemplateArn! });
    const run = await describeRun(t.client, runArn);
    expect(run.state).toBe("FAILED");
    expect(run.stateChanges?.map((c) => c.state)).not.toContain("COLLECTING_DATA");
    expect(run.notifications?.find((n) => n.error)?.message).toMatch(/no agents/);
  });

  it("when every agent is unhealthy, the run completes with no findings (coverage is the gate's job)", async () => {
    t = await startTestEmulator({ findings: 10, agents: 3, unhealthyAgents: 3 });
    const runArn = await runToEnd(t);
    const run = await describeRun(t.client, runArn);
    expect(run.state).toBe("COMPLETED");
    expect(total(run.findingCounts)).toBe(0);
    expect(run.notifications?.filter((n) => n.error && /Agent i-/.test(n.message ?? ""))).toHaveLength(3);
  });
});

describe("findingCounts", () => {
  it("agree with what ListFindings lists, per severity, at 20,000 findings", async () => {
    t = await startTestEmulator({ findings: 20_000 });
    const runArn = await runToEnd(t);
    const run = await describeRun(t.client, runArn);
    expect(total(run.findingCounts)).toBe(20_000);
    for (const severity of ["High", "Undefined"] as const) {
      const expected = run.findingCounts?.[severity] ?? 0;
      expect(await listAll(t.client, runArn, [severity]), severity).toHaveLength(expected);
    }
    const counts: Record<string, number> = {};
    for (const f of t.emulator.findingsOf(runArn)) counts[f.severity!] = (counts[f.severity!] ?? 0) + 1;
    for (const [severity, n] of Object.entries(run.findingCounts ?? {}))
      expect(counts[severity] ?? 0).toBe(n);
  });
});
