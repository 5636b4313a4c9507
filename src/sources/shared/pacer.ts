/**
 * Pacing requests to the rate a service accepts, rather than bouncing off its limit. Until the service
 * first throttles, nothing waits (its burst allowance is used at once). On a throttle, the pace becomes
 * the rate the service accepted over the last second (a little under it); while nothing is throttled, the
 * pace creeps up again, so a higher allowance, or one freed by other callers, is found.
 *
 * It sits on an SDK client as a middleware in the deserialize step, which runs once per HTTP attempt
 * inside the SDK's retry loop: every attempt (retries included) waits for its turn, and every answer is
 * seen (a ThrottlingException as the service's "too fast"). Retrying stays the SDK's job.
 */
import type { SdkClient } from "./aws.js";

/** How far back accepted answers are counted when the service throttles… */
const WINDOW_MS = 1_000;
/** …and the shortest span they are spread over (a young client's first burst is not its pace). */
const MIN_SPAN_MS = 250;
/** The pace after a throttle, as a share of the rate the service accepted. */
const BELOW = 0.97;
/** While nothing is throttled, the pace grows by this share… */
const GROWTH = 0.05;
/** …every this many milliseconds. */
const GROWTH_EVERY_MS = 500;
/** Never slower than this (requests per second). */
const MIN_RATE = 1;

export function isThrottle(error: unknown): boolean {
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: number } } | undefined;
  return e?.name === "ThrottlingException" || e?.$metadata?.httpStatusCode === 429;
}

export class Pacer {
  /** Requests per second allowed to start; unbounded until the first throttle. */
  private rate = Number.POSITIVE_INFINITY;
  /** Earliest start (ms) of the next request. */
  private next = 0;
  /** Times (ms) of the accepted answers within the window, oldest first. */
  private readonly answers: number[] = [];
  private head = 0;
  private first?: number;
  private lastChange = 0;
  private throttles = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The pace now, in requests per second (Infinity before any throttle). */
  get pace(): number {
    return this.rate;
  }

  get throttled(): number {
    return this.throttles;
  }

  /** Resolves when the next request may start. */
  take(): Promise<void> {
    if (this.rate === Number.POSITIVE_INFINITY) return Promise.resolve();
    const now = this.now();
    this.grow(now);
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.rate;
    const wait = at - now;
    return wait < 1 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** The service accepted a request. */
  accepted(): void {
    const now = this.now();
    this.first ??= now;
    this.answers.push(now);
    this.trim(now);
  }

  /** The service throttled a request: pace at (just under) what it has been accepting. */
  throttle(): void {
    const now = this.now();
    this.throttles++;
    this.trim(now);
    const span = Math.max(MIN_SPAN_MS, Math.min(WINDOW_MS, now - (this.first ?? now)));
    const accepted = this.answers.length - this.head;
    const measured = (accepted * 1000) / span;
    this.rate = Math.max(MIN_RATE, Math.min(this.rate, measured) * BELOW);
    this.lastChange = now;
    // The requests already given a turn at the old pace keep it; the next ones follow the new one.
    this.next = Math.max(this.next, now + 1000 / this.rate);
  }

  private grow(now: number): void {
    const steps = Math.floor((now - this.lastChange) / GROWTH_EVERY_MS);
    if (steps <= 0) return;
    this.rate *= (1 + GROWTH) ** steps;
    this.lastChange += steps * GROWTH_EVERY_MS;
  }

  private trim(now: number): void {
    while (this.head < this.answers.length && (this.answers[this.head] as number) < now - WINDOW_MS)
      this.head++;
    if (this.head > 1024) {
      this.answers.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Paces every attempt `client` sends until the returned function is called. */
  attach(client: SdkClient): () => void {
    const name = `inspectorGatePacer${++pacerSerial}`;
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
        await this.take();
        try {
          const out = await next(args);
          this.accepted();
          return out;
        } catch (error) {
          if (isThrottle(error)) this.throttle();
          else this.accepted();
          throw error;
        }
      },
      { step: "deserialize", name, priority: "high" },
    );
    return () => {
      client.middlewareStack.remove(name);
    };
  }
}
let pacerSerial = 0;
