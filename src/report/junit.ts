/**
 * JUnit XML (`--format junit`, `--junit FILE`) for CI systems that display test reports. One test case per
 * severity limit and per rule: a violated error-level check is a <failure> listing its findings (worst
 * first); a violated warning-level rule passes (it does not fail the gate) and lists its findings in
 * <system-out>. When the verdict is error, a test case named after the gate carries an <error>.
 *
 * The document keeps to what the common consumers accept: the Jenkins xUnit plugin's JUnit schema (the
 * strictest of them: no `file` or `line` on a test case, no `skipped` on <testsuites>), the Jenkins JUnit
 * plugin, GitLab, Azure DevOps and dorny/test-reporter. Where a check is defined in the policy is said in
 * its failure or system-out text. fast-xml-builder writes the XML and escapes markup; xmlChars first drops
 * what XML 1.0 cannot hold at all.
 */
import XMLBuilder from "fast-xml-builder";
import { type GateResult, isInspector2Coverage, runOf } from "../result.js";
import { baselineTotals, countedWords } from "./baseline.js";
import { plainText, xmlChars } from "./escape.js";
import { factsLine, findingFacts } from "./facts.js";
import { inspector2Properties } from "./inspector2.js";
import type { Formatter, ReportContext } from "./types.js";
import { type Check, checksOf, displayFile, findingLine, plural, TOOL_NAME, whereFrom } from "./views.js";

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
});

type Attributes = Record<`@${string}`, string>;
interface XmlNode extends Attributes {
  "#text"?: string;
  [child: string]: unknown;
}

function seconds(ms: number | undefined): string {
  return ((ms ?? 0) / 1000).toFixed(3);
}

/** JUnit's timestamp: ISO-8601 without fraction and zone (UTC). */
function timestamp(iso: string): string | undefined {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 19) : undefined;
}

/** One line, inert, and nothing XML 1.0 forbids: for attribute values. */
function attr(text: string, max = 1000): string {
  return xmlChars(plainText(text, max));
}

function body(head: string, check: Check): string {
  const lines = [
    head,
    ...check.violations.flatMap((v) => {
      const line = `${findingLine(v.finding, 200)} (${plainText(v.finding.arn, 300)})`;
      const facts = findingFacts(v.finding);
      const details = facts && factsLine(facts, false);
      return details ? [line, `  ${details}`] : [line];
    }),
  ];
  const more = check.matched - check.violations.length;
  if (more > 0) lines.push(`… and ${more} more`);
  return xmlChars(`\n${lines.join("\n")}\n`);
}

function testCase(check: Check, ctx: ReportContext): XmlNode {
  const node: XmlNode = {
    "@classname": check.kind === "severity" ? `${TOOL_NAME}.severity` : `${TOOL_NAME}.rules`,
    "@name": attr(check.id, 200),
    "@time": "0",
  };
  if (!check.violated) return node;
  const summary = `${plainText(check.id, 200)}: ${countedWords(check, plural)} (max ${check.max})`;
  const defined = `defined at ${plainText(whereFrom(ctx, check.source), 300)}`;
  if (check.level === "error") {
    node.failure = {
      "@message": attr(summary),
      "@type": check.kind === "severity" ? "severity-limit" : "rule",
      "#text": body(`${summary}, ${defined}`, check),
    };
  } else {
    node["system-out"] = body(`warning: ${summary}, ${defined}`, check);
  }
  return node;
}

/** Against a baseline: the file and what is new, still present and fixed since it. */
function baselineProperties(result: GateResult): [string, string][] {
  const t = baselineTotals(result);
  if (t === undefined || result.baseline === undefined) return [];
  return [
    ["baseline.file", result.baseline.file],
    ["baseline.new", String(t.new)],
    ["baseline.unchanged", String(t.unchanged)],
    ["baseline.absent", String(t.absent)],
  ];
}

function errorCase(result: GateResult): XmlNode {
  const code = plainText(result.error?.code ?? "ERROR", 100);
  const message = result.error?.message ?? "the gate stopped without a verdict";
  return {
    "@classname": TOOL_NAME,
    "@name": "verdict",
    "@time": seconds(result.timings.totalMs),
    error: {
      "@message": attr(message),
      "@type": attr(code, 100),
      "#text": xmlChars(`${code}: ${plainText(message, 4000)}`),
    },
  };
}

export const formatJunit: Formatter = (result: GateResult, ctx: ReportContext) => {
  const checks = checksOf(result.evaluation);
  const cases = checks.map((check) => testCase(check, ctx));
  const errors = result.verdict === "error" ? 1 : 0;
  if (errors > 0) cases.push(errorCase(result));
  const failures = checks.filter((c) => c.violated && c.level === "error").length;
  const counts = {
    "@tests": String(cases.length),
    "@failures": String(failures),
    "@errors": String(errors),
  };
  const time = seconds(result.timings.totalMs);
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
    ...(result.source?.kind === "inspector2"
      ? inspector2Properties(
          result.source,
          isInspector2Coverage(result.coverage) ? result.coverage : undefined,
        )
      : []),
    ...result.policyFiles.map((f, i): [string, string] => [`policy.file.${i + 1}`, displayFile(ctx, f)]),
    ...baselineProperties(result),
    ...(result.fleet ?? []).flatMap((m, i): [string, string][] => [
      [`fleet.${i + 1}.report`, m.file],
      [`fleet.${i + 1}.verdict`, m.verdict],
      [`fleet.${i + 1}.scope`, m.scope],
    ]),
  ];
  const document = {
    "?xml": { "@version": "1.0", "@encoding": "UTF-8" },
    testsuites: {
      "@name": TOOL_NAME,
      ...counts,
      "@time": time,
      testsuite: {
        "@name": attr(result.policyName ? `${TOOL_NAME}: ${plainText(result.policyName, 200)}` : TOOL_NAME),
        ...counts,
        "@skipped": "0",
        "@time": time,
        ...(stamp ? { "@timestamp": stamp } : {}),
        properties: {
          property: properties.map(([name, value]) => ({ "@name": attr(name), "@value": attr(value) })),
        },
        testcase: cases,
      },
    },
  };
  return builder.build(document);
};
