/**
 * Waiting for scans (--wait-for-scan): ListCoverage over the scope, over the shared waiter (the same
 * backoff, deadline and cancellation as a Classic run), until every resource in scope is ACTIVE with a
 * scan recorded, every named image digest is in coverage and the scope is not empty. A resource Inspector
 * does not scan (INACTIVE under `coverage.inactive-resources: fail`) ends the wait at once: waiting
 * cannot change it.
 */
import { type CheckResult, type WaiterResult } from "../../core/wait.js";
import type { Clock } from "../../logging.js";
import type { Inspector2Api } from "./api.js";
import { type CoverageView, type InactivePolicy } from "./coverage.js";
import type { Inspector2Scope } from "./scope.js";
export interface ScanWaitOptions {
    readonly clock: Clock;
    readonly pollIntervalMs: number;
    readonly deadline: number;
    readonly abortSignal: AbortSignal;
    readonly random?: () => number;
    readonly inactive: InactivePolicy;
    readonly scopeWords: string;
    /** Called after every check whose view differs from the one before (and for the first). */
    readonly onView?: (view: CoverageView, waiting: boolean) => void;
}
/** The checkState of a coverage view: evidence (SUCCESS), not evidence for good (FAILURE), or RETRY. */
export declare function checkCoverage(view: CoverageView, options: Pick<ScanWaitOptions, "inactive" | "scopeWords">): CheckResult<CoverageView>;
export declare function waitForScans(api: Inspector2Api, scope: Inspector2Scope, options: ScanWaitOptions): Promise<WaiterResult<CoverageView>>;
