/**
 * Inspector v2 on the emulator's port: the seeded account, its restJson1 protocol and its routes on
 * the control endpoint. `startEmulator` registers it beside Classic and hands out its controls and
 * ground truth as `emulator.inspector2`.
 */
import type { CoveredResource, Finding } from "@aws-sdk/client-inspector2";
import type { Clock } from "../../logging.js";
import type { Protocol } from "../server.js";
import type { FaultConfig } from "../shared/faults.js";
import type { DeployedFunction, DeployFunctionInput, PushedImage, PushImageInput, ScanStatusInput } from "./actions.js";
import { type PagingQuirks } from "./operations.js";
import { type ReportFaults, type ReportWriter } from "./reports.js";
import { type Seeded2 } from "./seed.js";
import { type SavedAccount2 } from "./state.js";
export type { DeployedFunction, DeployFunctionInput, PushedImage, PushImageInput, ScanStatusInput, } from "./actions.js";
export type { PagingQuirks } from "./operations.js";
export type { ReportErrorCode, ReportFaults, ReportRec, ReportWriter } from "./reports.js";
export type { Seeded2 } from "./seed.js";
export interface Inspector2Options {
    /** Package-vulnerability findings in the seeded account (network and code findings come on top). Default 150. */
    findings?: number;
    /** Seconds from a push or deploy to the end of its first scan, before the time scale. Default 90. */
    scanSeconds?: number;
    /** Seconds a findings report stays IN_PROGRESS, before the time scale. Default 30. */
    reportSeconds?: number;
    /** Real-service paging behaviour to reproduce (empty pages, a trailing token). Default off. */
    quirks?: Partial<PagingQuirks>;
    /** Operations the caller is not allowed to call (AccessDeniedException), as a missing IAM permission. */
    deny?: readonly string[];
}
/** `emulator.inspector2`: the v2 account's controls and ground truth. */
export interface Inspector2Emulator {
    readonly seeded: Seeded2;
    /** Pushes an image: in coverage after discoverySeconds, PENDING_INITIAL_SCAN until its scan completes. */
    pushImage(input: PushImageInput): PushedImage;
    /** Deploys (or redeploys) a Lambda function, scanned after scanSeconds. */
    deployFunction(input: DeployFunctionInput): DeployedFunction;
    /** Sets a resource's scan status (e.g. INACTIVE with UNMANAGED_EC2_INSTANCE) from now on. */
    setScanStatus(input: ScanStatusInput): {
        updated: number;
    };
    /** Replaces the list of operations answered with AccessDeniedException. */
    deny(operations: readonly string[]): void;
    /** Changes the paging quirks; every key given replaces that quirk. */
    quirks(update: Partial<PagingQuirks>): void;
    /** Ground truth: every finding visible now (any status), in the SDK's Finding shape. */
    findings(): Finding[];
    /** Ground truth: every coverage record now, in the SDK's CoveredResource shape. */
    coverage(): CoveredResource[];
    /** Lets findings reports be written somewhere (an S3 endpoint); without one they end FAILED. */
    setReportWriter(writer: ReportWriter | undefined): void;
    /** Replaces the findings-report faults; reports created from now on take them. */
    reportFaults(faults: ReportFaults): ReportFaults;
}
export interface Inspector2Setup {
    readonly options: Inspector2Options;
    readonly seed: string;
    readonly region: string;
    readonly account: string;
    readonly timeScale: number;
    readonly clock: Clock;
    /** The faults in force now (BatchGetFindingDetails' failed items). */
    faults(): FaultConfig;
    /** The account saved in a state file (`file` names it in errors), restored at once. */
    readonly saved?: {
        readonly account: SavedAccount2;
        readonly file: string;
    };
}
export interface Inspector2 {
    readonly protocol: Protocol;
    readonly api: Inspector2Emulator;
    /** The account as the state file keeps it; undefined when it was never used nor restored. */
    snapshot(): SavedAccount2 | undefined;
}
/**
 * Creates the v2 half. Options are checked at once; the account is seeded on first use (a request, a
 * control, `seeded`), with its history placed before the moment of creation, so an emulator used only
 * for Classic pays nothing for it. A saved account is seeded as it was and its changes replayed.
 */
export declare function createInspector2(setup: Inspector2Setup): Inspector2;
