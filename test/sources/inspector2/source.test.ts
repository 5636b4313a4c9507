/**
 * The Inspector (v2) source through the real @aws-sdk/client-inspector2 against the emulator, in process:
 * statuses (ACTIVE counted, SUPPRESSED shown apart unless asked, CLOSED never), each kind of scope
 * against the emulator's ground truth, waiting and its deadline, throttling, and an answer outside the
 * filter asked for refused.
 */
import type { Finding as V2Finding } from "@aws-sdk/client-inspector2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../src/emulator/index.js";
import { runGate, type SourceSpec } from "../../../src/gate.js";
import { loadPolicy } from "../../../src/policy/load.js";
import type { GateResult, Inspector2SourceInfo } from "../../../src/result.js";
import { createInspector2Client } from "../../../src/sources/inspector2/client.js";

const LENIENT =
  "version: 1\nseverity:\n  max: { Critical: 100000, High: 100000 }\ncoverage:\n  inactive-resources: ignore\n";

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ seed: "v2-source", timeScale: 1000 });
});
afterAll(() => emulator.stop());

async function gate(source: SourceSpec, extra: { timeoutMs?: number } = {}): Promise<GateResult> {
  const client = createInspector2Client({
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "test" },
    maxAttempts: 6,
  });
  try {
    return await runGate(
      {
        policy: await loadPolicy({ text: LENIENT, file: "lenient.yml" }),
        source,
        pollIntervalMs: 50,
        timeoutMs: extra.timeoutMs ?? 60_000,
      },
      { clients: { inspector2: client } },
    );
  } finally {
    client.destroy();
  }
}

const info = (r: GateResult) => r.source as Inspector2SourceInfo;
const onResource = (id: string) => (f: V2Finding) => f.resources?.some((r) => r.id === id) ?? false;
const byStatus = (findings: V2Finding[], status: string) =>
  findings.filter((f) => f.status === status).length;

describe("the Inspector (v2) source against the emulator", () => {
  it("counts ACTIVE findings, shows SUPPRESSED ones apart unless asked, never counts CLOSED ones", async () => {
    const all = emulator.inspector2.findings();
    // The resource with the most suppressed findings.
    const ids = [...new Set(all.flatMap((f) => f.resources?.map((r) => r.id ?? "") ?? []))];
    const id = ids
      .map((i) => [i, byStatus(all.filter(onResource(i)), "SUPPRESSED")] as const)
      .sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    const mine = all.filter(onResource(id));
    const active = byStatus(mine, "ACTIVE");
    const suppressed = byStatus(mine, "SUPPRESSED");
    expect(suppressed).toBeGreaterThan(0);

    const plain = await gate({ kind: "inspector2", scope: { resourceIds: [id] } });
    expect(plain.verdict, plain.error?.message).toBe("pass");
    expect(plain.findings.evaluated).toBe(active);
    expect(info(plain).listed).toEqual({ active, suppressed, closed: 0 });
    expect(info(plain).suppressed.length).toBe(Math.min(suppressed, 20));

    const both = await gate({ kind: "inspector2", scope: { resourceIds: [id] }, includeSuppressed: true });
    expect(both.findings.evaluated).toBe(active + suppressed);
    expect(info(both).filterCriteria).toMatchObject({
      findingStatus: [
        { comparison: "EQUALS", value: "ACTIVE" },
        { comparison: "EQUALS", value: "SUPPRESSED" },
      ],
    });
  });

  it("gates a Lambda function by name, its coverage and findings matching the ground truth", async () => {
    const fn = emulator.inspector2.seeded.functions.find((f) => !f.pending);
    if (fn === undefined) throw new Error("no scanned function");
    const r = await gate({ kind: "inspector2", scope: { lambdaFunctions: [fn.functionName] } });
    expect(r.verdict, r.error?.message).toBe("pass");
    expect(r.coverage).toMatchObject({ resources: 1, scanned: 1, byType: { AWS_LAMBDA_FUNCTION: 1 } });
    expect(r.findings.evaluated).toBe(
      byStatus(emulator.inspector2.findings().filter(onResource(fn.resourceId)), "ACTIVE"),
    );
  });

  it("gates a repository (any of two) by resource type, each image's findings counted once", async () => {
    const repositories = emulator.inspector2.seeded.repositories.slice(0, 2);
    const r = await gate({
      kind: "inspector2",
      scope: { ecrRepositories: repositories, resourceTypes: ["AWS_ECR_CONTAINER_IMAGE"] },
    });
    expect(r.verdict, r.error?.message).toBe("pass");
    const truth = emulator.inspector2
      .findings()
      .filter(
        (f) =>
          f.status === "ACTIVE" &&
          f.resources?.some((x) =>
            repositories.includes(x.details?.awsEcrContainerImage?.repositoryName ?? ""),
          ),
      );
    expect(r.findings.evaluated).toBe(truth.length);
  });

  it("ends a wait for a scan that does not come at the deadline: exit 3, never a pass", async () => {
    const pushed = emulator.inspector2.pushImage({ repository: "slow/app", scanSeconds: 1_000_000 });
    const r = await gate(
      { kind: "inspector2", scope: { ecrImageDigests: [pushed.imageDigest] }, waitForScan: true },
      { timeoutMs: 800 },
    );
    expect(r.verdict).toBe("error");
    expect(r.exitCode).toBe(3);
    expect(r.error?.message).toMatch(/waiting for scans/);
  });

  it("rides out throttling through the SDK's retries, with the same findings", async () => {
    const fn = emulator.inspector2.seeded.functions.find((f) => !f.pending);
    if (fn === undefined) throw new Error("no scanned function");
    const scope = { kind: "inspector2", scope: { lambdaFunctions: [fn.functionName] } } as const;
    const calm = await gate(scope);
    emulator.faults({ rateLimit: { requestsPerSecond: 5, burst: 1 } });
    try {
      emulator.resetStats();
      const throttled = await gate(scope);
      expect(throttled.verdict, throttled.error?.message).toBe("pass");
      expect(throttled.findings.evaluated).toBe(calm.findings.evaluated);
      expect(emulator.stats()["fault.throttled"] ?? 0).toBeGreaterThan(0);
    } finally {
      emulator.faults({ rateLimit: null });
    }
  });
});
