/**
 * The gate's deadline as an active timer: when the injected Clock reaches the deadline, the gate's abort
 * controller is aborted with a DeadlineExceeded reason, so every call in flight is cancelled (a call that
 * hangs cannot keep the gate past its deadline) and every sleep ends.
 *
 * The deadline is read on the Clock, but the timer does not sleep on it: the test clocks advance time when
 * someone sleeps on them, so a background `clock.sleep(deadline - now)` would move them straight to the
 * deadline. Instead a real timer looks at `clock.now()` at most every second (sooner when the deadline is
 * nearer). With the system clock that fires at the deadline; with a virtual clock it fires once the work
 * itself has moved the clock past the deadline; with a clock that also counts real time it catches a call
 * that hangs.
 *
 * The timer is deliberately not unref'd: while a gate is unfinished, its deadline keeps the process alive,
 * so a gate stuck on something that holds no handle still ends with a verdict (TIMEOUT), never silently.
 */
import type { Clock } from "../logging.js";
/** The reason of an abort caused by the deadline, and what the gate throws when it sees the deadline pass. */
export declare class DeadlineExceeded extends Error {
    readonly phase: string;
    constructor(phase: string);
}
/** The longest real interval between two looks at the clock. */
export declare const DEADLINE_TICK_MS = 1000;
export interface DeadlineTimer {
    /** Stops the timer (the gate has ended); safe to call more than once. */
    disarm(): void;
    /** True once the deadline has fired. */
    readonly fired: boolean;
}
/**
 * Calls `expire` once, as soon as `clock.now() >= deadline` is seen, unless disarmed first. Never sleeps on
 * the clock; `expire` is never called synchronously from here (a deadline already past fires on the next
 * timer turn).
 */
export declare function armDeadline(clock: Clock, deadline: number, expire: () => void, tickMs?: number): DeadlineTimer;
