/**
 * The Inspector v2 half of the emulator: the seeded account, the restJson1 service and the controls
 * under `/_emulator/inspector2/`. `startEmulator` creates it beside Classic on the same port and
 * exposes the controls as `emulator.inspector2`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CoveredResource, Finding } from "@aws-sdk/client-inspector2";
import type { Clock } from "../../logging.js";
import type { FaultConfig } from "../faults.js";
import { type DeployedFunction, type DeployFunctionInput, type PushedImage, type PushImageInput, type ScanStatusInput } from "./controls.js";
import { type PagingQuirks } from "./operations.js";
import { type ReportWriter } from "./reports.js";
import { type Seeded2 } from "./seed.js";
import { Inspector2Service } from "./service.js";
export type { DeployedFunction, DeployFunctionInput, PushedImage, PushImageInput, ScanStatusInput, } from "./controls.js";
export type { PagingQuirks } from "./operations.js";
export type { ReportRec, ReportWriter } from "./reports.js";
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
}
export interface Inspector2Setup {
    readonly options: Inspector2Options;
    readonly seed: string;
    readonly region: string;
    readonly account: string;
    readonly timeScale: number;
    readonly clock: Clock;
    readonly stats: Map<string, number>;
    faults(): FaultConfig;
}
export interface Inspector2 {
    readonly service: Inspector2Service;
    readonly api: Inspector2Emulator;
    /** Serves `/_emulator/inspector2/...`. */
    control(req: IncomingMessage, res: ServerResponse): Promise<void>;
}
/**
 * Creates the v2 half. Options are checked at once; the account is seeded on first use (a request, a
 * control, `seeded`), with its history placed before the moment of creation, so an emulator used only
 * for Classic pays nothing for it.
 */
export declare function createInspector2(setup: Inspector2Setup): Inspector2;
