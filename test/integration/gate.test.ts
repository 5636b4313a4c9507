/** The gate against the emulator over HTTP through the real SDK: runs, waiting, terminal states, deadlines. */
import { DescribeAssessmentRunsCommand, StopAssessmentRunCommand } from "@aws-sdk/client-inspector";
import { afterEach, describe, expect, it } from "vitest";
import { runOf } from "../../src/result.js";
import { type Harness, harness, POLICIES, policy } from "./harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function stateOf(arn: string): Promise<string | undefined> {
  const out = await h!.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [arn] }));
  return out.assessmentRuns?.[0]?.state;
}

describe("resolving the run", () => {
  it("starts a run from the template, then reuses it by name on a re-run", async () => {
    h = await harness();
    const p = await policy(POLICIES.severityOnly);
    const first = await h.gate({ policy: p });
    expect(first.error).toBeUndefined();
    expect(runOf(first)?.state).toBe("COMPLETED");
    expect(runOf(first)?.name).toBe("ci-run");
    expect(runOf(first)?.startedByGate).toBe(true);
    expect(first.apiCalls.StartAssessmentRun).toBe(1);
    expect(runOf(first)?.stateChanges.map((c) => c.state)).toContain("COLLECTING_DATA");
    expect(
      h.events.filter((e) => e.type === "state").map((e) => (e.type === "state" ? e.state : "")),
    ).toContain("COMPLETED");

    const again = await h.gate({ policy: p });
    expect(runOf(again)?.arn).toBe(runOf(first)?.arn);
    expect(runOf(again)?.startedByGate).toBe(false);
    expect(again.apiCalls.StartAssessmentRun).toBeUndefined();
    expect(again.verdict).toBe(first.verdict);
    expect(h.events.some((e) => e.type === "run" && e.action === "reused")).toBe(true);
  });

  it("takes the latest COMPLETED run and refuses one older than max-age", async () => {
    h = await harness();
    const p = await policy(POLICIES.severityOnly);
    const none = await h.gate({ policy: p, source: { kind: "latest", templateArn: h.templateArn } });
    expect(none.error?.code).toBe("NO_COMPLETED_RUN");
    expect(none.exitCode).toBe(3);

    const made = await h.gate({
      policy: p,
      source: { kind: "template", templateArn: h.templateArn, runName: "nightly" },
    });
    h.clock.advance(3 * 3600_000);
    const stale = await h.gate({
      policy: p,
      source: { kind: "latest", templateArn: h.templateArn, maxAgeMs: 2 * 3600_000 },
    });
    expect(stale.verdict).toBe("error");
    expect(stale.error?.code).toBe("RUN_TOO_OLD");
    expect(stale.error?.message).toContain("'nightly'");
    expect(stale.error?.message).toContain("older than the maximum age of 2h");
    expect(stale.apiCalls.StartAssessmentRun).toBeUndefined();

    const fresh = await h.gate({
      policy: p,
      source: { kind: "latest", templateArn: h.templateArn, maxAgeMs: 4 * 3600_000 },
    });
    expect(fresh.error).toBeUndefined();
    expect(runOf(fresh)?.arn).toBe(runOf(made)?.arn);
    expect(runOf(fresh)?.startedByGate).toBe(false);
    expect(fresh.apiCalls.StartAssessmentRun).toBeUndefined();
  });

  it("waits for a given run that is still running", async () => {
    h = await harness();
    const arn = await h.startRun("started-elsewhere");
    expect(await stateOf(arn)).not.toBe("COMPLETED");
    const result = await h.gate({
      policy: await policy(POLICIES.everything),
      source: { kind: "run", runArn: arn },
    });
    expect(result.error).toBeUndefined();
    expect(runOf(result)?.arn).toBe(arn);
    expect(runOf(result)?.state).toBe("COMPLETED");
    expect(runOf(result)?.startedByGate).toBe(false);
    expect(result.timings.waitMs).toBeGreaterThan(900_000);
    // Never sleeps much past the run's expected end, never more than 60 s.
    expect(Math.max(...h.clock.sleeps)).toBeLessThanOrEqual(60_000);
  });

  it("names an unknown run or template (exit 3)", async () => {
    h = await harness();
    const p = await policy(POLICIES.severityOnly);
    const run = await h.gate({
      policy: p,
      source: { kind: "run", runArn: `${h.templateArn}/run/0-nosuch00` },
    });
    expect(run.exitCode).toBe(3);
    expect(["RUN_NOT_FOUND", "NOT_FOUND", "INVALID_INPUT"]).toContain(run.error?.code);
    const template = await h.gate({
      policy: p,
      source: {
        kind: "template",
        templateArn: h.templateArn.replace(/template\/.*/, "template/0-nosuch00"),
        runName: "x",
      },
    });
    expect(template.exitCode).toBe(3);
  });
});

describe("terminal states", () => {
  it.each([
    ["FAILED", "RUN_FAILED"],
    ["ERROR", "RUN_ERROR"],
    ["COMPLETED_WITH_ERRORS", "RUN_COMPLETED_WITH_ERRORS"],
  ])("%s is an error quoting the run's notifications and last state changes", async (outcome, code) => {
    h = await harness();
    h.emulator.setOutcome("*", outcome);
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe(code);
    expect(result.error?.message).toContain(`ended ${outcome}`);
    expect(result.error?.message).toContain("last state changes:");
    expect(result.evaluation).toBeUndefined();
    expect(result.apiCalls.ListFindings).toBeUndefined();
  });

  it("evaluates COMPLETED_WITH_ERRORS with allowPartial, with a warning", async () => {
    h = await harness();
    h.emulator.setOutcome("*", "COMPLETED_WITH_ERRORS");
    const result = await h.gate({ policy: await policy(POLICIES.everything), allowPartial: true });
    expect(result.verdict).toBe("pass");
    expect(runOf(result)?.state).toBe("COMPLETED_WITH_ERRORS");
    expect(result.warnings.some((w) => w.includes("COMPLETED_WITH_ERRORS"))).toBe(true);
  });

  it("CANCELED is an error", async () => {
    h = await harness();
    const arn = await h.startRun("to-cancel");
    await h.client.send(
      new StopAssessmentRunCommand({ assessmentRunArn: arn, stopAction: "SKIP_EVALUATION" }),
    );
    const result = await h.gate({
      policy: await policy(POLICIES.severityOnly),
      source: { kind: "run", runArn: arn },
    });
    expect(result.error?.code).toBe("RUN_CANCELED");
    expect(result.exitCode).toBe(3);
  });
});

describe("deadline and interruption", () => {
  it("on timeout stops the run the gate started (on-timeout: stop)", async () => {
    h = await harness();
    h.emulator.setOutcome("*", "NEVER");
    const result = await h.gate({ policy: await policy(POLICIES.severityOnly), timeoutMs: 30 * 60_000 });
    expect(result.verdict).toBe("error");
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toMatch(
      /^timed out after 30m while waiting for the assessment run; stopped run/,
    );
    expect(result.apiCalls.StopAssessmentRun).toBe(1);
    expect(result.timings.totalMs).toBe(30 * 60_000);
    expect(await stateOf(runOf(result)!.arn)).toBe("CANCELED");
    expect(h.events.some((e) => e.type === "stop")).toBe(true);
  });

  it("on timeout leaves the run alone with on-timeout: leave", async () => {
    h = await harness();
    h.emulator.setOutcome("*", "NEVER");
    const result = await h.gate({
      policy: await policy(POLICIES.severityOnly),
      timeoutMs: 30 * 60_000,
      onTimeout: "leave",
    });
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toContain("is left running (on-timeout: leave)");
    expect(result.apiCalls.StopAssessmentRun).toBeUndefined();
    expect(await stateOf(runOf(result)!.arn)).toBe("COLLECTING_DATA");
  });

  it("stops its run when Inspector keeps failing while it waits", async () => {
    h = await harness({
      maxAttempts: 2,
      faults: { internalErrors: { rate: 1, operations: ["DescribeAssessmentRuns"] } },
    });
    const result = await h.gate({ policy: await policy(POLICIES.severityOnly) });
    expect(result.verdict).toBe("error");
    expect(result.error?.code).toBe("INSPECTOR_UNAVAILABLE");
    expect(result.error?.message).toContain("DescribeAssessmentRuns failed: InternalException");
    expect(result.error?.message).toContain("(after 2 attempts); stopped run 'ci-run'");
    expect(result.apiCalls.StopAssessmentRun).toBe(1);
    h.emulator.faults({ internalErrors: null });
    expect(await stateOf(runOf(result)!.arn)).toBe("CANCELED");
  });

  it("never stops a run it did not start", async () => {
    h = await harness();
    h.emulator.setOutcome("*", "NEVER");
    const arn = await h.startRun("someone-elses");
    const result = await h.gate({
      policy: await policy(POLICIES.severityOnly),
      source: { kind: "run", runArn: arn },
      timeoutMs: 600_000,
    });
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toContain("was not started by the gate");
    expect(result.apiCalls.StopAssessmentRun).toBeUndefined();
  });

  it("an abort signal behaves like the deadline: error, and the run is stopped", async () => {
    h = await harness();
    h.emulator.setOutcome("*", "NEVER");
    const controller = new AbortController();
    const p = await policy(POLICIES.severityOnly);
    const pending = h.gate({ policy: p, signal: controller.signal });
    while (!h.events.some((e) => e.type === "state" && e.state === "COLLECTING_DATA")) {
      await new Promise((r) => setImmediate(r));
    }
    controller.abort(new Error("received SIGINT"));
    const result = await pending;
    expect(result.error?.code).toBe("INTERRUPTED");
    expect(result.error?.message).toContain("interrupted (received SIGINT)");
    expect(result.apiCalls.StopAssessmentRun).toBe(1);
    expect(await stateOf(runOf(result)!.arn)).toBe("CANCELED");
  });
});

describe("busy agents", () => {
  it("waits while another run holds the agents, naming it, then starts", async () => {
    h = await harness();
    const other = await h.startRun("holds-the-agents");
    const result = await h.gate({ policy: await policy(POLICIES.severityOnly) });
    expect(result.error).toBeUndefined();
    expect(runOf(result)?.startedByGate).toBe(true);
    const busy = h.events.filter((e) => e.type === "agents-busy");
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.type === "agents-busy" && busy[0].heldBy).toEqual([other]);
    expect(busy[0]?.message).toContain(other);
    expect(result.apiCalls.StartAssessmentRun).toBe(busy.length + 1);
  });

  it("gives up at the deadline, naming the run that holds the agents", async () => {
    h = await harness();
    h.emulator.setOutcome("*", "NEVER");
    const other = await h.startRun("never-ends");
    const result = await h.gate({ policy: await policy(POLICIES.severityOnly), timeoutMs: 10 * 60_000 });
    expect(result.verdict).toBe("error");
    expect(result.error?.code).toBe("AGENTS_BUSY");
    expect(result.error?.message).toContain(other);
    expect(runOf(result)).toBeNull();
  });
});
