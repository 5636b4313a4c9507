/** Offline mode: findings exported from a run evaluate exactly as the run itself does, in all three forms. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.js";
import type { Policy } from "../../src/policy/types.js";
import { type GateResult, runOf } from "../../src/result.js";
import { loadFindingsFile } from "../../src/sources/file/index.js";
import { type Harness, harness, policy } from "./harness.js";

let h: Harness;
let online: GateResult;
let exported: SdkFinding[];
let p: Policy;
const dir = mkdtempSync(join(tmpdir(), "ig-offline-"));

// Rules on attributes and rules package names need every finding, as offline evaluation always has.
const POLICY = `version: 1
name: offline
severity:
  fail-on: High
rules:
  - id: cis
    level: warning
    max: 1000
    match:
      rules-package: "CIS Operating System Security Configuration Benchmarks"
  - id: any-cve
    level: warning
    max: 1000
    match:
      attributes:
        CVE_ID: "CVE-*"
`;

beforeAll(async () => {
  h = await harness({ findings: 250 });
  p = await policy(POLICY);
  online = await h.gate({ policy: p });
  expect(online.error).toBeUndefined();
  exported = h.emulator.findingsOf(runOf(online)!.arn);
});
afterAll(() => h.close());

/** As the AWS CLI prints findings: timestamps as epoch seconds (v1) or ISO strings (v2). */
function cliShape(f: SdkFinding, time: "epoch" | "iso") {
  const t = (d: Date | undefined) =>
    d === undefined ? undefined : time === "epoch" ? d.getTime() / 1000 : d.toISOString();
  return { ...f, createdAt: t(f.createdAt), updatedAt: t(f.updatedAt) };
}

describe("offline evaluation of exported findings", () => {
  it.each([
    [
      "describe-findings JSON",
      "cli.json",
      () => JSON.stringify({ findings: exported.map((f) => cliShape(f, "epoch")), failedItems: {} }, null, 2),
    ],
    ["a JSON array", "array.json", () => JSON.stringify(exported.map((f) => cliShape(f, "iso")))],
    ["JSON Lines", "lines.jsonl", () => exported.map((f) => JSON.stringify(cliShape(f, "epoch"))).join("\n")],
  ])("%s gives the online verdict and counts", async (_form, name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text());
    const findings = await loadFindingsFile(path);
    expect(findings).toHaveLength(250);
    const offline = await runGate(
      { policy: p, source: { kind: "file", files: [path] } },
      { now: () => new Date(h.clock.now()) },
    );
    expect(offline.source?.kind).toBe("file");
    expect(runOf(offline)).toBeNull();
    expect(offline.apiCalls).toEqual({});
    expect(offline.verdict).toBe(online.verdict);
    expect(offline.exitCode).toBe(online.exitCode);
    expect(offline.counts).toEqual(online.counts);
    expect(offline.findings).toEqual(online.findings);
    // Rules match the same findings, except by rules package name: exports carry ARNs only.
    const anyCve = (r: GateResult) => r.evaluation?.rules.find((x) => x.id === "any-cve")?.matched;
    expect(anyCve(offline)).toBe(anyCve(online));
    expect(anyCve(online)).toBeGreaterThan(0);
  });
});
