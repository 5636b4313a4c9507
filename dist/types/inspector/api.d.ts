/**
 * One door to the SDK for the gate: every call gets its own abort signal linked to the gate's (the SDK's
 * HTTP handler keeps one `onabort` per signal, so concurrent calls must not share one), every attempt is
 * counted per operation, and SDK, network and credential failures become InspectorErrors that name the
 * operation. Anything else that is thrown is a bug and passes through untouched.
 *
 * A call gives up the moment its signal aborts. The HTTP handler aborts the request in flight, but the
 * SDK's retry back-off and its adaptive rate limiter sleep on timers no signal reaches (a back-off can
 * last up to 20 s): the gate does not wait for them. The SDK's promise settles later on its own (its next
 * attempt sees the aborted signal and stops) and nobody reads it.
 */
import type { InspectorClient } from "@aws-sdk/client-inspector";
import { InspectorError } from "../errors.js";
/** Calls per Inspector operation. Counts HTTP attempts, so a call the SDK retried twice counts 3. */
export declare class ApiCallCounter {
    private readonly counts;
    record(operation: string): void;
    get(operation: string): number;
    snapshot(): Record<string, number>;
    /**
     * Counts every attempt `client` sends (retries included) until the returned function is called. The
     * middleware sits in the deserialize step, which runs once per attempt inside the SDK's retry loop.
     */
    attach(client: InspectorClient): () => void;
}
/** What the SDK passes to the HTTP handler; Node's AbortSignal satisfies it. */
export interface CallOptions {
    readonly abortSignal: AbortSignal;
}
export declare class InspectorApi {
    readonly client: InspectorClient;
    /** Aborted when the gate gives up (deadline, SIGINT, a fatal error elsewhere). */
    readonly signal: AbortSignal;
    constructor(client: InspectorClient, 
    /** Aborted when the gate gives up (deadline, SIGINT, a fatal error elsewhere). */
    signal: AbortSignal);
    /** Runs one SDK call with a signal of its own; converts SDK and network failures. */
    call<T>(operation: string, send: (options: CallOptions) => Promise<T>): Promise<T>;
    /** Iterates an SDK paginator, converting its failures like `call`. */
    pages<T>(operation: string, paginate: (options: CallOptions) => AsyncIterable<T>): AsyncGenerator<T>;
    private convert;
}
/** Thrown inside the gate when its signal aborts; runGate turns it into the timeout/interrupt verdict. */
export declare class GateAborted extends Error {
    readonly reason: unknown;
    constructor(reason: unknown);
}
/**
 * Settles like `promise`, or rejects with the signal's reason as soon as the signal aborts, whichever
 * comes first. A later rejection of `promise` is handled (and ignored) once the signal has won.
 */
export declare function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T>;
export declare function linkedAbort(parent: AbortSignal): {
    signal: AbortSignal;
    dispose(): void;
};
/**
 * Maps what the SDK throws to a coded InspectorError (exit 3), or undefined when the value is not an SDK,
 * network or credentials failure (a bug, to be rethrown as is).
 */
export declare function toInspectorError(error: unknown, operation: string): InspectorError | undefined;
