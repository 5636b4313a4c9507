/**
 * Waiting in the shape of the SDK's waiters (`createWaiter` + `checkState`), with our own policy: the
 * first delay is the poll interval, each next one about ×1.5 with jitter up to 60 s, never sleeping much
 * past the expected end of what it waits for (a run's, a scan's) and never past the deadline. Time and
 * sleep come from the injected Clock. Every source waits with this: a Classic run, and next a v2 scan or a
 * findings report.
 */
import type { Clock } from "../logging.js";

/** What one check concluded: done (SUCCESS or FAILURE) or try again later (RETRY). */
export type CheckState = "SUCCESS" | "FAILURE" | "RETRY";
export interface CheckResult<T> {
  readonly state: CheckState;
  readonly reason: T;
}

export type WaiterState = "SUCCESS" | "FAILURE" | "TIMEOUT" | "ABORTED";
export interface WaiterResult<T> {
  readonly state: WaiterState;
  /** What the last check saw (absent when aborted before the first check completed). */
  readonly reason?: T;
  readonly checks: number;
}

export interface WaiterConfiguration<T> {
  readonly clock: Clock;
  /** The first delay (the poll interval). */
  readonly minDelayMs: number;
  /** The cap of any delay (default 60 s). */
  readonly maxDelayMs?: number;
  /** Absolute time (clock ms) after which the waiter gives up with TIMEOUT. */
  readonly deadline: number;
  readonly abortSignal?: AbortSignal;
  /** [0, 1) source for jitter; default Math.random. */
  readonly random?: () => number;
  /**
   * A moment (clock ms) the waiter should not sleep past, given what the last check saw (e.g. a run's
   * expected end). Once it has passed, delays start again from the poll interval.
   */
  readonly wakeBy?: (reason: T) => number | undefined;
}

export const MAX_POLL_DELAY_MS = 60_000;
const GROWTH = 1.5;
/** After a run's expected end: how long polls stay brisk, and how far apart they may then be. */
const BRISK_WINDOW_MS = 10 * 60_000;
const BRISK_CAP_MS = 15_000;
const JITTER = 0.2;

/** The n-th delay (n = 0 is the first): minDelay × 1.5^n, jittered by ±10 % after the first, capped. */
export function backoffDelay(
  n: number,
  minDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  if (n <= 0) return Math.min(minDelayMs, maxDelayMs);
  const base = minDelayMs * GROWTH ** n;
  const jittered = base * (1 - JITTER / 2 + JITTER * random());
  return Math.round(Math.min(maxDelayMs, Math.max(minDelayMs, jittered)));
}

export async function createWaiter<T>(
  config: WaiterConfiguration<T>,
  check: () => Promise<CheckResult<T>>,
): Promise<WaiterResult<T>> {
  const { clock, minDelayMs, deadline, abortSignal } = config;
  const maxDelayMs = config.maxDelayMs ?? MAX_POLL_DELAY_MS;
  const random = config.random ?? Math.random;
  let checks = 0;
  let reason: T | undefined;
  let n = 0;
  let wakePassed = false;
  while (true) {
    if (abortSignal?.aborted) return { state: "ABORTED", reason, checks };
    const result = await check();
    checks++;
    reason = result.reason;
    if (result.state !== "RETRY") return { state: result.state, reason, checks };

    const now = clock.now();
    const remaining = deadline - now;
    if (remaining <= 0) return { state: "TIMEOUT", reason, checks };
    let delay = backoffDelay(n, minDelayMs, maxDelayMs, random);
    n++;
    const wake = config.wakeBy?.(result.reason);
    if (wake !== undefined) {
      if (wake > now) delay = Math.min(delay, Math.max(1, wake - now));
      else if (!wakePassed) {
        // The expected end has passed: the run is finishing; poll briskly again.
        wakePassed = true;
        n = 1;
        delay = minDelayMs;
      } else if (now - wake < BRISK_WINDOW_MS) {
        // Evaluating rules after collection takes a minute or two: keep noticing the end within seconds
        // rather than letting the backoff grow to a minute; past the window, back off as usual.
        delay = Math.min(delay, Math.max(minDelayMs, BRISK_CAP_MS));
      }
    }
    delay = Math.min(delay, remaining);
    try {
      await clock.sleep(delay, abortSignal);
    } catch (error) {
      if (abortSignal?.aborted) return { state: "ABORTED", reason, checks };
      throw error;
    }
  }
}
