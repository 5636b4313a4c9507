/**
 * The bundled Action annotates a limit from a shipped preset at the user's `extends` entry (a file GitHub
 * can attach it to), naming the preset, instead of at `inspector-gate:default`, which is no file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { exportedFinding } from "../helpers/findings-file.js";
import { runAction, workflowCommands } from "./runner.js";

const POLICY = "version: 1\nextends: [inspector-gate:default] # any High finding fails\n";
const FINDINGS = [exportedFinding(1, "High"), exportedFinding(2, "Low")]
  .map((f) => JSON.stringify(f))
  .join("\n");

describe("annotations of a preset's limit", () => {
  it("sit at the extends entry in the user's policy and name the preset", async () => {
    const run = await runAction({
      inputs: { findings: "findings.jsonl", sarif: "out/gate.sarif", "comment-on-pr": "never" },
      files: { ".github/inspector-gate.yml": POLICY, "findings.jsonl": FINDINGS },
      event: { name: "push", payload: {} },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const errors = workflowCommands(run.stdout).filter((c) => c.name === "error" && c.properties.file);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties).toMatchObject({ file: ".github/inspector-gate.yml", line: "2", col: "11" });
    expect(errors[0]!.message).toContain("From the preset inspector-gate:default");
    expect(run.stdout).not.toMatch(/file=inspector-gate(%3A|:)/);

    const sarif = JSON.parse(readFileSync(join(run.workspace, "out/gate.sarif"), "utf8")) as Log;
    const location = sarif.runs[0]!.results![0]!.locations![0]!.physicalLocation!;
    expect(location).toEqual({
      artifactLocation: { uri: ".github/inspector-gate.yml" },
      region: { startLine: 2, startColumn: 11 },
    });
  });
});
