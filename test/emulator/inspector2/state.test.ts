/**
 * The v2 account under `--state FILE`: images pushed, functions deployed and scan statuses set are
 * saved and replayed, so a restarted emulator answers as the first would have, pending scans
 * included (they complete at the same moment, whatever the new time scale); changes of every session
 * accumulate; a Classic-only emulator writes no v2 part; a v2 part that does not fit is a ConfigError
 * naming the file and the path.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ListCoverageCommand, ListFindingsCommand } from "@aws-sdk/client-inspector2";
import { describe, expect, it } from "vitest";
import { startEmulator } from "../../../src/emulator/index.js";
import { ConfigError } from "../../../src/errors.js";
import { startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";
import { VirtualClock } from "../../helpers/virtual-clock.js";

const START = Date.UTC(2026, 2, 1, 9, 0, 0);

function stateFile(): string {
  return join(mkdtempSync(join(tmpdir(), "inspector-gate-state2-")), "state.json");
}

/** What the v2 API shows now: every finding and coverage record, as the ground truth renders them. */
function view(t: TestEmulator2) {
  return { findings: t.emulator.inspector2.findings(), coverage: t.emulator.inspector2.coverage() };
}

async function restart(path: string, at: number, timeScale = 1): Promise<TestEmulator2> {
  return startTestEmulator2({ seed: "state2", statePath: path, timeScale, clock: new VirtualClock(at) });
}

describe("the v2 account in the state file", () => {
  it("keeps pushes, deploys and scan statuses: a restarted emulator answers the same, now and later", async () => {
    const path = stateFile();
    const first = await startTestEmulator2({
      seed: "state2",
      statePath: path,
      clock: new VirtualClock(START),
      inspector2: { findings: 60, scanSeconds: 120 },
    });
    const v2 = first.emulator.inspector2;
    const image = v2.pushImage({ repository: "team/app", tags: ["v1"], vulnerabilities: ["CVE-2021-44228"] });
    first.clock.advance(300_000);
    const fn = v2.deployFunction({ name: "billing", runtime: "NODEJS_18_X", findings: 3 });
    v2.setScanStatus({ resourceId: v2.seeded.instances[0]!.instanceId, reason: "UNMANAGED_EC2_INSTANCE" });
    // A push refused after it counted (its digest is taken): the next push's digest depends on it.
    expect(() => v2.pushImage({ repository: "team/app", digest: image.imageDigest })).toThrow(/already/);
    // A second image whose scan is still to come when the emulator stops.
    const pending = v2.pushImage({ repository: "team/app", tags: ["v2"], profile: "al2023-java" });
    expect(() => v2.pushImage({ repository: "Not A Repo" })).toThrow(/invalid repository/);
    first.clock.advance(10_000);
    const stoppedAt = first.clock.now();
    const before = view(first);
    first.clock.advance(600_000);
    const later = view(first);
    first.clock.set(stoppedAt);
    await first.stop();

    expect(later.findings.filter((f) => f.resources?.[0]?.id === pending.resourceId).length).toBe(
      pending.findings,
    );
    expect(before.findings.some((f) => f.resources?.[0]?.id === pending.resourceId)).toBe(false);
    expect(before.findings.some((f) => f.resources?.[0]?.id === image.resourceId)).toBe(true);
    expect(before.coverage.some((r) => r.resourceId === fn.resourceId)).toBe(true);

    // Restarted at the moment it stopped, and on another time scale: the same account.
    const second = await restart(path, stoppedAt, 50);
    try {
      expect(view(second)).toEqual(before);
      second.clock.advance(600_000);
      expect(view(second)).toEqual(later);
      // Over the wire too.
      const page = await second.client.send(new ListFindingsCommand({ maxResults: 100 }));
      expect(page.findings?.length).toBeGreaterThan(0);
      const coverage = await second.client.send(
        new ListCoverageCommand({
          filterCriteria: { resourceId: [{ comparison: "EQUALS", value: pending.resourceId }] },
        }),
      );
      expect(coverage.coveredResources?.[0]?.scanStatus?.reason).toBe("SUCCESSFUL");
    } finally {
      await second.stop();
    }
  });

  it("accumulates the changes of every session, each at the pace of its own", async () => {
    const path = stateFile();
    const first = await startTestEmulator2({
      seed: "state2",
      statePath: path,
      clock: new VirtualClock(START),
    });
    first.emulator.inspector2.pushImage({ repository: "one/app" });
    await first.stop();

    const second = await restart(path, START + 60_000, 100);
    const pushed = second.emulator.inspector2.pushImage({ repository: "two/app", discoverySeconds: 0 });
    // The new session's pace: 90 s of scan at a time scale of 100.
    expect(Date.parse(pushed.scanCompletesAt) - Date.parse(pushed.pushedAt)).toBe(900);
    // Its scan has completed a second later.
    second.clock.advance(1_000);
    const truth = view(second);
    expect(truth.findings.some((f) => f.resources?.[0]?.id === pushed.resourceId)).toBe(true);
    await second.stop();

    const saved = JSON.parse(readFileSync(path, "utf8")) as { inspector2: { changes: unknown[] } };
    expect(saved.inspector2.changes).toHaveLength(2);
    const third = await restart(path, START + 61_000);
    try {
      expect(view(third)).toEqual(truth);
    } finally {
      await third.stop();
    }
  });

  it("writes no v2 part when v2 was never used, and seeds v2 afresh from a file without one", async () => {
    const path = stateFile();
    const classicOnly = await startEmulator({
      seed: "state2",
      statePath: path,
      clock: new VirtualClock(START),
    });
    await classicOnly.stop();
    expect(JSON.parse(readFileSync(path, "utf8"))).not.toHaveProperty("inspector2");
    const again = await restart(path, START);
    try {
      expect(again.emulator.inspector2.seeded.account).toBe("123456789012");
      expect(again.emulator.inspector2.findings().length).toBeGreaterThan(0);
    } finally {
      await again.stop();
    }
    expect(JSON.parse(readFileSync(path, "utf8"))).toHaveProperty("inspector2.seededAt", START);
  });

  it.each([
    [{ inspector2: [] }, "inspector2: expected an object"],
    [
      { inspector2: { findings: -1, scanSeconds: 90, timeScale: 1, seededAt: START, changes: [] } },
      "inspector2.findings: expected an integer >= 0",
    ],
    [
      {
        inspector2: {
          findings: 10,
          scanSeconds: 90,
          timeScale: 1,
          seededAt: START,
          changes: [{ action: "launch", input: {}, at: START, timeScale: 1, scanSeconds: 90 }],
        },
      },
      "inspector2.changes[0].action: expected one of pushImage, deployFunction, setScanStatus",
    ],
    [
      {
        inspector2: {
          findings: 10,
          scanSeconds: 90,
          timeScale: 1,
          seededAt: START,
          changes: [
            {
              action: "setScanStatus",
              input: { resourceId: "i-0", reason: "SUCCESSFUL" },
              at: START,
              timeScale: 1,
              scanSeconds: 90,
            },
          ],
        },
      },
      'inspector2.changes[0].input: invalid resourceId "i-0"',
    ],
  ])("refuses a v2 part that does not fit: %j", async (content, problem) => {
    const path = stateFile();
    writeFileSync(path, JSON.stringify({ seed: "state2", ...content }));
    const error = await startEmulator({ statePath: path }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(path);
    expect((error as ConfigError).problems.join("\n")).toContain(problem);
  });
});
