import { describe, expect, it } from "vitest";
import { DEFAULT_MARKDOWN_MAX_BYTES, formatReport } from "../../src/report/index.js";
import type { GateResult } from "../../src/result.js";
import {
  aFinding,
  anEvaluation,
  anException,
  aResult,
  aRuleResult,
  aSeverityLimit,
  at,
  violationsOf,
} from "./builders.js";
import { CTX, SCENARIOS } from "./scenarios.js";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** A failing result with `rules` violated rules of `perRule` findings each, long titles, many exceptions. */
function hugeResult(rules: number, perRule: number): GateResult {
  const ruleResults = [];
  const violations = [];
  for (let r = 0; r < rules; r++) {
    const id = `rule-${String(r).padStart(3, "0")}`;
    const findings = Array.from({ length: perRule }, (_, i) =>
      aFinding({
        id: `CVE-2025-${String(r * perRule + i).padStart(5, "0")}`,
        title: `A long finding title that takes room in every row — ünïcödé — number ${i} ${"x".repeat(60)}`,
        severity: i % 2 === 0 ? "High" : "Medium",
        asset: { hostname: `host-${i}.internal`, agentId: `i-${String(i).padStart(17, "0")}` },
      }),
    );
    ruleResults.push(
      aRuleResult({ id, description: `Rule number ${r}`, matched: perRule, max: 0, source: at(10 + r) }),
    );
    violations.push(...violationsOf(id, findings));
  }
  const expired = Array.from({ length: 50 }, (_, i) =>
    anException({
      id: `old-${i}`,
      reason: `Expired waiver ${i}`,
      expires: "2026-01-01",
      daysLeft: -60,
      source: at(200 + i),
    }),
  );
  return aResult({
    warnings: Array.from({ length: 30 }, (_, i) => `warning number ${i}`),
    evaluation: anEvaluation({
      verdict: "fail",
      severity: [aSeverityLimit({ severity: "High", count: rules * perRule, max: 0, source: at(4) })],
      rules: ruleResults,
      violations,
      exceptions: { applied: [], expired, unused: [], expiring: [] },
    }),
  });
}

describe("markdown size limit", () => {
  it("is untouched, without a note, when it fits", () => {
    const md = formatReport(SCENARIOS.fail!(), "markdown", CTX);
    expect(md).not.toContain("This report was shortened");
    expect(bytes(md)).toBeLessThan(DEFAULT_MARKDOWN_MAX_BYTES);
  });

  it("stays under 65,000 for a PR comment, dropping whole rows and keeping verdict, checks and footer", () => {
    const result = hugeResult(40, 200);
    const full = formatReport(result, "markdown", {
      ...CTX,
      maxFindingsPerCheck: 200,
      maxBytes: 100_000_000,
    });
    expect(bytes(full)).toBeGreaterThan(1_000_000);
    const md = formatReport(result, "markdown", { ...CTX, maxFindingsPerCheck: 200, maxBytes: 65_000 });
    expect(bytes(md)).toBeLessThanOrEqual(65_000);
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md.startsWith("## ❌ Inspector gate failed: policy violated")).toBe(true);
    expect(md).toContain("> [!NOTE]\n> This report was shortened to fit 65,000 bytes:");
    expect(md).toContain("The complete result is in the JSON report");
    // Whole sections survive in priority order: every check row, then run details.
    for (let r = 0; r < 40; r++) expect(md).toContain(`**rule-${String(r).padStart(3, "0")}**`);
    expect(md).toContain("### Run");
    expect(md.trimEnd().endsWith("</sub>")).toBe(true);
    // Every table row that made it is complete.
    for (const line of md.split("\n")) if (line.startsWith("|")) expect(line.endsWith("|")).toBe(true);
  });

  it("fits the default 1 MiB job-summary limit", () => {
    const result = hugeResult(60, 200);
    const md = formatReport(result, "markdown", { ...CTX, maxFindingsPerCheck: 200 });
    expect(bytes(md)).toBeLessThanOrEqual(DEFAULT_MARKDOWN_MAX_BYTES);
    expect(bytes(md)).toBeGreaterThan(DEFAULT_MARKDOWN_MAX_BYTES * 0.9);
    expect(md).toContain("This report was shortened to fit 1,048,576 bytes");
    expect(md).toMatch(/_… and \d+ more \(see the JSON report\)\._/);
  });

  it("holds for any limit, and never cuts mid-row once the essentials fit", () => {
    const result = hugeResult(8, 40);
    for (let maxBytes = 3_000; maxBytes <= 60_000; maxBytes += 1_379) {
      const md = formatReport(result, "markdown", { ...CTX, maxFindingsPerCheck: 40, maxBytes });
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
      expect(md.trimEnd().endsWith("</sub>")).toBe(true);
      expect(md).toContain("This report was shortened");
    }
  });

  it("cuts hard, on a character boundary, only when even the verdict does not fit", () => {
    const md = formatReport(hugeResult(2, 2), "markdown", { ...CTX, maxBytes: 120 });
    expect(bytes(md)).toBeLessThanOrEqual(120);
    expect(md.startsWith("## ❌")).toBe(true);
  });

  it("quotes the caller's hint for where the full report is", () => {
    const md = formatReport(hugeResult(10, 50), "markdown", {
      ...CTX,
      maxFindingsPerCheck: 50,
      maxBytes: 20_000,
      fullReportHint: "the report-file inspector-gate.json of this job",
    });
    expect(md).toContain("The complete result is in the report-file inspector-gate.json of this job.");
  });
});

describe("markdown content", () => {
  it("bounds findings per check and says how many more", () => {
    const md = formatReport(SCENARIOS.fail!(), "markdown", { ...CTX, maxFindingsPerCheck: 2 });
    const start = md.indexOf("#### ❌ severity:Medium");
    const medium = md.slice(start, md.indexOf("####", start + 5));
    expect(medium.split("\n").filter((l) => l.startsWith("| Medium |")).length).toBe(2);
    expect(medium).toContain("_… and 14 more (see the JSON report)._");
  });

  it("renders severity × rules package counts only when the evaluation has them", () => {
    expect(formatReport(SCENARIOS.fail!(), "markdown", CTX)).toContain(
      "### Findings by rules package and severity",
    );
    expect(formatReport(SCENARIOS.pass!(), "markdown", CTX)).not.toContain("rules package and severity");
  });

  it("puts the verdict first in every case", () => {
    expect(formatReport(SCENARIOS.pass!(), "markdown", CTX).split("\n")[0]).toBe(
      "## ✅ Inspector gate passed",
    );
    expect(formatReport(SCENARIOS.error!(), "markdown", CTX).split("\n")[0]).toBe(
      "## 🛑 Inspector gate error: RUN\\_FAILED",
    );
    const warnOnly = formatReport({ ...SCENARIOS.fail!(), warnOnly: true, exitCode: 0 }, "markdown", CTX);
    expect(warnOnly.split("\n")[0]).toBe("## ⚠️ Inspector gate failed: policy violated (warn-only)");
    expect(warnOnly).toContain("warn-only is set");
  });
});
