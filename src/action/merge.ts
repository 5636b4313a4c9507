/**
 * The Action's `merge` input: the gates' JSON reports matching a glob (expanded by the Actions toolkit's
 * glob), merged into one verdict that is reported as a gate's would be (summary, comment, annotations,
 * files, outputs). No report matched is an input error: a fleet of nobody is never a pass.
 */
import * as core from "@actions/core";
import { create } from "@actions/glob";
import { ConfigError } from "../errors.js";
import { mergeReports } from "../fleet/merge.js";
import { readFleet } from "../fleet/read.js";
import type { GateResult } from "../result.js";
import type { ActionInputs } from "./inputs.js";
import { displayPath } from "./report.js";

/** The report files the patterns match, relative patterns taken from the workspace; sorted, files only. */
export async function matchReports(patterns: readonly string[], workspace: string): Promise<string[]> {
  const lines = patterns.map((p) => {
    const negate = p.startsWith("!");
    const body = negate ? p.slice(1) : p;
    const absolute = body.startsWith("/") ? body : `${workspace.replace(/\/$/, "")}/${body}`;
    return `${negate ? "!" : ""}${absolute}`;
  });
  const globber = await create(lines.join("\n"), { matchDirectories: false, implicitDescendants: false });
  return (await globber.glob()).sort();
}

export async function mergeFleet(inputs: ActionInputs, patterns: readonly string[]): Promise<GateResult> {
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
  });
  return inputs.warnOnly && merged.verdict === "fail" ? { ...merged, exitCode: 0, warnOnly: true } : merged;
}
