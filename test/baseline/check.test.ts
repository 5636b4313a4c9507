/**
 * `check --baseline` and `inspector-gate baseline` through the CLI: a real gate's JSON report as the
 * baseline of a later gate over the same assessment template (a re-run: new finding and run ARNs, new
 * times), a new-only policy, and the refusals (exit 2).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { type ExportSeverity, exportedFinding } from "../helpers/findings-file.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ig-baseline-cli-"));
  writeFileSync(
    join(dir, "policy.yml"),
    "version: 1\nbaseline: { new-only: true }\nseverity: { fail-on: High }\n",
  );
});

type Spec = readonly [number, ExportSeverity];

/** An export of the findings `specs` (number, severity) as run `run` of the template found them. */
function exportOf(name: string, specs: readonly Spec[], run = "0-cccccccc", template = "0-bbbbbbbb"): string {
  const lines = specs.map(([n, severity]) => {
    const f = exportedFinding(n, severity) as Record<string, unknown> & { arn: string };
    const arn = f.arn
      .replace("/run/0-cccccccc/", `/run/${run}/`)
      .replace("/template/0-bbbbbbbb/", `/template/${template}/`);
    const serviceAttributes = {
      ...(f.serviceAttributes as object),
      assessmentRunArn: arn.replace(/\/finding\/.*$/, ""),
    };
    return JSON.stringify({
      ...f,
      arn,
      serviceAttributes,
      createdAt: 1_767_225_600 + (run === "0-cccccccc" ? 0 : 86_400),
    });
  });
  writeFileSync(join(dir, name), `${lines.join("\n")}\n`);
  return name;
}

const cli = (args: readonly string[]) => runCli(args, { cwd: dir });
const OLD: Spec[] = [
  [1, "High"],
  [2, "High"],
  [3, "Medium"],
];

async function mainReport(): Promise<string> {
  const run = await cli([
    "check",
    "--findings",
    exportOf("main.jsonl", OLD),
    "--policy",
    "policy.yml",
    "--json",
    "main.json",
    "-q",
  ]);
  expect(run.code).toBe(1); // without a baseline every High counts
  return "main.json";
}

describe("check --baseline", () => {
  it("passes a re-run that found only the old findings, and says they are still present", async () => {
    const baseline = await mainReport();
    const again = exportOf("again.jsonl", OLD, "0-dddddddd");
    const run = await cli(["check", "--findings", again, "--policy", "policy.yml", "--baseline", baseline]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 new findings since the baseline; 3 still present, 0 fixed.");
    expect(run.stdout).toContain("0 new of 2 / max 0");
  });

  it("fails on one new finding, marks it new in every format, and reports the fixed one", async () => {
    const baseline = await mainReport();
    const later = exportOf(
      "later.jsonl",
      [
        [1, "High"],
        [3, "Medium"],
        [9, "High"],
      ],
      "0-dddddddd",
    );
    const run = await cli([
      "check",
      "--findings",
      later,
      "--policy",
      "policy.yml",
      "--baseline",
      baseline,
      "--json",
      "later.json",
      "--sarif",
      "later.sarif",
      "--format",
      "markdown",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout.indexOf("1 new finding since the baseline; 2 still present, 1 fixed.")).toBeLessThan(
      run.stdout.indexOf("1 of 1 check failed."),
    );
    expect(run.stdout).toContain("**1 new finding since the baseline; 2 still present, 1 fixed.**");
    expect(run.stdout).toContain("### Since the baseline");
    const report = JSON.parse(readFileSync(join(dir, "later.json"), "utf8"));
    expect(
      report.violations.map((v: { findingId: string; baselineState: string }) => [
        v.findingId,
        v.baselineState,
      ]),
    ).toEqual([["CVE-2026-9", "new"]]);
    expect(report.baseline.new.High).toBe(1);
    expect(report.baseline.absent.High).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, "later.sarif"), "utf8"));
    const states = sarif.runs[0].results.map((r: { baselineState?: string }) => r.baselineState);
    expect(states).toContain("new");
    expect(states).toContain("absent");
  });

  it("works the same from a committed baseline file written by 'inspector-gate baseline'", async () => {
    const baseline = await mainReport();
    const wrote = await cli(["baseline", baseline, "--output", "baseline.json"]);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toContain("baseline of 3 findings written");
    const file = JSON.parse(readFileSync(join(dir, "baseline.json"), "utf8"));
    expect(file.kind).toBe("inspector-gate-baseline");
    const later = exportOf("later.jsonl", [...OLD, [9, "High"]], "0-dddddddd");
    const run = await cli([
      "check",
      "--findings",
      later,
      "--policy",
      "policy.yml",
      "--baseline",
      "baseline.json",
      "--format",
      "json",
    ]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).baseline.new.High).toBe(1);
  });

  it("refuses a baseline of another assessment template, a corrupt one and an errored gate's (exit 2)", async () => {
    const baseline = await mainReport();
    const other = exportOf("other.jsonl", OLD, "0-dddddddd", "0-zzzzzzzz");
    const scope = await cli(["check", "--findings", other, "--policy", "policy.yml", "--baseline", baseline]);
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain("a baseline serves only gates of its own scope");

    writeFileSync(join(dir, "corrupt.json"), "{ not json");
    const corrupt = await cli([
      "check",
      "--findings",
      other,
      "--policy",
      "policy.yml",
      "--baseline",
      "corrupt.json",
    ]);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toContain("Invalid --baseline 'corrupt.json': not JSON");

    const errored = JSON.parse(readFileSync(join(dir, baseline), "utf8"));
    Object.assign(errored, {
      verdict: "error",
      exitCode: 3,
      error: { code: "RUN_FAILED", message: "failed" },
    });
    writeFileSync(join(dir, "errored.json"), JSON.stringify(errored));
    const refused = await cli([
      "check",
      "--findings",
      other,
      "--policy",
      "policy.yml",
      "--baseline",
      "errored.json",
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("its gate ended in an error (RUN_FAILED)");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
