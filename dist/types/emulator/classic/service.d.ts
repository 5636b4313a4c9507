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
    /** A state file's content (`file` names it in errors): the account is restored from it, its seed and region win. */
    readonly state?: {
        readonly data: Record<string, unknown>;
        readonly file: string;
    };
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
    /** The account as the state file holds it. */
    snapshot(now: number): Record<string, unknown>;
}
export declare function startClassic(options: ClassicOptions): ClassicService;
