/**
 * The least-privilege IAM policies (the README's for Inspector Classic and Inspector v2, and the extra
 * statements of findings reports in docs/findings-reports.md) list exactly the operations the gate calls:
 * every operation the source sends (commands and paginators outside the emulator), and every operation the
 * emulator saw while the gate went through each of its paths (start, reuse, latest, a given run, waiting,
 * coverage, fetching, timing out and stopping the run it started). Each policy is written once, here tested
 * once.
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
const V2_DIR = join(ROOT, "src/sources/inspector2");

/** Every action of the first JSON policy after `heading` in `file`, sorted and unique. */
function policyActions(file: string, heading: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const start = text.indexOf(heading);
  expect(start, `${file} has '${heading}'`).toBeGreaterThan(0);
  const block = /```json\n([\s\S]*?)\n```/.exec(text.slice(start))?.[1];
  expect(block, `${file} has a JSON IAM policy after '${heading}'`).toBeDefined();
  const policy = JSON.parse(block as string) as {
    Statement: { Effect: string; Action: string | string[] }[];
  };
  const actions = policy.Statement.filter((s) => s.Effect === "Allow").flatMap((s) => s.Action);
  for (const action of actions) expect(action).toMatch(/^[a-z0-9]+:[A-Z][A-Za-z]+$/);
  return [...new Set(actions)].sort();
}

const CLASSIC = () => policyActions("README.md", "least-privilege IAM policy for Inspector Classic");
const V2 = () => policyActions("README.md", "least-privilege IAM policy for Inspector (v2)");
const REPORTS = () => policyActions("docs/findings-reports.md", "## IAM");

/** `new XCommand(` and `paginateX(` in the .ts files under `dir` (all folders but those skipped). */
function operationsUnder(dir: string, skip: (path: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory() && !skip(path)) walk(path);
      else if (entry.isFile() && path.endsWith(".ts")) files.push(path);
    }
  };
  walk(dir);
  const ops = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/new ([A-Z][A-Za-z0-9]+)Command\(/g)) ops.add(m[1] as string);
    for (const m of text.matchAll(/\bpaginate([A-Z][A-Za-z0-9]+)\(/g)) ops.add(m[1] as string);
  }
  return [...ops].sort();
}

/** The S3 operations the report reader sends, as the IAM actions that allow them. */
const S3_ACTIONS: Readonly<Record<string, string>> = {
  ListObjectsV2: "s3:ListBucket",
  GetObject: "s3:GetObject",
};

describe("the least-privilege IAM policies", () => {
  it("Inspector Classic: exactly the operations the gate's source sends outside the v2 source", () => {
    const sent = operationsUnder(join(ROOT, "src"), (path) => path.endsWith("/emulator") || path === V2_DIR);
    expect(CLASSIC()).toEqual(sent.map((op) => `inspector:${op}`));
  });

  it("Inspector (v2) with findings reports: exactly the operations the v2 source sends, S3 and KMS as needed", () => {
    const sent = operationsUnder(V2_DIR);
    const inspector2 = sent.filter((op) => S3_ACTIONS[op] === undefined).map((op) => `inspector2:${op}`);
    const s3 = sent.flatMap((op) => (S3_ACTIONS[op] ? [S3_ACTIONS[op]] : []));
    expect(s3.length).toBeGreaterThan(0);
    const reports = REPORTS();
    expect([...V2(), ...reports.filter((a) => a.startsWith("inspector2:"))].sort()).toEqual(
      inspector2.sort(),
    );
    // The base policy reads; only the findings-report path writes (a report) and needs S3 and KMS.
    expect(V2()).toEqual([
      "inspector2:BatchGetFindingDetails",
      "inspector2:ListCoverage",
      "inspector2:ListFindings",
    ]);
    expect(reports.filter((a) => !a.startsWith("inspector2:"))).toEqual([...s3, "kms:Decrypt"].sort());
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
    expect([...seen].sort()).toEqual(CLASSIC().map((a) => a.slice("inspector:".length)));
  });
});
