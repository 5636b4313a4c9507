/**
 * The input names of earlier versions still work in the bundled Action, each with a warning that names
 * its replacement, and the outputs of earlier versions are still set.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportedFinding } from "../helpers/findings-file.js";
import { runAction, workflowCommands } from "./runner.js";

const POLICY = "version: 1\nseverity:\n  fail-on: High\n";
const FINDINGS = [exportedFinding(1, "Medium"), exportedFinding(2, "Low")]
  .map((f) => JSON.stringify(f))
  .join("\n");

describe("deprecated Action inputs", () => {
  it("work as before, with one warning each naming the new input", async () => {
    const run = await runAction({
      inputs: {
        "findings-file": "findings.jsonl",
        "report-file": "out/r.json",
        "sarif-file": "out/r.sarif",
        "junit-file": "out/r.xml",
        "comment-on-pr": "never",
      },
      files: { ".github/inspector-gate.yml": POLICY, "findings.jsonl": FINDINGS },
      event: { name: "push", payload: {} },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const warnings = workflowCommands(run.stdout)
      .filter((c) => c.name === "warning")
      .map((c) => c.message);
    for (const [old, name] of [
      ["findings-file", "findings"],
      ["report-file", "json"],
      ["sarif-file", "sarif"],
      ["junit-file", "junit"],
    ]) {
      expect(warnings).toContain(`Input ${old} is deprecated: use ${name}, which means the same.`);
    }
    for (const file of ["out/r.json", "out/r.sarif", "out/r.xml"]) {
      expect(existsSync(join(run.workspace, file)), file).toBe(true);
    }
    expect(run.outputs).toMatchObject({
      verdict: "pass",
      "finding-count": "2",
      findings: "2",
      json: join(run.workspace, "out/r.json"),
      "report-file": join(run.workspace, "out/r.json"),
      sarif: join(run.workspace, "out/r.sarif"),
      "sarif-file": join(run.workspace, "out/r.sarif"),
      junit: join(run.workspace, "out/r.xml"),
    });
  });
});
