/**
 * The Markdown report: the Action's job summary and the body of its PR comment (`--format markdown`).
 * Verdict first. Every value that came from Inspector or a policy goes through escapeMarkdown; the only
 * HTML is the report's own. The output honours ctx.maxBytes (default 1 MiB, GitHub's job-summary limit):
 * when the whole report does not fit, whole rows and sections are left out by priority (verdict, checks,
 * run, exceptions, counts, then violating findings) and a note points at the JSON report.
 */
import type { Severity } from "../model.js";
import type { ExceptionStatus } from "../policy/types.js";
import { type GateResult, isInspector2Coverage, runOf } from "../result.js";
import { baselineLead, countedFor, countedWords } from "./baseline.js";
import { escapeMarkdown as md } from "./escape.js";
import { findingFacts } from "./facts.js";
import { fleetSection, fleetWords, notListed } from "./fleet.js";
import { markdownCoverageRows, markdownSourceRows } from "./inspector2.js";
import { baselineSections, matchedCell, statePrefix } from "./markdown-baseline.js";
import { V2_TABLE_HEAD, v2Row } from "./markdown-v2.js";
import type { Formatter, ReportContext } from "./types.js";
import {
  apiCallsList,
  type Check,
  checksOf,
  compareText,
  displayFile,
  fileFormatWords,
  formatDuration,
  holderWords,
  plural,
  rankChecks,
  runDurationMs,
  shownSeverities,
  sourceWords,
  spanMs,
  sumCounts,
  TOOL_NAME,
  totalApiCalls,
  verdictSummary,
  where,
} from "./views.js";

/** GitHub's limit for one step's job summary. */
export const DEFAULT_MARKDOWN_MAX_BYTES = 1024 * 1024;
const DEFAULT_FINDINGS_PER_CHECK = 10;

/**
 * A part of the report. `head` lines come with the section; `rows` can be left out one by one from the
 * end; `more(n)` is the line written when n rows (plus `hidden` rows never listed) are not shown.
 */
export interface Section {
  readonly priority: number;
  readonly required?: boolean;
  /** Lines written before the first shown section of the same group (e.g. a shared heading). */
  readonly group?: { readonly key: string; readonly head: readonly string[] };
  readonly head: readonly string[];
  readonly rows: readonly string[];
  /** Rows that exist but were never listed (e.g. beyond the per-check bound). */
  readonly hidden?: number;
  readonly more?: (omitted: number) => string;
  /** Lines after the rows. */
  readonly tail?: readonly string[];
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");
const linesBytes = (lines: readonly string[]) => lines.reduce((sum, l) => sum + bytes(l) + 1, 0);

function verdictIcon(result: GateResult): string {
  if (result.verdict === "pass") return "✅";
  if (result.verdict === "error") return "🛑";
  return result.warnOnly ? "⚠️" : "❌";
}

function checkIcon(check: Check): string {
  if (!check.violated) return "✅";
  return check.level === "error" ? "❌" : "⚠️";
}

function daysText(status: ExceptionStatus): string {
  const d = status.daysLeft;
  if (d < 0) return `${status.expires} (expired ${plural(-d, "day")} ago)`;
  if (d === 0) return `${status.expires} (today)`;
  return `${status.expires} (in ${plural(d, "day")})`;
}

function headerSection(result: GateResult, checks: readonly Check[]): Section {
  const lines: string[] = [];
  const icon = verdictIcon(result);
  if (result.verdict === "pass") lines.push(`## ${icon} Inspector gate passed`);
  else if (result.verdict === "fail")
    lines.push(`## ${icon} Inspector gate failed: policy violated${result.warnOnly ? " (warn-only)" : ""}`);
  else lines.push(`## ${icon} Inspector gate error${result.error ? `: ${md(result.error.code, 80)}` : ""}`);
  lines.push("");
  if (result.verdict === "error") {
    lines.push(
      "> [!CAUTION]",
      `> ${result.error ? md(result.error.message, 4000) : "The gate stopped without a verdict."}`,
      ">",
      "> No trustworthy verdict: this is never a pass.",
    );
  } else {
    const lead = baselineLead(result);
    if (lead !== undefined) lines.push(`**${md(lead)}**`, "");
    lines.push(`**${md(verdictSummary(result, checks))}**`);
    if (result.verdict === "fail" && result.warnOnly) {
      lines.push(
        "",
        "> [!WARNING]",
        "> warn-only is set: the violations are reported and the step does not fail.",
      );
    }
  }
  lines.push("", `Exit code ${result.exitCode}.`);
  return { priority: 0, required: true, head: lines, rows: [] };
}

function runSection(result: GateResult, ctx: ReportContext): Section {
  const rows: string[] = [];
  const source = result.source;
  const run = runOf(result);
  if (run) {
    const duration = runDurationMs(run);
    const took = duration !== undefined ? ` in ${formatDuration(duration)}` : "";
    rows.push(
      `- **Run:** ${md(run.name, 200)} · ${md(run.state, 60)}${took}${run.startedByGate ? " · started by the gate" : ""}`,
    );
    rows.push(`- **Run ARN:** ${md(run.arn, 400)}`);
    rows.push(`- **Template:** ${md(run.templateArn, 400)}`);
    if (run.stateChanges.length > 0) {
      const first = run.stateChanges[0]!.at;
      const shown = run.stateChanges.slice(0, 20);
      const steps = shown.map((change, i) => {
        const offset = spanMs(first, change.at);
        const at =
          i === 0
            ? md(change.at, 40)
            : offset !== undefined
              ? `+${formatDuration(offset)}`
              : md(change.at, 40);
        return `${md(change.state, 60)} (${at})`;
      });
      const more =
        run.stateChanges.length > shown.length ? ` → … ${run.stateChanges.length - shown.length} more` : "";
      rows.push(`- **Timeline:** ${steps.join(" → ")}${more}`);
    }
  } else if (source?.kind === "inspector-classic-run") {
    rows.push(`- **Run:** none located${source.runArn ? ` (${md(source.runArn, 400)})` : ""}`);
    if (source.templateArn) rows.push(`- **Template:** ${md(source.templateArn, 400)}`);
  } else if (source?.kind === "file") {
    const files = source.files
      .slice(0, 10)
      .map(
        (f) => `${md(displayFile(ctx, f.path), 300)} (${md(fileFormatWords(f, source.includeSuppressed))})`,
      );
    const more = source.files.length > 10 ? `, … ${source.files.length - 10} more` : "";
    rows.push(`- **Source:** ${md(sourceWords(source))} ${files.join(", ")}${more}`);
  } else if (result.fleet) {
    rows.push(`- **Source:** ${md(fleetWords(result.fleet))} (see Gates)`);
  } else if (source?.kind === "inspector2") {
    rows.push(...markdownSourceRows(source, md));
  } else {
    rows.push(`- **Source:** ${md(sourceWords(source))}`);
  }
  if (result.policyFiles.length > 0 || result.policyName) {
    const name = result.policyName ? md(result.policyName, 100) : "";
    const files = result.policyFiles.map((f) => md(displayFile(ctx, f), 300)).join(", ");
    rows.push(`- **Policy:** ${name && files ? `${name} (${files})` : name || files}`);
  }
  rows.push(
    `- **Findings:** ${result.findings.total} in ${holderWords(source)}, ${result.findings.evaluated} evaluated`,
  );
  const cov = result.coverage;
  if (isInspector2Coverage(cov)) {
    rows.push(...markdownCoverageRows(cov, md));
  } else if (cov) {
    const telemetry = Object.entries(cov.telemetryMessages)
      .sort(([a], [b]) => compareText(a, b))
      .map(([type, n]) => `${md(type, 60)} ${n}`)
      .join(", ");
    rows.push(
      `- **Coverage:** ${plural(cov.agents, "agent")}, ${cov.healthy} healthy, ${cov.unhealthy} unhealthy, ${cov.reporting} reporting telemetry (minimum ${cov.minAgents}; unhealthy agents: ${cov.unhealthyPolicy})${telemetry ? `; telemetry messages: ${telemetry}` : ""}`,
    );
    if (cov.unhealthyAgents.length > 0) {
      const shown = cov.unhealthyAgents
        .slice(0, 10)
        .map((a) => `${md(a.agentId, 100)}${a.healthCode ? ` (${md(a.healthCode, 60)})` : ""}`);
      const more = cov.unhealthyAgents.length > 10 ? `, … ${cov.unhealthyAgents.length - 10} more` : "";
      rows.push(`- **Unhealthy agents:** ${shown.join(", ")}${more}`);
    }
  }
  const head = source?.kind === "inspector-classic-run" ? "### Run" : "### Source";
  return { priority: 2, head: [head], rows, more: (n) => `- … ${plural(n, "line")} left out` };
}

function countsSection(result: GateResult): Section[] {
  const evaluation = result.evaluation;
  const limits = new Map<Severity, { max: number; violated: boolean }>();
  for (const l of evaluation?.severity ?? []) limits.set(l.severity, { max: l.max, violated: l.violated });
  const after = evaluation?.counts.afterExceptions;
  const header = after
    ? ["| Severity | Findings | After exceptions | Limit |", "|---|--:|--:|---|"]
    : ["| Severity | Findings | Limit |", "|---|--:|---|"];
  const shown = shownSeverities(result);
  const rows = shown.map((s) => {
    const limit = limits.get(s);
    const limitText = limit ? `${limit.violated ? "❌" : "✅"} max ${limit.max}` : "–";
    return after
      ? `| ${s} | ${result.counts[s] ?? 0} | ${after[s] ?? 0} | ${limitText} |`
      : `| ${s} | ${result.counts[s] ?? 0} | ${limitText} |`;
  });
  // Before any evaluation (e.g. the run failed) there is nothing to count.
  if (!evaluation && sumCounts(result.counts) === 0) return [];
  const sections: Section[] = [{ priority: 4, head: ["### Findings by severity", "", ...header], rows }];
  const byPackage = evaluation?.counts.byRulesPackage;
  if (byPackage && Object.keys(byPackage).length > 0) {
    const names = Object.keys(byPackage).sort(compareText);
    sections.push({
      priority: 6,
      head: [
        "### Findings by rules package and severity",
        "",
        `| Rules package | ${shown.join(" | ")} | Total |`,
        `|---|${shown.map(() => "--:").join("|")}|--:|`,
      ],
      rows: names.map((name) => {
        const c = byPackage[name]!;
        return `| ${md(name, 200)} | ${shown.map((s) => c[s] ?? 0).join(" | ")} | ${sumCounts(c)} |`;
      }),
      more: (n) => `\n_… ${plural(n, "more rules package")} left out._`,
    });
  }
  return sections;
}

function checksSection(checks: readonly Check[], ctx: ReportContext): Section | undefined {
  if (checks.length === 0) return undefined;
  return {
    priority: 1,
    head: [
      "### Checks",
      "",
      "| | Check | Level | Matched | Max | Waived | Defined at |",
      "|:-:|---|---|--:|--:|--:|---|",
    ],
    rows: checks.map((c) => {
      const description = c.description ? ` ${md(c.description, 200)}` : "";
      const waived = c.waived !== undefined ? String(c.waived) : "–";
      return `| ${checkIcon(c)} | **${md(c.id, 100)}**${description} | ${c.level} | ${matchedCell(c)} | ${c.max} | ${waived} | ${md(where(ctx, c.source), 300)} |`;
    }),
    more: (n) => `\n_… ${plural(n, "more check")} left out._`,
  };
}

function violationSections(
  result: GateResult,
  checks: readonly Check[],
  perCheck: number,
  ctx: ReportContext,
): Section[] {
  const violated = rankChecks(checks.filter((c) => c.violated));
  return violated.map((check, index) => {
    const shown = check.violations.slice(0, perCheck);
    const title = `#### ${checkIcon(check)} ${md(check.id, 100)}: ${countedWords(check, plural)} (max ${check.max})`;
    if (shown.length === 0) {
      // A severity-only policy is decided from the run's finding counts: no finding was fetched to list.
      return {
        priority: 10 + index,
        group: { key: "violations", head: ["### Violating findings (worst first)"] },
        head: [title, "", `_${notListed(result, ctx)}_`],
        rows: [],
      };
    }
    if (shown.some((v) => findingFacts(v.finding) !== undefined)) {
      return {
        priority: 10 + index,
        group: { key: "violations", head: ["### Violating findings (worst first)"] },
        head: [title, "", ...V2_TABLE_HEAD],
        rows: shown.map((v) => v2Row(v.finding)),
        hidden: Math.max(0, check.matched - shown.length),
        more: (n) => `\n_… and ${n} more (see the JSON report)._`,
      };
    }
    return {
      priority: 10 + index,
      group: { key: "violations", head: ["### Violating findings (worst first)"] },
      head: [title, "", "| Severity | Finding | Asset | Rules package |", "|---|---|---|---|"],
      rows: shown.map((v) => {
        const f = v.finding;
        const id = f.id ? `**${md(f.id, 80)}** ` : "";
        const title = f.title ? md(f.title, 200) : "_(no title)_";
        const asset = [f.asset.hostname, f.asset.agentId].filter((x) => x !== undefined);
        const assetText =
          asset.length > 0
            ? asset.map((a) => md(a, 100)).join(" · ")
            : md(f.asset.amiId ?? f.asset.autoScalingGroup ?? "unknown asset", 100);
        const pkg = f.rulesPackageName ?? f.rulesPackageArn;
        return `| ${f.severity} | ${statePrefix(v.baselineState)}${id}${title} | ${assetText} | ${pkg ? md(pkg, 120) : "–"} |`;
      }),
      hidden: Math.max(0, countedFor(check) - shown.length),
      more: (n) => `\n_… and ${n} more (see the JSON report)._`,
    };
  });
}

function exceptionsSection(result: GateResult, ctx: ReportContext): Section | undefined {
  const ex = result.evaluation?.exceptions;
  if (!ex) return undefined;
  const entries = new Map<string, { status: ExceptionStatus; labels: string[]; waived?: number }>();
  const add = (status: ExceptionStatus, label: string, waived?: number) => {
    const entry = entries.get(status.id) ?? { status, labels: [] };
    entry.labels.push(label);
    if (waived !== undefined) entry.waived = (entry.waived ?? 0) + waived;
    entries.set(status.id, entry);
  };
  for (const e of ex.expired) add(e, "❌ expired");
  for (const e of ex.expiring) add(e, "⚠️ expiring");
  for (const e of ex.applied) add(e, "✅ applied", e.count);
  for (const e of ex.unused) add(e, "➖ unused");
  if (entries.size === 0) return undefined;
  return {
    priority: 3,
    head: [
      "### Exceptions",
      "",
      "| Status | Exception | Waived | Expires | Owner | Reason | Defined at |",
      "|---|---|--:|---|---|---|---|",
    ],
    rows: [...entries.values()].map(({ status, labels, waived }) => {
      const owner = [status.owner, status.ticket]
        .filter((x) => x !== undefined)
        .map((x) => md(x, 100))
        .join(" · ");
      return `| ${labels.join(", ")} | **${md(status.id, 100)}** | ${waived ?? "–"} | ${md(daysText(status), 60)} | ${owner || "–"} | ${md(status.reason, 300)} | ${md(where(ctx, status.source), 300)} |`;
    }),
    more: (n) => `\n_… ${plural(n, "more exception")} left out._`,
  };
}

function warningsSection(result: GateResult): Section | undefined {
  if (result.warnings.length === 0) return undefined;
  return {
    priority: 5,
    head: ["### Warnings"],
    rows: result.warnings.map((w) => `- ${md(w, 1000)}`),
    more: (n) => `- … ${plural(n, "more warning")}`,
  };
}

function footerSection(result: GateResult, ctx: ReportContext): Section {
  const calls = totalApiCalls(result);
  const detail = calls > 0 ? ` (${md(apiCallsList(result), 500)})` : "";
  const t = result.timings;
  const phases = [
    t.waitMs !== undefined ? `wait ${formatDuration(t.waitMs)}` : undefined,
    t.fetchMs !== undefined ? `fetch ${formatDuration(t.fetchMs)}` : undefined,
    t.evaluateMs !== undefined ? `evaluate ${formatDuration(t.evaluateMs)}` : undefined,
  ].filter((p) => p !== undefined);
  return {
    priority: 1,
    required: true,
    head: [
      "---",
      `<sub>${TOOL_NAME} ${md(ctx.toolVersion, 40)} · ${plural(calls, "Inspector API call")}${detail} · took ${formatDuration(t.totalMs)}${phases.length > 0 ? ` (${phases.join(", ")})` : ""}</sub>`,
    ],
    rows: [],
  };
}

function truncationNote(maxBytes: number, sections: number, rows: number, ctx: ReportContext): string[] {
  const hint = ctx.fullReportHint
    ? md(ctx.fullReportHint, 300)
    : "the JSON report (`--json FILE`, or the Action's `json` input)";
  const what = [sections > 0 ? plural(sections, "section") : "", rows > 0 ? plural(rows, "row") : ""]
    .filter((x) => x)
    .join(" and ");
  return [
    "> [!NOTE]",
    `> This report was shortened to fit ${maxBytes.toLocaleString("en-US")} bytes${what ? `: ${what} left out` : ""}. The complete result is in ${hint}.`,
  ];
}

interface Allocation {
  shown: number;
}

function render(
  sections: readonly Section[],
  allocation: ReadonlyMap<Section, Allocation>,
  note: string[] | undefined,
): string {
  const blocks: string[] = [];
  const groupsOpened = new Set<string>();
  for (const section of sections) {
    const alloc = allocation.get(section);
    if (!alloc) continue;
    const lines: string[] = [];
    if (section.group && !groupsOpened.has(section.group.key)) {
      groupsOpened.add(section.group.key);
      lines.push(...section.group.head, "");
    }
    lines.push(...section.head);
    if (section.rows.length > 0 && section.head.length > 0 && !section.head.at(-1)!.startsWith("|"))
      lines.push("");
    lines.push(...section.rows.slice(0, alloc.shown));
    const omitted = section.rows.length - alloc.shown + (section.hidden ?? 0);
    if (omitted > 0 && section.more) lines.push(section.more(omitted));
    if (section.tail) lines.push(...section.tail);
    blocks.push(lines.join("\n"));
    if (note && section.priority === 0) blocks.push(note.join("\n"));
  }
  return `${blocks.join("\n\n")}\n`;
}

/** Cuts text to at most maxBytes UTF-8 bytes on a character boundary. */
function cutToBytes(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const b = bytes(ch);
    if (used + b + 4 > maxBytes) break;
    out += ch;
    used += b;
  }
  return `${out}…\n`;
}

export const formatMarkdown: Formatter = (result: GateResult, ctx: ReportContext) => {
  const maxBytes = Math.max(0, Math.floor(ctx.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES));
  const perCheck = Math.max(0, ctx.maxFindingsPerCheck ?? DEFAULT_FINDINGS_PER_CHECK);
  const checks = checksOf(result.evaluation);
  const sections = [
    headerSection(result, checks),
    checksSection(checks, ctx),
    ...baselineSections(result),
    fleetSection(result),
    runSection(result, ctx),
    ...countsSection(result),
    exceptionsSection(result, ctx),
    warningsSection(result),
    ...violationSections(result, checks, perCheck, ctx),
    footerSection(result, ctx),
  ].filter((s): s is Section => s !== undefined);

  const full = new Map(sections.map((s) => [s, { shown: s.rows.length }]));
  const whole = render(sections, full, undefined);
  if (bytes(whole) <= maxBytes) return whole;

  // Does not fit: keep what matters most. Budget every block as it will be rendered (+2 bytes of
  // separation), with room for the note (sized with the largest numbers it can hold).
  const allRows = sections.reduce((n, s) => n + s.rows.length, 0);
  const noteBytes = linesBytes(truncationNote(maxBytes, sections.length, allRows, ctx)) + 2;
  let budget = maxBytes - noteBytes - 1;
  const allocation = new Map<Section, Allocation>();
  const groupsCharged = new Set<string>();
  const byPriority = [...sections].sort((a, b) =>
    a.required === b.required ? a.priority - b.priority : a.required ? -1 : 1,
  );
  for (const section of byPriority) {
    const groupCost =
      section.group && !groupsCharged.has(section.group.key) ? linesBytes(section.group.head) + 1 : 0;
    const moreCost = section.more
      ? bytes(section.more(Math.max(1, section.rows.length + (section.hidden ?? 0)))) + 1
      : 0;
    const base = groupCost + linesBytes(section.head) + 3 + (section.tail ? linesBytes(section.tail) : 0);
    if (section.required) {
      budget -= base + section.rows.reduce((n, r) => n + bytes(r) + 1, 0);
      allocation.set(section, { shown: section.rows.length });
      continue;
    }
    if (base + moreCost > budget) continue;
    let shown = 0;
    let cost = base;
    for (const row of section.rows) {
      const rowCost = bytes(row) + 1;
      const remaining = section.rows.length - shown - 1 + (section.hidden ?? 0);
      if (cost + rowCost + (remaining > 0 ? moreCost : 0) > budget) break;
      cost += rowCost;
      shown++;
    }
    // A table or list with no rows at all says nothing: leave the section out.
    if (shown === 0 && section.rows.length > 0) continue;
    if (shown < section.rows.length || (section.hidden ?? 0) > 0) cost += moreCost;
    budget -= cost;
    allocation.set(section, { shown });
    if (section.group) groupsCharged.add(section.group.key);
  }
  const leftOutSections = sections.filter((s) => !allocation.has(s)).length;
  const leftOutRows = sections.reduce((n, s) => {
    const a = allocation.get(s);
    return a ? n + s.rows.length - a.shown : n;
  }, 0);
  const out = render(sections, allocation, truncationNote(maxBytes, leftOutSections, leftOutRows, ctx));
  return cutToBytes(out, maxBytes);
};
