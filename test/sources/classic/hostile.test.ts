/**
 * The Classic source against a server that lies: every lie ends in an error (exit 3), never a pass, and
 * within the deadline plus the documented grace. The server is the hostile double, spoken to over HTTP
 * on loopback by the real SDK client.
 */
import type { InspectorClient } from "@aws-sdk/client-inspector";
import { afterEach, describe, expect, it } from "vitest";
import { type GateOptions, GIVE_UP_BUDGET_MS, runGate } from "../../../src/gate.js";
import type { Policy } from "../../../src/policy/types.js";
import type { GateResult } from "../../../src/result.js";
import {
  type HostileInspector,
  type HostileOptions,
  READ_ALL,
  startHostileInspector,
  type Wire,
} from "../../helpers/hostile-inspector.js";
import { VirtualClock } from "../../helpers/virtual-clock.js";
import { policy } from "../../integration/harness.js";

const CVE_PACKAGE = "arn:aws:inspector:us-east-1:316112463485:rulespackage/0-gEjTy7T7";

/** `n` findings in the wire shape DescribeFindings answers with. */
function wireFindings(n: number, severity = "Low"): Wire[] {
  return Array.from({ length: n }, (_, i) => ({
    arn: `arn:aws:inspector:us-east-1:123456789012:target/0-x/template/0-y/run/0-z/finding/0-${String(i).padStart(8, "0")}`,
    schemaVersion: 1,
    service: "Inspector",
    serviceAttributes: { schemaVersion: 1, rulesPackageArn: CVE_PACKAGE },
    assetType: "ec2-instance",
    assetAttributes: { schemaVersion: 1, agentId: `i-${i}` },
    id: `CVE-2024-${1000 + i}`,
    title: `Instance i-${i} is vulnerable to CVE-2024-${1000 + i}`,
    description: "d",
    recommendation: "r",
    severity,
    numericSeverity: severity === "High" ? 9 : 3,
    confidence: 10,
    indicatorOfCompromise: false,
    attributes: [{ key: "INSTANCE_ID", value: `i-${i}` }],
    userAttributes: [],
    createdAt: 1_767_225_600,
    updatedAt: 1_767_225_600,
  }));
}

const servers: HostileInspector[] = [];
const clients: InspectorClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.close();
});

async function serve(options: HostileOptions): Promise<HostileInspector> {
  const server = await startHostileInspector(options);
  servers.push(server);
  return server;
}

type Source = "run" | "template" | "latest";

async function gate(
  server: HostileInspector,
  o: {
    source?: Source;
    policyText?: string;
    maxAttempts?: number;
    clock?: VirtualClock;
  } & Omit<Partial<GateOptions>, "source"> = {},
): Promise<GateResult> {
  const { source = "run", policyText = READ_ALL, maxAttempts = 1, clock = new VirtualClock(), ...rest } = o;
  const client = server.client(maxAttempts);
  clients.push(client);
  const p: Policy = await policy(policyText);
  const spec =
    source === "run"
      ? { kind: "run" as const, runArn: server.runArn }
      : source === "template"
        ? { kind: "template" as const, templateArn: server.templateArn, runName: "hostile-run" }
        : { kind: "latest" as const, templateArn: server.templateArn };
  return runGate(
    { policy: p, source: spec, pollIntervalMs: 10_000, ...rest },
    { clients: { inspector: client }, clock, random: () => 0.5 },
  );
}

function expectError(result: GateResult, code: string | RegExp): void {
  expect(result.verdict).toBe("error");
  expect(result.exitCode).toBe(3);
  if (typeof code === "string") expect(result.error?.code).toBe(code);
  else expect(result.error?.code).toMatch(code);
}

describe("a listing that lies (issue item 1)", () => {
  it("is believed when it tells the truth (the double's honest baseline)", async () => {
    const s = await serve({
      findings: [
        ...wireFindings(149),
        ...wireFindings(1, "High").map((f) => ({ ...f, arn: "x/finding/0-high0001" })),
      ],
      existing: true,
    });
    const result = await gate(s);
    expect(result.verdict).toBe("fail");
    expect(result.findings.evaluated).toBe(150);
    expect(s.calls.ListFindings).toBe(2);
  });

  it("a finding ARN repeated on a later page (a Low standing in for a High) is an error", async () => {
    const s = await serve({ findings: wireFindings(150), existing: true, lies: { repeatArnOnPage: 2 } });
    expectError(await gate(s), "FINDINGS_DUPLICATE");
  });

  it("another run's finding ARN in the listing is an error", async () => {
    const foreignArn =
      "arn:aws:inspector:us-east-1:123456789012:target/0-hstlTrgt/template/0-hstlTmpl/run/0-otherRun/finding/0-aaaaaaaa";
    const s = await serve({ findings: wireFindings(20), existing: true, lies: { foreignArn } });
    expectError(await gate(s), "FINDINGS_FOREIGN");
  });

  it("a described finding claiming another run is an error", async () => {
    const describedRunArn =
      "arn:aws:inspector:us-east-1:123456789012:target/0-hstlTrgt/template/0-hstlTmpl/run/0-otherRun";
    const s = await serve({ findings: wireFindings(20), existing: true, lies: { describedRunArn } });
    expectError(await gate(s), "FINDINGS_FOREIGN");
  });

  it("a page without its required findingArns is an error, not an empty page", async () => {
    const s = await serve({
      findings: wireFindings(150),
      existing: true,
      lies: { dropFindingArnsOnPage: 2 },
    });
    expectError(await gate(s), /^(FINDINGS_LISTING_INVALID|INSPECTOR_RESPONSE_INVALID)$/);
  });

  it("findings described without a failed item, or one not asked for, are an error", async () => {
    const dropped = await serve({
      findings: wireFindings(20),
      existing: true,
      lies: { dropDescribed: true },
    });
    expectError(await gate(dropped), /^FINDINGS_(INCOMPLETE|COUNT_MISMATCH)$/);
    const extra = await serve({ findings: wireFindings(20), existing: true, lies: { extraFinding: true } });
    expectError(await gate(extra), /^FINDINGS_(FOREIGN|INCONSISTENT|DUPLICATE)$/);
  });

  it("counts that match in total but disagree per severity (High 1, the findings all Low) are an error", async () => {
    const findingCounts = { High: 1, Medium: 0, Low: 19, Informational: 0, Undefined: 0 };
    const s = await serve({ findings: wireFindings(20), existing: true, lies: { findingCounts } });
    const result = await gate(s);
    expect(result.verdict).not.toBe("pass");
    expectError(result, /^FINDINGS_(COUNT_MISMATCH|INCONSISTENT)$/);
  });

  it("counts with a key outside the severity enum, or a negative count, are refused", async () => {
    for (const findingCounts of [
      { High: 0, Medium: 0, Low: 20, Informational: 0, Undefined: 0, Critical: 1 },
      { High: -1, Medium: 0, Low: 21, Informational: 0, Undefined: 0 },
    ]) {
      const s = await serve({ findings: wireFindings(20), existing: true, lies: { findingCounts } });
      expectError(
        await gate(s, { policyText: "version: 1\nname: counts\nseverity:\n  fail-on: High\n" }),
        "FINDING_COUNTS_INVALID",
      );
    }
  });

  it("a run no longer COMPLETED when its disagreeing counts are checked again is an error", async () => {
    // Counts one short: the gate re-reads the run. Told the truth about the state, it refuses the counts.
    const findingCounts = { High: 0, Medium: 0, Low: 19, Informational: 0, Undefined: 0 };
    const short = await serve({ findings: wireFindings(20), existing: true, lies: { findingCounts } });
    expectError(await gate(short), "FINDINGS_COUNT_MISMATCH");
    const reads = short.calls.DescribeAssessmentRuns ?? 0;
    expect(reads).toBeGreaterThanOrEqual(2);
    // The same, with the run FAILED by the time of the re-read: that state is refused, its counts not trusted.
    const states = [...Array.from({ length: reads - 1 }, () => "COMPLETED"), "FAILED"];
    const changed = await serve({
      findings: wireFindings(20),
      existing: true,
      lies: { findingCounts, states },
    });
    expectError(await gate(changed), "RUN_STATE_CHANGED");
  });
});

describe("severities outside the enum (issue item 2)", () => {
  for (const severity of ["high", "Critical", "absent", 7]) {
    it(`a finding with severity ${JSON.stringify(severity)} is a data error, never a lower severity`, async () => {
      const findingCounts = { High: 20, Medium: 0, Low: 0, Informational: 0, Undefined: 0 };
      const s = await serve({
        findings: wireFindings(20, "High"),
        existing: true,
        lies: { severity, findingCounts },
      });
      expectError(await gate(s), /^(FINDINGS_MALFORMED|INSPECTOR_RESPONSE_INVALID)$/);
    });
  }
});

describe("a run of another template (issue item 3)", () => {
  const other = "arn:aws:inspector:us-east-1:123456789012:target/0-hstlTrgt/template/0-otherTpl";

  it("is refused when found by name (reuse)", async () => {
    const s = await serve({ findings: wireFindings(5), existing: true, lies: { runTemplateArn: other } });
    expectError(await gate(s, { source: "template" }), /^RUN_(TEMPLATE_MISMATCH|NOT_ASKED_FOR)$/);
  });

  it("is refused when found as the latest", async () => {
    const s = await serve({ findings: wireFindings(5), existing: true, lies: { runTemplateArn: other } });
    expectError(await gate(s, { source: "latest" }), /^RUN_(TEMPLATE_MISMATCH|NOT_ASKED_FOR)$/);
  });

  it("is refused when StartAssessmentRun returns it", async () => {
    const s = await serve({ findings: wireFindings(5), lies: { runTemplateArn: other } });
    expectError(await gate(s, { source: "template" }), /^RUN_(TEMPLATE_MISMATCH|NOT_ASKED_FOR)$/);
    expect(s.calls.StartAssessmentRun).toBe(1);
  });

  it("is refused when StartAssessmentRun returns another run's ARN", async () => {
    const startedRunArn = `${other}/run/0-otherRun`;
    const s = await serve({ findings: wireFindings(5), lies: { startedRunArn } });
    expectError(await gate(s, { source: "template" }), /^RUN_(TEMPLATE_MISMATCH|NOT_ASKED_FOR)$/);
  });
});

describe("endless or wasteful loops (issue item 4)", () => {
  it("a page token that repeats ends the listing at once with exit 3", async () => {
    const s = await serve({ findings: wireFindings(150), existing: true, lies: { sameToken: "again" } });
    expectError(await gate(s), "PAGINATION_LOOP");
    expect(s.calls.ListFindings).toBeLessThanOrEqual(3);
  });

  it("a page token that comes back after another (A, B, A) ends the listing too", async () => {
    const s = await serve({ findings: wireFindings(150), existing: true, lies: { tokenCycle: true } });
    const result = await gate(s);
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(s.calls.ListFindings).toBeLessThanOrEqual(4);
  });

  it("a run state the gate does not know is an error, not something to wait for", async () => {
    const s = await serve({
      findings: wireFindings(5),
      existing: true,
      lies: { states: ["PAUSED_FOR_MAINTENANCE"] },
    });
    const result = await gate(s);
    expectError(result, "RUN_STATE_UNKNOWN");
    expect(s.calls.DescribeAssessmentRuns).toBeLessThanOrEqual(2);
  });

  it("a proxy's HTML 502 page is retried by the SDK, and the gate reads the truth", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const s = await serve({
      findings: wireFindings(5, "High"),
      existing: true,
      lies: {
        raw: {
          ListFindings: { status: 502, body: html, times: 1 },
          DescribeFindings: { status: 503, body: html, times: 1 },
        },
      },
    });
    const result = await gate(s, { maxAttempts: 3 });
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(s.calls.ListFindings).toBe(2);
    expect(s.calls.DescribeFindings).toBe(2);
  });

  it("an HTML or error-shaped body with status 200 is an error, never an empty answer", async () => {
    for (const body of ["<html><body>Login required</body></html>", JSON.stringify({ message: "oops" })]) {
      const s = await serve({
        findings: wireFindings(5, "High"),
        existing: true,
        lies: { raw: { ListFindings: { status: 200, body } } },
      });
      const result = await gate(s, { maxAttempts: 2 });
      expect(result.verdict).toBe("error");
      expect(result.exitCode).toBe(3);
    }
  });

  it("a 5xx that never stops is an error once the SDK's attempts are spent", async () => {
    const s = await serve({
      findings: wireFindings(5),
      existing: true,
      lies: { raw: { ListFindings: { status: 502, body: "<html>Bad Gateway</html>" } } },
    });
    const result = await gate(s, { maxAttempts: 2 });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(s.calls.ListFindings).toBe(2);
  });
});

describe("the stop budget (issue item 5)", () => {
  it("a StopAssessmentRun that hangs after a timeout ends within the timeout plus the documented grace", async () => {
    const timeoutMs = 1_500;
    const s = await serve({
      findings: wireFindings(5),
      lies: { states: ["COLLECTING_DATA"], hangStop: true },
    });
    const client = s.client(1);
    clients.push(client);
    const t0 = Date.now();
    const result = await runGate(
      {
        policy: await policy(READ_ALL),
        source: { kind: "template", templateArn: s.templateArn, runName: "hostile-run" },
        timeoutMs,
        pollIntervalMs: 200,
        onTimeout: "stop",
      },
      { clients: { inspector: client }, random: () => 0.5 },
    );
    const elapsed = Date.now() - t0;
    expectError(result, "TIMEOUT");
    expect(s.calls.StopAssessmentRun).toBeGreaterThanOrEqual(1);
    // The documented bound: the deadline plus the grace (one second of slack for a loaded machine).
    expect(elapsed).toBeLessThanOrEqual(timeoutMs + GIVE_UP_BUDGET_MS + 1_000);
  });
});
