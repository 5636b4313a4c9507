/**
 * The reports a merge is made of: gates' JSON reports (check --json, schemaVersion 2), each read whole and
 * checked against the report schema. A file that is not such a report is a ConfigError (exit 2) that names
 * it; the same file given twice, the same report under two names, or two reports of the same Inspector
 * Classic run are refused, as they would count a gate twice.
 */
import { createHash } from "node:crypto";
import { realpath } from "node:fs/promises";
import { readJsonFile, schemaProblems, schemaValidators } from "../baseline/read.js";
import { ConfigError } from "../errors.js";
import type { JsonReport } from "../report/json.js";

export interface FleetInput {
  /** The file as reports show it. */
  readonly file: string;
  readonly report: JsonReport;
}

/** Reports merged at most: a matrix larger than this is more likely a wrong glob. */
export const MAX_FLEET_REPORTS = 10_000;

const CODE = "MERGE_INPUT_INVALID";

function refuse(shown: string, reason: string): ConfigError {
  return new ConfigError(CODE, `Invalid report '${shown}': ${reason}.`);
}

/** The report's own identity, whatever its file is called: its content, canonically. */
function digestOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

function runArnOf(report: JsonReport): string | undefined {
  const source = report.source;
  if (source?.kind !== "inspector-classic-run") return undefined;
  const run = (source as { run?: { arn?: unknown } | null }).run;
  return typeof run?.arn === "string" ? run.arn : undefined;
}

/** One report, parsed and validated. */
export function reportOf(value: unknown, shown: string): JsonReport {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof value !== "object" || value === null || version === undefined)
    throw refuse(shown, "not a JSON report of inspector-gate (check --json FILE)");
  if (version !== 2)
    throw refuse(
      shown,
      `a JSON report of schemaVersion ${JSON.stringify(version)}; expected schemaVersion 2`,
    );
  const { report } = schemaValidators();
  if (!report(value)) throw refuse(shown, `not a valid JSON report (${schemaProblems(report)})`);
  return value as JsonReport;
}

/**
 * Reads every report, in the order given. `paths` are absolute; `display` turns one into the name reports
 * show.
 */
export async function readFleet(
  paths: readonly string[],
  display: (path: string) => string,
): Promise<FleetInput[]> {
  if (paths.length === 0)
    throw new ConfigError("USAGE", "Missing the reports: inspector-gate merge REPORT.json...");
  if (paths.length > MAX_FLEET_REPORTS)
    throw new ConfigError(
      "USAGE",
      `${paths.length} reports is more than the ${MAX_FLEET_REPORTS} merged at most.`,
    );
  const byPath = new Map<string, string>();
  const byDigest = new Map<string, string>();
  const byRun = new Map<string, string>();
  const inputs: FleetInput[] = [];
  for (const path of paths) {
    const shown = display(path);
    const value = await readJsonFile(path, `report '${shown}'`, CODE);
    const real = await realpath(path);
    const samePath = byPath.get(real);
    if (samePath !== undefined)
      throw new ConfigError(
        "MERGE_DUPLICATE",
        `'${shown}' and '${samePath}' are the same file: give each gate's report once.`,
      );
    byPath.set(real, shown);
    const report = reportOf(value, shown);
    const digest = digestOf(value);
    const sameReport = byDigest.get(digest);
    if (sameReport !== undefined)
      throw new ConfigError(
        "MERGE_DUPLICATE",
        `'${shown}' is the same report as '${sameReport}': give each gate's report once.`,
      );
    byDigest.set(digest, shown);
    const run = runArnOf(report);
    const sameRun = run !== undefined ? byRun.get(run) : undefined;
    if (run !== undefined && sameRun !== undefined)
      throw new ConfigError(
        "MERGE_DUPLICATE",
        `'${shown}' and '${sameRun}' are reports of the same assessment run ${run}: merge one report per gate.`,
      );
    if (run !== undefined) byRun.set(run, shown);
    inputs.push({ file: shown, report });
  }
  return inputs;
}
