/**
 * Faults, set at start, by `faults()` and over the control endpoint: latency, dropped connections,
 * failedItems (retryable once or permanent), findingCounts that disagree with the findings, scoping
 * to operations, and the counters under /_emulator/stats.
 */
import {
  DescribeAssessmentRunsCommand,
  DescribeFindingsCommand,
  ListFindingsCommand,
  ListRulesPackagesCommand,
} from "@aws-sdk/client-inspector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_FAULTS } from "../../src/emulator/faults.js";
import { startEmulator } from "../../src/emulator/index.js";
import { ConfigError } from "../../src/errors.js";
import { runToEnd, startTestEmulator, type TestEmulator } from "../helpers/emulator.js";
import { inspectorClient } from "../helpers/inspector-client.js";

let t: TestEmulator;
let runArn: string;
let arns: string[];

beforeAll(async () => {
  t = await startTestEmulator({ findings: 60, seed: "faults" }, { maxAttempts: 1 });
  runArn = await runToEnd(t);
  arns = t.emulator.findingsOf(runArn).map((f) => f.arn!);
});

afterAll(async () => {
  await t.stop();
});

async function control(
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${t.emulator.endpoint}/_emulator/${path}`, {
    method: body === undefined ? "GET" : "POST",
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("failedItems", () => {
  it("retryable-once: some ARNs fail with a retryable INTERNAL_ERROR, then succeed when asked again", async () => {
    t.emulator.faults({ failedItems: { rate: 0.5, mode: "retryable-once" } });
    try {
      const batch = arns.slice(0, 10);
      const first = await t.client.send(new DescribeFindingsCommand({ findingArns: batch }));
      const failed = Object.keys(first.failedItems ?? {});
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.length).toBeLessThan(10);
      expect(
        Object.values(first.failedItems ?? {}).every(
          (f) => f.failureCode === "INTERNAL_ERROR" && f.retryable,
        ),
      ).toBe(true);
      expect((first.findings?.length ?? 0) + failed.length).toBe(10);
      const retry = await t.client.send(new DescribeFindingsCommand({ findingArns: failed }));
      expect(retry.failedItems).toEqual({});
      expect(retry.findings?.map((f) => f.arn).sort()).toEqual([...failed].sort());
    } finally {
      t.emulator.faults({ failedItems: null });
    }
  });

  it("permanent: the same ARNs always fail, not retryable", async () => {
    t.emulator.faults({ failedItems: { rate: 0.3, mode: "permanent" } });
    try {
      const batch = arns.slice(10, 20);
      const first = await t.client.send(new DescribeFindingsCommand({ findingArns: batch }));
      const again = await t.client.send(new DescribeFindingsCommand({ findingArns: batch }));
      expect(Object.keys(first.failedItems ?? {}).length).toBeGreaterThan(0);
      expect(again.failedItems).toEqual(first.failedItems);
      expect(
        Object.values(again.failedItems ?? {}).every(
          (f) => f.failureCode === "INTERNAL_ERROR" && !f.retryable,
        ),
      ).toBe(true);
    } finally {
      t.emulator.faults({ failedItems: null });
    }
  });
});

describe("findingCounts skew", () => {
  it("makes the run's counts disagree with the findings it lists", async () => {
    const count = async () => {
      const out = await t.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [runArn] }));
      return out.assessmentRuns![0]!.findingCounts!;
    };
    const honest = await count();
    t.emulator.faults({ findingCountsSkew: 3 });
    try {
      const skewed = await count();
      expect(skewed.High).toBe((honest.High ?? 0) + 3);
      expect(t.emulator.findingsOf(runArn).filter((f) => f.severity === "High")).toHaveLength(
        honest.High ?? 0,
      );
    } finally {
      t.emulator.faults({ findingCountsSkew: 0 });
    }
  });
});

describe("connections and latency", () => {
  it("drops the connection without an answer; the SDK sees a network error and retries it", async () => {
    t.emulator.faults({ dropConnections: { rate: 1, operations: ["ListRulesPackages"] } });
    t.emulator.resetStats();
    try {
      await expect(t.client.send(new ListRulesPackagesCommand({}))).rejects.toThrow(
        /socket hang up|ECONNRESET/,
      );
      const retrying = inspectorClient(t.emulator.endpoint, { maxAttempts: 3 });
      await expect(retrying.send(new ListRulesPackagesCommand({}))).rejects.toMatchObject({
        $metadata: { attempts: 3 },
      });
      retrying.destroy();
      // Other operations are not affected.
      await t.client.send(new ListFindingsCommand({ assessmentRunArns: [runArn] }));
      expect(t.emulator.stats()).toMatchObject({ ListRulesPackages: 4, "fault.dropped": 4, ListFindings: 1 });
    } finally {
      t.emulator.faults({ dropConnections: null });
    }
  });

  it("delays answers of the operations it names", async () => {
    t.emulator.faults({ latencyMs: { ListRulesPackages: 150 } });
    try {
      const started = performance.now();
      await t.client.send(new ListRulesPackagesCommand({}));
      // A lower bound only: the delay is injected, never shorter.
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      t.emulator.faults({ latencyMs: {} });
    }
  });
});

describe("the control endpoint", () => {
  it("reads and changes faults, and refuses a bad update with a message", async () => {
    expect((await control("faults")).json).toEqual(NO_FAULTS);
    const set = await control("faults", { internalErrors: { rate: 1, operations: ["ListRulesPackages"] } });
    expect(set.status).toBe(200);
    expect(set.json["internalErrors"]).toEqual({ rate: 1, operations: ["ListRulesPackages"] });
    await expect(t.client.send(new ListRulesPackagesCommand({}))).rejects.toMatchObject({
      name: "InternalException",
    });
    await control("faults", { internalErrors: null });
    await t.client.send(new ListRulesPackagesCommand({}));

    for (const bad of [
      { internalErrors: { rate: 2 } },
      { rateLimit: { requestsPerSecond: 0 } },
      { latencyMs: { ListThings: 5 } },
      { nonsense: true },
      "{not json",
    ]) {
      const refused = await control("faults", bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(String(refused.json["error"]).length).toBeGreaterThan(10);
    }
    expect((await control("faults")).json).toEqual(NO_FAULTS);
  });

  it("counts calls per operation and resets them", async () => {
    await control("stats/reset", {});
    await t.client.send(new ListRulesPackagesCommand({}));
    await t.client.send(new ListRulesPackagesCommand({}));
    expect((await control("stats")).json).toEqual({ ListRulesPackages: 2 });
    expect(t.emulator.stats()).toEqual({ ListRulesPackages: 2 });
    await control("stats/reset", {});
    expect(t.emulator.stats()).toEqual({});
  });

  it("tells the seeded ARNs, its health, and lists its paths on an unknown one", async () => {
    expect((await control("seeded")).json).toEqual(t.emulator.seeded);
    expect((await control("health")).json).toEqual({ status: "ok" });
    const unknown = await control("nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.json["paths"]).toContain("GET /_emulator/stats");
  });
});

describe("faults set at start", () => {
  it("are in force from the first request, and invalid ones are a ConfigError", async () => {
    const emulator = await startEmulator({ faults: { internalErrors: { rate: 1 } } });
    const client = inspectorClient(emulator.endpoint, { maxAttempts: 1 });
    try {
      await expect(client.send(new ListRulesPackagesCommand({}))).rejects.toMatchObject({
        name: "InternalException",
      });
      expect(() => emulator.faults({ failedItems: { rate: 1, mode: "sometimes" as "permanent" } })).toThrow(
        ConfigError,
      );
    } finally {
      client.destroy();
      await emulator.stop();
    }
    await expect(startEmulator({ faults: { dropConnections: { rate: -1 } } })).rejects.toThrow(
      /dropConnections/,
    );
  });
});
