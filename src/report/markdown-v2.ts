/** The Markdown report's table of violating Inspector (v2) findings with their facts. Pure: no I/O. */
import { type Finding, subjectLabel } from "../model.js";
import { escapeMarkdown as md } from "./escape.js";
import { findingFacts, flagTexts, packageTexts } from "./facts.js";

export const V2_TABLE_HEAD = [
  "| Severity | Finding | Resource | Package → fixed in | Score · exploit |",
  "|---|---|---|---|---|",
];

/** A violating finding with its Inspector (v2) facts: every part escaped, the link only when plain. */
export function v2Row(f: Finding): string {
  const facts = findingFacts(f);
  const id = f.id ? `**${md(f.id, 80)}** ` : "";
  const title = f.title ? md(f.title, 200) : "_(no title)_";
  const link = facts?.link !== undefined ? ` ([advisory](${facts.link}))` : "";
  const resource = facts?.resource ?? subjectLabel(f);
  const packages = facts ? packageTexts(facts).map((p) => md(p, 200)) : [];
  const flags = facts ? flagTexts(facts).map((p) => md(p, 100)) : [];
  const cell = (parts: string[]) => (parts.length > 0 ? parts.join("<br>") : "–");
  return `| ${f.severity} | ${id}${title}${link} | ${md(resource, 200)} | ${cell(packages)} | ${cell(flags)} |`;
}
