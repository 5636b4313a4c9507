/**
 * Abort plumbing every source shares: the error the gate's work throws when its signal aborts, a promise
 * that gives up the moment a signal aborts, and a child signal per call.
 */
import { errorMessage } from "../errors.js";

/** Thrown inside the gate when its signal aborts; runGate turns it into the timeout/interrupt verdict. */
export class GateAborted extends Error {
  constructor(readonly reason: unknown) {
    super(`aborted: ${errorMessage(reason)}`);
    this.name = "GateAborted";
  }
}

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as the signal aborts, whichever
 * comes first. A later rejection of `promise` is handled (and ignored) once the signal has won.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

export function linkedAbort(parent: AbortSignal): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { signal: controller.signal, dispose() {} };
  }
  const onAbort = () => controller.abort(parent.reason);
  parent.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => parent.removeEventListener("abort", onAbort),
  };
}
