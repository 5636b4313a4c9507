/**
 * JUnit XML (`--format junit`, the Action's `junit-file`) for CI systems that display test reports. One
 * test case per severity limit and per rule: a violated error-level check is a <failure> listing its
 * findings (worst first); a violated warning-level rule passes (it does not fail the gate) and lists its
 * findings in <system-out>. When the verdict is error, a test case named after the gate carries an
 * <error>. Every value is escaped with escapeXml (characters XML 1.0 forbids are dropped).
 */
import { type GateResult, runOf } from "../result.js";
import { type Check, checksOf, displayFile, findingLine, plural, TOOL_NAME, where } from "./common.js";
import { plainText, escapeXml as x } from "./escape.js";
import type { Formatter, ReportContext } from "./types.js";

function seconds(ms: number | undefined): string {
  return ((ms ?? 0) / 1000).toFixed(3);
}

/** JUnit's timestamp: ISO-8601 without fraction and zone (UTC). */
function timestamp(iso: string): string | undefined {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 19) : undefined;
}

function findingsBody(check: Check, indent: string): string[] {
  const lines = check.violations.map(
    (v) => `${indent}${x(findingLine(v.finding, 200))} (${x(v.finding.arn)})`,
  );
  const more = check.matched - check.violations.length;
  if (more > 0) lines.push(`${indent}… and ${more} more`);
  return lines;
}

function testCase(check: Check, ctx: ReportContext): string[] {
  const classname = check.kind === "severity" ? `${TOOL_NAME}.severity` : `${TOOL_NAME}.rules`;
  const source = where(ctx, check.source);
  const file = displayFile(ctx, check.source.file);
  const line = check.source.line;
  const open = `    <testcase classname="${classname}" name="${x(check.id)}" file="${x(file)}" line="${line}" time="0">`;
  const summary = `${plural(check.matched, "finding")} (max ${check.max})`;
  if (!check.violated) {
    return [
      `    <testcase classname="${classname}" name="${x(check.id)}" file="${x(file)}" line="${line}" time="0"/>`,
    ];
  }
  if (check.level === "error") {
    return [
      open,
      `      <failure message="${x(`${plainText(check.id, 200)}: ${summary}`)}" type="${check.kind === "severity" ? "severity-limit" : "rule"}">`,
      `${x(`${plainText(check.id, 200)}: ${summary}, defined at ${plainText(source, 300)}`)}`,
      ...findingsBody(check, ""),
      "      </failure>",
      "    </testcase>",
    ];
  }
  return [
    open,
    "      <system-out>",
    `${x(`warning: ${plainText(check.id, 200)}: ${summary}, defined at ${plainText(source, 300)}`)}`,
    ...findingsBody(check, ""),
    "      </system-out>",
    "    </testcase>",
  ];
}

export const formatJunit: Formatter = (result: GateResult, ctx: ReportContext) => {
  const checks = checksOf(result.evaluation);
  const cases: string[] = [];
  for (const check of checks) cases.push(...testCase(check, ctx));
  let errors = 0;
  if (result.verdict === "error") {
    errors = 1;
    const code = result.error?.code ?? "ERROR";
    const message = result.error?.message ?? "the gate stopped without a verdict";
    cases.push(
      `    <testcase classname="${TOOL_NAME}" name="verdict" time="${seconds(result.timings.totalMs)}">`,
      `      <error message="${x(plainText(message, 1000))}" type="${x(plainText(code, 100))}">${x(`${plainText(code, 100)}: ${plainText(message, 4000)}`)}</error>`,
      "    </testcase>",
    );
  }
  const failures = checks.filter((c) => c.violated && c.level === "error").length;
  const tests = checks.length + errors;
  const suiteName = result.policyName ? `${TOOL_NAME}: ${plainText(result.policyName, 200)}` : TOOL_NAME;
  const stamp = timestamp(result.timings.startedAt);
  const run = runOf(result);
  const properties: [string, string][] = [
    ["verdict", result.verdict],
    ["exitCode", String(result.exitCode)],
    ["findings.total", String(result.findings.total)],
    ["findings.evaluated", String(result.findings.evaluated)],
    ["source", result.source?.kind ?? "none"],
    ...(run
      ? ([
          ["run.arn", run.arn],
          ["run.name", run.name],
          ["run.state", run.state],
          ["template.arn", run.templateArn],
        ] as [string, string][])
      : []),
    ...result.policyFiles.map((f, i): [string, string] => [`policy.file.${i + 1}`, displayFile(ctx, f)]),
  ];
  const time = seconds(result.timings.totalMs);
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${time}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${TOOL_NAME}" ${counts}>`,
    `  <testsuite name="${x(suiteName)}" ${counts}${stamp ? ` timestamp="${stamp}"` : ""}>`,
    "    <properties>",
    ...properties.map(
      ([name, value]) => `      <property name="${x(name)}" value="${x(plainText(value, 1000))}"/>`,
    ),
    "    </properties>",
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
};
