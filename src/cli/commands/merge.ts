/**
 * `inspector-gate merge REPORT.json...`: one verdict over the JSON reports of many gates (a CI matrix
 * over accounts, regions or images), reported in every format as `check` reports one gate (docs/fleet.md).
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../../errors.js";
import { mergeReports } from "../../fleet/merge.js";
import { readFleet } from "../../fleet/read.js";
import { FORMATS } from "../../report/index.js";
import { parseChoice, parseInteger } from "../args.js";
import type { CliIo, Command } from "../io.js";
import { checkOutputPath } from "../output.js";
import { deliver, displayPathFor, parseCommandArgs, reportFiles } from "./check.js";

export const HELP = `Usage: inspector-gate merge REPORT.json... [--expect N] [--format text|json|markdown|sarif|junit]
    [--output FILE] [--json FILE] [--sarif FILE] [--junit FILE] [--warn-only]

Merges the JSON reports of many gates (check --json FILE, e.g. one per account, region or image of a CI
matrix) into one verdict and one report. Counts are summed; each limit and rule combines as the policy says
(fleet: { limits: per-gate } — the default — fails the fleet when any gate violated it; total compares the
sum over all gates with its max). Any gate that ended in an error makes the merged verdict an error. Every
report must be given once, and all must come from gates that ran the same policy.

Options:
  --expect N            the fleet has N gates: any other number of reports (a gate job that failed or did
                        not upload its report) is an error, exit 3 FLEET_INCOMPLETE, never a verdict
  -f, --format FORMAT   text (default), json, markdown, sarif or junit
  -o, --output FILE     write the report to FILE (atomically) instead of stdout
  --json FILE           also write the merged JSON report to FILE
  --sarif FILE          also write the merged SARIF report to FILE
  --junit FILE          also write the merged JUnit XML report to FILE
  --warn-only           report a failed fleet but exit 0 (an error still exits 3)
  -q, --quiet           say nothing on stderr but errors
  --no-color            no colour in the text report
  -h, --help            show this help

Exit codes: 0 pass; 1 the fleet violates the policy; 2 a report is missing, corrupt, given twice or of
another policy; 3 a gate of the fleet ended in an error, or --expect and the reports disagree.
`;

const OPTIONS = {
  expect: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  json: { type: "string" },
  sarif: { type: "string" },
  junit: { type: "string" },
  "warn-only": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export const command: Command = {
  name: "merge",
  summary: "one verdict and one report from the JSON reports of many gates (a CI matrix)",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const started = Date.now();
    const { values, positionals } = parseCommandArgs(
      () => parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: true }),
      "merge",
    );
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (positionals.length === 0) {
      throw new ConfigError(
        "USAGE",
        "Missing the reports: inspector-gate merge REPORT.json... Run 'inspector-gate merge --help' for usage.",
      );
    }
    const expected = values.expect === undefined ? undefined : parseInteger(values.expect, "--expect");
    const format = values.format === undefined ? "text" : parseChoice(values.format, "--format", FORMATS);
    if (values.output === "")
      throw new ConfigError("OPTION_INVALID", "Invalid --output '': expected a file path.");
    const output = values.output === undefined ? undefined : resolve(io.cwd, values.output);
    const reports = reportFiles(values, output, io.cwd);
    if (output !== undefined) await checkOutputPath(output, "--output");
    for (const file of reports) await checkOutputPath(file.path, file.flag);
    const display = displayPathFor(io.cwd);
    const inputs = await readFleet(
      positionals.map((p) => resolve(io.cwd, p)),
      display,
    );
    const merged = mergeReports(inputs, {
      startedAt: new Date(started).toISOString(),
      totalMs: Date.now() - started,
      ...(expected !== undefined ? { expected } : {}),
    });
    const result =
      values["warn-only"] === true && merged.verdict === "fail"
        ? { ...merged, exitCode: 0 as const, warnOnly: true }
        : merged;
    return deliver(
      result,
      {
        format,
        ...(output !== undefined ? { output } : {}),
        quiet: values.quiet === true,
        reports,
        noColor: values["no-color"] === true,
      },
      io,
    );
  },
};
