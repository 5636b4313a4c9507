/**
 * The compact human report for a terminal (`--format text`, the default). Verdict first; optional ANSI
 * colour (ctx.color). Every value that came from Inspector goes through plainText, so the output holds no
 * escape sequence or line break that the report did not write itself.
 */
import pc from "picocolors";
import type { ExceptionStatus } from "../policy/types.js";
import { type GateResult, isInspector2Coverage, runOf } from "../result.js";
import {
  baselineLead,
  baselineRows,
  baselineTotals,
  baselineWords,
  countedFor,
  countedWords,
  countText,
  fixedLine,
  stateWord,
  totalsText,
} from "./baseline.js";
import { plainText } from "./escape.js";
import { factsLine, findingFacts } from "./facts.js";
import { fleetTextLines, notListed } from "./fleet.js";
import { coverageLines, coverageSummary, inspector2SourceLines, suppressedLines } from "./inspector2.js";
import type { Formatter, ReportContext } from "./types.js";
import {
  apiCallsList,
  type Check,
  checksOf,
  displayFile,
  fileFormatWords,
  findingLine,
  formatDuration,
  plural,
  runDurationMs,
  shownSeverities,
  sourceWords,
  totalApiCalls,
  verdictSummary,
  where,
} from "./views.js";

const DEFAULT_FINDINGS_PER_CHECK = 5;

type Style = "red" | "green" | "yellow" | "bold" | "dim";

/** ANSI colour through picocolors when enabled (the door decides: a terminal, no NO_COLOR, not a file). */
function painter(enabled: boolean): (style: Style, text: string) => string {
  const colors = pc.createColors(enabled);
  return (style, text) => colors[style](text);
}

function pad(text: string, width: number): string {
  const length = Array.from(text).length;
  return length >= width ? text : text + " ".repeat(width - length);
}

function days(status: ExceptionStatus): string {
  const d = status.daysLeft;
  if (d < 0) return `expired ${status.expires} (${plural(-d, "day")} ago)`;
  if (d === 0) return `expires ${status.expires} (today)`;
  return `expires ${status.expires} (in ${plural(d, "day")})`;
}

export const formatText: Formatter = (result: GateResult, ctx: ReportContext) => {
  const paint = painter(ctx.color === true);
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_CHECK);
  const checks = checksOf(result.evaluation);
  const lines: string[] = [];

  // Verdict first.
  if (result.verdict === "pass") {
    lines.push(`${paint("green", paint("bold", "✓ PASS"))}  ${verdictSummary(result, checks)}`);
  } else if (result.verdict === "fail") {
    const badge = result.warnOnly
      ? paint("yellow", paint("bold", "! FAIL (warn-only, not failing)"))
      : paint("red", paint("bold", "✗ FAIL"));
    lines.push(`${badge}  ${verdictSummary(result, checks)}`);
  } else {
    const error = result.error
      ? `${plainText(result.error.code, 60)}: ${plainText(result.error.message, 2000)}`
      : "the gate stopped without a verdict";
    lines.push(`${paint("red", paint("bold", "✗ ERROR"))}  ${error}`);
  }
  const lead = baselineLead(result);
  if (lead !== undefined && result.verdict !== "error") lines.push(`  ${paint("bold", lead)}`);
  lines.push(`  exit code ${result.exitCode}`);

  // Where the findings came from.
  const source = result.source;
  const run = runOf(result);
  if (result.fleet) {
    lines.push(...fleetTextLines(result.fleet));
  } else if (run) {
    const duration = runDurationMs(run);
    const took = duration !== undefined ? ` in ${formatDuration(duration)}` : "";
    const started = run.startedByGate ? ", started by the gate" : "";
    lines.push(`  run       ${plainText(run.name, 200)}  ${plainText(run.state, 60)}${took}${started}`);
    lines.push(`            ${plainText(run.arn, 300)}`);
    lines.push(`  template  ${plainText(run.templateArn, 300)}`);
  } else if (source?.kind === "inspector-classic-run") {
    lines.push(`  run       none located${source.runArn ? `: ${plainText(source.runArn, 300)}` : ""}`);
    if (source.templateArn) lines.push(`  template  ${plainText(source.templateArn, 300)}`);
  } else if (source?.kind === "file") {
    const shown = source.files.slice(0, 10);
    shown.forEach((file, i) => {
      const label = i === 0 ? `  source    ${sourceWords(source)} ` : "            ";
      lines.push(
        `${label}${plainText(displayFile(ctx, file.path), 300)}: ${fileFormatWords(file, source.includeSuppressed)}`,
      );
    });
    if (source.files.length > shown.length)
      lines.push(`            … and ${source.files.length - shown.length} more`);
  } else if (source?.kind === "inspector2") {
    for (const line of inspector2SourceLines(source)) {
      lines.push(`  ${line.label.padEnd(9)} ${plainText(line.text, 500)}`);
    }
  } else {
    lines.push(`  source    ${sourceWords(source)}`);
  }
  if (result.policyFiles.length > 0 || result.policyName) {
    const name = result.policyName ? `${plainText(result.policyName, 100)}  ` : "";
    const files = result.policyFiles.map((f) => plainText(displayFile(ctx, f), 300)).join(", ");
    lines.push(`  policy    ${name}${files}`);
  }
  const bySeverity = shownSeverities(result)
    .map((s) => `${s} ${result.counts[s] ?? 0}`)
    .join(" · ");
  lines.push(`  findings  ${result.findings.total} (${result.findings.evaluated} evaluated)  ${bySeverity}`);
  const since = baselineTotals(result);
  if (since) lines.push(`  baseline  ${totalsText(since)}  ${paint("dim", baselineWords(result))}`);

  // Checks.
  if (checks.length > 0) {
    lines.push("", paint("bold", "Checks"));
    const label = (c: Check) => (c.level === "warning" ? `${c.id} (warning)` : c.id);
    const width = Math.min(40, Math.max(...checks.map((c) => Array.from(plainText(label(c))).length)));
    const numbers = (c: Check) => countText(c);
    const numWidth = Math.max(...checks.map((c) => numbers(c).length));
    for (const check of checks) {
      const mark = !check.violated
        ? paint("green", "✓")
        : check.level === "error"
          ? paint("red", "✗")
          : paint("yellow", "!");
      const waived = check.waived ? `, ${check.waived} waived` : "";
      lines.push(
        `  ${mark} ${pad(plainText(label(check), 80), width)}  ${pad(numbers(check), numWidth)}  ${paint("dim", plainText(where(ctx, check.source), 300) + waived)}`,
      );
    }
  }

  // Worst violations, bounded per check.
  const violated = checks.filter((c) => c.violated);
  if (violated.length > 0 && perCheck > 0) {
    lines.push("", paint("bold", "Violations (worst first)"));
    for (const check of violated) {
      const mark = check.level === "error" ? paint("red", "✗") : paint("yellow", "!");
      lines.push(`  ${mark} ${plainText(check.id, 80)}: ${countedWords(check, plural)} (max ${check.max})`);
      const shown = check.violations.slice(0, perCheck);
      for (const v of shown) {
        const state = stateWord(v.baselineState);
        lines.push(`      ${state ? `${paint("dim", `[${state}]`)} ` : ""}${findingLine(v.finding, 100)}`);
        const facts = findingFacts(v.finding);
        const line = facts && factsLine(facts, false);
        if (line) lines.push(paint("dim", `        ${line}`));
      }
      const more = countedFor(check) - shown.length;
      if (shown.length === 0 && more > 0) lines.push(paint("dim", `      ${notListed(result, ctx)}`));
      else if (more > 0) lines.push(paint("dim", `      … and ${more} more`));
    }
  }

  // Fixed since the baseline, as it named them.
  const fixed = result.evaluation?.baseline?.absentSamples ?? [];
  if (since && since.absent > 0) {
    const bySeverity = baselineRows(result)
      .filter(([, , , absent]) => absent > 0)
      .map(([s, , , absent]) => `${s} ${absent}`)
      .join(" · ");
    lines.push("", `${paint("bold", "Fixed since the baseline")}  ${bySeverity}`);
    const shown = fixed.slice(0, perCheck);
    for (const sample of shown) lines.push(`  ${paint("green", "✓")} ${fixedLine(sample, 100)}`);
    if (shown.length > 0 && since.absent > shown.length)
      lines.push(paint("dim", `  … and ${since.absent - shown.length} more`));
  }

  // Exceptions.
  const ex = result.evaluation?.exceptions;
  if (ex && ex.applied.length + ex.expired.length + ex.expiring.length + ex.unused.length > 0) {
    lines.push("", paint("bold", "Exceptions"));
    for (const e of ex.applied) {
      lines.push(`  applied   ${plainText(e.id, 80)}: waived ${plural(e.count, "finding")}, ${days(e)}`);
    }
    for (const e of ex.expiring) {
      lines.push(
        `  ${paint("yellow", "expiring")}  ${plainText(e.id, 80)}: ${days(e)}  ${paint("dim", where(ctx, e.source))}`,
      );
    }
    for (const e of ex.expired) {
      lines.push(
        `  ${paint("yellow", "expired")}   ${plainText(e.id, 80)}: ${days(e)}, waives nothing  ${paint("dim", where(ctx, e.source))}`,
      );
    }
    for (const e of ex.unused) {
      lines.push(
        `  unused    ${plainText(e.id, 80)}: matched no finding  ${paint("dim", where(ctx, e.source))}`,
      );
    }
  }

  // Coverage.
  const cov = result.coverage;
  if (isInspector2Coverage(cov)) {
    lines.push("", `${paint("bold", "Coverage")}  ${plainText(coverageSummary(cov), 500)}`);
    for (const line of coverageLines(cov)) {
      const label =
        line.label === "inactive" || line.label === "pending" || line.label === "missing"
          ? paint("yellow", line.label.padEnd(9))
          : line.label.padEnd(9);
      lines.push(`  ${label} ${plainText(line.text, 300)}`);
    }
  } else if (cov) {
    const telemetry = Object.entries(cov.telemetryMessages)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([type, n]) => `${plainText(type, 60)} ${n}`)
      .join(", ");
    lines.push(
      "",
      `${paint("bold", "Coverage")}  ${plural(cov.agents, "agent")}: ${cov.healthy} healthy, ${cov.unhealthy} unhealthy, ${cov.reporting} reporting (min ${cov.minAgents}); unhealthy agents: ${cov.unhealthyPolicy}`,
    );
    if (telemetry) lines.push(`  telemetry ${telemetry}`);
    for (const agent of cov.unhealthyAgents.slice(0, 10)) {
      const code = agent.healthCode ? ` (${plainText(agent.healthCode, 60)})` : "";
      lines.push(`  ${paint("yellow", "unhealthy")} ${plainText(agent.agentId, 100)}${code}`);
    }
    if (cov.unhealthyAgents.length > 10)
      lines.push(`  … and ${cov.unhealthyAgents.length - 10} more unhealthy`);
  }

  // Suppressed findings (Inspector v2), shown apart from the evaluated ones.
  if (result.source?.kind === "inspector2" && result.source.suppressed.length > 0) {
    const shown = suppressedLines(result.source);
    lines.push("", `${paint("bold", "Suppressed")}  by Inspector's suppression rules, not counted`);
    for (const line of shown.slice(0, 10)) lines.push(`  ${plainText(line, 300)}`);
    const more = result.source.listed.suppressed - Math.min(10, shown.length);
    if (more > 0) lines.push(`  … and ${more} more`);
  }

  // Warnings.
  if (result.warnings.length > 0) {
    lines.push("", paint("bold", "Warnings"));
    for (const w of result.warnings.slice(0, 20))
      lines.push(`  ${paint("yellow", "!")} ${plainText(w, 500)}`);
    if (result.warnings.length > 20) lines.push(`  … and ${result.warnings.length - 20} more`);
  }

  // Error again at the end, where the eye lands after scrolling.
  if (result.verdict === "error" && result.error) {
    lines.push(
      "",
      `${paint("red", "Error")} ${plainText(result.error.code, 60)}: ${plainText(result.error.message, 2000)}`,
    );
  }

  const calls = totalApiCalls(result);
  const detail = calls > 0 ? ` (${apiCallsList(result)})` : "";
  const phases = [
    result.timings.waitMs !== undefined ? `wait ${formatDuration(result.timings.waitMs)}` : undefined,
    result.timings.fetchMs !== undefined ? `fetch ${formatDuration(result.timings.fetchMs)}` : undefined,
    result.timings.evaluateMs !== undefined
      ? `evaluate ${formatDuration(result.timings.evaluateMs)}`
      : undefined,
  ].filter((p) => p !== undefined);
  lines.push(
    "",
    paint(
      "dim",
      `${plural(calls, "API call")}${detail} · took ${formatDuration(result.timings.totalMs)}${phases.length > 0 ? ` (${phases.join(", ")})` : ""}`,
    ),
  );
  return `${lines.join("\n")}\n`;
};
