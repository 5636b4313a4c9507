/** Pacing to the rate a service accepts: free until it throttles, then at what it accepted, then probing up. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isThrottle, Pacer } from "../../../src/sources/shared/pacer.js";

let t = 0;
const now = () => t;

beforeEach(() => {
  vi.useFakeTimers();
  t = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("Pacer", () => {
  it("lets everything through until the service first throttles", async () => {
    const pacer = new Pacer(now);
    for (let i = 0; i < 100; i++) await pacer.take();
    expect(pacer.pace).toBe(Number.POSITIVE_INFINITY);
  });

  it("paces just under the rate the service accepted over the last second", () => {
    const pacer = new Pacer(now);
    // 50 accepted over one second, then a throttle.
    for (let i = 0; i < 50; i++) {
      t = i * 20;
      pacer.accepted();
    }
    t = 1_000;
    pacer.throttle();
    expect(pacer.pace).toBeCloseTo(50 * 0.97, 5);
    expect(pacer.throttled).toBe(1);
  });

  it("does not take a young client's burst for its pace", () => {
    const pacer = new Pacer(now);
    for (let i = 0; i < 50; i++) pacer.accepted(); // all at t = 0
    t = 10;
    pacer.throttle();
    // Spread over at least 250 ms: 200/s, not 5,000/s.
    expect(pacer.pace).toBeCloseTo(200 * 0.97, 5);
  });

  it("spaces requests at the pace, and creeps up while nothing is throttled", async () => {
    const pacer = new Pacer(now);
    for (let i = 0; i < 10; i++) {
      t = i * 100;
      pacer.accepted();
    }
    t = 1_000;
    pacer.throttle(); // 10/s accepted → 9.7/s
    const starts: number[] = [];
    const go = async () => {
      await pacer.take();
      starts.push(t);
    };
    const waits = [go(), go(), go()];
    for (let step = 0; step < 400; step++) {
      t += 1;
      await vi.advanceTimersByTimeAsync(1);
    }
    await Promise.all(waits);
    expect(starts.length).toBe(3);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(100);
    t += 5_000;
    await pacer.take();
    expect(pacer.pace).toBeGreaterThan(9.7 * 1.05 ** 9);
  });

  it("knows a throttle when it sees one", () => {
    expect(isThrottle({ name: "ThrottlingException" })).toBe(true);
    expect(isThrottle({ name: "Other", $metadata: { httpStatusCode: 429 } })).toBe(true);
    expect(isThrottle({ name: "InternalException", $metadata: { httpStatusCode: 500 } })).toBe(false);
    expect(isThrottle(undefined)).toBe(false);
  });
});
