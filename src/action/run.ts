/**
 * The Action's door: inputs -> policy -> gate -> reports -> exit. It decides nothing: the verdict and the
 * exit code are the gate's. Reporting (annotations, summary, comment, files, outputs) happens in `finally`,
 * each piece in its own try/catch, so a reporting failure is a warning and never changes the verdict.
 */
import * as core from "@actions/core";
import { ExitCode, errorMessage, exitCodeOf, GateError } from "../errors.js";
import { type ProgressEvent, runGate } from "../gate.js";
import { emptySeverityCounts } from "../model.js";
import { loadPolicy } from "../policy/load.js";
import type { GateResult } from "../result.js";
import { type ActionInputs, DEPRECATED_INPUTS, readInputs } from "./inputs.js";
import { actionLogger, inert } from "./log.js";
import { mergeFleet } from "./merge.js";
import { displayPath, report, violatedCount } from "./report.js";

const deprecatedInputs: Readonly<Record<string, string>> = DEPRECATED_INPUTS;

/** Fetch progress is logged at most this often. */
const FETCH_LOG_EVERY_MS = 5_000;

type Env = Readonly<Record<string, string | undefined>>;

export async function run(env: Env = process.env): Promise<void> {
  const startedAt = new Date();
  let inputs: ActionInputs | undefined;
  let result: GateResult | undefined;
  let thrown: unknown;
  try {
    // Mask the token before anything else can print it.
    const token = core.getInput("github-token");
    if (token) core.setSecret(token);

    const read = await readInputs({ env, now: startedAt });
    inputs = read;
    for (const note of read.ignored) core.warning(`Input ${note} is ignored.`);
    for (const name of read.deprecated) {
      core.warning(`Input ${name} is deprecated: use ${deprecatedInputs[name]}, which means the same.`);
    }
    result = await withCancellation((signal) => evaluate(read, signal));
  } catch (error) {
    thrown = error;
    result = errorResult(error, inputs, startedAt);
  } finally {
    // `result` is always set here: evaluate() returned one, or the catch built one.
    await report(result as GateResult, inputs, thrown, env);
  }
  conclude(result, thrown);
}

/**
 * A cancelled workflow sends SIGINT, then SIGTERM: both abort the gate, which stops a run it started (as
 * on a timeout) and comes back with an error result that is still reported.
 */
async function withCancellation<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    core.info(`Received ${name}: stopping the gate`);
    controller.abort(new Error(`the workflow was cancelled (${name})`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await work(controller.signal);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

async function evaluate(inputs: ActionInputs, signal: AbortSignal): Promise<GateResult> {
  if (inputs.source.kind === "merge")
    return mergeFleet(inputs, inputs.source.patterns, inputs.source.expected);
  // Paths relative to the workspace read best in messages ("policy.yml:3:5: …") and reports.
  const policyPaths = inputs.policy.map(displayPath(inputs.workspace));
  const policy = await loadPolicy(policyPaths, { cwd: inputs.workspace });
  const { source } = inputs;
  if (source.kind === "findings") {
    core.info(`Evaluating the findings in ${displayPath(inputs.workspace)(source.file)} offline`);
    return runGate({
      policy,
      source: { kind: "file", files: [source.file] },
      warnOnly: inputs.warnOnly,
      signal,
    });
  }
  return runGate(
    {
      policy,
      source,
      timeoutMs: inputs.timeoutMs,
      pollIntervalMs: inputs.pollIntervalMs,
      onTimeout: inputs.onTimeout,
      allowPartial: inputs.allowPartial,
      concurrency: inputs.concurrency,
      warnOnly: inputs.warnOnly,
      signal,
      inspector: {
        ...(inputs.region ? { region: inputs.region } : {}),
        ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
      },
    },
    { logger: actionLogger, progress: progressLog() },
  );
}

/** A result for a gate that could not run: bad inputs or policy (exit 2), or a bug (exit 3, never a pass). */
function errorResult(error: unknown, inputs: ActionInputs | undefined, startedAt: Date): GateResult {
  const exitCode = exitCodeOf(error);
  return {
    verdict: "error",
    exitCode,
    policyFiles: inputs?.policy ?? [],
    source: null,
    findings: { total: 0, evaluated: 0 },
    counts: emptySeverityCounts(),
    apiCalls: {},
    timings: { startedAt: startedAt.toISOString(), totalMs: Date.now() - startedAt.getTime() },
    warnings: [],
    error: {
      code: error instanceof GateError ? error.code : "INTERNAL",
      message: errorMessage(error),
    },
  };
}

function conclude(result: GateResult | undefined, thrown: unknown): void {
  if (!result || result.exitCode === ExitCode.Pass) {
    if (result?.verdict === "fail") core.warning("The policy is violated; warn-only keeps the step green.");
    return;
  }
  if (thrown !== undefined && !(thrown instanceof GateError)) {
    // A bug, not a user mistake: keep the stack for the report.
    core.info(inert(thrown instanceof Error && thrown.stack ? thrown.stack : String(thrown)));
  }
  core.setFailed(inert(failureMessage(result)));
}

function failureMessage(result: GateResult): string {
  if (result.verdict === "error" || !result.evaluation) {
    const code = result.error?.code ? `${result.error.code}: ` : "";
    return `inspector-gate: ${code}${result.error?.message ?? "the gate could not reach a verdict"} (exit ${result.exitCode})`;
  }
  const broken = violatedCount(result);
  return `inspector-gate: the policy is violated: ${broken} ${broken === 1 ? "rule or limit" : "rules and limits"} broken (see the annotations and the job summary)`;
}

/** Progress lines for the log; fetch progress at most every few seconds, other events as they come. */
function progressLog(): (event: ProgressEvent) => void {
  let lastFetchLog = Number.NEGATIVE_INFINITY;
  return (event) => {
    if (event.type === "fetch") {
      const done = event.listingDone && event.total !== undefined && event.described >= event.total;
      if (!done && event.elapsedMs - lastFetchLog < FETCH_LOG_EVERY_MS) return;
      lastFetchLog = event.elapsedMs;
    }
    core.info(inert(event.message));
  };
}
