/**
 * What the Action shows once the gate has a result: the text report in the log, annotations at the policy
 * lines, report files, the job summary, the sticky pull-request comment and the outputs. Each piece is
 * guarded on its own: a failure to report is a warning and never changes the verdict.
 */
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import { writeFileAtomic } from "../core/files.js";
import { ConfigError, errorMessage } from "../errors.js";
import {
  escapeMarkdown,
  formatReport,
  MAX_ANNOTATIONS_PER_LEVEL,
  plainText,
  planAnnotations,
} from "../report/index.js";
import type { ReportContext } from "../report/types.js";
import { type GateResult, runOf } from "../result.js";
import { VERSION } from "../version.js";
import { publishComment, pullRequestTarget } from "./comment.js";
import type { ActionInputs } from "./inputs.js";
import { inert } from "./log.js";

/** GitHub's limit on one step's summary. */
const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Room kept free in the summary for what the runner or a later write may add. */
const SUMMARY_MARGIN_BYTES = 16 * 1024;

type Env = Readonly<Record<string, string | undefined>>;

/** Violated rules and severity limits: the `violations` output and the failure message. */
export function violatedCount(result: GateResult): number {
  const evaluation = result.evaluation;
  if (!evaluation) return 0;
  return (
    evaluation.rules.filter((rule) => rule.violated).length +
    evaluation.severity.filter((limit) => limit.violated).length
  );
}

/**
 * Reports `result` everywhere it belongs. `inputs` is undefined when they were invalid (then only the
 * log, the annotations, the summary and the outputs are written); `thrown` is what stopped the gate, if
 * anything.
 */
export async function report(
  result: GateResult,
  inputs: ActionInputs | undefined,
  thrown: unknown,
  env: Env,
) {
  const workspace = inputs?.workspace ?? resolve(env.GITHUB_WORKSPACE?.trim() || process.cwd());
  const ctx: ReportContext = { toolVersion: VERSION, displayPath: displayPath(workspace) };

  await guard("the log report", () => logReport(result, ctx));
  await guard("annotations", () => annotate(result, ctx, thrown));
  const written: Partial<Record<"json" | "sarif" | "junit", string>> = {};
  if (inputs) {
    const files = [
      ["json", inputs.reportFile],
      ["sarif", inputs.sarifFile],
      ["junit", inputs.junitFile],
    ] as const;
    for (const [format, path] of files) {
      if (!path) continue;
      await guard(`the ${format} report`, async () => {
        await writeFileAtomic(path, formatReport(result, format, ctx), { createDirectories: true });
        written[format] = path;
        core.info(`Wrote the ${format.toUpperCase()} report to ${path}`);
      });
    }
  }
  // Where the complete result is when the summary or the comment has to be shortened.
  const reportFile = written.json;
  const reportCtx: ReportContext = {
    ...ctx,
    fullReportHint: reportFile
      ? `the JSON report ${ctx.displayPath ? ctx.displayPath(reportFile) : reportFile} (the json output)`
      : "the JSON report, which the Action writes when its json input is set",
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

function setOutputs(result: GateResult, written: Partial<Record<"json" | "sarif" | "junit", string>>): void {
  const outputs = {
    verdict: result.verdict,
    "exit-code": String(result.exitCode),
    "run-arn": runOf(result)?.arn ?? "",
    "finding-count": String(result.findings.total),
    violations: String(violatedCount(result)),
    counts: JSON.stringify(result.counts),
    json: written.json ?? "",
    sarif: written.sarif ?? "",
    junit: written.junit ?? "",
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  // The names of earlier versions, still set.
  for (const [old, name] of Object.entries(DEPRECATED_OUTPUTS)) core.setOutput(old, outputs[name]);
}

/** Output names of earlier versions -> the output that replaced them (same value). */
export const DEPRECATED_OUTPUTS = {
  "assessment-run-arn": "run-arn",
  findings: "finding-count",
  "report-file": "json",
  "sarif-file": "sarif",
} as const;

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
