/**
 * The Action's `merge` input: the bundled Action run as the runner runs it, over gates' JSON reports
 * written by the CLI (as the gate jobs of a matrix would upload them).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { type ExportSeverity, exportedFinding } from "../helpers/findings-file.js";
import { runAction } from "./runner.js";

/** JSON reports of real gates, by name. */
const reports: Record<string, string> = {};

async function gate(dir: string, name: string, severities: readonly ExportSeverity[], from: number) {
  writeFileSync(
    join(dir, `${name}.jsonl`),
    `${severities.map((s, i) => JSON.stringify(exportedFinding(from + i, s))).join("\n")}\n`,
  );
  await runCli(
    ["check", "--findings", `${name}.jsonl`, "--policy", "policy.yml", "--json", `${name}.json`, "-q"],
    {
      cwd: dir,
    },
  );
  reports[name] = readFileSync(join(dir, `${name}.json`), "utf8");
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "ig-action-merge-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "policy.yml"), "version: 1\nseverity: { fail-on: High }\n");
  await gate(dir, "account-a", ["Medium"], 0);
  await gate(dir, "account-b", ["Low", "Low"], 100);
  await gate(dir, "account-c", ["High"], 200);
});

const files = (names: readonly string[]) =>
  Object.fromEntries(names.map((n) => [`reports/${n}/report.json`, reports[n]!]));

describe("action merge input", () => {
  it("merges the reports a glob matches into one verdict, with the gates in the summary", async () => {
    const run = await runAction({
      inputs: { merge: "reports/**/report.json", "comment-on-pr": "never", json: "merged.json" },
      files: files(["account-a", "account-b"]),
    });
    expect(run.outputs["exit-code"], run.stdout).toBe("0");
    expect(run.outputs.verdict).toBe("pass");
    expect(run.summary).toContain("### Gates");
    expect(run.summary).toContain("reports/account-b/report.json");
    const merged = JSON.parse(readFileSync(join(run.workspace, "merged.json"), "utf8"));
    expect(merged.findings.total).toBe(3);
    expect(merged.fleet).toHaveLength(2);
  });

  it("fails the step when one gate of the fleet violated the policy", async () => {
    const run = await runAction({
      inputs: { merge: "reports/*/report.json", "comment-on-pr": "never" },
      files: files(["account-a", "account-b", "account-c"]),
    });
    expect(run.code).not.toBe(0);
    expect(run.outputs["exit-code"]).toBe("1");
    expect(run.outputs.verdict).toBe("fail");
    expect(run.summary).toContain("CVE-2026-200");
  });

  it("ends in an error when a gate errored, and when no report matched", async () => {
    const errored = JSON.parse(reports["account-b"]!);
    Object.assign(errored, {
      verdict: "error",
      exitCode: 3,
      error: { code: "RUN_TIMEOUT", message: "the run did not finish in time" },
      fingerprints: null,
    });
    const run = await runAction({
      inputs: { merge: "reports/*/report.json", "comment-on-pr": "never" },
      files: { ...files(["account-a"]), "reports/account-b/report.json": JSON.stringify(errored) },
    });
    expect(run.outputs["exit-code"]).toBe("3");
    expect(run.outputs.verdict).toBe("error");
    expect(run.summary).toContain("FLEET\\_MEMBER\\_ERROR");
    expect(run.summary).toContain("1 of 2 gates ended in an error");
    const none = await runAction({ inputs: { merge: "reports/*.json", "comment-on-pr": "never" } });
    expect(none.outputs["exit-code"]).toBe("2");
    expect(none.stdout).toContain("no report matched");
  });

  it("with merge-expect, a gate whose report is missing makes the verdict an error", async () => {
    const run = await runAction({
      inputs: { merge: "reports/*/report.json", "merge-expect": "3", "comment-on-pr": "never" },
      files: files(["account-a", "account-b"]),
    });
    expect(run.outputs["exit-code"]).toBe("3");
    expect(run.outputs.verdict).toBe("error");
    expect(run.summary).toContain("FLEET\\_INCOMPLETE");
    const bad = await runAction({
      inputs: { merge: "reports/*/report.json", "merge-expect": "all", "comment-on-pr": "never" },
      files: files(["account-a"]),
    });
    expect(bad.outputs["exit-code"]).toBe("2");
    expect(bad.stdout).toContain("merge-expect");
  });

  it("refuses merge with another source", async () => {
    const run = await runAction({
      inputs: { merge: "reports/*.json", findings: "f.json", "comment-on-pr": "never" },
      files: { "f.json": "[]" },
    });
    expect(run.outputs["exit-code"]).toBe("2");
    expect(run.stdout).toContain("Conflicting inputs findings and merge");
  });
});
