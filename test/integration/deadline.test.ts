/**
 * The deadline cancels what is in flight: a call that hangs past it (slow answers from the emulator over
 * HTTP) or the SDK's own retry back-off cannot keep the gate beyond it. Time here is real time plus a
 * virtual offset, as in the fault campaign: the gate's sleeps move the clock at once, while HTTP round
 * trips and the emulator's injected latency take real time, so a hanging call is seen hanging.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  DescribeAssessmentRunsCommand,
  InspectorClient,
  ListAssessmentTemplatesCommand,
  StartAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import { afterEach, describe, expect, it } from "vitest";
import { GateAborted } from "../../src/core/abort.js";
import { DeadlineExceeded } from "../../src/core/deadline.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type GateOptions, type ProgressEvent, runGate } from "../../src/gate.js";
import { type GateResult, runOf } from "../../src/result.js";
import { InspectorApi } from "../../src/sources/classic/api.js";
import { createInspectorClient } from "../../src/sources/classic/client.js";
import { HybridClock } from "../helpers/hybrid-clock.js";
import { POLICIES, policy } from "./harness.js";

const CREDENTIALS = { accessKeyId: "AKIDDEADLINE", secretAccessKey: "deadline" };
/** Far longer than the deadline: a gate that waits for it has not been cancelled. */
const HANG_MS = 13_000;
const TIMEOUT_MS = 2_000;
/** The bound: the gate ends within its timeout + 10 s. */
const GRACE_MS = 10_000;

let emulator: Emulator | undefined;
const clients: InspectorClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await emulator?.stop();
  emulator = undefined;
});

async function setUp(clock: HybridClock): Promise<{ emulator: Emulator; client: InspectorClient }> {
  emulator = await startEmulator({ seed: "deadline", findings: 50, clock });
  const client = createInspectorClient({
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: CREDENTIALS,
  });
  clients.push(client);
  return { emulator, client };
}

async function timed(
  clock: HybridClock,
  options: GateOptions,
  client: InspectorClient,
  progress?: (event: ProgressEvent) => void,
): Promise<{ result: GateResult; elapsed: number }> {
  const t0 = clock.now();
  const result = await runGate(options, {
    clients: { inspector: client },
    clock,
    ...(progress ? { progress } : {}),
  });
  return { result, elapsed: clock.now() - t0 };
}

describe("the deadline cancels calls in flight", () => {
  it("a DescribeFindings that hangs past the deadline is cancelled: TIMEOUT, not a late verdict", async () => {
    const clock = new HybridClock();
    const { emulator: em, client } = await setUp(clock);
    const run = await client.send(
      new StartAssessmentRunCommand({
        assessmentTemplateArn: em.seeded.templateArn,
        assessmentRunName: "done",
      }),
    );
    clock.advance(3600_000); // long completed
    em.faults({ latencyMs: { DescribeFindings: HANG_MS } });
    const { result, elapsed } = await timed(
      clock,
      {
        policy: await policy(POLICIES.everything),
        source: { kind: "run", runArn: run.assessmentRunArn as string },
        timeoutMs: TIMEOUT_MS,
      },
      client,
    );
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toMatch(
      /^timed out after 2s while fetching findings \(0 of 50 findings described\)/,
    );
    expect(result.evaluation).toBeUndefined();
    // Ended without waiting for the slow answers.
    expect(elapsed).toBeLessThan(HANG_MS);
    expect(elapsed).toBeLessThanOrEqual(TIMEOUT_MS + GRACE_MS);
    expect(result.apiCalls.DescribeFindings).toBeGreaterThan(0);
  }, 30_000);

  it("a poll that hangs past the deadline is cancelled, and the run the gate started is stopped", async () => {
    const clock = new HybridClock();
    const { emulator: em, client } = await setUp(clock);
    em.setOutcome("*", "NEVER");
    em.faults({ latencyMs: { DescribeAssessmentRuns: HANG_MS } });
    const { result, elapsed } = await timed(
      clock,
      {
        policy: await policy(POLICIES.severityOnly),
        source: { kind: "template", templateArn: em.seeded.templateArn, runName: "hangs" },
        timeoutMs: TIMEOUT_MS,
      },
      client,
    );
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toMatch(
      /^timed out after 2s while waiting for the assessment run; stopped run 'hangs'/,
    );
    expect(result.apiCalls.StopAssessmentRun).toBe(1);
    expect(elapsed).toBeLessThan(HANG_MS);
    expect(elapsed).toBeLessThanOrEqual(TIMEOUT_MS + GRACE_MS);
    em.faults({ latencyMs: {} });
    const after = await client.send(
      new DescribeAssessmentRunsCommand({ assessmentRunArns: [runOf(result)?.arn as string] }),
    );
    expect(after.assessmentRuns?.[0]?.state).toBe("CANCELED");
  }, 30_000);

  it("leaves the run it started with on-timeout: leave", async () => {
    const clock = new HybridClock();
    const { emulator: em, client } = await setUp(clock);
    em.setOutcome("*", "NEVER");
    em.faults({ latencyMs: { DescribeAssessmentRuns: HANG_MS } });
    const { result, elapsed } = await timed(
      clock,
      {
        policy: await policy(POLICIES.severityOnly),
        source: { kind: "template", templateArn: em.seeded.templateArn, runName: "left" },
        timeoutMs: TIMEOUT_MS,
        onTimeout: "leave",
      },
      client,
    );
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toContain("is left running (on-timeout: leave)");
    expect(result.apiCalls.StopAssessmentRun).toBeUndefined();
    expect(elapsed).toBeLessThan(HANG_MS);
  }, 30_000);

  it("the SDK's retry back-off does not outlast the deadline", async () => {
    const clock = new HybridClock();
    const { emulator: em } = await setUp(clock);
    // Every retry waits 30 s before its next attempt (twice at most); no abort signal reaches that wait.
    const BACKOFF_MS = 30_000;
    const slowRetries = new InspectorClient({
      endpoint: em.endpoint,
      region: "us-west-2",
      credentials: CREDENTIALS,
      retryStrategy: {
        acquireInitialRetryToken: async () => ({ getRetryCount: () => 0, getRetryDelay: () => 0 }),
        refreshRetryTokenForRetry: async (token, info) => {
          if (token.getRetryCount() >= 2) throw info.error;
          return { getRetryCount: () => token.getRetryCount() + 1, getRetryDelay: () => BACKOFF_MS };
        },
        recordSuccess: () => {},
      },
    });
    clients.push(slowRetries);
    const run = await slowRetries.send(
      new StartAssessmentRunCommand({
        assessmentTemplateArn: em.seeded.templateArn,
        assessmentRunName: "done",
      }),
    );
    clock.advance(3600_000);
    em.faults({ internalErrors: { rate: 1, operations: ["DescribeFindings"] } });
    const { result, elapsed } = await timed(
      clock,
      {
        policy: await policy(POLICIES.everything),
        source: { kind: "run", runArn: run.assessmentRunArn as string },
        timeoutMs: TIMEOUT_MS,
      },
      slowRetries,
    );
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toMatch(/^timed out after 2s while fetching findings/);
    expect(elapsed).toBeLessThan(BACKOFF_MS);
    expect(elapsed).toBeLessThanOrEqual(TIMEOUT_MS + GRACE_MS);
  }, 30_000);

  it("an abort from the caller is still an interruption, not a timeout", async () => {
    const clock = new HybridClock();
    const { emulator: em, client } = await setUp(clock);
    const run = await client.send(
      new StartAssessmentRunCommand({
        assessmentTemplateArn: em.seeded.templateArn,
        assessmentRunName: "done",
      }),
    );
    clock.advance(3600_000);
    em.faults({ latencyMs: { DescribeFindings: HANG_MS } });
    const controller = new AbortController();
    const pending = timed(
      clock,
      {
        policy: await policy(POLICIES.everything),
        source: { kind: "run", runArn: run.assessmentRunArn as string },
        timeoutMs: 60 * 60_000,
        signal: controller.signal,
      },
      client,
      // Interrupted once the findings are being fetched (the describes hang).
      (event) => {
        if (event.type === "fetch") controller.abort(new Error("received SIGTERM"));
      },
    );
    const { result, elapsed } = await pending;
    expect(result.error?.code).toBe("INTERRUPTED");
    expect(result.error?.message).toMatch(/^interrupted \(received SIGTERM\) while fetching findings/);
    expect(elapsed).toBeLessThan(HANG_MS);
  }, 30_000);
});

describe("the SDK aborts the HTTP request", () => {
  it("closes the connection of a call in flight when its signal aborts", async () => {
    // A server that reads requests and never answers them.
    const closed: Promise<void>[] = [];
    let arrived!: () => void;
    const first = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const server = createServer((req) => {
      closed.push(new Promise<void>((resolve) => req.socket.once("close", () => resolve())));
      arrived();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const client = createInspectorClient({
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-west-2",
      credentials: CREDENTIALS,
      maxAttempts: 1,
    });
    clients.push(client);
    try {
      const controller = new AbortController();
      const api = new InspectorApi(client, controller.signal);
      const call = api.call("ListAssessmentTemplates", (o) =>
        client.send(new ListAssessmentTemplatesCommand({}), o),
      );
      await first;
      controller.abort(new DeadlineExceeded("testing"));
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GateAborted);
      expect((error as GateAborted).reason).toBeInstanceOf(DeadlineExceeded);
      // The request's connection is closed from the client side: the request is really cancelled.
      expect(closed.length).toBe(1);
      await closed[0];
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
