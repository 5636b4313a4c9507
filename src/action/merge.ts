/**
 * The Action's `merge` input: the gates' JSON reports matching a glob (expanded by glob.ts, on
 * tinyglobby), merged into one verdict that is reported as a gate's would be (summary, comment, annotations,
 * files, outputs). No report matched is an input error: a fleet of nobody is never a pass.
 */
import * as core from "@actions/core";
import { ConfigError } from "../errors.js";
import { mergeReports } from "../fleet/merge.js";
import { readFleet } from "../fleet/read.js";
import type { GateResult } from "../result.js";
import { expandGlob } from "./glob.js";
import type { ActionInputs } from "./inputs.js";
import { displayPath } from "./report.js";

/** The report files the patterns match (relative to the workspace), each once, sorted; files only. */
export async function matchReports(patterns: readonly string[], workspace: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) for (const file of await expandGlob(workspace, pattern)) found.add(file);
  return [...found].sort();
}

export async function mergeFleet(
  inputs: ActionInputs,
  patterns: readonly string[],
  expected?: number,
): Promise<GateResult> {
  const started = Date.now();
  const files = await matchReports(patterns, inputs.workspace);
  if (files.length === 0) {
    throw new ConfigError(
      "INPUT_INVALID",
      `Invalid input merge '${patterns.join(", ")}': no report matched in the workspace (${inputs.workspace}); download the gates' JSON reports first.`,
    );
  }
  core.info(`Merging ${files.length} report${files.length === 1 ? "" : "s"}`);
  const fleet = await readFleet(files, displayPath(inputs.workspace));
  const merged = mergeReports(fleet, {
    startedAt: new Date(started).toISOString(),
    totalMs: Date.now() - started,
    ...(expected !== undefined ? { expected } : {}),
  });
  return inputs.warnOnly && merged.verdict === "fail" ? { ...merged, exitCode: 0, warnOnly: true } : merged;
}
