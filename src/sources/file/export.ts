/**
 * Exporting an Inspector Classic run's findings as JSON Lines, the form the file source reads: one finding
 * a line, in the service's own shape (as DescribeFindings returns it; timestamps as ISO-8601 strings). The
 * run must be COMPLETED (COMPLETED_WITH_ERRORS only when asked): an export of a run still collecting, or
 * of one that failed, would later be evaluated as if it were the whole run. Every finding is fetched or
 * the export fails (the fetch's own checks: failed items, findings not asked for), and an ARN listed
 * twice is refused, so what is written is the run, once.
 */
import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import { InspectorError } from "../../errors.js";
import type { Clock } from "../../logging.js";
import type { InspectorApi } from "../classic/api.js";
import { fetchFindings } from "../classic/findings.js";
import { runFailure, runLabel } from "../classic/run-info.js";
import { describeRun } from "../classic/runs.js";
import { isTerminalState, PARTIAL_STATES, SUCCESS_STATES } from "../classic/wait.js";

export interface ExportOptions {
  readonly runArn: string;
  /** Export a run that ended COMPLETED_WITH_ERRORS (its findings may be incomplete). */
  readonly allowPartial?: boolean;
  readonly concurrency?: number;
  readonly clock: Clock;
  readonly deadline: number;
  /** Receives the lines of a batch of findings (each ending in a newline); awaited before more are read. */
  readonly write: (lines: string) => void | Promise<void>;
  readonly onProgress?: (exported: number, listed: number) => void;
}

export interface ExportStats {
  readonly findings: number;
  readonly runName: string;
  readonly state: string;
}

export async function exportRunFindings(api: InspectorApi, options: ExportOptions): Promise<ExportStats> {
  const run = await describeRun(api, options.runArn);
  const state = run.state ?? "UNKNOWN";
  const partial = PARTIAL_STATES.has(state);
  if (!SUCCESS_STATES.has(state) && !(partial && options.allowPartial === true)) {
    if (isTerminalState(state)) throw runFailure(run, true);
    throw new InspectorError(
      "RUN_NOT_COMPLETED",
      `assessment run ${runLabel(run)} is ${state}: only a completed run's findings are all there; ` +
        "export it once it has completed ('inspector-gate check --run-arn ARN' waits for it).",
    );
  }
  const seen = new Set<string>();
  let exported = 0;
  await fetchFindings(api, {
    runArn: options.runArn,
    clock: options.clock,
    deadline: options.deadline,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    onFindings: async (findings: SdkFinding[]) => {
      let lines = "";
      for (const finding of findings) {
        const arn = finding.arn ?? "";
        if (seen.has(arn)) {
          throw new InspectorError(
            "FINDINGS_INCONSISTENT",
            `Inspector returned finding ${arn} twice for run ${options.runArn}; refusing to export inconsistent data`,
          );
        }
        seen.add(arn);
        lines += `${JSON.stringify(finding)}\n`;
      }
      exported += findings.length;
      await options.write(lines);
    },
    onProgress: (p) => options.onProgress?.(exported, p.listed),
  });
  return { findings: exported, runName: run.name ?? "", state };
}
