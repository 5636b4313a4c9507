/**
 * `inspector-gate merge`: real gates (check --findings … --json) over exported findings, then one verdict
 * over their reports.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { beforeEach, describe, expect, it } from "vitest";
import reportSchema from "../../src/report/report.schema.json" with { type: "json" };
import { runCli } from "../helpers/cli.js";
import { type ExportSeverity, exportedFinding } from "../helpers/findings-file.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ig-merge-"));
});

function policy(text: string, name = "policy.yml"): string {
  writeFileSync(join(dir, name), `version: 1\n${text}\n`);
  return name;
}

/** Runs one gate over `severities` (findings numbered from `from`) and returns its JSON report's name. */
async function gate(
  name: string,
  severities: readonly ExportSeverity[],
  from: number,
  policyFile = "policy.yml",
) {
  const findings = `${name}.jsonl`;
  writeFileSync(
    join(dir, findings),
    `${severities.map((s, i) => JSON.stringify(exportedFinding(from + i, s))).join("\n")}\n`,
  );
  const report = `${name}.json`;
  const run = await runCli(
    ["check", "--findings", findings, "--policy", policyFile, "--json", report, "-q"],
    {
      cwd: dir,
    },
  );
  expect(run.stderr).not.toContain("error [");
  return report;
}

const merge = (args: readonly string[]) => runCli(["merge", ...args], { cwd: dir });
// biome-ignore lint/suspicious/noExplicitAny: reports read back as plain JSON
const json = (text: string) => JSON.parse(text) as Record<string, any>;

describe("merge", () => {
  it("passes a fleet of passing gates, sums the counts and names every gate", async () => {
    policy("severity: { fail-on: High }");
    const a = await gate("us-east-1", ["Medium", "Low"], 0);
    const b = await gate("eu-west-1", ["Medium"], 100);
    const run = await merge([a, b, "--format", "json"]);
    expect(run.code).toBe(0);
    const report = json(run.stdout);
    expect(report.verdict).toBe("pass");
    expect(report.findings).toEqual({ total: 3, evaluated: 3 });
    expect(report.counts.Medium).toBe(2);
    expect(report.fleet.map((m: { file: string }) => m.file)).toEqual([a, b]);
    expect(report.fleet[0].scope).toContain("us-east-1.jsonl");
    const validate = new Ajv({ strict: false }).compile(reportSchema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const text = await merge([a, b]);
    expect(text.stdout).toContain("2 gates: 2 passed, 0 failed");
    expect(text.stdout).toContain("eu-west-1.json");
    const markdown = await merge([a, b, "--format", "markdown"]);
    expect(markdown.stdout).toContain("### Gates");
    expect(markdown.stdout).toMatch(/\| ✅ \| us-east-1\.json \| file \|/);
  });

  it("fails when one gate violated a per-gate limit, listing that gate's findings", async () => {
    policy("severity: { fail-on: High }");
    const a = await gate("ok", ["Medium"], 0);
    const b = await gate("bad", ["High"], 100);
    const run = await merge([a, b, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = json(run.stdout);
    expect(report.verdict).toBe("fail");
    expect(report.severity.find((l: { severity: string }) => l.severity === "High")).toMatchObject({
      count: 1,
      violated: true,
      fleet: "per-gate",
    });
    expect(report.violations.map((v: { findingId: string }) => v.findingId)).toEqual(["CVE-2026-100"]);
  });

  it("applies a total limit to the sum over the fleet: each gate within its max, the fleet over it", async () => {
    policy("fleet: { limits: total }\nseverity: { max: { High: 1 } }");
    const a = await gate("a", ["High"], 0);
    const b = await gate("b", ["High"], 100);
    for (const r of [a, b]) expect(json(readFileSync(join(dir, r), "utf8")).verdict).toBe("pass");
    const run = await merge([a, b, "--format", "json"]);
    expect(run.code).toBe(1);
    const high = json(run.stdout).severity.find((l: { severity: string }) => l.severity === "High");
    expect(high).toMatchObject({ count: 2, max: 1, violated: true, fleet: "total" });
    // No gate violated it alone, so none kept its findings: said so, not passed off as a severity-only policy.
    expect((await merge([a, b])).stdout).toContain(
      "No finding listed: each gate's report lists findings only",
    );
  });

  it("keeps a per-gate limit per gate: two gates within their max pass together", async () => {
    policy("severity: { max: { High: 1 } }");
    const run = await merge([await gate("a", ["High"], 0), await gate("b", ["High"], 100)]);
    expect(run.code).toBe(0);
  });

  it("makes the merged verdict an error when any gate errored, never a pass", async () => {
    policy("severity: { fail-on: High }");
    const reports = [];
    for (let i = 0; i < 4; i++) reports.push(await gate(`g${i}`, ["Low"], i * 100));
    const errored = json(readFileSync(join(dir, reports[2]!), "utf8"));
    // What a gate whose run failed writes: no evaluation, the error said.
    Object.assign(errored, {
      verdict: "error",
      exitCode: 3,
      error: { code: "RUN_FAILED", message: "Assessment run ended in state FAILED" },
      fingerprints: null,
    });
    writeFileSync(join(dir, reports[2]!), JSON.stringify(errored));
    const run = await merge([...reports, "--format", "json"]);
    expect(run.code).toBe(3);
    const report = json(run.stdout);
    expect(report.verdict).toBe("error");
    expect(report.error.code).toBe("FLEET_MEMBER_ERROR");
    expect(report.error.message).toContain("1 of 4 gates");
    expect(report.error.message).toContain("g2.json (RUN_FAILED");
    expect(run.stderr).toContain("FLEET_MEMBER_ERROR");
  });

  it("with --expect, a fleet missing a gate (or with one too many) is an error, never a verdict", async () => {
    policy("severity: { fail-on: High }");
    const reports = [await gate("a", ["Low"], 0), await gate("b", ["Low"], 100)];
    const complete = await merge([...reports, "--expect", "2"]);
    expect(complete.code).toBe(0);
    // The third gate's job crashed before uploading its report: the two that passed do not make a pass.
    const missing = await merge([...reports, "--expect", "3", "--format", "json"]);
    expect(missing.code).toBe(3);
    const report = json(missing.stdout);
    expect(report.verdict).toBe("error");
    expect(report.error.code).toBe("FLEET_INCOMPLETE");
    expect(report.error.message).toContain("3 gates but only 2 reports");
    expect(report.fleet).toHaveLength(2);
    const extra = await merge([...reports, "--expect", "1"]);
    expect(extra.code).toBe(3);
    expect(extra.stderr).toContain("1 more than expected");
    const bad = await merge([...reports, "--expect", "two"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Invalid --expect 'two': expected an integer of at least 1");
  });

  it("refuses the same report given twice, by path or by content, and two reports of one run", async () => {
    policy("severity: { fail-on: High }");
    const a = await gate("a", ["Low"], 0);
    const twice = await merge([a, `./${a}`]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("are the same file");
    copyFileSync(join(dir, a), join(dir, "copy.json"));
    const copied = await merge([a, "copy.json"]);
    expect(copied.code).toBe(2);
    expect(copied.stderr).toContain("'copy.json' is the same report as 'a.json'");
  });

  it("refuses a corrupt or foreign input with exit 2 naming it", async () => {
    policy("severity: { fail-on: High }");
    const a = await gate("a", ["Low"], 0);
    writeFileSync(join(dir, "broken.json"), '{"schemaVersion": 2, "verdict": ');
    const broken = await merge([a, "broken.json"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("Invalid report 'broken.json': not JSON");
    const report = json(readFileSync(join(dir, a), "utf8"));
    writeFileSync(join(dir, "lying.json"), JSON.stringify({ ...report, counts: { High: -1 } }));
    const lying = await merge([a, "lying.json"]);
    expect(lying.code).toBe(2);
    expect(lying.stderr).toMatch(/Invalid report 'lying\.json': not a valid JSON report/);
    writeFileSync(join(dir, "other.json"), "[]");
    expect((await merge(["other.json"])).stderr).toContain("not a JSON report of inspector-gate");
    const missing = await merge([a, "nope.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses gates that ran different policies", async () => {
    policy("severity: { fail-on: High }");
    policy("severity: { fail-on: Medium }", "other.yml");
    const a = await gate("a", ["Low"], 0);
    const b = await gate("b", ["Low"], 100, "other.yml");
    const run = await merge([a, b]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("another policy");
  });

  it("writes every format at once, and SARIF and JUnit name the gates", async () => {
    policy("severity: { fail-on: High }");
    const a = await gate("a", ["High"], 0);
    const b = await gate("b", ["Low"], 100);
    const run = await merge([a, b, "--json", "m.json", "--sarif", "m.sarif", "--junit", "m.xml", "-q"]);
    expect(run.code).toBe(1);
    expect(json(readFileSync(join(dir, "m.json"), "utf8")).fleet).toHaveLength(2);
    const sarif = json(readFileSync(join(dir, "m.sarif"), "utf8"));
    expect(sarif.runs[0].properties.fleet.map((m: { report: string }) => m.report)).toEqual([a, b]);
    expect(readFileSync(join(dir, "m.xml"), "utf8")).toContain('name="fleet.2.report" value="b.json"');
  });
});
