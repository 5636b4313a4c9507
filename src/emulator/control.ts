/**
 * The control endpoint, on the emulator's own port under /_emulator/ (no signature needed): what
 * every protocol shares (health, call counts, faults); each protocol may add its own routes.
 */
import type { FaultConfig } from "./shared/faults.js";

export interface ControlRequest {
  readonly method: string;
  /** The path without its query string or trailing slashes, e.g. "/_emulator/faults". */
  readonly path: string;
  readonly query: URLSearchParams;
  /** The body as JSON ({} when empty); throws when it is too large or not JSON. */
  json(): unknown;
}

/** A JSON answer, or a document served as it is (a report). */
export type ControlAnswer =
  | { readonly status: number; readonly json: unknown }
  | { readonly status: number; readonly contentType: string; readonly document: Buffer };

export interface ControlRoutes {
  /** "METHOD /_emulator/..." for each route, listed when a path is unknown. */
  readonly paths: readonly string[];
  /** The answer, or undefined when the request is not one of these routes. */
  answer(request: ControlRequest, now: number): ControlAnswer | undefined;
}

/** What the shared routes read and change. */
export interface ControlState {
  readonly stats: Map<string, number>;
  readonly faults: FaultConfig;
  /** Merges a fault update in; throws a readable Error when it is invalid. */
  updateFaults(update: unknown): FaultConfig;
}

export function sharedControl(state: ControlState): ControlRoutes {
  return {
    paths: [
      "GET /_emulator/health",
      "GET /_emulator/stats",
      "POST /_emulator/stats/reset",
      "GET /_emulator/faults",
      "POST /_emulator/faults",
    ],
    answer({ method, path, json }) {
      if (path === "/_emulator/health" && method === "GET") return { status: 200, json: { status: "ok" } };
      if (path === "/_emulator/stats" && method === "GET") {
        return { status: 200, json: Object.fromEntries(state.stats) };
      }
      if (path === "/_emulator/stats/reset" && method === "POST") {
        state.stats.clear();
        return { status: 200, json: {} };
      }
      if (path === "/_emulator/faults" && method === "GET") return { status: 200, json: state.faults };
      if (path === "/_emulator/faults" && (method === "POST" || method === "PUT")) {
        return { status: 200, json: state.updateFaults(json()) };
      }
      return undefined;
    },
  };
}
