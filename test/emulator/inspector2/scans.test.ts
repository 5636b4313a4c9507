/**
 * Coverage over time on a virtual clock: the seeded image pending its first scan, an image pushed at
 * run time (absent from coverage, then PENDING_INITIAL_SCAN, then ACTIVE with lastScannedAt and its
 * findings at that moment), scan outcomes Inspector reports, tags moving to the new image, functions
 * deployed and redeployed, scan statuses set over the control endpoint, and the time scale.
 */
import {
  type CoveredResource,
  type Inspector2Client,
  ListCoverageCommand,
  ListFindingsCommand,
  paginateListFindings,
} from "@aws-sdk/client-inspector2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collect } from "../../helpers/emulator.js";
import { answerProblems2, startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

let t: TestEmulator2;

beforeAll(async () => {
  t = await startTestEmulator2({ seed: "scans2", inspector2: { scanSeconds: 60 } });
});

afterAll(async () => {
  await t.stop();
});

afterEach(() => {
  expect(t.responses.splice(0).flatMap(answerProblems2)).toEqual([]);
});

async function coverageOf(client: Inspector2Client, resourceId: string): Promise<CoveredResource[]> {
  const out = await client.send(
    new ListCoverageCommand({
      filterCriteria: { resourceId: [{ comparison: "EQUALS", value: resourceId }] },
    }),
  );
  return out.coveredResources ?? [];
}

async function findingsOf(client: Inspector2Client, resourceId: string): Promise<string[]> {
  const all = await collect(
    paginateListFindings(
      { client, pageSize: 100 },
      { filterCriteria: { resourceId: [{ comparison: "EQUALS", value: resourceId }] } },
    ),
  );
  return all.flatMap((p) => p.findings ?? []).map((f) => f.findingArn!);
}

async function control(
  path: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${t.emulator.endpoint}/_emulator/inspector2/${path}`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("the seeded image pending its first scan", () => {
  it("is PENDING_INITIAL_SCAN with no findings, then ACTIVE with lastScannedAt and its findings", async () => {
    const pending = t.emulator.inspector2.seeded.images.find((i) => i.pending)!;
    expect(pending.imageTags).toContain("latest");
    const [before] = await coverageOf(t.client, pending.resourceId);
    expect(before?.scanStatus).toEqual({ statusCode: "ACTIVE", reason: "PENDING_INITIAL_SCAN" });
    expect(before?.lastScannedAt).toBeUndefined();
    expect(await findingsOf(t.client, pending.resourceId)).toEqual([]);

    t.clock.advance(60_000);
    const [after] = await coverageOf(t.client, pending.resourceId);
    expect(after?.scanStatus).toEqual({ statusCode: "ACTIVE", reason: "SUCCESSFUL" });
    expect(after?.lastScannedAt?.getTime()).toBe(t.clock.now());
    const found = await findingsOf(t.client, pending.resourceId);
    expect(found.length).toBeGreaterThan(0);
    const first = await t.client.send(
      new ListFindingsCommand({
        filterCriteria: { findingArn: [{ comparison: "EQUALS", value: found[0]! }] },
      }),
    );
    expect(first.findings?.[0]?.firstObservedAt?.getTime()).toBe(t.clock.now());
  });
});

describe("pushing an image", () => {
  it("appears after discovery, pends, then is scanned with the findings asked for", async () => {
    const pushed = t.emulator.inspector2.pushImage({
      repository: "storefront/web",
      tags: ["v3.0.0", "latest"],
      findings: 8,
      vulnerabilities: ["CVE-2023-44487"],
      discoverySeconds: 5,
    });
    expect(pushed.imageDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(pushed.resourceId).toBe(
      `arn:aws:ecr:us-west-2:123456789012:repository/storefront/web/${pushed.imageDigest}`,
    );
    expect(pushed.findings).toBe(9);
    expect(await coverageOf(t.client, pushed.resourceId)).toEqual([]);

    t.clock.advance(5_000);
    const [pending] = await coverageOf(t.client, pushed.resourceId);
    expect(pending?.scanStatus?.reason).toBe("PENDING_INITIAL_SCAN");
    expect(pending?.resourceMetadata?.ecrImage?.tags).toEqual(["v3.0.0", "latest"]);

    t.clock.advance(55_000);
    const [scanned] = await coverageOf(t.client, pushed.resourceId);
    expect(scanned?.scanStatus).toEqual({ statusCode: "ACTIVE", reason: "SUCCESSFUL" });
    const found = t.emulator.inspector2.findings().filter((f) => f.resources?.[0]?.id === pushed.resourceId);
    expect(found).toHaveLength(9);
    expect(found.map((f) => f.packageVulnerabilityDetails?.vulnerabilityId)).toContain("CVE-2023-44487");
    expect(new Set(found.map((f) => f.resources?.[0]?.details?.awsEcrContainerImage?.imageHash))).toEqual(
      new Set([pushed.imageDigest]),
    );
  });

  it("moves its tags from the image that had them, as ECR does", async () => {
    const images = t.emulator.inspector2
      .coverage()
      .filter(
        (r) =>
          r.resourceMetadata?.ecrImage?.tags?.includes("latest") && r.resourceId?.includes("storefront/web/"),
      );
    expect(images).toHaveLength(1);
    expect(images[0]?.resourceMetadata?.ecrImage?.tags).toEqual(["v3.0.0", "latest"]);
  });

  it.each([
    ["UNSUPPORTED_OS", {}],
    ["SCAN_FREQUENCY_MANUAL", { repository: "legacy/reports" }],
  ])("ends INACTIVE with %s and no findings", async (reason, extra) => {
    const pushed = t.emulator.inspector2.pushImage({
      repository: "tools/runner",
      tags: [`r-${reason.toLowerCase()}`],
      outcome: reason === "UNSUPPORTED_OS" ? "UNSUPPORTED_OS" : undefined,
      discoverySeconds: 0,
      ...extra,
    });
    t.clock.advance(120_000);
    const [record] = await coverageOf(t.client, pushed.resourceId);
    expect(record?.scanStatus).toEqual({ statusCode: "INACTIVE", reason });
    expect(record?.lastScannedAt).toBeUndefined();
    expect(await findingsOf(t.client, pushed.resourceId)).toEqual([]);
  });

  it("in a scan-on-push repository, is scanned once: ACTIVE with SCAN_FREQUENCY_SCAN_ON_PUSH", async () => {
    const pushed = t.emulator.inspector2.pushImage({
      repository: "base/python",
      tags: ["3.12-slim"],
      profile: "ubuntu-python",
    });
    t.clock.advance(120_000);
    const [record] = await coverageOf(t.client, pushed.resourceId);
    expect(record?.scanStatus).toEqual({ statusCode: "ACTIVE", reason: "SCAN_FREQUENCY_SCAN_ON_PUSH" });
    expect(record?.lastScannedAt).toBeDefined();
  });

  it("over the control endpoint, into a new repository", async () => {
    const { status, json } = await control("images", {
      repository: "new/service",
      tags: ["v1"],
      findings: 3,
    });
    expect(status).toBe(200);
    expect(json["repositoryName"]).toBe("new/service");
    t.clock.advance(120_000);
    expect(await findingsOf(t.client, String(json["resourceId"]))).toHaveLength(3);
    const repo = await coverageOf(t.client, "arn:aws:ecr:us-west-2:123456789012:repository/new/service");
    expect(repo[0]?.resourceMetadata?.ecrRepository).toEqual({
      name: "new/service",
      scanFrequency: "CONTINUOUS_SCAN",
    });
  });

  it.each([
    [{ repository: "Bad Name" }, /invalid repository "Bad Name"/],
    [{ repository: "ok", digest: "sha256:xyz" }, /invalid digest/],
    [{ repository: "ok", vulnerabilities: ["CVE-1999-0001"] }, /unknown vulnerability 'CVE-1999-0001'/],
    [
      { repository: "ok", outcome: "SOMETIMES" },
      /invalid outcome "SOMETIMES": expected SUCCESSFUL, UNSUPPORTED_OS/,
    ],
  ])("refuses %j with a readable message", async (body, message) => {
    const { status, json } = await control("images", body);
    expect(status).toBe(400);
    expect(String(json["error"])).toMatch(message);
    expect(() => t.emulator.inspector2.pushImage(body as never)).toThrow(message);
  });
});

describe("deploying a Lambda function", () => {
  it("is pending, then scanned; a redeploy keeps coverage ACTIVE and replaces the findings at the rescan", async () => {
    const first = t.emulator.inspector2.deployFunction({
      name: "checkout",
      runtime: "NODEJS_18_X",
      findings: 4,
    });
    t.clock.advance(2_000);
    expect(
      (await coverageOf(t.client, first.resourceId)).map((r) => [r.scanType, r.scanStatus?.reason]),
    ).toEqual([
      ["PACKAGE", "PENDING_INITIAL_SCAN"],
      ["CODE", "PENDING_INITIAL_SCAN"],
    ]);
    t.clock.advance(60_000);
    const old = await findingsOf(t.client, first.resourceId);
    expect(old.length).toBe(first.findings);
    const scannedAt = (await coverageOf(t.client, first.resourceId))[0]?.lastScannedAt?.getTime();

    const second = t.emulator.inspector2.deployFunction({
      name: "checkout",
      runtime: "NODEJS_18_X",
      findings: 2,
    });
    const during = await coverageOf(t.client, second.resourceId);
    expect(during[0]?.scanStatus?.reason).toBe("SUCCESSFUL");
    expect(during[0]?.lastScannedAt?.getTime()).toBe(scannedAt);
    t.clock.advance(60_000);
    const now = t.emulator.inspector2.findings().filter((f) => f.resources?.[0]?.id === second.resourceId);
    expect(
      now
        .filter((f) => f.status === "CLOSED")
        .map((f) => f.findingArn)
        .sort(),
    ).toEqual([...old].sort());
    expect(now.filter((f) => f.status !== "CLOSED")).toHaveLength(second.findings);
    expect((await coverageOf(t.client, second.resourceId))[0]?.lastScannedAt?.getTime()).toBe(t.clock.now());
  });

  it("on a runtime Inspector does not support: INACTIVE with UNSUPPORTED_RUNTIME", async () => {
    const fn = await control("functions", { name: "custom-runtime", runtime: "UNSUPPORTED" });
    t.clock.advance(10_000);
    const records = await coverageOf(t.client, String(fn.json["resourceId"]));
    expect(records.map((r) => r.scanStatus?.reason)).toEqual(["UNSUPPORTED_RUNTIME", "UNSUPPORTED_RUNTIME"]);
  });
});

describe("setting a scan status", () => {
  it("turns an instance INACTIVE with the reason given, on one scan type", async () => {
    const instance = t.emulator.inspector2.seeded.instances[0]!;
    const { status, json } = await control("scan-status", {
      resourceId: instance.instanceId,
      scanType: "PACKAGE",
      reason: "UNMANAGED_EC2_INSTANCE",
    });
    expect([status, json]).toEqual([200, { updated: 1 }]);
    const records = await coverageOf(t.client, instance.instanceId);
    expect(records.map((r) => [r.scanType, r.scanStatus?.statusCode, r.scanStatus?.reason])).toEqual([
      ["PACKAGE", "INACTIVE", "UNMANAGED_EC2_INSTANCE"],
      ["NETWORK", "ACTIVE", "SUCCESSFUL"],
    ]);
  });

  it("refuses an unknown resource or reason", async () => {
    expect((await control("scan-status", { resourceId: "i-0000", reason: "SUCCESSFUL" })).status).toBe(400);
    const instance = t.emulator.inspector2.seeded.instances[1]!;
    const bad = await control("scan-status", { resourceId: instance.instanceId, reason: "ASLEEP" });
    expect(String(bad.json["error"])).toMatch(/invalid reason "ASLEEP"/);
  });
});

describe("the time scale", () => {
  it("divides the time to the first scan", async () => {
    const fast = await startTestEmulator2({ seed: "scale", timeScale: 100, inspector2: { scanSeconds: 90 } });
    try {
      const pushed = fast.emulator.inspector2.pushImage({
        repository: "storefront/web",
        tags: ["fast"],
        discoverySeconds: 0,
      });
      expect(Date.parse(pushed.scanCompletesAt) - Date.parse(pushed.pushedAt)).toBe(900);
      fast.clock.advance(899);
      expect((await coverageOf(fast.client, pushed.resourceId))[0]?.scanStatus?.reason).toBe(
        "PENDING_INITIAL_SCAN",
      );
      fast.clock.advance(1);
      expect((await coverageOf(fast.client, pushed.resourceId))[0]?.scanStatus?.reason).toBe("SUCCESSFUL");
      expect(fast.responses.splice(0).flatMap(answerProblems2)).toEqual([]);
    } finally {
      await fast.stop();
    }
  });
});
