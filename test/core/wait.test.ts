import { describe, expect, it } from "vitest";
import { backoffDelay, type CheckResult, createWaiter } from "../../src/core/wait.js";
import { VirtualClock } from "../helpers/virtual-clock.js";

const half = () => 0.5; // no jitter

describe("backoffDelay", () => {
  it("starts at the poll interval, grows ×1.5 and caps at 60 s", () => {
    const delays = Array.from({ length: 12 }, (_, n) => backoffDelay(n, 10_000, 60_000, half));
    expect(delays.slice(0, 5)).toEqual([10_000, 15_000, 22_500, 33_750, 50_625]);
    expect(delays.slice(5)).toEqual(Array(7).fill(60_000));
  });

  it("jitters by at most ±10 % after the first delay, never below the interval", () => {
    for (const r of [0, 0.25, 0.75, 0.999]) {
      expect(backoffDelay(0, 10_000, 60_000, () => r)).toBe(10_000);
      const d = backoffDelay(2, 10_000, 60_000, () => r);
      expect(d).toBeGreaterThanOrEqual(22_500 * 0.9 - 1);
      expect(d).toBeLessThanOrEqual(22_500 * 1.1 + 1);
    }
  });
});

function states(...seq: ("RETRY" | "SUCCESS" | "FAILURE")[]) {
  let i = 0;
  return async (): Promise<CheckResult<number>> => {
    const state = seq[Math.min(i, seq.length - 1)] ?? "RETRY";
    return { state, reason: i++ };
  };
}

describe("createWaiter", () => {
  it("checks at once, then sleeps the growing delays until success", async () => {
    const clock = new VirtualClock();
    const result = await createWaiter(
      { clock, minDelayMs: 10_000, deadline: clock.now() + 3_600_000, random: half },
      states("RETRY", "RETRY", "RETRY", "SUCCESS"),
    );
    expect(result).toEqual({ state: "SUCCESS", reason: 3, checks: 4 });
    expect(clock.sleeps).toEqual([10_000, 15_000, 22_500]);
  });

  it("returns FAILURE from the check", async () => {
    const clock = new VirtualClock();
    const result = await createWaiter(
      { clock, minDelayMs: 1000, deadline: clock.now() + 60_000, random: half },
      states("RETRY", "FAILURE"),
    );
    expect(result.state).toBe("FAILURE");
    expect(result.checks).toBe(2);
  });

  it("never sleeps past the deadline, checks once more at it, then times out", async () => {
    const clock = new VirtualClock();
    const start = clock.now();
    const result = await createWaiter(
      { clock, minDelayMs: 10_000, deadline: start + 30_000, random: half },
      states("RETRY"),
    );
    expect(result.state).toBe("TIMEOUT");
    expect(clock.sleeps).toEqual([10_000, 15_000, 5_000]);
    expect(clock.now()).toBe(start + 30_000);
    expect(result.checks).toBe(4);
  });

  it("does not sleep long past the expected end, then polls briskly again", async () => {
    const clock = new VirtualClock();
    const start = clock.now();
    const wake = start + 40_000;
    let checks = 0;
    const result = await createWaiter<number>(
      {
        clock,
        minDelayMs: 10_000,
        deadline: start + 3_600_000,
        random: half,
        wakeBy: () => wake,
      },
      async () => ({ state: ++checks >= 8 ? "SUCCESS" : "RETRY", reason: checks }),
    );
    expect(result.state).toBe("SUCCESS");
    // 10 s, 15 s, then only the 15 s left to the expected end; past it: 10 s, then at most 15 s apart.
    expect(clock.sleeps.slice(0, 7)).toEqual([10_000, 15_000, 15_000, 10_000, 15_000, 15_000, 15_000]);
  });

  it("stays brisk for ten minutes past the expected end, then backs off again", async () => {
    const clock = new VirtualClock();
    const start = clock.now();
    const wake = start + 5_000;
    let checks = 0;
    await createWaiter<number>(
      {
        clock,
        minDelayMs: 10_000,
        deadline: start + 3_600_000,
        random: half,
        wakeBy: () => wake,
      },
      async () => ({ state: ++checks >= 80 ? "SUCCESS" : "RETRY", reason: checks }),
    );
    let at = start;
    const afterEnd = clock.sleeps.map((ms) => {
      const sleptFrom = at - wake;
      at += ms;
      return { sleptFrom, ms };
    });
    const brisk = afterEnd.filter((s) => s.sleptFrom > 0 && s.sleptFrom < 10 * 60_000);
    const later = afterEnd.filter((s) => s.sleptFrom >= 10 * 60_000);
    expect(brisk.length).toBeGreaterThan(30);
    expect(Math.max(...brisk.map((s) => s.ms))).toBe(15_000);
    expect(Math.max(...later.map((s) => s.ms))).toBe(60_000);
  });

  it("returns ABORTED when the signal aborts during a sleep", async () => {
    const clock = new VirtualClock();
    const controller = new AbortController();
    let checks = 0;
    const result = await createWaiter<number>(
      {
        clock,
        minDelayMs: 1000,
        deadline: clock.now() + 60_000,
        abortSignal: controller.signal,
        random: half,
      },
      async () => {
        if (++checks === 2) controller.abort(new Error("SIGINT"));
        return { state: "RETRY", reason: checks };
      },
    );
    expect(result.state).toBe("ABORTED");
    expect(result.checks).toBe(2);
  });
});
