/**
 * The reports over a real evaluation: a policy loaded from YAML, findings evaluated offline by the gate,
 * then every format. Annotations and SARIF must point at the lines the YAML actually has.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.js";
import { loadPolicy } from "../../src/policy/load.js";
import { formatReport, planAnnotations } from "../../src/report/index.js";
import type { GateResult } from "../../src/result.js";
import { aFinding } from "./builders.js";
import { errorsOf, reportValidator, sarifValidator } from "./schemas.js";

const POLICY = `version: 1
name: pipeline
severity:
  fail-on: High
  max:
    Medium: 1
rules:
  - id: no-openssl
    level: error
    max: 0
    match:
      title: "*openssl*"
  - id: watch-curl
    level: warning
    max: 0
    match:
      title: "*curl*"
exceptions:
  - id: legacy
    reason: "Isolated legacy host <b>see OPS-1</b>"
    expires: 2099-01-01
    match:
      asset:
        hostname: legacy-*
`;

const lineOf = (text: string) => POLICY.split("\n").findIndex((l) => l.includes(text)) + 1;

describe("reports over a real evaluation", async () => {
  const policy = await loadPolicy({ text: POLICY, file: "/ws/.github/inspector-gate.yml" });
  const findings = [
    aFinding({ severity: "High", title: "openssl <img src=x onerror=alert(1)> @dev #1" }),
    aFinding({ severity: "Medium", title: "curl\nnewline ::error::x" }),
    aFinding({ severity: "Medium", title: "openssl again", asset: { hostname: "legacy-1" } }),
    aFinding({ severity: "Medium", title: "zlib" }),
    aFinding({ severity: "Low", title: "bash" }),
  ];
  let result: GateResult;
  beforeAll(async () => {
    // The findings as an export of the gate's own finding shape, evaluated offline through the gate.
    const file = join(mkdtempSync(join(tmpdir(), "ig-pipeline-")), "findings.json");
    writeFileSync(file, JSON.stringify(findings));
    result = await runGate(
      { policy, source: { kind: "file", files: [file] } },
      { now: () => new Date("2026-03-02T00:00:00Z") },
    );
  });
  const ctx = { toolVersion: "test", displayPath: (f: string) => f.replace(/^\/ws\//, "") };

  it("is a failing result with the rules the YAML defines", () => {
    expect(result.verdict).toBe("fail");
    expect(result.evaluation!.rules.map((r) => r.id)).toEqual(["no-openssl", "watch-curl"]);
  });

  it("annotates the policy at the lines of the ids and the severity settings", () => {
    const annotations = planAnnotations(result, ctx);
    const at = (check: string) => annotations.find((a) => a.title.startsWith(`${check}: `));
    expect(at("no-openssl")).toMatchObject({
      level: "error",
      file: ".github/inspector-gate.yml",
      line: lineOf("id: no-openssl"),
    });
    expect(at("watch-curl")).toMatchObject({ level: "warning", line: lineOf("id: watch-curl") });
    expect(at("severity:High")).toMatchObject({ level: "error", line: lineOf("fail-on: High") });
    expect(at("severity:Medium")).toMatchObject({ level: "error", line: lineOf("Medium: 1") });
    for (const a of annotations) expect(`${a.title}${a.message}`).not.toMatch(/[\r\n]/);
  });

  it("every format renders; JSON and SARIF validate against their schemas", () => {
    const json = JSON.parse(formatReport(result, "json", ctx));
    expect(reportValidator()(json), errorsOf(reportValidator())).toBe(true);
    expect(json.exceptions.applied).toEqual([{ id: "legacy", findingArn: findings[2]!.arn }]);
    const sarif = JSON.parse(formatReport(result, "sarif", ctx));
    expect(sarifValidator()(sarif), errorsOf(sarifValidator())).toBe(true);
    const suppressed = sarif.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions);
    expect(suppressed[0].suppressions[0].justification).toBe("Isolated legacy host <b>see OPS-1</b>");
    expect(suppressed[0].locations[0].physicalLocation.region.startLine).toBe(lineOf("id: legacy"));
    const md = formatReport(result, "markdown", ctx);
    expect(md).toContain("openssl &lt;img src=x onerror=alert\\(1\\)&gt; @&#8203;dev \\#&#8203;1");
    expect(formatReport(result, "junit", ctx)).toContain('name="watch-curl"');
    expect(formatReport(result, "text", ctx)).toContain("curl newline ::error::x");
  });
});
