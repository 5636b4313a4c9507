import type { Store } from "./store.js";
export declare const STATE_FORMAT = "inspector-gate-emulator-state";
/** Everything about the account, ready for JSON. */
export declare function snapshot(store: Store, now: number, seeded?: Record<string, string>): Record<string, unknown>;
/** The seed and fleet a state file was saved with (needed before the store is built). */
export declare function stateBasics(data: Record<string, unknown>): {
    seed?: string;
    region?: string;
};
/** Fills an empty store from a state file; throws ConfigError listing every problem found. */
export declare function restore(store: Store, data: Record<string, unknown>, file: string): void;
