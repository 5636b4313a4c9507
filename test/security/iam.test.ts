/**
 * SECURITY.md's least-privilege IAM policy lists exactly the Inspector operations the gate calls: every
 * operation the source sends (commands and paginators outside the emulator), and every operation the
 * emulator saw while the gate went through each of its paths (start, reuse, latest, a given run, waiting,
 * coverage, fetching, timing out and stopping the run it started).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { StartAssessmentRunCommand } from "@aws-sdk/client-inspector";
import { describe, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/index.js";
import { type RunSource, runGate } from "../../src/gate.js";
import { loadPolicy } from "../../src/policy/load.js";
import { createInspectorClient } from "../../src/sources/classic/client.js";
import { HybridClock } from "../helpers/hybrid-clock.js";

const ROOT = join(import.meta.dirname, "../..");

function iamActions(): string[] {
  const text = readFileSync(join(ROOT, "SECURITY.md"), "utf8");
  const block = /```json\n([\s\S]*?)\n```/.exec(text)?.[1];
  expect(block, "SECURITY.md has a JSON IAM policy").toBeDefined();
  const policy = JSON.parse(block as string) as { Statement: { Effect: string; Action: string[] }[] };
  const actions = policy.Statement.filter((s) => s.Effect === "Allow").flatMap((s) => s.Action);
  for (const action of actions) expect(action).toMatch(/^inspector:[A-Z][A-Za-z]+$/);
  return [...new Set(actions.map((a) => a.slice("inspector:".length)))].sort();
}

/**
 * Operations named in the gate's Classic source: `new XCommand(` and `paginateX(` outside the emulator
 * and the Inspector (v2) source (whose permissions, findings reports' S3 and KMS included, are listed
 * apart: docs/findings-reports.md).
 */
function operationsInSource(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "emulator" && path !== join(ROOT, "src/sources/inspector2"))
        walk(path);
      else if (entry.isFile() && path.endsWith(".ts")) files.push(path);
    }
  };
  walk(join(ROOT, "src"));
  const ops = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/new ([A-Z][A-Za-z]+)Command\(/g)) ops.add(m[1] as string);
    for (const m of text.matchAll(/\bpaginate([A-Z][A-Za-z]+)\(/g)) ops.add(m[1] as string);
  }
  return [...ops].sort();
}

describe("the least-privilege IAM policy", () => {
  it("lists exactly the operations the gate's source sends", () => {
    expect(iamActions()).toEqual(operationsInSource());
  });

  it("covers every operation the gate sent on each of its paths, and nothing more", async () => {
    const clock = new HybridClock();
    const emulator = await startEmulator({ seed: "iam", findings: 40, clock });
    const client = createInspectorClient({
      endpoint: emulator.endpoint,
      region: "us-west-2",
      credentials: { accessKeyId: "AKIDIAM", secretAccessKey: "iam" },
    });
    const seen = new Set<string>();
    const collect = () => {
      for (const [op, n] of Object.entries(emulator.stats()))
        if (!op.startsWith("fault.") && n > 0) seen.add(op);
      emulator.resetStats();
    };
    try {
      const templateArn = emulator.seeded.templateArn;
      const everything = await loadPolicy({
        text: "version: 1\nrules:\n  - id: any\n    max: 100000\n    match:\n      title: '*'\n",
        file: "iam.yml",
      });
      const severityOnly = await loadPolicy({
        text: "version: 1\nseverity:\n  fail-on: High\n",
        file: "iam.yml",
      });
      const gate = (source: RunSource, policy = everything, timeoutMs = 3 * 3600_000) =>
        runGate({ policy, source, timeoutMs }, { clients: { inspector: client }, clock });

      const started = await gate({ kind: "template", templateArn, runName: "first" });
      expect(started.error).toBeUndefined();
      collect();
      expect(
        (await gate({ kind: "template", templateArn, runName: "first" }, severityOnly)).error,
      ).toBeUndefined();
      collect();
      expect((await gate({ kind: "latest", templateArn })).error).toBeUndefined();
      collect();
      const other = await client.send(
        new StartAssessmentRunCommand({ assessmentTemplateArn: templateArn, assessmentRunName: "given" }),
      );
      emulator.resetStats(); // the test's own call is not the gate's
      expect((await gate({ kind: "run", runArn: other.assessmentRunArn as string })).error).toBeUndefined();
      collect();
      emulator.setOutcome("*", "NEVER");
      const timedOut = await gate(
        { kind: "template", templateArn, runName: "never" },
        everything,
        30 * 60_000,
      );
      expect(timedOut.error?.code).toBe("TIMEOUT");
      collect();
    } finally {
      client.destroy();
      await emulator.stop();
    }
    expect([...seen].sort()).toEqual(iamActions());
  });
});
