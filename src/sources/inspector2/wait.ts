/**
 * Waiting for scans (--wait-for-scan): ListCoverage over the scope, over the shared waiter (the same
 * backoff, deadline and cancellation as a Classic run), until every resource in scope is ACTIVE with a
 * scan recorded, every named image digest is in coverage and the scope is not empty. A resource Inspector
 * does not scan (INACTIVE under `coverage.inactive-resources: fail`) ends the wait at once: waiting
 * cannot change it.
 */
import { type CheckResult, createWaiter, type WaiterResult } from "../../core/wait.js";
import type { Clock } from "../../logging.js";
import type { Inspector2Api } from "./api.js";
import { type CoverageView, type InactivePolicy, judgeCoverage, readCoverage } from "./coverage.js";
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

/** What a check saw, reduced to what progress reports (a change of any of it is worth saying). */
function summary(view: CoverageView): string {
  return view.resources
    .map((r) => `${r.resourceId}:${r.status}:${r.scans.map((s) => s.reason).join(",")}`)
    .concat(view.missingDigests)
    .join("|");
}

/** The checkState of a coverage view: evidence (SUCCESS), not evidence for good (FAILURE), or RETRY. */
export function checkCoverage(
  view: CoverageView,
  options: Pick<ScanWaitOptions, "inactive" | "scopeWords">,
): CheckResult<CoverageView> {
  const judged = judgeCoverage(view, { ...options, waitForScan: true });
  if (judged.error === undefined) return { state: "SUCCESS", reason: view };
  return { state: judged.waitable ? "RETRY" : "FAILURE", reason: view };
}

export function waitForScans(
  api: Inspector2Api,
  scope: Inspector2Scope,
  options: ScanWaitOptions,
): Promise<WaiterResult<CoverageView>> {
  let last: string | undefined;
  return createWaiter<CoverageView>(
    {
      clock: options.clock,
      minDelayMs: options.pollIntervalMs,
      deadline: options.deadline,
      abortSignal: options.abortSignal,
      ...(options.random ? { random: options.random } : {}),
    },
    async () => {
      const view = await readCoverage(api, scope);
      const checked = checkCoverage(view, options);
      const now = summary(view);
      if (now !== last) {
        options.onView?.(view, checked.state === "RETRY");
        last = now;
      }
      return checked;
    },
  );
}
