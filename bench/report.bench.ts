/**
 * Report figures: time to render each format for a large failing result (50 rules and 5 severity limits,
 * each holding the evaluation's full sample of 100 violating findings, i.e. 5,500 listed findings, plus 200
 * waived ones), median of several runs; and the size of the Markdown report at its limits.
 */
import { performance } from "node:perf_hooks";
import { CLASSIC_SEVERITIES, type Finding, SEVERITIES, type Severity } from "../src/model.js";
import type { RuleResult, SeverityLimitResult, Violation } from "../src/policy/types.js";
import { formatReport, planAnnotations } from "../src/report/index.js";
import type { Format, ReportContext } from "../src/report/types.js";
import type { GateResult } from "../src/result.js";
import type { BenchRow } from "./types.js";

const RULES = 50;
const PER_CHECK = 100;
const RUNS = 7;

function finding(n: number, severity: Severity): Finding {
  return {
    arn: `arn:aws:inspector:us-west-2:123456789012:target/0-t/template/0-p/run/0-r/finding/0-${n}`,
    id: `CVE-2025-${String(n).padStart(5, "0")}`,
    title: `Package libexample${n % 97} ${n % 13}.${n % 7} is vulnerable to a <crafted> [input] | see @vendor #${n}`,
    severity,
    numericSeverity: 9 - (n % 9),
    rulesPackageName: "Common Vulnerabilities and Exposures",
    attributes: [],
    userAttributes: [],
    asset: { agentId: `i-${String(n % 400).padStart(17, "0")}`, hostname: `host-${n % 400}.internal` },
  };
}

function bigResult(): GateResult {
  let n = 0;
  const violations: Violation[] = [];
  const severity: SeverityLimitResult[] = SEVERITIES.map((s, i) => {
    for (let k = 0; k < PER_CHECK; k++)
      violations.push({ ruleId: `severity:${s}`, level: "error", finding: finding(n++, s) });
    return {
      severity: s,
      count: PER_CHECK * 10,
      max: 0,
      violated: true,
      source: { file: "p.yml", line: 2 + i, column: 3 },
    };
  });
  const rules: RuleResult[] = [];
  for (let r = 0; r < RULES; r++) {
    const id = `rule-${r}`;
    const level = r % 5 === 0 ? "warning" : "error";
    for (let k = 0; k < PER_CHECK; k++) violations.push({ ruleId: id, level, finding: finding(n++, "High") });
    rules.push({
      id,
      level,
      matched: PER_CHECK * 3,
      waived: 4,
      max: 0,
      violated: true,
      source: { file: "p.yml", line: 20 + r, column: 9 },
    });
  }
  const waived = Array.from({ length: 200 }, () => finding(n++, "Medium"));
  const raw = {
    Critical: 0,
    High: 20_000,
    Medium: 15_000,
    Low: 10_000,
    Informational: 4_000,
    Untriaged: 0,
    Undefined: 1_000,
  };
  return {
    verdict: "fail",
    exitCode: 1,
    policyFiles: ["p.yml"],
    source: {
      kind: "file",
      severities: CLASSIC_SEVERITIES,
      files: [
        {
          path: "findings.json",
          format: { layout: "document", service: "inspector-classic" },
          findings: 50_000,
        },
      ],
    },
    findings: { total: 50_000, evaluated: 50_000 },
    counts: raw,
    evaluation: {
      verdict: "fail",
      findings: { evaluated: 50_000 },
      counts: { raw, afterExceptions: raw },
      severity,
      rules,
      violations,
      violationsTruncated: true,
      exceptions: {
        applied: [
          {
            id: "ex",
            reason: "accepted",
            expires: "2030-01-01",
            daysLeft: 900,
            source: { file: "p.yml", line: 90, column: 5 },
            count: 200,
            findings: waived,
          },
        ],
        expired: [],
        unused: [],
        expiring: [],
      },
    },
    apiCalls: { ListFindings: 500, DescribeFindings: 5000 },
    timings: { startedAt: "2026-01-01T00:00:00.000Z", totalMs: 60_000 },
    warnings: [],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function run(): Promise<BenchRow[]> {
  const result = bigResult();
  const ctx: ReportContext = { toolVersion: "bench", maxFindingsPerCheck: PER_CHECK };
  const rows: BenchRow[] = [];
  const formats: Format[] = ["text", "json", "markdown", "sarif", "junit"];
  for (const format of formats) {
    const ms = time(() => formatReport(result, format, ctx));
    rows.push({
      group: "report",
      name: `${format}: 5,700 listed findings`,
      value: ms,
      unit: "ms",
      target: "< 1000 ms",
      pass: ms < 1000,
      note: `${Math.round(Buffer.byteLength(formatReport(result, format, ctx)) / 1024)} KiB`,
    });
  }
  const comment = formatReport(result, "markdown", { ...ctx, maxBytes: 65_000 });
  rows.push({
    group: "report",
    name: "markdown: PR comment size (limit 65,000)",
    value: Buffer.byteLength(comment),
    unit: "bytes",
    target: "≤ 65000 bytes",
    pass: Buffer.byteLength(comment) <= 65_000,
  });
  const summary = formatReport(result, "markdown", { ...ctx, maxFindingsPerCheck: 1000 });
  rows.push({
    group: "report",
    name: "markdown: job summary size (limit 1 MiB)",
    value: Buffer.byteLength(summary),
    unit: "bytes",
    target: "≤ 1048576 bytes",
    pass: Buffer.byteLength(summary) <= 1024 * 1024,
  });
  const annotationsMs = time(() => planAnnotations(result, ctx));
  rows.push({
    group: "report",
    name: "annotations: plan",
    value: annotationsMs,
    unit: "ms",
    target: "< 100 ms",
    pass: annotationsMs < 100,
  });
  return rows;
}
