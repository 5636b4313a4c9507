/**
 * `inspector-gate export` against the emulator over HTTP: a completed run's findings written as JSON Lines
 * that `check --findings` evaluates to the online verdict; a run not completed, or an interrupted export,
 * writes nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import { runGate } from "../../src/gate.js";
import { type GateResult, runOf } from "../../src/result.js";
import { captureIo } from "../helpers/cli-io.js";
import { type Harness, harness, policy } from "./harness.js";

let h: Harness;
let online: GateResult;
let runArn: string;
const dir = mkdtempSync(join(tmpdir(), "ig-export-"));
const POLICY = "version: 1\nname: export\nseverity:\n  fail-on: High\n";

beforeAll(async () => {
  h = await harness({ findings: 1_234 });
  online = await h.gate({ policy: await policy(POLICY) });
  expect(online.error).toBeUndefined();
  runArn = runOf(online)?.arn as string;
});
afterAll(() => h.close());

const env = () => ({ AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "export-test" });

async function exportCli(args: string[], signal?: AbortSignal) {
  const c = captureIo({ env: env(), cwd: dir, ...(signal ? { signal } : {}) });
  const code = await main(["export", "--endpoint", h.emulator.endpoint, ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("inspector-gate export", () => {
  it("writes every finding of the run as JSON Lines that check --findings evaluates as the run", async () => {
    const r = await exportCli(["--run-arn", runArn, "--output", "run.jsonl"]);
    expect(r.err).toContain("exported 1234 findings of run");
    expect(r.code).toBe(0);
    const lines = readFileSync(join(dir, "run.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(1_234);
    const first = JSON.parse(lines[0] as string);
    expect(first.arn).toMatch(/^arn:aws:inspector:.*\/finding\//);
    expect(typeof first.createdAt).toBe("string");
    expect(new Set(lines.map((l) => JSON.parse(l).arn)).size).toBe(1_234);

    const offline = await runGate(
      { policy: await policy(POLICY), source: { kind: "file", files: [join(dir, "run.jsonl")] } },
      { now: () => new Date(h.clock.now()) },
    );
    expect(offline.verdict).toBe(online.verdict);
    expect(offline.counts).toEqual(online.counts);
    expect(offline.findings).toEqual(online.findings);
    expect(offline.source).toMatchObject({ files: [{ format: { layout: "json-lines" }, findings: 1_234 }] });

    // The CLI reads it the same way.
    const check = captureIo({ cwd: dir });
    const policyFile = join(dir, "policy.yml");
    writeFileSync(policyFile, POLICY);
    const code = await main(["check", "--policy", policyFile, "--findings", "run.jsonl", "-q"], check.io);
    expect(code).toBe(online.exitCode);
  });

  it("writes to stdout without --output", async () => {
    const r = await exportCli(["--run-arn", runArn, "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.trimEnd().split("\n")).toHaveLength(1_234);
  });

  it("refuses a run that has not completed (exit 3), writing nothing", async () => {
    const running = await h.startRun("still-running");
    const r = await exportCli(["--run-arn", running, "--output", "running.jsonl"]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(
      /is (CREATED|START_DATA_COLLECTION_PENDING|COLLECTING_DATA|[A-Z_]+): only a completed run/,
    );
    expect(existsSync(join(dir, "running.jsonl"))).toBe(false);
  });

  it("an interrupted export leaves no file, not even its temporary one (exit 3)", async () => {
    const controller = new AbortController();
    controller.abort(new Error("SIGTERM"));
    const r = await exportCli(["--run-arn", runArn, "--output", "cut.jsonl"], controller.signal);
    expect(r.code).toBe(3);
    expect(r.err).toContain("interrupted");
    expect(readdirSync(dir).filter((f) => f.includes("cut.jsonl"))).toEqual([]);
  });

  it("names a missing --run-arn and a bad one (exit 2)", async () => {
    expect((await exportCli([])).code).toBe(2);
    const bad = await exportCli(["--run-arn", "arn:nope"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Invalid --run-arn 'arn:nope'");
  });
});
