/**
 * The control endpoint under /_emulator/: faults read and changed (a bad update refused with a
 * message), calls counted and reset, the seeded ARNs, health, and the paths listed on an unknown one.
 */
import { ListRulesPackagesCommand } from "@aws-sdk/client-inspector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_FAULTS } from "../../src/emulator/shared/faults.js";
import { control, startTestEmulator, type TestEmulator } from "../helpers/emulator.js";

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ findings: 10, seed: "control" }, { maxAttempts: 1 });
});

afterAll(async () => {
  await t.stop();
});

describe("the control endpoint", () => {
  it("reads and changes faults, and refuses a bad update with a message", async () => {
    expect((await control(t.emulator.endpoint, "faults")).json).toEqual(NO_FAULTS);
    const set = await control(t.emulator.endpoint, "faults", {
      internalErrors: { rate: 1, operations: ["ListRulesPackages"] },
    });
    expect(set.status).toBe(200);
    expect(set.json["internalErrors"]).toEqual({ rate: 1, operations: ["ListRulesPackages"] });
    await expect(t.client.send(new ListRulesPackagesCommand({}))).rejects.toMatchObject({
      name: "InternalException",
    });
    await control(t.emulator.endpoint, "faults", { internalErrors: null });
    await t.client.send(new ListRulesPackagesCommand({}));

    for (const bad of [
      { internalErrors: { rate: 2 } },
      { rateLimit: { requestsPerSecond: 0 } },
      { latencyMs: { ListThings: 5 } },
      { nonsense: true },
      "{not json",
    ]) {
      const refused = await control(t.emulator.endpoint, "faults", bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(String(refused.json["error"]).length).toBeGreaterThan(10);
    }
    expect((await control(t.emulator.endpoint, "faults")).json).toEqual(NO_FAULTS);
  });

  it("counts calls per operation and resets them", async () => {
    await control(t.emulator.endpoint, "stats/reset", {});
    await t.client.send(new ListRulesPackagesCommand({}));
    await t.client.send(new ListRulesPackagesCommand({}));
    expect((await control(t.emulator.endpoint, "stats")).json).toEqual({ ListRulesPackages: 2 });
    expect(t.emulator.stats()).toEqual({ ListRulesPackages: 2 });
    await control(t.emulator.endpoint, "stats/reset", {});
    expect(t.emulator.stats()).toEqual({});
  });

  it("tells the seeded ARNs, its health, and lists its paths on an unknown one", async () => {
    expect((await control(t.emulator.endpoint, "seeded")).json).toEqual(t.emulator.seeded);
    expect((await control(t.emulator.endpoint, "health")).json).toEqual({ status: "ok" });
    const unknown = await control(t.emulator.endpoint, "nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.json["paths"]).toContain("GET /_emulator/stats");
  });
});
