import type { FaultConfig } from "./faults.js";
import { CompiledFilter } from "./findings.js";
import type { PageTokens } from "./pagination.js";
import { type Store } from "./store.js";
/** Everything a handler may touch, besides the request. */
export interface Emulation {
    readonly store: Store;
    readonly tokens: PageTokens;
    faults(): FaultConfig;
    /** Finding ARNs that already failed once under the "retryable-once" failedItems fault. */
    readonly failedOnce: Set<string>;
    /** Report requests: when each run's report was first asked for. */
    readonly reports: Map<string, number>;
    readonly endpoint: () => string;
    readonly filterCache: Map<string, CompiledFilter>;
}
type Input = Record<string, any>;
type Output = Record<string, unknown> | undefined;
export type Handler = (input: Input, em: Emulation, now: number) => Output;
/** Inspector's name patterns: `*` any run of characters, `?` one character, otherwise exact. */
export declare function namePattern(pattern: string): RegExp;
export declare const HANDLERS: Readonly<Record<string, Handler>>;
export {};
