/**
 * The file source on the exports users really make: several CLI outputs appended, Inspector (v2)
 * list-findings pages, findings split between two chunks of a read, and files long enough that an
 * interrupt or the deadline must end the reading part way.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.js";
import { type ProgressEvent, runGate } from "../../../src/gate.js";
import { CHUNK_BYTES, loadFindingsFile } from "../../../src/sources/file/read.js";
import { VirtualClock } from "../../helpers/virtual-clock.js";
import { policyOf } from "../../policy/builders.js";

const dir = mkdtempSync(join(tmpdir(), "ig-file-streams-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const arn = (n: number) =>
  `arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-${n}`;
const classic = (n: number, severity = "Low") => ({
  arn: arn(n),
  severity,
  title: `finding ${n} ${"x".repeat(200)}`,
  serviceAttributes: { schemaVersion: 1, rulesPackageArn: "arn:aws:inspector:us-west-2:1:rulespackage/0-x" },
  assetAttributes: { schemaVersion: 1, agentId: `i-${n}` },
  attributes: [{ key: "INSTANCE_ID", value: `i-${n}` }],
  userAttributes: [],
  createdAt: "2026-01-15T12:00:00.000000+00:00",
});

const V2 = JSON.parse(
  readFileSync(new URL("../../fixtures/inspector2/ecr-finding.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const v2 = (n: number, status: string, severity = "HIGH") => ({
  ...V2,
  findingArn: `arn:aws:inspector2:us-east-1:111122223333:finding/${n.toString(16).padStart(32, "0")}`,
  status,
  severity,
});

const FAIL_ON_HIGH = ["version: 1", "severity: { fail-on: High }"];

describe("exports made of several outputs", () => {
  it("reads describe-findings outputs appended one after another, naming how many", async () => {
    // describe-findings takes 10 ARNs: a run's export is many of its outputs, concatenated.
    const pages = [0, 1, 2].map((p) =>
      JSON.stringify({ findings: [0, 1].map((i) => classic(p * 10 + i)), failedItems: {} }, null, 2),
    );
    const path = file("appended.json", `${pages.join("\n")}\n`);
    const result = await runGate({
      policy: await policyOf(...FAIL_ON_HIGH),
      source: { kind: "file", files: [path] },
    });
    expect(result.verdict).toBe("pass");
    expect(result.findings).toEqual({ total: 6, evaluated: 6 });
    expect(result.source).toMatchObject({
      files: [{ format: { layout: "document", service: "inspector-classic", documents: 3 }, findings: 6 }],
    });
  });

  it("names the document, the index and the line of a bad finding in an appended output", async () => {
    const second = { findings: [classic(5), { ...classic(6), severity: "Severe" }], failedItems: {} };
    const path = file(
      "appended-bad.json",
      `${JSON.stringify({ findings: [classic(1)], failedItems: {} })}\n${JSON.stringify(second, null, 1)}\n`,
    );
    const error = await loadFindingsFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/appended-bad\.json:\d+: document 2, findings\[1\]/);
    expect((error as Error).message).toContain("Severe");
  });

  it("refuses a file whose last output says more pages follow (nextToken): the export is incomplete", async () => {
    const path = file(
      "paged.json",
      `${JSON.stringify({ findings: [v2(1, "ACTIVE")], nextToken: "abc" })}\n` +
        `${JSON.stringify({ findings: [v2(2, "ACTIVE")], nextToken: "def" })}\n`,
    );
    const result = await runGate({
      policy: await policyOf(...FAIL_ON_HIGH),
      source: { kind: "file", files: [path] },
    });
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("FINDINGS_INCOMPLETE");
    expect(result.error?.message).toContain("document 2");
  });
});

describe("Inspector (v2) exports (aws inspector2 list-findings)", () => {
  const pages = () =>
    `${JSON.stringify({ findings: [v2(1, "ACTIVE", "MEDIUM"), v2(2, "SUPPRESSED", "CRITICAL")], nextToken: "t1" })}\n` +
    `${JSON.stringify({ findings: [v2(3, "CLOSED", "CRITICAL"), v2(4, "ACTIVE", "LOW")] })}\n`;

  it("counts ACTIVE findings only, naming the suppressed and closed ones it left out", async () => {
    const path = file("v2.json", pages());
    const result = await runGate({
      policy: await policyOf(...FAIL_ON_HIGH),
      source: { kind: "file", files: [path] },
    });
    expect(result.verdict).toBe("pass");
    expect(result.findings).toEqual({ total: 2, evaluated: 2 });
    expect(result.source).toMatchObject({
      kind: "file",
      severities: expect.arrayContaining(["Untriaged", "Critical"]),
      files: [
        {
          format: { layout: "document", service: "inspector2", documents: 2 },
          findings: 2,
          suppressed: 1,
          closed: 1,
        },
      ],
    });
  });

  it("counts SUPPRESSED ones too with include-suppressed, never CLOSED ones", async () => {
    const path = file("v2-suppressed.json", pages());
    const result = await runGate({
      policy: await policyOf(...FAIL_ON_HIGH),
      source: { kind: "file", files: [path], includeSuppressed: true },
    });
    expect(result.verdict).toBe("fail");
    expect(result.findings).toEqual({ total: 3, evaluated: 3 });
    expect(result.counts).toMatchObject({ Critical: 1, Medium: 1, Low: 1 });
    expect(result.source).toMatchObject({ includeSuppressed: true });
  });

  it("refuses Classic and v2 findings mixed across the files of one gate", async () => {
    const a = file("mixed-a.jsonl", JSON.stringify(classic(1)));
    const b = file("mixed-b.json", pages());
    const error = await runGate({
      policy: await policyOf(...FAIL_ON_HIGH),
      source: { kind: "file", files: [a, b] },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/mixed-b\.json.*Inspector \(v2\).*mixed-a\.jsonl/);
  });
});

describe("long files", () => {
  /** JSON Lines of `n` Classic findings, one High among them at the end. */
  function big(name: string, n: number): string {
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(JSON.stringify(classic(i, i === n - 1 ? "High" : "Low")));
    return file(name, `${lines.join("\n")}\n`);
  }

  it("reads findings that straddle the chunks of the read, whatever the chunk boundary", async () => {
    const path = big("straddle.jsonl", 12_000);
    expect(readFileSync(path).length).toBeGreaterThan(3 * CHUNK_BYTES);
    const findings = await loadFindingsFile(path);
    expect(findings).toHaveLength(12_000);
    expect(new Set(findings.map((f) => f.arn)).size).toBe(12_000);
    expect(findings.at(-1)?.severity).toBe("High");
  });

  it("an interrupt part way through a file ends the reading between two chunks: INTERRUPTED", async () => {
    const path = big("interrupt.jsonl", 12_000);
    const controller = new AbortController();
    const result = await runGate(
      {
        policy: await policyOf(...FAIL_ON_HIGH),
        source: { kind: "file", files: [path] },
        signal: controller.signal,
      },
      {
        progress: (e: ProgressEvent) => {
          if (e.type === "fetch") controller.abort(new Error("SIGTERM"));
        },
      },
    );
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("INTERRUPTED");
    // The High finding at the end was never reached, and no verdict was made on the part read.
    expect(result.findings.evaluated).toBeLessThan(12_000);
  });

  it("the deadline passing part way through a file ends the reading: TIMEOUT, never a verdict", async () => {
    const path = big("deadline.jsonl", 12_000);
    const clock = new VirtualClock();
    const result = await runGate(
      {
        policy: await policyOf(...FAIL_ON_HIGH),
        source: { kind: "file", files: [path] },
        timeoutMs: 60_000,
      },
      {
        clock,
        progress: (e: ProgressEvent) => {
          if (e.type === "fetch") clock.advance(61_000);
        },
      },
    );
    expect(result.verdict).toBe("error");
    expect(result.error?.code).toBe("TIMEOUT");
    expect(result.error?.message).toContain("reading");
    expect(result.findings.evaluated).toBeLessThan(12_000);
  });
});
