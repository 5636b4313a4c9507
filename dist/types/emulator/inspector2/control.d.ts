/**
 * Inspector v2's routes on the control endpoint, under /_emulator/inspector2/: the seeded account,
 * pushing an image, deploying a function, setting a scan status, denying operations, the paging
 * quirks and the findings-report faults. Each is the JS API's `emulator.inspector2` method of the same name, over HTTP.
 */
import type { ControlRoutes } from "../control.js";
import type { Inspector2Emulator } from "./index.js";
import type { PagingQuirks } from "./operations.js";
export interface Inspector2ControlState {
    readonly api: Inspector2Emulator;
    /** The operations denied now. */
    denied(): readonly string[];
    /** The paging quirks in force now. */
    quirks(): PagingQuirks;
}
export declare function inspector2Control(state: Inspector2ControlState): ControlRoutes;
