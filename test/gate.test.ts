/**
 * What the gate owns, whatever the source: streaming into the evaluator, evidence read beside the
 * findings (and winning when it fails), the policy applied for the source's severities (a finding of any
 * other is refused), the counts path, giving up, and the result naming the source. The source here is a
 * scripted double that can lie; real sources are tested against the emulator and real files.
 */
import { describe, expect, it } from "vitest";
import { DeadlineExceeded } from "../src/core/deadline.js";
import { ConfigError, InspectorError } from "../src/errors.js";
import { runGate, runGateOn } from "../src/gate.js";
import { CLASSIC_SEVERITIES, emptySeverityCounts, INSPECTOR2_SEVERITIES } from "../src/model.js";
import type { CoverageInfo } from "../src/result.js";
import { type FakeScript, fakeSource } from "./helpers/fake-source.js";
import { VirtualClock } from "./helpers/virtual-clock.js";
import { aFinding, NOW, policyOf } from "./policy/builders.js";

const FAIL_ON_HIGH = ["version: 1", "severity: { fail-on: High }"];
const WITH_RULE = [
  ...FAIL_ON_HIGH,
  "rules:",
  "  - id: any",
  "    level: warning",
  "    max: 1000",
  "    match: {}",
];

async function gate(script: FakeScript, lines: string[] = WITH_RULE, timeoutMs?: number) {
  const fake = fakeSource(script);
  const clock = new VirtualClock();
  const result = await runGateOn(
    fake.create,
    { policy: await policyOf(...lines), ...(timeoutMs !== undefined ? { timeoutMs } : {}) },
    { clock, now: () => NOW },
  );
  return { result, record: fake.record };
}

const coverage: CoverageInfo = {
  agents: 1,
  healthy: 0,
  unhealthy: 1,
  reporting: 0,
  telemetryMessages: {},
  unhealthyAgents: [{ agentId: "i-1" }],
  minAgents: 1,
  unhealthyPolicy: "warn",
};

describe("streaming a source into the evaluator", () => {
  it("evaluates every batch and takes its totals from the source's completeness check", async () => {
    const batches = [
      [aFinding({ severity: "Low" }), aFinding({ severity: "Medium" })],
      [aFinding({ severity: "Informational" })],
    ];
    const { result, record } = await gate({ batches, waitMs: 5_000 });
    expect(result.verdict).toBe("pass");
    expect(result.findings).toEqual({ total: 3, evaluated: 3 });
    expect(result.counts).toMatchObject({ Low: 1, Medium: 1, Informational: 1 });
    expect(result.source).toMatchObject({ kind: "inspector2", allResources: true });
    expect(result.timings.waitMs).toBe(5_000);
    expect(record.needs?.severityOnly).toBe(false);
    expect(record.closed).toBe(true);
  });

  it("applies fail-on to the severities the source reports: Critical counts where it can occur", async () => {
    const critical = aFinding({ severity: "Critical" });
    const v2 = await gate({ severities: INSPECTOR2_SEVERITIES, batches: [[critical]] });
    expect(v2.result.verdict).toBe("fail");
    expect(v2.result.evaluation?.severity.map((s) => s.severity)).toEqual(["Critical", "High"]);
    expect(v2.result.evaluation?.violations.map((v) => v.ruleId)).toContain("severity:Critical");

    const classic = await gate({
      severities: CLASSIC_SEVERITIES,
      batches: [[aFinding({ severity: "Low" })]],
    });
    expect(classic.result.verdict).toBe("pass");
    expect(classic.result.evaluation?.severity.map((s) => s.severity)).toEqual(["High"]);
  });

  it("refuses a finding of a severity the source said it never reports (never a pass)", async () => {
    // The policy was applied without the Critical limit: trusting this finding would pass it.
    const { result } = await gate({
      severities: CLASSIC_SEVERITIES,
      batches: [[aFinding({ severity: "Low" }), aFinding({ severity: "Critical" })]],
    });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("FINDINGS_INCONSISTENT");
    expect(result.evaluation).toBeUndefined();
  });

  it("turns a failure mid-stream or in the completeness check into an error, never a verdict", async () => {
    const boom = new InspectorError("FINDINGS_INCOMPLETE", "a batch went missing");
    const mid = await gate({ batches: [[aFinding({ severity: "Low" })]], failAfterBatches: boom });
    expect(mid.result.error?.code).toBe("FINDINGS_INCOMPLETE");
    expect(mid.result.findings.evaluated).toBe(0);
    const late = await gate({
      batches: [[aFinding({ severity: "Low" })]],
      completeError: new InspectorError("FINDINGS_COUNT_MISMATCH", "listed 1, counted 2"),
    });
    expect(late.result.verdict).toBe("error");
    expect(late.result.error?.code).toBe("FINDINGS_COUNT_MISMATCH");
    expect(late.record.gaveUp?.reason).toBe("error");
  });

  it("lets a source's ConfigError (a bad input file) through to the door (exit 2)", async () => {
    const bad = new ConfigError("FINDINGS_INVALID", "Invalid findings file 'f.json': …");
    await expect(gate({ batches: [], failAfterBatches: bad })).rejects.toBe(bad);
  });
});

describe("evidence beside the findings", () => {
  it("stops the findings when the evidence fails, and reports the evidence's error", async () => {
    const error = new InspectorError("COVERAGE_INSUFFICIENT", "nothing was assessed");
    const { result, record } = await gate({
      batches: [[aFinding({ severity: "Low" })]],
      hang: true,
      evidence: { coverage, error, delayMs: 5 },
    });
    expect(result.error?.code).toBe("COVERAGE_INSUFFICIENT");
    expect(result.coverage).toEqual(coverage);
    expect(record.findingsSignal?.aborted).toBe(true);
    expect(record.streamAbortedBy).toBe(error);
  });

  it("reports the evidence's error even when the findings failed first", async () => {
    const { result } = await gate({
      batches: [],
      failAfterBatches: new InspectorError("FINDINGS_INCOMPLETE", "first"),
      evidence: { error: new InspectorError("COVERAGE_INSUFFICIENT", "second"), delayMs: 20 },
    });
    expect(result.error?.code).toBe("COVERAGE_INSUFFICIENT");
  });

  it("keeps the verdict when the evidence holds", async () => {
    const { result } = await gate({
      batches: [[aFinding({ severity: "High" })]],
      evidence: { coverage: { ...coverage, healthy: 1, unhealthy: 0, reporting: 1, unhealthyAgents: [] } },
    });
    expect(result.verdict).toBe("fail");
    expect(result.coverage).toMatchObject({ reporting: 1 });
  });
});

describe("severity-only policies on a source with counts", () => {
  it("decides on the counts, fetching nothing, and checks a pass against the findings", async () => {
    const counts = { ...emptySeverityCounts(), Low: 4 };
    const { result, record } = await gate({ counts }, FAIL_ON_HIGH);
    expect(result.verdict).toBe("pass");
    expect(result.findings).toEqual({ total: 4, evaluated: 4 });
    expect(record.needs).toBeUndefined();
    expect([...(record.verified ?? new Map())]).toEqual([
      ["Critical", 0],
      ["High", 0],
    ]);
  });

  it("does not pass on counts the findings contradict", async () => {
    const { result } = await gate(
      {
        counts: emptySeverityCounts(),
        verifyError: new InspectorError("FINDINGS_COUNT_MISMATCH", "counts under-report"),
      },
      FAIL_ON_HIGH,
    );
    expect(result.verdict).toBe("error");
    expect(result.error?.code).toBe("FINDINGS_COUNT_MISMATCH");
  });

  it("a fail on counts stands without checking them", async () => {
    const { result, record } = await gate({ counts: { ...emptySeverityCounts(), High: 2 } }, FAIL_ON_HIGH);
    expect(result.verdict).toBe("fail");
    expect(record.verified).toBeUndefined();
  });
});

describe("giving up", () => {
  it("times out while reading, says how far it got, and lets the source stop what it started", async () => {
    const { result, record } = await gate(
      { batches: [[aFinding({ severity: "Low" })]], hang: true, waitMs: 10_000 },
      WITH_RULE,
      5_000,
    );
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toBe(
      "timed out after 5s while reading findings (1 finding read); stopped what it started",
    );
    expect(record.gaveUp).toEqual({ reason: "timeout", signalAborted: false });
  });

  it("an interrupt while reading names the reading", async () => {
    const fake = fakeSource({ batches: [[aFinding({ severity: "Low" })]], hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("received SIGTERM")), 5);
    const result = await runGateOn(fake.create, {
      policy: await policyOf(...WITH_RULE),
      signal: controller.signal,
    });
    expect(result.error?.code).toBe("INTERRUPTED");
    expect(result.error?.message).toBe(
      "interrupted (received SIGTERM) while reading findings (1 finding read); stopped what it started",
    );
    expect(fake.record.gaveUp?.reason).toBe("interrupted");
  });
});

describe("runGate", () => {
  it("refuses an unknown source kind and a bad option before anything runs", async () => {
    const policy = await policyOf(...FAIL_ON_HIGH);
    await expect(runGate({ policy, source: { kind: "nope" } as never })).rejects.toThrow(
      "Invalid source kind 'nope': expected one of run, template, latest, inspector2, file.",
    );
    await expect(runGate({ policy, source: { kind: "run", runArn: "nope" } })).rejects.toThrow(
      "Invalid run ARN 'nope': expected an ARN (arn:aws:inspector:…).",
    );
    await expect(runGate({ policy, source: { kind: "file", files: [] } })).rejects.toBeInstanceOf(
      ConfigError,
    );
    await expect(
      runGate({ policy, timeoutMs: -1, source: { kind: "file", files: ["f.json"] } }),
    ).rejects.toThrow("Invalid timeout '-1': expected a positive number.");
  });

  it("DeadlineExceeded is what the deadline aborts with", () => {
    expect(new DeadlineExceeded("x").message).toBe("deadline passed while x");
  });
});
