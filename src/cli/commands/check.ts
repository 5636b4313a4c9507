/**
 * `inspector-gate check`: argv → options → runGate (or offline evaluation) → report on stdout or a file
 * → exit code. Progress and errors go to stderr, so `--format json | jq` always works.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { readBaseline } from "../../baseline/read.js";
import { ConfigError, errorMessage } from "../../errors.js";
import { type GateOptions, runGate, type SourceSpec } from "../../gate.js";
import { loadPolicy } from "../../policy/load.js";
import { FORMATS, formatReport } from "../../report/index.js";
import type { Format, ReportContext } from "../../report/types.js";
import type { GateResult } from "../../result.js";
import { defaultRunName } from "../../sources/classic/run-name.js";
import { VERSION } from "../../version.js";
import { parseArn, parseChoice, parseDuration, parseInteger, parseUrl } from "../args.js";
import type { CliIo, Command } from "../io.js";
import { checkOutputPath, writeFileAtomic } from "../output.js";
import { createProgress } from "../progress.js";
import { INSPECTOR2_HELP, INSPECTOR2_OPTIONS, readInspector2Source } from "./check-inspector2.js";

export const HELP = `Usage: inspector-gate check --policy FILE [--policy FILE ...]
    (--run-arn ARN | --template-arn ARN [--run-name NAME] [--latest [--max-age DURATION]]
     | --findings FILE [--findings FILE ...] [--include-suppressed]
     | --source inspector2 (SCOPE ... | --all-resources) [--wait-for-scan] [--include-suppressed]
       [--report-bucket BUCKET --report-kms-key ARN [--report-prefix P] [--s3-endpoint URL]])
    [--timeout DURATION] [--poll-interval DURATION] [--on-timeout stop|leave] [--allow-partial]
    [--concurrency N] [--max-attempts N] [--region REGION] [--endpoint URL] [--profile NAME]
    [--format text|json|markdown|sarif|junit] [--output FILE] [--json FILE] [--sarif FILE] [--junit FILE]
    [--baseline FILE] [--warn-only] [--quiet] [--no-color]

Resolve an Amazon Inspector Classic assessment run, wait for it to complete, fetch its findings and
evaluate them against the policy; or, with --source inspector2, gate the live Amazon Inspector (v2)
findings of a scope (an image by digest, a repository, functions, instances, an account), its coverage
as evidence. The report goes to stdout (or --output); progress and errors go to stderr.

What to evaluate (exactly one):
  --run-arn ARN           an existing assessment run (waits for it if it is still running)
  --template-arn ARN      start a run of this template, or reuse the run of the same name
      --run-name NAME     run name (default: from the CI context, e.g. inspector-gate-<run id>-<attempt>)
      --latest            start nothing: take the template's most recent COMPLETED run
      --max-age DURATION  with --latest: refuse a run that completed longer ago than this
  --findings FILE         evaluate exported findings offline, no AWS access (repeatable: the files
                          merge, a finding in two of them is refused): aws inspector describe-findings
                          or aws inspector2 list-findings JSON (several outputs appended are fine), a
                          JSON array of findings, JSON Lines (inspector-gate export), read as a stream
      --include-suppressed  count SUPPRESSED Inspector (v2) findings too (default: ACTIVE only)

${INSPECTOR2_HELP}
Policy:
  -p, --policy FILE       policy file (repeatable; files merge)
  --baseline FILE         compare with an earlier JSON report of the gate (or a file written by
                          'inspector-gate baseline'): new-only limits and rules count new findings only

Waiting:
  --timeout DURATION      deadline for the whole gate (default 2h)
  --poll-interval DURATION  first delay between polls, growing to 60s (default 10s)
  --on-timeout stop|leave on timeout or interrupt, stop a run the gate started (default stop)
  --allow-partial         evaluate a COMPLETED_WITH_ERRORS run instead of failing

Inspector:
  --concurrency N         DescribeFindings (v2: BatchGetFindingDetails) calls in flight (default 8)
  --max-attempts N        attempts per API call for throttling and server errors (default 6)
  --region REGION         AWS region (default: the run's or template's ARN, else the SDK chain)
  --endpoint URL          Inspector endpoint, e.g. an emulator (default: AWS_ENDPOINT_URL_INSPECTOR, or
                          AWS_ENDPOINT_URL_INSPECTOR2 with --source inspector2)
  --profile NAME          shared-config profile for credentials

Output:
  -f, --format FORMAT     text (default), json, markdown, sarif or junit
  -o, --output FILE       write the report to FILE (atomically) instead of stdout
  --json FILE             also write the JSON report to FILE
  --sarif FILE            also write the SARIF report to FILE
  --junit FILE            also write the JUnit XML report to FILE
  --warn-only             a violated policy exits 0 (errors still exit 3)
  -q, --quiet             no progress or warnings on stderr (errors are still printed)
  --no-color              no colour in the text report (also NO_COLOR; FORCE_COLOR forces it)
  -h, --help              show this help

Durations: 250ms, 90s, 15m, 2h; a bare number is seconds.
Exit codes: 0 pass, 1 policy violated, 2 usage or policy error, 3 Inspector or run error.
`;

const OPTIONS = {
  policy: { type: "string", short: "p", multiple: true },
  "run-arn": { type: "string" },
  "template-arn": { type: "string" },
  "run-name": { type: "string" },
  latest: { type: "boolean" },
  "max-age": { type: "string" },
  findings: { type: "string", multiple: true },
  timeout: { type: "string" },
  "poll-interval": { type: "string" },
  "on-timeout": { type: "string" },
  "allow-partial": { type: "boolean" },
  concurrency: { type: "string" },
  "max-attempts": { type: "string" },
  region: { type: "string" },
  endpoint: { type: "string" },
  profile: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  json: { type: "string" },
  sarif: { type: "string" },
  junit: { type: "string" },
  "warn-only": { type: "boolean" },
  baseline: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  ...INSPECTOR2_OPTIONS,
} as const;

type Values = ReturnType<typeof parse>["values"];

function parse(args: readonly string[]) {
  return parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
}

/** node:util's parse errors → a ConfigError that says what to do. */
export function parseCommandArgs<T>(parseFn: () => T, command: string): T {
  try {
    return parseFn();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      throw new ConfigError(
        "USAGE",
        `${errorMessage(error)
          .replace(/\. To specify a positional argument.*$/s, "")
          .replace(/\s+/g, " ")
          .replace(/\.?$/, ".")} ` + `Run 'inspector-gate ${command} --help' for usage.`,
      );
    }
    throw error;
  }
}

/** Everything `check` needs, read and validated before anything runs. */
export interface CheckInputs {
  readonly policies: readonly string[];
  /** Exported findings to evaluate offline, in the order given. */
  readonly findingsFiles?: readonly string[];
  /** Offline: count SUPPRESSED Inspector (v2) findings too. */
  readonly includeSuppressed?: boolean;
  readonly source?: SourceSpec;
  readonly gate: Omit<GateOptions, "policy" | "source" | "signal">;
  readonly format: Format;
  readonly output?: string;
  /** Report files written besides the report on stdout (or --output). */
  readonly reports: readonly ReportFile[];
  readonly quiet: boolean;
  readonly warnOnly: boolean;
  readonly noColor: boolean;
  /** --baseline, absolute. */
  readonly baseline?: string;
}

/** A report file asked for with --json, --sarif or --junit. */
export interface ReportFile {
  readonly format: Format;
  readonly flag: string;
  /** Absolute. */
  readonly path: string;
}

const REPORT_FLAGS = ["json", "sarif", "junit"] as const;

/** The report files named by --json, --sarif and --junit; none may share a path with another or --output. */
export function reportFiles(
  values: Partial<Record<(typeof REPORT_FLAGS)[number], string>>,
  output: string | undefined,
  cwd: string,
): ReportFile[] {
  const files: ReportFile[] = [];
  for (const format of REPORT_FLAGS) {
    const value = values[format];
    if (value === undefined) continue;
    if (value === "")
      throw new ConfigError("OPTION_INVALID", `Invalid --${format} '': expected a file path.`);
    files.push({ format, flag: `--${format}`, path: resolve(cwd, value) });
  }
  const seen = new Map<string, string>(output !== undefined ? [[output, "--output"]] : []);
  for (const file of files) {
    const other = seen.get(file.path);
    if (other !== undefined) {
      throw new ConfigError(
        "USAGE",
        `${other} and ${file.flag} name the same file '${file.path}': give each report its own path.`,
      );
    }
    seen.set(file.path, file.flag);
  }
  return files;
}

const INSPECTOR_ONLY = [
  "run-name",
  "latest",
  "max-age",
  "timeout",
  "poll-interval",
  "on-timeout",
  "allow-partial",
  "concurrency",
  "max-attempts",
  "region",
  "endpoint",
  "profile",
] as const;

export function readCheckInputs(values: Values, io: CliIo): CheckInputs {
  const policies = values.policy ?? [];
  if (policies.length === 0) {
    throw new ConfigError("USAGE", "Missing --policy FILE. Run 'inspector-gate check --help' for usage.");
  }
  const inspector2 = readInspector2Source(values, io.env);
  const sources = (["run-arn", "template-arn", "findings"] as const).filter((k) => values[k] !== undefined);
  if (inspector2 === undefined && sources.length !== 1) {
    throw new ConfigError(
      "USAGE",
      sources.length === 0
        ? "Nothing to evaluate: give one of --run-arn ARN, --template-arn ARN, --findings FILE or --source inspector2 with a scope."
        : `Give only one of --run-arn, --template-arn and --findings (got ${sources.map((s) => `--${s}`).join(" and ")}).`,
    );
  }
  const format = values.format === undefined ? "text" : parseChoice(values.format, "--format", FORMATS);
  const warnOnly = values["warn-only"] === true;
  const quiet = values.quiet === true;
  const output = values.output === undefined ? undefined : resolve(io.cwd, values.output);
  if (values.output === "")
    throw new ConfigError("OPTION_INVALID", "Invalid --output '': expected a file path.");
  const reports = reportFiles(values, output, io.cwd);
  const noColor = values["no-color"] === true;
  if (values.baseline === "")
    throw new ConfigError("OPTION_INVALID", "Invalid --baseline '': expected a file path.");
  const baseline = values.baseline === undefined ? undefined : resolve(io.cwd, values.baseline);
  /** What every source shares: the policy, the baseline and the output. */
  const shared = {
    policies,
    format,
    ...(output ? { output } : {}),
    reports,
    quiet,
    warnOnly,
    noColor,
    ...(baseline ? { baseline } : {}),
  };

  if (values.findings !== undefined) {
    const given = INSPECTOR_ONLY.filter((k) => values[k] !== undefined);
    if (given.length > 0) {
      throw new ConfigError(
        "USAGE",
        `--${given[0]} has no effect with --findings (offline evaluation makes no Inspector call).`,
      );
    }
    const files = values.findings.map((given) => {
      if (given === "")
        throw new ConfigError("OPTION_INVALID", "Invalid --findings '': expected a file path.");
      return isAbsolute(given) || io.cwd === process.cwd() ? given : resolve(io.cwd, given);
    });
    const twice = files.find((file, i) => files.indexOf(file) !== i);
    if (twice !== undefined) {
      throw new ConfigError(
        "USAGE",
        `--findings names '${twice}' twice: each file is read once (its findings would all be duplicates).`,
      );
    }
    return {
      ...shared,
      findingsFiles: files,
      ...(values["include-suppressed"] === true ? { includeSuppressed: true } : {}),
      gate: { warnOnly },
    };
  }

  let source: SourceSpec;
  if (inspector2 !== undefined) {
    source = inspector2;
  } else if (values["run-arn"] !== undefined) {
    for (const k of ["run-name", "latest", "max-age"] as const) {
      if (values[k] !== undefined)
        throw new ConfigError("USAGE", `--${k} needs --template-arn, not --run-arn.`);
    }
    source = { kind: "run", runArn: parseArn(values["run-arn"], "--run-arn", "run") };
  } else {
    const templateArn = parseArn(values["template-arn"] as string, "--template-arn", "template");
    if (values.latest === true) {
      if (values["run-name"] !== undefined) {
        throw new ConfigError("USAGE", "--run-name and --latest exclude each other: --latest starts no run.");
      }
      const maxAge =
        values["max-age"] === undefined ? undefined : parseDuration(values["max-age"], "--max-age");
      source = { kind: "latest", templateArn, ...(maxAge !== undefined ? { maxAgeMs: maxAge } : {}) };
    } else {
      if (values["max-age"] !== undefined) throw new ConfigError("USAGE", "--max-age needs --latest.");
      const runName = values["run-name"] ?? defaultRunName(io.env, new Date());
      if (runName.length < 1 || runName.length > 140) {
        throw new ConfigError(
          "OPTION_INVALID",
          `Invalid --run-name '${runName}': expected 1 to 140 characters.`,
        );
      }
      source = { kind: "template", templateArn, runName };
    }
  }
  const endpointVariable = inspector2 ? "AWS_ENDPOINT_URL_INSPECTOR2" : "AWS_ENDPOINT_URL_INSPECTOR";
  const endpointValue = values.endpoint ?? io.env[endpointVariable]?.trim() ?? undefined;
  const endpoint =
    endpointValue === undefined || endpointValue === ""
      ? undefined
      : parseUrl(endpointValue, values.endpoint !== undefined ? "--endpoint" : endpointVariable);
  const region = values.region ?? undefined;
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new ConfigError(
      "OPTION_INVALID",
      `Invalid --region '${region}': expected a region such as us-west-2.`,
    );
  }
  const gate: CheckInputs["gate"] = {
    ...(values.timeout !== undefined ? { timeoutMs: parseDuration(values.timeout, "--timeout") } : {}),
    ...(values["poll-interval"] !== undefined
      ? { pollIntervalMs: parseDuration(values["poll-interval"], "--poll-interval") }
      : {}),
    ...(values["on-timeout"] !== undefined
      ? { onTimeout: parseChoice(values["on-timeout"], "--on-timeout", ["stop", "leave"] as const) }
      : {}),
    ...(values["allow-partial"] === true ? { allowPartial: true } : {}),
    ...(values.concurrency !== undefined
      ? { concurrency: parseInteger(values.concurrency, "--concurrency", 1, 64) }
      : {}),
    warnOnly,
    inspector: {
      ...(region !== undefined ? { region } : {}),
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(values.profile !== undefined && values.profile !== "" ? { profile: values.profile } : {}),
      ...(values["max-attempts"] !== undefined
        ? { maxAttempts: parseInteger(values["max-attempts"], "--max-attempts", 1, 20) }
        : {}),
    },
  };
  return { ...shared, source, gate };
}

/** Policy files as reports show them: relative to the working directory when inside it. */
export function displayPathFor(cwd: string): (file: string) => string {
  return (file) => {
    if (file.startsWith("<")) return file;
    const rel = relative(cwd, resolve(cwd, file));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return file;
    return rel.split(sep).join("/");
  };
}

/**
 * Colour for the text report on stdout: never in a file, never with --no-color or NO_COLOR; always with
 * FORCE_COLOR (other than 0 or false); otherwise only on a terminal that is not `dumb`.
 */
export function useColor(io: CliIo, options: { noColor?: boolean; output?: string }): boolean {
  if (options.output !== undefined || options.noColor === true) return false;
  if ((io.env.NO_COLOR ?? "") !== "") return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  return io.stdoutIsTTY === true && io.env.TERM !== "dumb";
}

/** Writes the report and says what happened on stderr; the exit code is the gate's, whatever happens here. */
export async function deliver(
  result: GateResult,
  inputs: Pick<CheckInputs, "format" | "output" | "quiet"> &
    Partial<Pick<CheckInputs, "reports" | "noColor">> & { readonly notFetchedHint?: string },
  io: CliIo,
): Promise<number> {
  const ctx: ReportContext = {
    toolVersion: VERSION,
    displayPath: displayPathFor(io.cwd),
    ...(inputs.notFetchedHint !== undefined ? { notFetchedHint: inputs.notFetchedHint } : {}),
  };
  try {
    const color = inputs.format === "text" && useColor(io, inputs);
    const report = formatReport(result, inputs.format, { ...ctx, color });
    if (inputs.output !== undefined) {
      await writeFileAtomic(inputs.output, report);
    } else {
      io.stdout(report.endsWith("\n") || report === "" ? report : `${report}\n`);
    }
  } catch (error) {
    io.stderr(`inspector-gate: could not write the ${inputs.format} report: ${errorMessage(error)}\n`);
  }
  const written: string[] = [];
  for (const file of inputs.reports ?? []) {
    try {
      await writeFileAtomic(file.path, formatReport(result, file.format, ctx));
      written.push(file.path);
    } catch (error) {
      io.stderr(
        `inspector-gate: could not write the ${file.format} report to ${file.path}: ${errorMessage(error)}\n`,
      );
    }
  }
  if (result.verdict === "error") {
    io.stderr(
      `inspector-gate: error [${result.error?.code ?? "UNKNOWN"}]: ${result.error?.message ?? "no verdict"}\n`,
    );
  } else if (
    !inputs.quiet &&
    (inputs.output !== undefined || inputs.format !== "text" || written.length > 0)
  ) {
    const files = [...(inputs.output !== undefined ? [inputs.output] : []), ...written];
    const where =
      files.length > 0 ? `; ${files.length === 1 ? "report" : "reports"} written to ${files.join(", ")}` : "";
    io.stderr(
      `inspector-gate: ${result.verdict}${result.warnOnly ? " (warn-only)" : ""}, exit ${result.exitCode}${where}\n`,
    );
  }
  return result.exitCode;
}

export const command: Command = {
  name: "check",
  summary: "run the gate: resolve a run, wait for it, fetch findings, evaluate policies",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(() => parse(args), "check");
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const inputs = readCheckInputs(values, io);
    if (inputs.output !== undefined) await checkOutputPath(inputs.output, "--output");
    for (const file of inputs.reports) await checkOutputPath(file.path, file.flag);
    const policy = await loadPolicy(inputs.policies, { cwd: io.cwd });
    const baseline =
      inputs.baseline === undefined
        ? undefined
        : await readBaseline(
            inputs.baseline,
            displayPathFor(io.cwd)(inputs.baseline),
            `--baseline '${displayPathFor(io.cwd)(inputs.baseline)}'`,
          );

    if (inputs.findingsFiles !== undefined) {
      // Offline: the same gate over the file source (no Inspector call, no progress to show).
      const result = await runGate({
        ...inputs.gate,
        policy,
        source: {
          kind: "file",
          files: inputs.findingsFiles,
          ...(inputs.includeSuppressed === true ? { includeSuppressed: true } : {}),
        },
        signal: io.signal,
        ...(baseline ? { baseline } : {}),
      });
      return deliver(result, inputs, io);
    }

    const progress = createProgress(io, { quiet: inputs.quiet });
    let result: GateResult;
    try {
      result = await runGate(
        {
          ...inputs.gate,
          policy,
          source: inputs.source as SourceSpec,
          signal: io.signal,
          ...(baseline ? { baseline } : {}),
        },
        { logger: progress.logger, progress: progress.onEvent },
      );
    } finally {
      progress.done();
    }
    return deliver(result, inputs, io);
  },
};
