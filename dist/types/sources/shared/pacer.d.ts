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
export declare function isThrottle(error: unknown): boolean;
export declare class Pacer {
    private readonly now;
    /** Requests per second allowed to start; unbounded until the first throttle. */
    private rate;
    /** Earliest start (ms) of the next request. */
    private next;
    /** Times (ms) of the accepted answers within the window, oldest first. */
    private readonly answers;
    private head;
    private first?;
    private lastChange;
    private throttles;
    constructor(now?: () => number);
    /** The pace now, in requests per second (Infinity before any throttle). */
    get pace(): number;
    get throttled(): number;
    /** Resolves when the next request may start. */
    take(): Promise<void>;
    /** The service accepted a request. */
    accepted(): void;
    /** The service throttled a request: pace at (just under) what it has been accepting. */
    throttle(): void;
    private grow;
    private trim;
    /** Paces every attempt `client` sends until the returned function is called. */
    attach(client: SdkClient): () => void;
}
