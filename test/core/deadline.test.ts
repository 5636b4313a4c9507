/** The deadline timer and the abortable call wrapper, on fake timers (nothing really waits). */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { untilAborted } from "../../src/core/abort.js";
import { armDeadline, DEADLINE_TICK_MS } from "../../src/core/deadline.js";
import { VirtualClock } from "../helpers/virtual-clock.js";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("armDeadline", () => {
  it("fires once the clock reaches the deadline, looking at it at most every tick", async () => {
    const clock = { now: () => Date.now(), sleep: vi.fn() };
    const expire = vi.fn();
    const timer = armDeadline(clock, Date.now() + 2_500, expire);
    await vi.advanceTimersByTimeAsync(2_499);
    expect(expire).not.toHaveBeenCalled();
    expect(timer.fired).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(expire).toHaveBeenCalledTimes(1);
    expect(timer.fired).toBe(true);
    // Nothing left behind, and it never slept on the clock.
    expect(vi.getTimerCount()).toBe(0);
    expect(clock.sleep).not.toHaveBeenCalled();
  });

  it("never moves a virtual clock, and fires soon after the work moves it past the deadline", async () => {
    const clock = new VirtualClock();
    const start = clock.now();
    const expire = vi.fn();
    armDeadline(clock, start + 30 * 60_000, expire);
    await vi.advanceTimersByTimeAsync(10 * DEADLINE_TICK_MS);
    expect(clock.now()).toBe(start);
    expect(clock.sleeps).toEqual([]);
    expect(expire).not.toHaveBeenCalled();
    clock.advance(30 * 60_000); // the gate's own sleeps reach the deadline
    await vi.advanceTimersByTimeAsync(DEADLINE_TICK_MS);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it("a deadline already past fires on the next timer turn, not synchronously", async () => {
    const clock = new VirtualClock();
    const expire = vi.fn();
    armDeadline(clock, clock.now() - 1, expire);
    expect(expire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it("disarm cancels the timer: no call later, no timer left", async () => {
    const clock = new VirtualClock();
    const expire = vi.fn();
    const timer = armDeadline(clock, clock.now() + 5_000, expire);
    expect(vi.getTimerCount()).toBe(1);
    timer.disarm();
    timer.disarm();
    expect(vi.getTimerCount()).toBe(0);
    clock.advance(10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(expire).not.toHaveBeenCalled();
    expect(timer.fired).toBe(false);
  });
});

describe("untilAborted", () => {
  it("rejects with the signal's reason as soon as it aborts, even if the promise never settles", async () => {
    const controller = new AbortController();
    const never = new Promise<number>(() => {});
    const racing = untilAborted(never, controller.signal);
    const reason = new Error("deadline");
    controller.abort(reason);
    await expect(racing).rejects.toBe(reason);
  });

  it("settles like the promise when the signal does not abort", async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.resolve(7), controller.signal)).resolves.toBe(7);
    const failure = new Error("ThrottlingException");
    await expect(untilAborted(Promise.reject(failure), controller.signal)).rejects.toBe(failure);
  });

  it("an already aborted signal rejects at once and the promise's later rejection is handled", async () => {
    vi.useRealTimers();
    const controller = new AbortController();
    controller.abort(new Error("gone"));
    let rejectLater!: (e: Error) => void;
    const late = new Promise<number>((_, reject) => {
      rejectLater = reject;
    });
    await expect(untilAborted(late, controller.signal)).rejects.toThrow("gone");
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      rejectLater(new Error("late"));
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });
});
