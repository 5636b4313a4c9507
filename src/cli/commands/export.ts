/**
 * `inspector-gate export --run-arn ARN [--output FILE]`: a completed Inspector Classic run's findings as
 * JSON Lines, for `check --findings FILE` to evaluate offline later (or elsewhere). The file is written
 * under a temporary name and renamed when every finding is in it: a failed export leaves no file behind.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { GateAborted } from "../../core/abort.js";
import { armDeadline, DeadlineExceeded } from "../../core/deadline.js";
import { formatDuration } from "../../core/duration.js";
import { AtomicFile } from "../../core/files.js";
import { ConfigError, errorMessage, InspectorError } from "../../errors.js";
import { systemClock } from "../../logging.js";
import { InspectorApi } from "../../sources/classic/api.js";
import { createInspectorClient } from "../../sources/classic/client.js";
import { regionOfArn } from "../../sources/classic/run-info.js";
import { exportRunFindings } from "../../sources/file/export.js";
import { Pacer } from "../../sources/shared/pacer.js";
import { parseArn, parseDuration, parseInteger, parseUrl } from "../args.js";
import type { CliIo, Command } from "../io.js";
import { checkOutputPath } from "../output.js";
import { parseCommandArgs } from "./check.js";

export const HELP = `Usage: inspector-gate export --run-arn ARN [--output FILE] [--allow-partial]
    [--timeout DURATION] [--concurrency N] [--max-attempts N] [--region REGION] [--endpoint URL]
    [--profile NAME] [--quiet]

Write the findings of a completed Amazon Inspector Classic assessment run as JSON Lines (one finding a
line, as DescribeFindings returns it), for 'inspector-gate check --findings FILE' to evaluate offline.
Every finding is fetched, or the export fails and writes nothing.

  --run-arn ARN           the assessment run (it must be COMPLETED)
  -o, --output FILE       write to FILE (atomically) instead of stdout
  --allow-partial         export a COMPLETED_WITH_ERRORS run (its findings may be incomplete)
  --timeout DURATION      deadline for the whole export (default 1h)
  --concurrency N         DescribeFindings calls in flight (default 8)
  --max-attempts N        attempts per API call for throttling and server errors (default 6)
  --region REGION         AWS region (default: the run's ARN)
  --endpoint URL          Inspector endpoint, e.g. an emulator (default: AWS_ENDPOINT_URL_INSPECTOR)
  --profile NAME          shared-config profile for credentials
  -q, --quiet             no summary on stderr (errors are still printed)
  -h, --help              show this help

Exit codes: 0 exported, 2 usage error, 3 Inspector or run error (nothing written).
`;

const OPTIONS = {
  "run-arn": { type: "string" },
  output: { type: "string", short: "o" },
  "allow-partial": { type: "boolean" },
  timeout: { type: "string" },
  concurrency: { type: "string" },
  "max-attempts": { type: "string" },
  region: { type: "string" },
  endpoint: { type: "string" },
  profile: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

const DEFAULT_TIMEOUT_MS = 60 * 60 * 1000;

export const command: Command = {
  name: "export",
  summary: "write a completed Classic run's findings as JSON Lines, for check --findings",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(
      () => parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }),
      "export",
    );
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (values["run-arn"] === undefined) {
      throw new ConfigError("USAGE", "Missing --run-arn ARN. Run 'inspector-gate export --help' for usage.");
    }
    const runArn = parseArn(values["run-arn"], "--run-arn", "run");
    if (values.output === "")
      throw new ConfigError("OPTION_INVALID", "Invalid --output '': expected a file path.");
    const output = values.output === undefined ? undefined : resolve(io.cwd, values.output);
    if (output !== undefined) await checkOutputPath(output, "--output");
    const timeoutMs =
      values.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseDuration(values.timeout, "--timeout");
    const concurrency =
      values.concurrency === undefined ? undefined : parseInteger(values.concurrency, "--concurrency", 1, 64);
    const maxAttempts =
      values["max-attempts"] === undefined
        ? undefined
        : parseInteger(values["max-attempts"], "--max-attempts", 1, 20);
    const endpointValue = values.endpoint ?? io.env.AWS_ENDPOINT_URL_INSPECTOR?.trim();
    const endpoint =
      endpointValue === undefined || endpointValue === ""
        ? undefined
        : parseUrl(
            endpointValue,
            values.endpoint !== undefined ? "--endpoint" : "AWS_ENDPOINT_URL_INSPECTOR",
          );
    const region = values.region ?? regionOfArn(runArn);
    if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid --region '${region}': expected a region such as us-west-2.`,
      );
    }

    const client = createInspectorClient({
      ...(region !== undefined ? { region } : {}),
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(values.profile !== undefined && values.profile !== "" ? { profile: values.profile } : {}),
      ...(maxAttempts !== undefined ? { maxAttempts } : {}),
    });
    const unpace = new Pacer().attach(client);
    const controller = new AbortController();
    const onAbort = () => controller.abort(io.signal.reason);
    if (io.signal.aborted) onAbort();
    else io.signal.addEventListener("abort", onAbort, { once: true });
    const clock = systemClock;
    const deadline = clock.now() + timeoutMs;
    const timer = armDeadline(clock, deadline, () =>
      controller.abort(new DeadlineExceeded("exporting findings")),
    );
    const file = output !== undefined ? new AtomicFile(output) : undefined;
    try {
      const stats = await exportRunFindings(new InspectorApi(client, controller.signal), {
        runArn,
        ...(values["allow-partial"] === true ? { allowPartial: true } : {}),
        ...(concurrency !== undefined ? { concurrency } : {}),
        clock,
        deadline,
        write: (lines) => (file ? file.write(lines) : io.stdout(lines)),
      });
      await file?.commit();
      if (values.quiet !== true) {
        io.stderr(
          `inspector-gate: exported ${stats.findings} finding${stats.findings === 1 ? "" : "s"} of run ` +
            `'${stats.runName}' (${stats.state})${output !== undefined ? ` to ${output}` : ""}\n`,
        );
      }
      return 0;
    } catch (error) {
      await file?.discard();
      throw stopped(error, controller.signal, timeoutMs);
    } finally {
      timer.disarm();
      io.signal.removeEventListener("abort", onAbort);
      unpace();
      client.destroy();
    }
  },
};

/** An abort or the deadline, as the coded error the CLI reports (exit 3); anything else unchanged. */
function stopped(error: unknown, signal: AbortSignal, timeoutMs: number): unknown {
  const reason = signal.aborted ? signal.reason : error;
  if (reason instanceof DeadlineExceeded || error instanceof DeadlineExceeded) {
    return new InspectorError(
      "TIMEOUT",
      `export timed out after ${formatDuration(timeoutMs)}; nothing written`,
    );
  }
  if (error instanceof GateAborted || signal.aborted) {
    return new InspectorError("INTERRUPTED", `export interrupted (${errorMessage(reason)}); nothing written`);
  }
  return error;
}
