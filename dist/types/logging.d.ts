/**
 * How the core talks to the outside world without knowing where it runs: a Logger for messages, a
 * progress callback for run state changes, and a Clock so that waiting can be tested without waiting.
 */
export interface Logger {
    debug(message: string): void;
    info(message: string): void;
    warn(message: string): void;
    error(message: string): void;
}
export declare const silentLogger: Logger;
export interface Clock {
    /** Milliseconds since the epoch. */
    now(): number;
    /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
export declare const systemClock: Clock;
