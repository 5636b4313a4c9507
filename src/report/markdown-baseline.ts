/**
 * The Markdown report's view of a baseline: what is new, still present and fixed since it, by severity,
 * and the fixed findings the baseline named. Pure; every value that came from a finding or a file name is
 * escaped here.
 */
import type { GateResult } from "../result.js";
import { baselineRows, baselineTotals, baselineWords, fixedLine, newOnly, stateWord } from "./baseline.js";
import { escapeMarkdown as md } from "./escape.js";
import type { Section } from "./markdown.js";
import type { Check } from "./views.js";
import { plural } from "./views.js";

/** The comparison by severity, then the fixed findings: absent without a baseline. */
export function baselineSections(result: GateResult): Section[] {
  const totals = baselineTotals(result);
  if (totals === undefined) return [];
  const sections: Section[] = [
    {
      priority: 2,
      head: [
        "### Since the baseline",
        "",
        `Compared with ${md(baselineWords(result), 400)}.`,
        "",
        "| Severity | New | Still present | Fixed |",
        "|---|--:|--:|--:|",
      ],
      rows: baselineRows(result).map(([s, n, u, a]) => `| ${s} | ${n} | ${u} | ${a} |`),
      tail: [`| **Total** | **${totals.new}** | ${totals.unchanged} | ${totals.absent} |`],
    },
  ];
  const samples = result.evaluation?.baseline?.absentSamples ?? [];
  if (samples.length > 0) {
    sections.push({
      priority: 8,
      head: ["#### Fixed since the baseline"],
      rows: samples.map((sample) => `- ✅ ${md(fixedLine(sample, 200), 400)}`),
      hidden: Math.max(0, totals.absent - samples.length),
      more: (n) => `\n_… and ${plural(n, "more fixed finding")}._`,
    });
  }
  return sections;
}

/** The Matched cell of a check: "1 new of 3" when only new findings counted. */
export function matchedCell(check: Check): string {
  return newOnly(check) ? `${check.baseline!.new} new of ${check.matched}` : String(check.matched);
}

/** The prefix of a violating finding's cell: "_new_ " or "_baselined_ " against a baseline. */
export function statePrefix(state: "new" | "unchanged" | undefined): string {
  const word = stateWord(state);
  return word ? `_${word}_ ` : "";
}
