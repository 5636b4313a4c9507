/**
 * The CLI as a user runs it: a separate process, its exit code, the report alone on stdout and
 * progress and errors on stderr. The emulator runs in this process on the real clock, accelerated.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribeAssessmentRunsCommand } from "@aws-sdk/client-inspector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { createInspectorClient } from "../../src/sources/classic/client.js";

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const dir = mkdtempSync(join(tmpdir(), "ig-process-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const lenient = write("lenient.yml", "version: 1\nseverity:\n  max:\n    High: 100000\n");
const strict = write("strict.yml", "version: 1\nseverity:\n  fail-on: Low\n");

let emulator: Emulator;
beforeAll(async () => {
  // 900 s of data collection in under a second.
  emulator = await startEmulator({ seed: "cli-process", timeScale: 2000, findings: 60 });
});
afterAll(() => emulator.stop());

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  options: { onStderr?: (text: string, child: ChildProcess) => void } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
        AWS_SECRET_ACCESS_KEY: "process-test",
        AWS_ENDPOINT_URL_INSPECTOR: emulator.endpoint,
        GITHUB_RUN_ID: String(Math.floor(Math.random() * 1e9)),
        GITHUB_RUN_ATTEMPT: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
      options.onStderr?.(stderr, child);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const run = (policy: string, ...extra: string[]) =>
  cli([
    "check",
    "--policy",
    policy,
    "--template-arn",
    emulator.seeded.templateArn,
    "--poll-interval",
    "100ms",
    ...extra,
  ]);

describe("inspector-gate check as a process", () => {
  it("exit 0 on pass: the JSON report alone on stdout, progress on stderr", async () => {
    const r = await run(lenient, "--format", "json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(2);
    expect(report.verdict).toBe("pass");
    expect(report.source.run.state).toBe("COMPLETED");
    expect(report.source.run.name).toMatch(/^inspector-gate-\d+-1$/);
    expect(r.stderr).toContain("started assessment run 'inspector-gate-");
    expect(r.stderr).toMatch(/COMPLETED \(\d/);
    expect(r.stderr).not.toContain("\r");
  });

  it("exit 1 on a violated policy; --warn-only makes it 0", async () => {
    const fail = await run(strict);
    const warn = await run(strict, "--warn-only", "--quiet");
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain("FAIL");
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain("FAIL");
    expect(warn.stderr).toBe("");
  });

  it("exit 3 on a run error, with the report on stdout and the error on stderr", async () => {
    const arn = emulator.seeded.templateArn;
    const r = await cli([
      "check",
      "--policy",
      lenient,
      "--run-arn",
      `${arn}/run/0-doesnotexist`,
      "--format",
      "json",
    ]);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe("error");
    expect(report.error.code).toBeTruthy();
    expect(r.stderr).toMatch(/inspector-gate: error \[[A-Z_]+\]: /);
  });

  it("exit 2 on a usage error, with nothing on stdout", async () => {
    const r = await cli([
      "check",
      "--policy",
      lenient,
      "--template-arn",
      emulator.seeded.templateArn,
      "--timeout",
      "soon",
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "inspector-gate: Invalid --timeout 'soon': expected a duration such as 90s, 15m or 2h.\n",
    );
  });
});

describe("signals", () => {
  it("SIGINT stops the run the gate started and exits 3 promptly", async () => {
    const client = createInspectorClient({
      endpoint: emulator.endpoint,
      region: "us-west-2",
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "process-test" },
    });
    emulator.setOutcome("*", "NEVER");
    let signalledAt = 0;
    try {
      const args = ["check", "--policy", lenient, "--template-arn", emulator.seeded.templateArn];
      const r = await cli(
        [...args, "--run-name", "interrupt-me", "--format", "json", "--poll-interval", "5s"],
        {
          onStderr: (text, child) => {
            if (signalledAt === 0 && text.includes("COLLECTING_DATA")) {
              signalledAt = Date.now();
              child.kill("SIGINT");
            }
          },
        },
      );
      expect(signalledAt).toBeGreaterThan(0);
      expect(Date.now() - signalledAt).toBeLessThan(5_000);
      expect(r.code).toBe(3);
      const report = JSON.parse(r.stdout);
      expect(report.error.code).toBe("INTERRUPTED");
      expect(report.error.message).toContain("received SIGINT");
      expect(report.error.message).toContain("stopped run");
      const out = await client.send(
        new DescribeAssessmentRunsCommand({ assessmentRunArns: [report.source.run.arn] }),
      );
      expect(out.assessmentRuns?.[0]?.state).toBe("CANCELED");
    } finally {
      emulator.setOutcome("*", "COMPLETED");
      client.destroy();
    }
  });
});

describe("inspector-gate demo as a process", () => {
  it("runs the whole gate on the embedded emulator and exits with the gate's code", async () => {
    const r = await cli(["demo", "--time-scale", "3000"]);
    // The shipped default preset fails on High findings, which the seeded run holds.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("FAIL");
    expect(r.stdout).toContain("inspector-gate-demo");
    expect(r.stderr).toContain("Inspector emulator listening on http://127.0.0.1:");
    expect(r.stderr).toContain("COMPLETED");
    // The findings were decided from counts; the AWS CLI could not list them once the demo has exited.
    expect(r.stdout).toContain("Findings not fetched");
    expect(r.stdout).not.toContain("aws inspector list-findings");
    expect(r.stdout).toContain("inspector-gate demo --policy FILE");
    // Not a terminal: no colour.
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("lists the findings with a policy that has a rule, as the report suggests", async () => {
    const policyFile = write(
      "demo-rule.yml",
      "version: 1\nextends: [inspector-gate:default]\nrules: [{ id: any-high, match: { severity: High } }]\n",
    );
    const r = await cli(["demo", "--time-scale", "3000", "--policy", policyFile, "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("Findings not fetched");
    expect(r.stdout).toMatch(/\n {6}High /);
  });

  it("tells a count from a findings file: --finding-count N", async () => {
    const r = await cli(["demo", "--findings", "3"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--finding-count 3");
    const counted = await cli(["demo", "--time-scale", "3000", "--finding-count", "3", "--format", "json"]);
    expect(JSON.parse(counted.stdout).findings.total).toBe(3);
  });
});
