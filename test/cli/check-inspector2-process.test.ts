/**
 * `check --source inspector2` and `demo --source inspector2` as a user runs them: the built CLI
 * (node dist/cli.js) in its own process against the emulator, its exit code, the JSON report on stdout
 * and the messages on stderr. The AWS CLI (`aws inspector2 ... --endpoint-url`), a second and
 * independent client, says what the service holds for the same scope.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { awsClient, hasAwsCli } from "../helpers/aws-cli.js";
import { MODEL2 } from "../helpers/inspector2.js";

const CLI = "dist/cli.js";
const dir = mkdtempSync(join(tmpdir(), "ig-v2-process-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const lenient = write("lenient.yml", "version: 1\nseverity:\n  max:\n    High: 100000\n");
const warnInactive = write(
  "warn-inactive.yml",
  "version: 1\nseverity:\n  max:\n    High: 100000\ncoverage:\n  inactive-resources: warn\n",
);
const TEMPLATE = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T";

let emulator: Emulator;
beforeAll(async () => {
  // A first scan of 90 s takes 0.3 s.
  emulator = await startEmulator({ seed: "cli-v2-process", timeScale: 300 });
});
afterAll(() => emulator.stop());

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

const check = (policy: string, ...args: string[]) =>
  cli(["check", "--policy", policy, "--source", "inspector2", "--format", "json", "--quiet", ...args]);

interface Report {
  verdict: string;
  exitCode: number;
  source: { kind: string; scope: { ecrImageDigests: string[] }; accounts: string[] };
  findings: { total: number; evaluated: number };
  coverage: { kind: string; resources: number; scanned: number; inactive: number; missingDigests: string[] };
  error: { code: string; message: string } | null;
  warnings: { message: string }[] | string[];
}

const scannedImage = () => {
  const image = emulator.inspector2.seeded.images.find((i) => !i.pending);
  if (image === undefined) throw new Error("the seeded account has no scanned image");
  return image;
};

/** Ground truth: the findings of one image digest with the given status. */
const truth = (digest: string, status: string) =>
  emulator.inspector2
    .findings()
    .filter(
      (f) =>
        f.status === status &&
        f.resources?.some((r) => r.details?.awsEcrContainerImage?.imageHash === digest),
    ).length;

describe("check --source inspector2 (the built CLI)", () => {
  it("gates a scanned image by repository and digest, through AWS_ENDPOINT_URL_INSPECTOR2", async () => {
    const image = scannedImage();
    const r = await check(
      lenient,
      "--ecr-repository",
      image.repositoryName,
      "--ecr-image-digest",
      image.imageDigest,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.verdict).toBe("pass");
    expect(report.source.kind).toBe("inspector2");
    expect(report.source.scope.ecrImageDigests).toEqual([image.imageDigest]);
    expect(report.coverage).toMatchObject({ kind: "inspector2", resources: 1, scanned: 1, inactive: 0 });
    const active = truth(image.imageDigest, "ACTIVE");
    expect(active).toBeGreaterThan(0);
    expect(report.findings.evaluated).toBe(active);
  });

  it.skipIf(!hasAwsCli())("counts the ACTIVE findings the AWS CLI lists for the same scope", async () => {
    const image = scannedImage();
    const aws = awsClient("inspector2", () => emulator.endpoint);
    const listed = await aws([
      "list-findings",
      "--filter-criteria",
      JSON.stringify({
        ecrImageRepositoryName: [{ comparison: "EQUALS", value: image.repositoryName }],
        ecrImageHash: [{ comparison: "EQUALS", value: image.imageDigest }],
        findingStatus: [{ comparison: "EQUALS", value: "ACTIVE" }],
      }),
    ]);
    expect(listed.code, listed.stderr).toBe(0);
    const findings = listed.json.findings as { status: string }[];
    expect(findings.length).toBeGreaterThan(0);
    const r = await check(
      lenient,
      "--ecr-repository",
      image.repositoryName,
      "--ecr-image-digest",
      image.imageDigest,
    );
    expect((JSON.parse(r.stdout) as Report).findings.evaluated).toBe(findings.length);
  });

  it("refuses a gate over nothing without --all-resources (exit 2), and takes --all-resources", async () => {
    const none = await check(lenient);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--all-resources/);
    expect(none.stderr).not.toMatch(/\n\s+at /);
    // The seeded account holds INACTIVE resources (stopped instances, expired images): warned, not failed.
    const all = await check(warnInactive, "--all-resources");
    expect(all.code === 0 || all.code === 1, all.stderr).toBe(true);
    const report = JSON.parse(all.stdout) as Report;
    expect(report.source.accounts).toEqual([emulator.inspector2.seeded.account]);
    expect(report.coverage.resources).toBeGreaterThan(5);
  });

  it.each([
    [["--template-arn", TEMPLATE], /--template-arn.*--source inspector2|--source inspector2.*--template-arn/],
    [["--latest"], /--latest.*--source inspector2/],
  ])("refuses Inspector Classic flags with --source inspector2, naming both: %j", async (extra, message) => {
    const r = await check(lenient, "--ecr-repository", "team/app", ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("refuses a v2 flag without --source inspector2, naming it", async () => {
    const r = await cli(["check", "--policy", lenient, "--ecr-repository", "team/app"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--ecr-repository is a flag of --source inspector2");
  });

  it("names the flag, the bad value and the form expected", async () => {
    const r = await check(lenient, "--ecr-image-digest", "sha256:XYZ");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--ecr-image-digest");
    expect(r.stderr).toContain("sha256:XYZ");
    expect(r.stderr).toContain("64 lowercase hex digits");
    expect(r.stdout).toBe("");
  });

  it("never passes on nothing scanned: a digest not in coverage is exit 3", async () => {
    const digest = `sha256:${"0".repeat(64)}`;
    const r = await check(lenient, "--ecr-image-digest", digest);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.verdict).toBe("error");
    expect(report.error?.message).toContain(digest);
  });

  it("does not take an image pending its first scan as evidence, and waits for it with --wait-for-scan", async () => {
    const pushed = emulator.inspector2.pushImage({
      repository: "cli/process",
      tags: ["t1"],
      scanSeconds: 900,
    });
    const scope = ["--ecr-repository", "cli/process", "--ecr-image-digest", pushed.imageDigest];
    const early = await check(lenient, ...scope);
    expect(early.code).toBe(3);
    expect((JSON.parse(early.stdout) as Report).error?.message).toMatch(/--wait-for-scan/);
    const waited = await check(lenient, ...scope, "--wait-for-scan", "--timeout", "60s");
    expect(waited.code).toBe(0);
    const report = JSON.parse(waited.stdout) as Report;
    expect(report.coverage).toMatchObject({ resources: 1, scanned: 1 });
    expect(report.findings.evaluated).toBe(truth(pushed.imageDigest, "ACTIVE"));
  });

  it("fails on an INACTIVE resource unless the policy's coverage says warn", async () => {
    const instance = emulator.inspector2.seeded.instances.at(-1);
    if (instance === undefined) throw new Error("no seeded instance");
    emulator.inspector2.setScanStatus({ resourceId: instance.instanceId, reason: "UNMANAGED_EC2_INSTANCE" });
    const scope = ["--resource-id", instance.instanceId, "--resource-id", scannedImage().resourceId];
    const failed = await check(lenient, ...scope);
    expect(failed.code).toBe(3);
    const report = JSON.parse(failed.stdout) as Report;
    expect(report.error?.message).toContain(instance.instanceId);
    expect(report.error?.message).toContain("UNMANAGED_EC2_INSTANCE");
    const warned = await check(warnInactive, ...scope);
    expect(warned.code, warned.stderr).toBe(0);
    // Every resource in scope INACTIVE and accepted: nothing was scanned, never a pass.
    const alone = await check(warnInactive, "--resource-id", instance.instanceId);
    expect(alone.code).toBe(3);
    expect(JSON.stringify((JSON.parse(warned.stdout) as Report).warnings)).toContain(instance.instanceId);
  });
});

describe("the README's IAM policy for Inspector (v2)", () => {
  it("is enough: the gate runs with every other operation denied", async () => {
    const readme = readFileSync("README.md", "utf8");
    const json = /```json\n([\s\S]*?)```/.exec(
      readme.slice(readme.indexOf("least-privilege IAM policy for Inspector (v2)")),
    )?.[1];
    const granted = (JSON.parse(json as string) as { Statement: { Action: string[] }[] }).Statement.flatMap(
      (s) => s.Action.map((a) => a.replace(/^inspector2:/, "")),
    );
    const denied = Object.keys(MODEL2.operations).filter((o) => !granted.includes(o));
    expect(denied.length).toBeGreaterThan(20);
    emulator.inspector2.deny(denied);
    try {
      const image = scannedImage();
      const r = await check(lenient, "--ecr-image-digest", image.imageDigest, "--include-suppressed");
      expect(r.code, r.stdout).toBe(0);
      // And denying one of the granted operations is an error (exit 3), never a pass.
      emulator.inspector2.deny([...denied, "ListCoverage"]);
      const without = await check(lenient, "--ecr-image-digest", image.imageDigest);
      expect(without.code).toBe(3);
      expect(without.stdout).toContain("AccessDenied");
    } finally {
      emulator.inspector2.deny([]);
    }
  });
});

describe("demo --source inspector2 (the built CLI)", () => {
  it("pushes an image, waits for its scan and gates it: the default policy fails on its High findings", async () => {
    const r = await cli(["demo", "--source", "inspector2", "--format", "json"], {
      AWS_ENDPOINT_URL_INSPECTOR2: "",
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.verdict).toBe("fail");
    expect(report.source.kind).toBe("inspector2");
    expect(report.coverage).toMatchObject({ resources: 1, scanned: 1 });
    expect(report.findings.evaluated).toBeGreaterThan(0);
    expect(r.stderr).toContain(
      "check --source inspector2 --ecr-repository storefront/web --ecr-image-digest",
    );
    expect(r.stderr).toMatch(/not scanned yet.*PENDING_INITIAL_SCAN/);
  });
});
