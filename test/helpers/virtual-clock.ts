/**
 * A Clock whose time moves only when told: `sleep(ms)` advances it by `ms` and resolves at once, so
 * code that waits (pollers, the emulator's run state machine) can be walked through without waiting.
 */
import type { Clock } from "../../src/logging.js";

export class VirtualClock implements Clock {
  private t: number;
  /** Every sleep asked for, in ms, in order. */
  readonly sleeps: number[] = [];

  constructor(start: number | Date = Date.UTC(2026, 0, 15, 12, 0, 0)) {
    this.t = typeof start === "number" ? start : start.getTime();
  }

  now(): number {
    return this.t;
  }

  /** Advances time by `ms` and resolves on the next turn of the event loop (other work may run). */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.sleeps.push(ms);
    this.t += Math.max(0, ms);
    return new Promise((resolve, reject) => {
      setImmediate(() => (signal?.aborted ? reject(signal.reason) : resolve()));
    });
  }

  advance(ms: number): void {
    this.t += ms;
  }

  set(ms: number | Date): void {
    this.t = typeof ms === "number" ? ms : ms.getTime();
  }
}
