/** The file source through the gate: formats named in the result, batches streamed, files read in turn. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.js";
import { type ProgressEvent, runGate } from "../../../src/gate.js";
import { policyOf } from "../../policy/builders.js";

const dir = mkdtempSync(join(tmpdir(), "ig-file-source-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const arn = (n: number) =>
  `arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-${n}`;
const finding = (n: number, severity = "Low") => ({
  arn: arn(n),
  severity,
  serviceAttributes: { schemaVersion: 1, rulesPackageArn: "arn:aws:inspector:us-west-2:1:rulespackage/0-x" },
  assetAttributes: { schemaVersion: 1, agentId: `i-${n}` },
  attributes: [],
  userAttributes: [],
  createdAt: 1_700_000_000,
});

const FAIL_ON_HIGH = ["version: 1", "severity: { fail-on: High }"];

describe("the file source", () => {
  it("names each file's layout and service, and streams thousands of findings in batches", async () => {
    const many = Array.from({ length: 2_500 }, (_, i) => finding(i, i === 7 ? "High" : "Low"));
    const doc = file("doc.json", JSON.stringify({ findings: many, failedItems: {} }));
    const lines = file(
      "more.jsonl",
      [finding(10_000), finding(10_001)].map((f) => JSON.stringify(f)).join("\n"),
    );
    const events: ProgressEvent[] = [];
    const result = await runGate(
      { policy: await policyOf(...FAIL_ON_HIGH), source: { kind: "file", files: [doc, lines] } },
      { progress: (e) => events.push(e) },
    );
    expect(result.verdict).toBe("fail");
    expect(result.findings).toEqual({ total: 2_502, evaluated: 2_502 });
    expect(result.counts).toMatchObject({ High: 1, Low: 2_501, Critical: 0 });
    expect(result.apiCalls).toEqual({});
    expect(result.source).toEqual({
      kind: "file",
      severities: ["Undefined", "Informational", "Low", "Medium", "High"],
      files: [
        { path: doc, format: { layout: "document", service: "inspector-classic" }, findings: 2_500 },
        { path: lines, format: { layout: "json-lines", service: "inspector-classic" }, findings: 2 },
      ],
    });
    // A Classic export has no Critical: its evaluation lists no Critical limit.
    expect(result.evaluation?.severity.map((s) => s.severity)).toEqual(["High"]);
    const last = events.filter((e) => e.type === "fetch").at(-1);
    expect(last).toMatchObject({ type: "fetch", described: 2_502, listingDone: true });
  });

  it("refuses a finding that appears in two files, naming both places", async () => {
    const a = file("a.json", JSON.stringify([finding(1), finding(2)]));
    const b = file("b.json", JSON.stringify([finding(3), finding(2)]));
    const run = runGate({ policy: await policyOf(...FAIL_ON_HIGH), source: { kind: "file", files: [a, b] } });
    await expect(run).rejects.toBeInstanceOf(ConfigError);
    await expect(run).rejects.toThrow(`${b}:1: [1]: finding ${arn(2)} appears twice (first at ${a}:1: [1])`);
  });

  it("an export with failed items is an error result (exit 3) naming the file, never a verdict", async () => {
    const partial = file(
      "partial.json",
      JSON.stringify({
        findings: [finding(1)],
        failedItems: { [arn(2)]: { failureCode: "INTERNAL_ERROR" } },
      }),
    );
    const result = await runGate({
      policy: await policyOf(...FAIL_ON_HIGH),
      source: { kind: "file", files: [partial] },
    });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("FINDINGS_INCOMPLETE");
    expect(result.source).toMatchObject({
      kind: "file",
      files: [{ path: partial, format: { layout: "document" }, findings: 1 }],
    });
  });

  it("refuses a Critical finding in a Classic export (Classic has five severities)", async () => {
    const odd = file("odd.json", JSON.stringify([finding(1, "Critical")]));
    await expect(
      runGate({ policy: await policyOf(...FAIL_ON_HIGH), source: { kind: "file", files: [odd] } }),
    ).rejects.toThrow("severity 'Critical' is not one of High, Medium, Low, Informational, Undefined");
  });
});
