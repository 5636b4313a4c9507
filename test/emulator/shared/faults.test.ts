/**
 * Faults, set at start and by `faults()`: latency, dropped connections, failedItems (retryable once
 * or permanent), findingCounts that disagree with the findings, scoping to operations, the counters
 * of injected faults (a plain name reaching the operation of that name in every service, a prefixed
 * one only its service's), and the token bucket behind the rate limit.
 */
import {
  DescribeAssessmentRunsCommand,
  DescribeFindingsCommand,
  ListFindingsCommand,
  ListRulesPackagesCommand,
} from "@aws-sdk/client-inspector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../../src/emulator/index.js";
import { applies, latencyFor, NO_FAULTS, TokenBucket } from "../../../src/emulator/shared/faults.js";
import { ConfigError } from "../../../src/errors.js";
import { runToEnd, startTestEmulator, type TestEmulator } from "../../helpers/emulator.js";
import { inspectorClient } from "../../helpers/inspector-client.js";

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

describe("token bucket", () => {
  it("lets a burst through, then the refill rate", () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});

describe("operation names in fault scopes", () => {
  it("a plain name reaches every service's operation of that name; a prefixed one, only its own", () => {
    const plain = { operations: ["ListFindings"] };
    const qualified = { operations: ["inspector2.ListFindings"] };
    expect([applies(plain, "ListFindings"), applies(plain, "inspector2.ListFindings")]).toEqual([true, true]);
    expect([applies(qualified, "ListFindings"), applies(qualified, "inspector2.ListFindings")]).toEqual([
      false,
      true,
    ]);
    expect(applies(plain, "inspector2.ListCoverage")).toBe(false);
    expect(applies({}, "inspector2.ListCoverage")).toBe(true);
  });

  it("latency: the operation's own name, then its plain name, then *", () => {
    const faults = { ...NO_FAULTS, latencyMs: { "*": 1, ListFindings: 2, "inspector2.ListFindings": 3 } };
    expect(latencyFor(faults, "inspector2.ListFindings")).toBe(3);
    expect(latencyFor(faults, "ListFindings")).toBe(2);
    expect(latencyFor({ ...faults, latencyMs: { "*": 1, ListFindings: 2 } }, "inspector2.ListFindings")).toBe(
      2,
    );
    expect(latencyFor(faults, "inspector2.ListCoverage")).toBe(1);
    expect(latencyFor(NO_FAULTS, "DescribeFindings")).toBe(0);
  });
});
