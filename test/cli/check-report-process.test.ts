/**
 * `check --source inspector2 --report-bucket ... --report-kms-key ...` as a user runs it: the built CLI
 * (node dist/cli.js) in its own process against the emulator and its in-process S3 endpoint, reached
 * through AWS_ENDPOINT_URL_S3 or --s3-endpoint. The findings come through a findings report
 * (CreateFindingsReport, no ListFindings); a FAILED report is exit 3 quoting its code and a hint; every
 * bad or incomplete report flag is exit 2 naming the flag, the value and the form expected.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { REPORT_ERROR_HINTS } from "../../src/sources/inspector2/report.js";

const CLI = "dist/cli.js";
const KMS = "arn:aws:kms:us-west-2:123456789012:key/1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b";
const dir = mkdtempSync(join(tmpdir(), "ig-report-process-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const lenient = write("lenient.yml", "version: 1\nseverity:\n  max:\n    High: 100000\n");
const strict = write("strict.yml", "version: 1\nseverity:\n  fail-on: Low\n");

let emulator: Emulator;
beforeAll(async () => {
  // First scans of 90 s take 0.3 s; a report is IN_PROGRESS for 30 s, 0.1 s here.
  emulator = await startEmulator({
    seed: "cli-report-process",
    timeScale: 300,
    s3: { buckets: ["org-findings"] },
  });
});
afterAll(() => emulator.stop());
afterEach(() => {
  emulator.inspector2.reportFaults({});
});

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
        AWS_SECRET_ACCESS_KEY: "process-test",
        AWS_REGION: "us-west-2",
        AWS_ENDPOINT_URL_INSPECTOR2: emulator.endpoint,
        ...env,
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
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

interface Report {
  verdict: string;
  findings: { evaluated: number };
  apiCalls: Record<string, number>;
  error: { code: string; message: string } | null;
}

/** A scanned image of the seeded account, and its ACTIVE findings (ground truth). */
function scannedImage() {
  const image = emulator.inspector2.seeded.images.find((i) => !i.pending);
  if (image === undefined) throw new Error("the seeded account has no scanned image");
  const active = emulator.inspector2
    .findings()
    .filter(
      (f) =>
        f.status === "ACTIVE" &&
        f.resources?.some((r) => r.details?.awsEcrContainerImage?.imageHash === image.imageDigest),
    ).length;
  return { image, active };
}

const reportGate = (policy: string, extra: readonly string[], env: Record<string, string> = {}) => {
  const { image } = scannedImage();
  return cli(
    [
      "check",
      ...["--policy", policy, "--source", "inspector2", "--format", "json", "--quiet"],
      ...["--ecr-repository", image.repositoryName, "--ecr-image-digest", image.imageDigest],
      ...["--report-bucket", "org-findings", "--report-kms-key", KMS, "--poll-interval", "100ms"],
      ...extra,
    ],
    env,
  );
};

describe("check --source inspector2 through a findings report (the built CLI)", () => {
  it("passes or fails by the policy, with CreateFindingsReport and no ListFindings", async () => {
    const { active } = scannedImage();
    expect(active).toBeGreaterThan(0);
    const [pass, fail] = await Promise.all([
      reportGate(lenient, ["--report-prefix", "gate/pass"], { AWS_ENDPOINT_URL_S3: emulator.s3Endpoint! }),
      reportGate(strict, ["--report-prefix", "gate/fail", "--s3-endpoint", emulator.s3Endpoint!]),
    ]);
    for (const [run, code, verdict] of [
      [pass, 0, "pass"],
      [fail, 1, "fail"],
    ] as const) {
      expect(run.code, run.stderr).toBe(code);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.verdict).toBe(verdict);
      expect(report.findings.evaluated).toBe(active);
      expect(report.apiCalls.CreateFindingsReport).toBe(1);
      expect(report.apiCalls.GetFindingsReportStatus).toBeGreaterThanOrEqual(1);
      expect(report.apiCalls.ListFindings).toBeUndefined();
    }
  });

  it("a FAILED report is exit 3 quoting the error code and the hint", async () => {
    emulator.inspector2.reportFaults({ fail: "MALFORMED_KMS_KEY" });
    const r = await reportGate(lenient, ["--s3-endpoint", emulator.s3Endpoint!]);
    expect(r.code, r.stderr).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.verdict).toBe("error");
    expect(report.error?.code).toBe("REPORT_FAILED");
    expect(report.error?.message).toContain("MALFORMED_KMS_KEY");
    expect(report.error?.message).toContain(REPORT_ERROR_HINTS.MALFORMED_KMS_KEY!);
    expect(report.apiCalls.ListFindings).toBeUndefined();
  });

  it("refuses each bad or incomplete report flag (exit 2), naming the flag, the value and the form", async () => {
    const base = ["check", "--policy", lenient, "--format", "json"];
    const v2 = [...base, "--source", "inspector2", "--all-resources"];
    const cases: [readonly string[], readonly string[]][] = [
      [
        [...v2, "--report-bucket", "Org_Findings", "--report-kms-key", KMS],
        ["--report-bucket 'Org_Findings'", "an S3 bucket name", "3 to 63 lowercase"],
      ],
      [
        [...v2, "--report-bucket", "org-findings", "--report-kms-key", "alias/reports"],
        ["--report-kms-key 'alias/reports'", "arn:aws:kms:REGION:ACCOUNT:key/ID", "an alias is not accepted"],
      ],
      [
        [...base, "--run-arn", "x", "--report-bucket", "org-findings", "--report-kms-key", KMS],
        ["--report-bucket is a flag of --source inspector2"],
      ],
      [[...v2, "--report-kms-key", KMS], ["--report-kms-key needs --report-bucket"]],
      [[...v2, "--report-prefix", "gate/"], ["--report-prefix needs --report-bucket"]],
      [[...v2, "--report-bucket", "org-findings"], ["--report-bucket needs --report-kms-key"]],
      [
        [...v2, "--report-bucket", "org-findings", "--report-kms-key", KMS, "--s3-endpoint", "s3.local"],
        ["--s3-endpoint 's3.local'", "http:// or https:// URL"],
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli(args)));
    runs.forEach((r, i) => {
      const [args, said] = cases[i]!;
      expect(r.code, args.join(" ")).toBe(2);
      for (const text of said) expect(r.stderr, args.join(" ")).toContain(text);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    });
  });
});
