/**
 * Assessment reports: GetAssessmentReport (work in progress at first, then a URL, once the run has
 * ended) and the documents its URL points at: an HTML page (every finding text escaped) or a one-page
 * PDF summary, served under /_emulator/reports/.
 */
import { CLASSIC_SEVERITIES as SEVERITIES } from "../../../model.js";
import { type Emulation, type Handler, runOf } from "../context.js";
import { runInProgress } from "../errors.js";

const MAX_ROWS = 1000;

function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A minimal valid PDF showing a few lines of text. */
function pdf(lines: readonly string[]): Buffer {
  const esc = (s: string) => s.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, "\\$&");
  const stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td", ...lines.map((l) => `(${esc(l)}) '`), "ET"].join(
    "\n",
  );
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

export function renderReport(
  em: Emulation,
  runArn: string,
  path: string,
  now: number,
): { type: string; body: Buffer } | undefined {
  const run = em.store.runs.get(runArn);
  if (run === undefined) return undefined;
  run.advance(now);
  const visible = run.visibleFindings();
  const counts = run.findingCounts();
  const summary = SEVERITIES.slice()
    .reverse()
    .map((s) => `${s}: ${counts[s]}`)
    .join(", ");
  if (path.endsWith(".pdf")) {
    return {
      type: "application/pdf",
      body: pdf([
        "Amazon Inspector - Assessment Report (emulated)",
        `Run: ${run.name}`,
        `State: ${run.state}`,
        `Findings: ${visible} (${summary})`,
      ]),
    };
  }
  const full = path.includes("-full.");
  const ctx = run.findingContext();
  const rows: string[] = [];
  for (let i = 0; i < Math.min(visible, MAX_ROWS); i++) {
    const f = run.findings.describe(i, ctx);
    rows.push(
      `<tr><td>${escapeHtml(f["severity"])}</td><td>${escapeHtml(f["id"])}</td><td>${escapeHtml(f["title"])}</td>` +
        (full ? `<td>${escapeHtml(f["recommendation"])}</td>` : "") +
        "</tr>",
    );
  }
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>Assessment report: ${escapeHtml(run.name)}</title></head><body>`,
    `<h1>Assessment report: ${escapeHtml(run.name)}</h1>`,
    `<p>Run ${escapeHtml(run.arn)} &mdash; state ${escapeHtml(run.state)} &mdash; ${visible} findings (${escapeHtml(summary)})</p>`,
    `<table><thead><tr><th>Severity</th><th>Id</th><th>Title</th>${full ? "<th>Recommendation</th>" : ""}</tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
    visible > MAX_ROWS ? `<p>${visible - MAX_ROWS} more findings are not shown.</p>` : "",
    "</body></html>",
  ].join("\n");
  return { type: "text/html; charset=utf-8", body: Buffer.from(html, "utf8") };
}

export const REPORT_OPERATIONS: Readonly<Record<string, Handler>> = {
  GetAssessmentReport(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    if (!run.terminal) {
      throw runInProgress("A report can be generated only once the assessment run has ended.", [run.arn]);
    }
    if (run.state !== "COMPLETED" && run.state !== "COMPLETED_WITH_ERRORS") return { status: "FAILED" };
    const key = `${run.arn}|${input["reportType"]}|${input["reportFileFormat"]}`;
    const asked = em.reports.get(key);
    if (asked === undefined) {
      em.reports.set(key, now);
      return { status: "WORK_IN_PROGRESS" };
    }
    if (now - asked < 2000 / run.timeScale) return { status: "WORK_IN_PROGRESS" };
    const id = run.arn.slice(run.arn.lastIndexOf("/") + 1);
    const ext = input["reportFileFormat"] === "PDF" ? "pdf" : "html";
    const url = `${em.endpoint()}/_emulator/reports/${id}-${String(input["reportType"]).toLowerCase()}.${ext}?run=${encodeURIComponent(run.arn)}`;
    return { status: "COMPLETED", url };
  },
};
