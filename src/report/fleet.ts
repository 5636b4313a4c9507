/**
 * How reports speak of a merged verdict (`inspector-gate merge`): every gate it was made of, named by its
 * report file and what it looked at, with its own verdict. Pure; values from the reports are made plain or
 * escaped here.
 */
import type { FleetMember } from "../fleet/types.js";
import type { GateResult } from "../result.js";
import { escapeMarkdown as md, plainText } from "./escape.js";
import type { Section } from "./markdown.js";
import type { ReportContext } from "./types.js";
import { notFetched, plural } from "./views.js";

/** Members listed in the text report at most (the JSON report lists them all). */
const TEXT_MEMBERS = 50;

/** "12 gates: 10 passed, 1 failed, 1 error" */
export function fleetWords(fleet: readonly FleetMember[]): string {
  const n = (v: string) => fleet.filter((m) => m.verdict === v).length;
  const parts = [`${n("pass")} passed`, `${n("fail")} failed`];
  if (n("error") > 0) parts.push(`${n("error")} in error`);
  return `${plural(fleet.length, "gate")}: ${parts.join(", ")}`;
}

function memberText(m: FleetMember): string {
  const error = m.error ? ` ${plainText(m.error.code, 60)}: ${plainText(m.error.message, 300)}` : "";
  return `${m.verdict.toUpperCase().padEnd(5)} ${plainText(m.file, 200)}  ${plainText(m.scope, 300)}  ${plural(m.findings, "finding")}${error}`;
}

/** The text report's lines for the fleet, in place of the one source. */
export function fleetTextLines(fleet: readonly FleetMember[]): string[] {
  const lines = [`  fleet     ${fleetWords(fleet)}`];
  for (const m of fleet.slice(0, TEXT_MEMBERS)) lines.push(`            ${memberText(m)}`);
  if (fleet.length > TEXT_MEMBERS) lines.push(`            … and ${fleet.length - TEXT_MEMBERS} more`);
  return lines;
}

function icon(m: FleetMember): string {
  return m.verdict === "pass" ? "✅" : m.verdict === "fail" ? "❌" : "🛑";
}

/** The Markdown report's table of gates. */
export function fleetSection(result: GateResult): Section | undefined {
  const fleet = result.fleet;
  if (fleet === undefined) return undefined;
  return {
    priority: 2,
    head: [
      `### Gates`,
      "",
      `${md(fleetWords(fleet))}.`,
      "",
      "| | Report | Source | Scope | Findings |",
      "|:-:|---|---|---|--:|",
    ],
    rows: fleet.map((m) => {
      const error = m.error ? `<br>${md(m.error.code, 60)}: ${md(m.error.message, 300)}` : "";
      return `| ${icon(m)} | ${md(m.file, 200)} | ${md(m.source ?? "none", 60)} | ${md(m.scope, 300)}${error} | ${m.findings} |`;
    }),
    more: (n) => `\n_… ${plural(n, "more gate")} in the JSON report._`,
  };
}

/**
 * Why a violated check lists no finding: for a merge, the gates kept findings only for what they violated
 * themselves (a total limit can be exceeded by gates each within it); else the door's own words.
 */
export function notListed(result: GateResult, ctx: ReportContext): string {
  if (result.fleet === undefined) return notFetched(ctx);
  return "No finding listed: each gate's report lists findings only for the limits and rules that gate violated itself; see the gates' reports.";
}
