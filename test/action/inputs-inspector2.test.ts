/**
 * The Action's Inspector (v2) inputs: `source: inspector2` and the scope, read as the CLI reads its flags
 * of the same names (one value a line, any of them; different inputs combine), every problem reported at
 * once; then the bundled Action (dist/action.js) gating a freshly pushed image on the emulator.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { ConfigError } from "../../src/errors.js";
import { inputVariable, runAction } from "./runner.js";

const TEMPLATE = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T";
const DIGEST = `sha256:${"ab".repeat(32)}`;
const KMS = "arn:aws:kms:us-west-2:123456789012:key/1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b";

let workspace: string;
const set: string[] = [];

async function read(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    process.env[inputVariable(name)] = value;
    set.push(inputVariable(name));
  }
  return readInputs({ env: { GITHUB_WORKSPACE: workspace }, now: new Date("2026-01-02T03:04:05Z") });
}

async function problemsOf(values: Record<string, string>): Promise<readonly string[]> {
  try {
    await read(values);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(2);
    return (error as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), "ig-inputs2-"));
  mkdirSync(join(workspace, ".github"));
  writeFileSync(join(workspace, ".github/inspector-gate.yml"), "version: 1\n");
});

afterEach(() => {
  for (const key of set.splice(0)) delete process.env[key];
});

describe("readInputs with source: inspector2", () => {
  it("reads each scope input one value a line, comments and blank lines left out", async () => {
    const inputs = await read({
      source: "inspector2",
      "ecr-repository": "team/app\n\n# the worker too\nteam/worker\n",
      "ecr-image-digest": DIGEST,
      "resource-tag": "Environment=prod",
      "wait-for-scan": "true",
      "include-suppressed": "true",
    });
    expect(inputs.source).toEqual({
      kind: "inspector2",
      scope: expect.objectContaining({
        ecrRepositories: ["team/app", "team/worker"],
        ecrImageDigests: [DIGEST],
        resourceTags: [{ key: "Environment", value: "prod" }],
      }),
      waitForScan: true,
      includeSuppressed: true,
    });
  });

  it("takes all-resources as a whole-account gate", async () => {
    const inputs = await read({ source: "inspector2", "all-resources": "true" });
    expect(inputs.source).toEqual({ kind: "inspector2", allResources: true });
  });

  it("refuses no scope, naming all-resources", async () => {
    const problems = await problemsOf({ source: "inspector2" });
    expect(problems.join("\n")).toMatch(/all-resources/);
  });

  it("refuses an Inspector Classic input beside source: inspector2, naming both", async () => {
    const problems = await problemsOf({
      source: "inspector2",
      "template-arn": TEMPLATE,
      "ecr-repository": "team/app",
    });
    expect(problems).toContainEqual(expect.stringContaining("source: inspector2 and template-arn"));
  });

  it("refuses a scope input without source: inspector2, naming it", async () => {
    const problems = await problemsOf({ "template-arn": TEMPLATE, "ecr-repository": "team/app" });
    expect(problems).toContainEqual(
      expect.stringContaining("Input ecr-repository is an input of source: inspector2"),
    );
  });

  it("names the input, the bad value and the form expected, every problem at once", async () => {
    const problems = await problemsOf({
      source: "inspector2",
      "ecr-image-digest": "sha256:nothex",
      account: "12345",
      "wait-for-scan": "maybe",
    });
    const text = problems.join("\n");
    expect(text).toContain("ecr-image-digest");
    expect(text).toContain("sha256:nothex");
    expect(text).toContain("12345");
    expect(text).toContain("12 digits");
    expect(text).toContain("wait-for-scan");
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it("reads the findings-report inputs into the spec, the S3 endpoint from AWS_ENDPOINT_URL_S3 when not set", async () => {
    const values = {
      source: "inspector2",
      "all-resources": "true",
      "report-bucket": "org-findings",
      "report-kms-key": KMS,
      "report-prefix": "gate/",
    };
    for (const [name, value] of Object.entries(values)) {
      process.env[inputVariable(name)] = value;
      set.push(inputVariable(name));
    }
    const inputs = await readInputs({
      env: { GITHUB_WORKSPACE: workspace, AWS_ENDPOINT_URL_S3: "http://127.0.0.1:4569" },
    });
    expect(inputs.source).toEqual({
      kind: "inspector2",
      allResources: true,
      report: {
        bucket: "org-findings",
        kmsKeyArn: KMS,
        prefix: "gate/",
        s3Endpoint: "http://127.0.0.1:4569",
      },
    });
    const clear = () => {
      for (const key of set.splice(0)) delete process.env[key];
    };
    clear();
    const bad = (
      await problemsOf({
        source: "inspector2",
        "all-resources": "true",
        "report-bucket": "Org_Findings",
        "report-kms-key": "alias/reports",
      })
    ).join("\n");
    expect(bad).toContain("Invalid report-bucket 'Org_Findings': expected an S3 bucket name");
    expect(bad).toContain("Invalid report-kms-key 'alias/reports': expected a KMS key ARN");
    clear();
    expect(
      await problemsOf({ source: "inspector2", "all-resources": "true", "report-prefix": "gate/" }),
    ).toContainEqual(expect.stringContaining("report-prefix needs report-bucket"));
    clear();
    expect(await problemsOf({ "template-arn": TEMPLATE, "report-bucket": "org-findings" })).toContainEqual(
      expect.stringContaining("Input report-bucket is an input of source: inspector2"),
    );
  });

  it("refuses a source it does not know", async () => {
    const problems = await problemsOf({ source: "inspector3" });
    expect(problems).toContainEqual(expect.stringContaining("Invalid source 'inspector3'"));
  });
});

describe("the bundled Action with source: inspector2", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "action-v2", timeScale: 300 });
  });
  afterAll(() => emulator.stop());

  it("waits for a freshly pushed image's scan and gates its findings", async () => {
    const pushed = emulator.inspector2.pushImage({
      repository: "octo/app",
      tags: ["pr-7"],
      scanSeconds: 600,
    });
    const run = await runAction({
      inputs: {
        source: "inspector2",
        "ecr-repository": "octo/app",
        "ecr-image-digest": pushed.imageDigest,
        "wait-for-scan": "true",
        endpoint: emulator.endpoint,
        "poll-interval": "100ms",
        timeout: "1m",
        "comment-on-pr": "never",
        json: "report.json",
      },
      files: { ".github/inspector-gate.yml": "version: 1\nseverity:\n  max:\n    High: 100000\n" },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // The image's findings exist once its scan has completed: the ground truth is read after the gate.
    const truth = emulator.inspector2
      .findings()
      .filter(
        (f) =>
          f.status === "ACTIVE" &&
          f.resources?.some((r) => r.details?.awsEcrContainerImage?.imageHash === pushed.imageDigest),
      );
    expect(truth.length).toBeGreaterThan(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.outputs["finding-count"]).toBe(String(truth.length));
    expect(run.summary).toContain(pushed.imageDigest.slice(0, 19));
  });
});
