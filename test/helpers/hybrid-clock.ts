import type { Clock } from "../../src/logging.js";

/**
 * Real time plus a virtual offset: `sleep` moves the offset forward at once (after yielding to the event
 * loop), while everything that really takes time (HTTP round trips, injected latency, the SDK's own retry
 * back-off) still counts. A one-hour assessment is waited for in milliseconds, yet a gate that hangs on a
 * slow call is seen hanging: "ends within timeout + 10 s" is measured on this clock.
 */
export class HybridClock implements Clock {
  private offset: number;
  /** Total virtual time added by sleeps. */
  slept = 0;
  sleeps = 0;

  constructor(start = Date.UTC(2026, 0, 15, 12, 0, 0)) {
    this.offset = start - Date.now();
  }

  now(): number {
    return Date.now() + this.offset;
  }

  /** Moves time forward without anyone sleeping (e.g. to let a run finish before the gate starts). */
  advance(ms: number): void {
    this.offset += ms;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    const step = Math.max(0, ms);
    this.offset += step;
    this.slept += step;
    this.sleeps++;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw signal.reason;
  }
}
