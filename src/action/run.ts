/**
 * The Action's door: inputs -> policy -> gate -> reports -> exit. It decides nothing: the verdict and the
 * exit code are the gate's. Reporting (annotations, summary, comment, files, outputs) happens in `finally`,
 * each piece in its own try/catch, so a reporting failure is a warning and never changes the verdict.
 */
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import { ConfigError, ExitCode, errorMessage, exitCodeOf, GateError } from "../errors.js";
import { evaluateFindings, loadFindingsFile, type ProgressEvent, runGate } from "../gate.js";
import { emptySeverityCounts } from "../model.js";
import { loadPolicy } from "../policy/load.js";
import {
  escapeMarkdown,
  formatReport,
  MAX_ANNOTATIONS_PER_LEVEL,
  plainText,
  planAnnotations,
} from "../report/index.js";
import type { ReportContext } from "../report/types.js";
import type { GateResult } from "../result.js";
import { VERSION } from "../version.js";
import { publishComment, pullRequestTarget } from "./comment.js";
import { writeFileAtomic } from "./files.js";
import { type ActionInputs, readInputs } from "./inputs.js";
import { actionLogger, inert } from "./log.js";

/** GitHub's limit on one step's summary. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Room kept free in the summary for what the runner or a later write may add. */
const SUMMARY_MARGIN_BYTES = 16 * 1024;
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
  // Paths relative to the workspace read best in messages ("policy.yml:3:5: …") and reports.
  const policyPaths = inputs.policy.map(displayPath(inputs.workspace));
  const policy = await loadPolicy(policyPaths, { cwd: inputs.workspace });
  const { source } = inputs;
  if (source.kind === "findings") {
    core.info(`Evaluating the findings in ${displayPath(inputs.workspace)(source.file)} offline`);
    const findings = await loadFindingsFile(source.file);
    return evaluateFindings(policy, findings, { warnOnly: inputs.warnOnly });
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
    run: null,
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

function violatedCount(result: GateResult): number {
  const evaluation = result.evaluation;
  if (!evaluation) return 0;
  return (
    evaluation.rules.filter((rule) => rule.violated).length +
    evaluation.severity.filter((limit) => limit.violated).length
  );
}

// ---------------------------------------------------------------------------------------------------
// Reporting: each piece on its own; none can change the verdict.

async function report(result: GateResult, inputs: ActionInputs | undefined, thrown: unknown, env: Env) {
  const workspace = inputs?.workspace ?? resolve(env.GITHUB_WORKSPACE?.trim() || process.cwd());
  const ctx: ReportContext = { toolVersion: VERSION, displayPath: displayPath(workspace) };

  await guard("the log report", () => logReport(result, ctx));
  await guard("annotations", () => annotate(result, ctx, thrown));
  const written: Partial<Record<"report-file" | "sarif-file" | "junit-file", string>> = {};
  if (inputs) {
    const files = [
      ["report-file", inputs.reportFile, "json"],
      ["sarif-file", inputs.sarifFile, "sarif"],
      ["junit-file", inputs.junitFile, "junit"],
    ] as const;
    for (const [name, path, format] of files) {
      if (!path) continue;
      await guard(`the ${name}`, async () => {
        await writeFileAtomic(path, formatReport(result, format, ctx));
        written[name] = path;
        core.info(`Wrote the ${format.toUpperCase()} report to ${path}`);
      });
    }
  }
  // Where the complete result is when the summary or the comment has to be shortened.
  const reportFile = written["report-file"];
  const reportCtx: ReportContext = {
    ...ctx,
    fullReportHint: reportFile
      ? `the JSON report ${ctx.displayPath ? ctx.displayPath(reportFile) : reportFile} (the report-file output)`
      : "the JSON report, which the Action writes when its report-file input is set",
  };
  await guard("the job summary", () => writeSummary(result, reportCtx, env));
  if (inputs) {
    const { commentOnPr, githubToken } = inputs;
    await guard("the pull-request comment", async () => {
      const target = pullRequestTarget(env);
      const runUrl = workflowRunUrl(env);
      await publishComment({
        mode: commentOnPr,
        target,
        verdict: result.verdict,
        token: githubToken,
        render: (maxBytes) => {
          const footer = runUrl
            ? `\n\n<sub>inspector-gate ${VERSION} · [workflow run](${runUrl})</sub>\n`
            : "";
          return (
            formatReport(result, "markdown", {
              ...reportCtx,
              maxBytes: maxBytes - Buffer.byteLength(footer),
            }) + footer
          );
        },
        log: { info: (m) => core.info(inert(m)), warning: (m) => core.warning(inert(m)) },
      });
    });
  }
  await guard("the outputs", () => setOutputs(result, written));
}

async function guard(what: string, work: () => void | Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    core.warning(inert(`Could not write ${what}: ${errorMessage(error)}`));
  }
}

function logReport(result: GateResult, ctx: ReportContext): void {
  core.startGroup(`inspector-gate: ${result.verdict}`);
  try {
    core.info(inert(formatReport(result, "text", { ...ctx, color: false })));
  } finally {
    core.endGroup();
  }
}

function annotate(result: GateResult, ctx: ReportContext, thrown: unknown): void {
  // Input or policy problems located in a file ("policy.yml:3:5: …"): one error each, at that line.
  if (thrown instanceof ConfigError && thrown.problems.length > 0) {
    const title = thrown.code === "POLICY_INVALID" ? "Invalid policy" : "Invalid input";
    const located = thrown.problems
      .map(parseProblem)
      .filter((p) => p !== undefined)
      .slice(0, MAX_ANNOTATIONS_PER_LEVEL - 1); // one slot stays for the step's failure message
    for (const problem of located) {
      core.error(inert(plainText(problem.message)), {
        title,
        file: ctx.displayPath ? ctx.displayPath(problem.file) : problem.file,
        startLine: problem.line,
        startColumn: problem.column,
      });
    }
    return;
  }
  // Annotations anchored in the policy file. A verdict without one (an error) is told by setFailed.
  const planned = planAnnotations(result, ctx).filter((annotation) => annotation.file !== "");
  for (const annotation of planned) {
    // Titles and messages are single-line plain text already; inert() also breaks a legacy `##[`.
    const message = inert(annotation.message);
    const properties = {
      title: inert(annotation.title),
      file: annotation.file,
      startLine: annotation.line,
      startColumn: annotation.column,
    };
    if (annotation.level === "error") core.error(message, properties);
    else if (annotation.level === "warning") core.warning(message, properties);
    else core.notice(message, properties);
  }
  // Non-fatal observations (unhealthy agents, …) in the warning slots the policy left free.
  const free = MAX_ANNOTATIONS_PER_LEVEL - planned.filter((a) => a.level === "warning").length;
  for (const warning of result.warnings.slice(0, Math.max(0, free))) {
    core.warning(inert(plainText(warning, 1000)), { title: "inspector-gate" });
  }
}

/** "policy.yml:3:5: message" as the policy loader formats its problems. */
function parseProblem(
  problem: string,
): { file: string; line: number; column: number; message: string } | undefined {
  const match = /^(.+?):(\d+):(\d+): (.*)$/s.exec(problem);
  if (!match) return undefined;
  const [, file = "", line = "", column = "", message = ""] = match;
  return { file, line: Number(line), column: Number(column), message };
}

async function writeSummary(result: GateResult, ctx: ReportContext, env: Env): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) {
    core.debug("GITHUB_STEP_SUMMARY is not set: no job summary");
    return;
  }
  let used = 0;
  try {
    used = statSync(path).size;
  } catch {
    used = 0;
  }
  const maxBytes = Math.max(4096, SUMMARY_MAX_BYTES - SUMMARY_MARGIN_BYTES - used);
  let markdown: string;
  try {
    markdown = formatReport(result, "markdown", { ...ctx, maxBytes });
  } catch (error) {
    // The summary must still say what happened when the report cannot be rendered.
    markdown = `## inspector-gate: ${result.verdict}\n\n${escapeMarkdown(result.error?.message ?? "")}\n\nThe report could not be rendered: ${escapeMarkdown(errorMessage(error))}\n`;
  }
  await core.summary.addRaw(markdown, true).write();
}

function setOutputs(result: GateResult, written: Partial<Record<string, string>>): void {
  core.setOutput("verdict", result.verdict);
  core.setOutput("exit-code", String(result.exitCode));
  core.setOutput("assessment-run-arn", result.run?.arn ?? "");
  core.setOutput("findings", String(result.findings.total));
  core.setOutput("violations", String(violatedCount(result)));
  core.setOutput("counts", JSON.stringify(result.counts));
  core.setOutput("report-file", written["report-file"] ?? "");
  core.setOutput("sarif-file", written["sarif-file"] ?? "");
}

/** Policy files as annotations and SARIF want them: relative to the workspace, with `/`. */
export function displayPath(workspace: string): (file: string) => string {
  return (file) => {
    const absolute = resolve(workspace, file);
    const rel = relative(workspace, absolute);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return file;
    return rel.split(sep).join("/");
  };
}

function workflowRunUrl(env: Env): string | undefined {
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
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
