/**
 * The shared fault controls applied to v2 operations (scoped by plain or "inspector2." names, set
 * through the JS API or the control endpoint), per-operation stats, failed items in
 * BatchGetFindingDetails, and the real service's paging quirks (empty pages while findings remain, a
 * token on the last page), which a paginator must ride through without losing or repeating a finding.
 */

import { ListRulesPackagesCommand } from "@aws-sdk/client-inspector";
import {
  BatchGetFindingDetailsCommand,
  ListCoverageCommand,
  ListFindingsCommand,
  paginateListFindings,
} from "@aws-sdk/client-inspector2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../../src/emulator/index.js";
import { ConfigError } from "../../../src/errors.js";
import { collect } from "../../helpers/emulator.js";
import { inspectorClient } from "../../helpers/inspector-client.js";
import {
  answerProblems2,
  inspector2Client,
  startTestEmulator2,
  type TestEmulator2,
} from "../../helpers/inspector2.js";

let t: TestEmulator2;

beforeAll(async () => {
  t = await startTestEmulator2({ seed: "faults2", inspector2: { findings: 300 } });
});

afterAll(async () => {
  await t.stop();
});

afterEach(() => {
  t.emulator.faults({
    latencyMs: {},
    rateLimit: null,
    internalErrors: null,
    dropConnections: null,
    failedItems: null,
  });
  t.emulator.inspector2.quirks({ emptyPages: 0, trailingToken: false });
  expect(t.responses.splice(0).flatMap(answerProblems2)).toEqual([]);
});

async function controlFaults(body: unknown): Promise<number> {
  const response = await fetch(`${t.emulator.endpoint}/_emulator/faults`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  await response.body?.cancel();
  return response.status;
}

describe("faults on v2 operations", () => {
  it("counts calls per operation under inspector2.<Operation>", async () => {
    t.emulator.resetStats();
    await t.client.send(new ListFindingsCommand({ maxResults: 1 }));
    await t.client.send(new ListCoverageCommand({ maxResults: 1 }));
    await t.client.send(new ListCoverageCommand({ maxResults: 1 }));
    expect(t.emulator.stats()).toEqual({ "inspector2.ListFindings": 1, "inspector2.ListCoverage": 2 });
  });

  it("scopes a fault to one v2 operation by its qualified name, over the control endpoint", async () => {
    expect(
      await controlFaults({ internalErrors: { rate: 1, operations: ["inspector2.ListCoverage"] } }),
    ).toBe(200);
    const client = inspector2Client(t.emulator.endpoint, { maxAttempts: 1 });
    try {
      await expect(client.send(new ListCoverageCommand({}))).rejects.toMatchObject({
        name: "InternalServerException",
      });
      await expect(client.send(new ListFindingsCommand({ maxResults: 1 }))).resolves.toBeDefined();
    } finally {
      client.destroy();
    }
  });

  it("refuses an operation name neither service has", async () => {
    expect(await controlFaults({ internalErrors: { rate: 1, operations: ["inspector2.ListNothing"] } })).toBe(
      400,
    );
    expect(() => t.emulator.faults({ latencyMs: { ListNothing: 5 } })).toThrow(ConfigError);
  });

  it("the SDK's retries ride out internal errors", async () => {
    t.emulator.resetStats();
    t.emulator.faults({ internalErrors: { rate: 0.5, operations: ["ListFindings"] } });
    const all = await collect(paginateListFindings({ client: t.client, pageSize: 100 }, {}));
    expect(all.flatMap((p) => p.findings ?? []).length).toBe(t.emulator.inspector2.findings().length);
    expect(t.emulator.stats()["fault.internalErrors"]).toBeGreaterThan(0);
    t.responses.splice(0);
  });

  it("takes the latency of the qualified name over the plain one", async () => {
    // Were the plain latency (a minute) applied, the call would outlast the test's timeout.
    t.emulator.faults({ latencyMs: { ListFindings: 60_000, "inspector2.ListFindings": 1 } });
    await expect(t.client.send(new ListFindingsCommand({ maxResults: 1 }))).resolves.toBeDefined();
  });

  it("draws v2's faults apart from Classic's: Classic traffic does not change which v2 calls fail", async () => {
    const outcomes = async (withClassic: boolean): Promise<boolean[]> => {
      const emulator = await startEmulator({ seed: "apart", faults: { internalErrors: { rate: 0.5 } } });
      const v2 = inspector2Client(emulator.endpoint, { maxAttempts: 1 });
      const classic = inspectorClient(emulator.endpoint, { maxAttempts: 1 });
      const seen: boolean[] = [];
      try {
        for (let i = 0; i < 16; i++) {
          if (withClassic) await classic.send(new ListRulesPackagesCommand({})).catch(() => undefined);
          seen.push(
            await v2.send(new ListCoverageCommand({ maxResults: 1 })).then(
              () => true,
              () => false,
            ),
          );
        }
      } finally {
        v2.destroy();
        classic.destroy();
        await emulator.stop();
      }
      return seen;
    };
    const alone = await outcomes(false);
    expect(alone).toContain(true);
    expect(alone).toContain(false);
    expect(await outcomes(true)).toEqual(alone);
  });

  it("drops connections, which the SDK retries", async () => {
    t.emulator.resetStats();
    t.emulator.faults({ dropConnections: { rate: 0.4, operations: ["inspector2.ListCoverage"] } });
    for (let i = 0; i < 5; i++) await t.client.send(new ListCoverageCommand({ maxResults: 1 }));
    expect(t.emulator.stats()["fault.dropped"]).toBeGreaterThan(0);
  });
});

describe("failed items in BatchGetFindingDetails", () => {
  let arns: string[];

  beforeAll(() => {
    arns = t.emulator.inspector2
      .findings()
      .filter((f) => f.type === "PACKAGE_VULNERABILITY")
      .slice(0, 10)
      .map((f) => f.findingArn!);
  });

  it("retryable-once: some ARNs fail with INTERNAL_ERROR, then succeed when asked again", async () => {
    t.emulator.faults({ failedItems: { rate: 0.5, mode: "retryable-once" } });
    const first = await t.client.send(new BatchGetFindingDetailsCommand({ findingArns: arns }));
    const failed = (first.errors ?? []).map((e) => e.findingArn!);
    expect(failed.length).toBeGreaterThan(0);
    expect((first.errors ?? []).every((e) => e.errorCode === "INTERNAL_ERROR")).toBe(true);
    expect((first.findingDetails?.length ?? 0) + failed.length).toBe(10);
    const retry = await t.client.send(new BatchGetFindingDetailsCommand({ findingArns: failed }));
    expect(retry.errors).toEqual([]);
    expect(retry.findingDetails?.map((d) => d.findingArn)).toEqual(failed);
  });

  it("permanent: the same ARNs fail every time", async () => {
    t.emulator.faults({ failedItems: { rate: 0.5, mode: "permanent" } });
    const a = await t.client.send(new BatchGetFindingDetailsCommand({ findingArns: arns }));
    const b = await t.client.send(new BatchGetFindingDetailsCommand({ findingArns: arns }));
    expect(a.errors?.length).toBeGreaterThan(0);
    expect(b.errors).toEqual(a.errors);
  });

  it("names an unknown finding, one of another account and a network finding", async () => {
    const network = t.emulator.inspector2.findings().find((f) => f.type === "NETWORK_REACHABILITY")!
      .findingArn!;
    const unknown = "arn:aws:inspector2:us-west-2:123456789012:finding/00000000000000000000000000000000";
    const foreign = "arn:aws:inspector2:us-west-2:210987654321:finding/00000000000000000000000000000001";
    const out = await t.client.send(
      new BatchGetFindingDetailsCommand({ findingArns: [network, unknown, foreign] }),
    );
    expect(out.findingDetails).toEqual([]);
    expect(out.errors?.map((e) => [e.findingArn, e.errorCode])).toEqual([
      [network, "FINDING_DETAILS_NOT_FOUND"],
      [unknown, "FINDING_DETAILS_NOT_FOUND"],
      [foreign, "ACCESS_DENIED"],
    ]);
  });
});

describe("paging quirks of the real service", () => {
  it("empty pages and a trailing token: the paginator still gets every finding exactly once", async () => {
    t.emulator.inspector2.quirks({ emptyPages: 0.3, trailingToken: true });
    const all = await collect(paginateListFindings({ client: t.client, pageSize: 100 }, {}));
    const arns = all.flatMap((p) => p.findings ?? []).map((f) => f.findingArn);
    expect(arns).toEqual(t.emulator.inspector2.findings().map((f) => f.findingArn));
    const empty = all.filter((p) => (p.findings ?? []).length === 0);
    // Some pages came back empty while findings remained, and the last one (after the trailing token).
    expect(empty.length).toBeGreaterThan(1);
    expect(all.at(-1)?.findings).toEqual([]);
    expect(all.at(-1)?.nextToken).toBeUndefined();
    expect(new Set(all.map((p) => p.nextToken).filter(Boolean)).size).toBe(all.length - 1);
  });

  it("are set at start, and refused when out of range", async () => {
    const emulator = await startEmulator({ inspector2: { quirks: { trailingToken: true } } });
    const client = inspector2Client(emulator.endpoint);
    try {
      const out = await client.send(
        new ListFindingsCommand({
          filterCriteria: { findingType: [{ comparison: "EQUALS", value: "NETWORK_REACHABILITY" }] },
        }),
      );
      expect(out.findings!.length).toBeLessThan(25);
      expect(out.nextToken).toBeTruthy();
      expect(() => emulator.inspector2.quirks({ emptyPages: 2 })).toThrow(/emptyPages 0..1/);
    } finally {
      client.destroy();
      await emulator.stop();
    }
    await expect(startEmulator({ inspector2: { deny: ["ListEverything"] } })).rejects.toThrow(ConfigError);
  });
});
