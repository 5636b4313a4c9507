/**
 * A local Amazon Inspector for the demo, the tests and the benchmarks (the package entry
 * `inspector-gate/emulator`): `startEmulator()` serves Inspector Classic (API 2016-02-16, awsJson1_1)
 * and Inspector v2 (API 2020-06-08, restJson1) on one loopback port, with seeded accounts, states
 * computed from the clock on each request, and faults on demand.
 */
import type { Finding } from "@aws-sdk/client-inspector";
import { type Clock } from "../logging.js";
import { type SeededArns } from "./classic/service.js";
import { type Inspector2Emulator, type Inspector2Options } from "./inspector2/index.js";
import type { FaultConfig } from "./shared/faults.js";
export type { Outcome } from "./classic/run-lifecycle.js";
export type { SeededArns } from "./classic/service.js";
export type { DeployedFunction, DeployFunctionInput, Inspector2Emulator, Inspector2Options, PagingQuirks, PushedImage, PushImageInput, ReportErrorCode, ReportFaults, ReportRec, ReportWriter, ScanStatusInput, Seeded2, } from "./inspector2/index.js";
export type { FaultConfig, OperationScope } from "./shared/faults.js";
export interface EmulatorOptions {
    /** Default "127.0.0.1" (loopback only unless the user asks). */
    host?: string;
    /** Default 0: any free port. */
    port?: number;
    /** Everything seeded (ids, fleet, findings) derives from it. Default "inspector-gate". */
    seed?: string | number;
    /** Findings per run. Default 120. */
    findings?: number;
    /** Divides every run timing (the seeded template's 900 s collection takes 9 s at 100). Default 1. */
    timeScale?: number;
    /** Agents in the fleet. Default 5. */
    agents?: number;
    /** How many of them are unhealthy (the last ones). Default 0. */
    unhealthyAgents?: number;
    /** Load both accounts (Classic and v2) from this JSON file when it exists, and save them there on stop(). */
    statePath?: string;
    /** Run states are computed lazily from clock.now() on each request (no timers). Default systemClock. */
    clock?: Clock;
    faults?: Partial<FaultConfig>;
    /** Default "us-west-2". */
    region?: string;
    /** How every run ends unless setOutcome says otherwise. Default "COMPLETED". */
    outcome?: string;
    /** Inspector v2 (restJson1), served on the same port: its seeded account and behaviour. */
    inspector2?: Inspector2Options;
    /**
     * An S3-compatible endpoint (s3rver, in-process, loopback) that v2 findings reports are written to,
     * with these buckets created. Without it, a v2 report with findings ends FAILED (INTERNAL_ERROR).
     */
    s3?: {
        buckets?: readonly string[];
    };
}
export interface Emulator {
    /** "http://127.0.0.1:PORT" */
    readonly endpoint: string;
    readonly seeded: SeededArns;
    /** Stops listening, closes connections and saves the state file (when one was given). Idempotent. */
    stop(): Promise<void>;
    /** Calls per operation (throttled and failed calls included); injected faults as "fault.<kind>". */
    stats(): Record<string, number>;
    resetStats(): void;
    /** Changes faults at run time; every key given replaces that fault. */
    faults(update: Partial<FaultConfig>): void;
    /** Ground truth for tests and benches: the findings a run lists now, in the SDK's Finding shape. */
    findingsOf(runArn: string): Finding[];
    /** Sets the outcome of one run (or of every future run with "*"): COMPLETED | COMPLETED_WITH_ERRORS | FAILED | ERROR | NEVER. */
    setOutcome(runArnOrStar: string, outcome: string): void;
    /** Inspector v2 on the same endpoint: its seeded account, controls and ground truth. */
    readonly inspector2: Inspector2Emulator;
    /** The S3 endpoint findings reports are written to ("http://127.0.0.1:PORT"), when started. */
    readonly s3Endpoint?: string;
}
export declare function startEmulator(options?: EmulatorOptions): Promise<Emulator>;
