/**
 * `inspector-gate baseline REPORT.json [--output FILE]`: a baseline file from a gate's JSON report, to
 * commit beside the policy and give to later gates (`check --baseline FILE`). Only what a baseline needs is
 * kept (fingerprints, severities, rules, the scope, the policy's identity, names for the listed findings),
 * sorted and one fingerprint a line, so its diffs read well.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { baselineFileOf, baselineOf, readJsonFile } from "../../baseline/read.js";
import { ConfigError } from "../../errors.js";
import type { JsonReport } from "../../report/json.js";
import type { CliIo, Command } from "../io.js";
import { checkOutputPath, writeFileAtomic } from "../output.js";
import { displayPathFor, parseCommandArgs } from "./check.js";

export const HELP = `Usage: inspector-gate baseline REPORT.json [--output FILE]

Writes a baseline file from a gate's JSON report (check --json FILE): the fingerprints of every finding
that gate evaluated, with their severities and the rules they matched. Commit it and pass it to later
gates with 'check --baseline FILE'; limits and rules the policy makes new-only (baseline: { new-only: true })
then count only findings that are not in it. A report whose gate ended in an error is refused.

Options:
  -o, --output FILE   write the baseline to FILE (atomically) instead of stdout
  -q, --quiet         say nothing on stderr
  -h, --help          show this help

Exit codes: 0 written; 2 the report cannot serve as a baseline (the reason is printed).
`;

const OPTIONS = {
  output: { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

export const command: Command = {
  name: "baseline",
  summary: "write a baseline file from a gate's JSON report (for check --baseline)",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      () => parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: true }),
      "baseline",
    );
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (positionals.length !== 1) {
      throw new ConfigError(
        "USAGE",
        `${positionals.length === 0 ? "Missing the report" : "Give one report"}: inspector-gate baseline REPORT.json [--output FILE]. Run 'inspector-gate baseline --help' for usage.`,
      );
    }
    if (values.output === "")
      throw new ConfigError("OPTION_INVALID", "Invalid --output '': expected a file path.");
    const output = values.output === undefined ? undefined : resolve(io.cwd, values.output);
    if (output !== undefined) await checkOutputPath(output, "--output");
    const path = resolve(io.cwd, positionals[0]!);
    const shown = displayPathFor(io.cwd)(path);
    const label = `report '${shown}'`;
    const value = await readJsonFile(path, label);
    // Validated as any baseline is (schema, verdict, fingerprints), then written in the baseline shape.
    baselineOf(value, shown, label);
    const file =
      (value as { kind?: unknown }).kind === undefined ? baselineFileOf(value as JsonReport, label) : value;
    const text = `${JSON.stringify(file, null, 2)}\n`;
    if (output === undefined) io.stdout(text);
    else {
      await writeFileAtomic(output, text);
      if (values.quiet !== true) {
        const f = (file as { fingerprints: { groups: { fingerprints: unknown[] }[] } }).fingerprints;
        const n = f.groups.reduce((sum, g) => sum + g.fingerprints.length, 0);
        io.stderr(`inspector-gate: baseline of ${n} finding${n === 1 ? "" : "s"} written to ${output}\n`);
      }
    }
    return 0;
  },
};
