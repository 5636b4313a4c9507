/** Fetching findings through the emulator's faults: pagination, throttling, 500s, failedItems, counts. */
import { afterEach, describe, expect, it } from "vitest";
import { emptySeverityCounts, isSeverity } from "../../src/model.js";
import { type CoverageInfo, type GateResult, runOf } from "../../src/result.js";
import { type Harness, harness, POLICIES, policy } from "./harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The run's findings as the emulator holds them, counted per severity. */
function truth(result: GateResult) {
  const findings = h!.emulator.findingsOf(runOf(result)!.arn);
  const counts = emptySeverityCounts();
  for (const f of findings) counts[isSeverity(f.severity) ? f.severity : "Undefined"]++;
  return { total: findings.length, counts };
}

/** The gate's per-operation counts must be the emulator's: every attempt, retries included. */
function expectCallsMatchServer(result: GateResult) {
  expect(result.apiCalls).toEqual(h!.serverCalls());
}

describe("pagination and completeness", () => {
  it("lists with maxResults 500 at 100 a page and describes in full batches of 10", async () => {
    h = await harness({ findings: 1234 });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(result.findings).toEqual({ total: 1234, evaluated: 1234 });
    expect(result.counts).toEqual(truth(result).counts);
    expect(result.apiCalls.ListFindings).toBe(Math.ceil(1234 / 100));
    expect(result.apiCalls.DescribeFindings).toBe(Math.ceil(1234 / 10));
    expect(h.listFindingsInputs.length).toBe(13);
    for (const input of h.listFindingsInputs) expect(input.maxResults).toBe(500);
    expect(h.listFindingsInputs[0]?.filter).toBeUndefined();
    expectCallsMatchServer(result);
  });

  it("filters server-side when the policy allows it, and checks the filtered count", async () => {
    h = await harness({ findings: 500 });
    const result = await h.gate({ policy: await policy(POLICIES.highOnly) });
    const t = truth(result);
    expect(result.error).toBeUndefined();
    expect(h.listFindingsInputs[0]?.filter).toEqual({ severities: ["High"] });
    expect(result.findings).toEqual({ total: 500, evaluated: t.counts.High });
    // Raw counts come from findingCounts when the filter skipped findings.
    expect(result.counts).toEqual(t.counts);
    expect(result.apiCalls.DescribeFindings).toBe(Math.ceil(t.counts.High / 10));
    expect(result.verdict).toBe(t.counts.High > 0 ? "fail" : "pass");
  });

  it("refuses when the listed findings disagree with findingCounts, after one re-check", async () => {
    h = await harness({ findings: 200, faults: { findingCountsSkew: 1 } });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("FINDINGS_COUNT_MISMATCH");
    expect(result.error?.message).toContain(
      "ListFindings returned 200 findings but the run's findingCounts add up to 201",
    );
    expect(result.evaluation).toBeUndefined();
    // The re-check read the run once more after the listing.
    const describes = result.apiCalls.DescribeAssessmentRuns ?? 0;
    expect(describes).toBeGreaterThanOrEqual(2);
  });
});

describe("severity-only policies", () => {
  it("a failing run is decided from findingCounts alone: no ListFindings, no DescribeFindings", async () => {
    h = await harness({ findings: 300 });
    const result = await h.gate({ policy: await policy(POLICIES.severityOnly) });
    const t = truth(result);
    expect(t.counts.High).toBeGreaterThan(0);
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(result.exitCode).toBe(1);
    expect(result.apiCalls.ListFindings).toBeUndefined();
    expect(result.apiCalls.DescribeFindings).toBeUndefined();
    expect(h.serverCalls().ListFindings).toBeUndefined();
    expect(h.serverCalls().DescribeFindings).toBeUndefined();
    expect(result.counts).toEqual(t.counts);
    expect(result.findings.total).toBe(300);
  });

  it("a pass on fail-on: High is checked with one ListFindings of maxResults 1, and no DescribeFindings", async () => {
    h = await harness({ findings: 1 });
    const result = await h.gate({ policy: await policy(POLICIES.severityOnly) });
    const t = truth(result);
    expect(t.counts.High).toBe(0);
    expect(t.total).toBe(1);
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(result.apiCalls.ListFindings).toBe(1);
    expect(result.apiCalls.DescribeFindings).toBeUndefined();
    expect(h.serverCalls().ListFindings).toBe(1);
    expect(h.serverCalls().DescribeFindings).toBeUndefined();
    expect(h.listFindingsInputs).toEqual([
      expect.objectContaining({ filter: { severities: ["High"] }, maxResults: 1 }),
    ]);
  });

  it("a pass is checked with one ListFindings per limited severity, sized to its limit", async () => {
    h = await harness({ findings: 120 });
    const first = await h.gate({ policy: await policy(POLICIES.severityOnly) });
    const t = truth(first);
    // Limits equal to the counts: a pass, each severity's findings on one page (at most 100 a page).
    expect(t.counts.High + 1).toBeLessThanOrEqual(100);
    expect(t.counts.Medium + 1).toBeLessThanOrEqual(100);
    h.emulator.resetStats();
    h.listFindingsInputs.length = 0;
    const result = await h.gate({
      policy: await policy(
        `version: 1\nseverity:\n  max:\n    High: ${t.counts.High}\n    Medium: ${t.counts.Medium}\n`,
      ),
    });
    expect(runOf(result)?.arn).toBe(runOf(first)?.arn);
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(result.apiCalls.ListFindings).toBe(2);
    expect(result.apiCalls.DescribeFindings).toBeUndefined();
    expect(h.serverCalls().ListFindings).toBe(2);
    expect(h.listFindingsInputs).toEqual([
      expect.objectContaining({ filter: { severities: ["High"] }, maxResults: t.counts.High + 1 }),
      expect.objectContaining({ filter: { severities: ["Medium"] }, maxResults: t.counts.Medium + 1 }),
    ]);
  });

  it("findingCounts that under-report are an error, never a pass", async () => {
    h = await harness({ findings: 120, faults: { findingCountsSkew: -1000 } });
    const result = await h.gate({ policy: await policy(POLICIES.severityOnly) });
    const t = truth(result);
    expect(t.counts.High).toBeGreaterThan(0); // the truth is fail
    expect(runOf(result)?.findingCounts?.High).toBe(0);
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("FINDINGS_COUNT_MISMATCH");
    expect(result.error?.message).toBe(
      "the run's findingCounts report 0 High findings but ListFindings lists at least 1 High finding; " +
        "more than the limit of 0: the counts under-report, and the run must not pass on them",
    );
    expect(result.evaluation).toBeUndefined();
    expect(result.apiCalls.ListFindings).toBe(1);
    expect(result.apiCalls.DescribeFindings).toBeUndefined();
  });

  it("lists only until a non-zero limit is passed", async () => {
    h = await harness({ findings: 120, faults: { findingCountsSkew: -10 } });
    const first = await h.gate({ policy: await policy(POLICIES.severityOnly) });
    const high = truth(first).counts.High;
    expect(high).toBeGreaterThan(10);
    h.emulator.resetStats();
    h.listFindingsInputs.length = 0;
    // Reported high - 10, limit high - 5: a pass on the counts, yet the run holds more than the limit.
    const result = await h.gate({
      policy: await policy(`version: 1\nseverity:\n  max:\n    High: ${high - 5}\n`),
    });
    expect(result.error?.code).toBe("FINDINGS_COUNT_MISMATCH");
    expect(result.error?.message).toContain(
      `report ${high - 10} High findings but ListFindings lists at least ${high - 4} High findings`,
    );
    expect(result.apiCalls.ListFindings).toBe(1);
    expect(h.listFindingsInputs).toEqual([
      expect.objectContaining({ filter: { severities: ["High"] }, maxResults: high - 4 }),
    ]);
  });

  it("a full listing that differs from the count is an error too", async () => {
    h = await harness({ findings: 120, faults: { findingCountsSkew: 1 } });
    const result = await h.gate({
      policy: await policy("version: 1\nseverity:\n  max:\n    High: 1000\n"),
    });
    const high = truth(result).counts.High;
    expect(result.error?.code).toBe("FINDINGS_COUNT_MISMATCH");
    expect(result.error?.message).toBe(
      `the run's findingCounts report ${high + 1} High findings but ListFindings lists ${high} High findings; ` +
        "refusing to decide on counts that disagree with the findings",
    );
    expect(result.apiCalls.ListFindings).toBe(1);
    expect(result.apiCalls.DescribeFindings).toBeUndefined();
  });
});

describe("faults", () => {
  it("gets through a throttling storm with the SDK's adaptive retries", async () => {
    h = await harness({
      findings: 400,
      faults: {
        rateLimit: { requestsPerSecond: 30, burst: 3, operations: ["DescribeFindings", "ListFindings"] },
      },
      maxAttempts: 10,
    });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.error).toBeUndefined();
    expect(result.findings.evaluated).toBe(400);
    expect(result.counts).toEqual(truth(result).counts);
    expect(h.emulator.stats()["fault.throttled"] ?? 0).toBeGreaterThan(0);
    expect(result.apiCalls.DescribeFindings).toBeGreaterThan(40);
    expectCallsMatchServer(result);
  });

  it("gets through a storm of 500s", async () => {
    h = await harness({ findings: 400, faults: { internalErrors: { rate: 0.25 } }, maxAttempts: 10 });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.error).toBeUndefined();
    expect(result.findings.evaluated).toBe(400);
    expect(result.counts).toEqual(truth(result).counts);
    expect(h.emulator.stats()["fault.internalErrors"] ?? 0).toBeGreaterThan(0);
    expectCallsMatchServer(result);
  });

  it("is an error, not a pass, when 500s outlast the retries", async () => {
    h = await harness({
      findings: 100,
      faults: { internalErrors: { rate: 1, operations: ["DescribeFindings"] } },
      maxAttempts: 2,
    });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.message).toMatch(/DescribeFindings failed: InternalException/);
  });

  it("describes retryable failedItems again and ends with complete data", async () => {
    h = await harness({ findings: 300, faults: { failedItems: { rate: 0.2, mode: "retryable-once" } } });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.error).toBeUndefined();
    expect(result.findings).toEqual({ total: 300, evaluated: 300 });
    expect(result.counts).toEqual(truth(result).counts);
    // Some batches came back with failed items and were described again.
    expect(result.apiCalls.DescribeFindings).toBeGreaterThan(30);
  });

  it("is an error when a failedItem is not retryable", async () => {
    h = await harness({ findings: 300, faults: { failedItems: { rate: 0.05, mode: "permanent" } } });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.verdict).toBe("error");
    expect(result.error?.code).toBe("FINDINGS_INCOMPLETE");
    expect(result.error?.message).toContain("(not retryable); refusing to decide on incomplete data");
  });

  it("gets through dropped connections", async () => {
    h = await harness({ findings: 200, faults: { dropConnections: { rate: 0.1 } }, maxAttempts: 10 });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.error).toBeUndefined();
    expect(result.findings.evaluated).toBe(200);
    expect(result.counts).toEqual(truth(result).counts);
    expect(h.emulator.stats()["fault.dropped"] ?? 0).toBeGreaterThan(0);
  });
});

describe("coverage", () => {
  it("a run whose agents were all unhealthy is an error, never a pass, and evaluates nothing", async () => {
    h = await harness({ agents: 3, unhealthyAgents: 3 });
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("COVERAGE_INSUFFICIENT");
    expect(result.coverage).toMatchObject({
      agents: 3,
      healthy: 0,
      unhealthy: 3,
      reporting: 0,
      minAgents: 1,
    });
    // The evidence is read alongside the first page of findings (not before it): the findings are
    // stopped once it fails, and none of them reaches an evaluation.
    expect(result.evaluation).toBeUndefined();
    expect(result.findings.evaluated).toBe(0);
  });

  it("warns about some unhealthy agents under the default setting", async () => {
    h = await harness({ agents: 4, unhealthyAgents: 1 });
    const result = await h.gate({ policy: await policy(POLICIES.severityOnly) });
    expect(result.error).toBeUndefined();
    expect(result.coverage).toMatchObject({ agents: 4, healthy: 3, unhealthy: 1, reporting: 3 });
    expect(result.warnings.some((w) => w.startsWith("1 of 4 agents was unhealthy"))).toBe(true);
    expect(
      Object.keys((result.coverage as CoverageInfo | undefined)?.telemetryMessages ?? {}).length,
    ).toBeGreaterThan(0);
  });

  it("fails on unhealthy agents with unhealthy-agents: fail, and checks min-agents", async () => {
    h = await harness({ agents: 4, unhealthyAgents: 1 });
    const strict = await h.gate({
      policy: await policy(`${POLICIES.severityOnly}coverage:\n  unhealthy-agents: fail\n`),
    });
    expect(strict.error?.code).toBe("COVERAGE_UNHEALTHY_AGENTS");
    const many = await h.gate({
      policy: await policy(`${POLICIES.severityOnly}coverage:\n  min-agents: 4\n`),
    });
    expect(many.error?.code).toBe("COVERAGE_INSUFFICIENT");
    expect(many.error?.message).toContain("only 3 of 4 agents");
  });
});
