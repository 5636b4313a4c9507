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
