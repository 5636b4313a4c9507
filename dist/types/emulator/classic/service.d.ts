/**
 * The emulated Inspector Classic service: the account (seeded, or loaded from a state file), the
 * protocol that serves it, and what tests and tools reach past the API for (findings as the SDK
 * returns them, the outcome of runs, saving the account).
 */
import type { Finding } from "@aws-sdk/client-inspector";
import type { Protocol } from "../server.js";
import type { FaultConfig } from "../shared/faults.js";
import type { Outcome } from "./run-lifecycle.js";
import { Store, type StoreOptions } from "./store.js";
export interface ClassicOptions extends StoreOptions {
    /** Load the account from this file when it exists (its seed and region win; save() writes it back). */
    readonly statePath?: string;
    readonly outcome?: Outcome;
    /** The faults in force now (DescribeFindings' failedItems, findingCounts' skew). */
    faults(): FaultConfig;
    /** The emulator's "http://HOST:PORT", for the URLs it hands out. */
    endpoint(): string;
}
export interface SeededArns {
    readonly resourceGroupArn: string;
    readonly targetArn: string;
    readonly templateArn: string;
    readonly rulesPackageArns: string[];
}
export interface ClassicService {
    readonly protocol: Protocol;
    readonly store: Store;
    readonly seeded: SeededArns;
    /** The findings a run lists now, in the SDK's Finding shape; undefined for an unknown run. */
    findingsOf(runArn: string): Finding[] | undefined;
    /** Sets the outcome of a run, or of every future run with "*"; false for an unknown run. */
    setOutcome(run: string, outcome: Outcome): boolean;
    /** Writes the account to the state file given (nothing without one). */
    save(): Promise<void>;
}
export declare function startClassic(options: ClassicOptions): Promise<ClassicService>;
