import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultRunName, parseDuration, readInputs } from "../../src/action/inputs.js";
import { ConfigError } from "../../src/errors.js";

const RUN = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T/run/0-11LMTAVe";
const TEMPLATE = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T";

/** The runner's naming: INPUT_ + name uppercased, spaces to underscores, dashes kept. */
const envName = (input: string) => `INPUT_${input.replace(/ /g, "_").toUpperCase()}`;

let workspace: string;
const set: string[] = [];

function inputs(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const key = envName(name);
    process.env[key] = value;
    set.push(key);
  }
}

async function read(values: Record<string, string>, env: Record<string, string> = {}) {
  inputs(values);
  return readInputs({ env: { GITHUB_WORKSPACE: workspace, ...env }, now: new Date("2026-01-02T03:04:05Z") });
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
  workspace = mkdtempSync(join(tmpdir(), "ig-inputs-"));
  mkdirSync(join(workspace, ".github"));
  writeFileSync(join(workspace, ".github/inspector-gate.yml"), "version: 1\n");
  mkdirSync(join(workspace, "policies/teams"), { recursive: true });
  writeFileSync(join(workspace, "policies/base.yml"), "version: 1\n");
  writeFileSync(join(workspace, "policies/extra.yaml"), "version: 1\n");
  writeFileSync(join(workspace, "policies/teams/web.yml"), "version: 1\n");
  writeFileSync(join(workspace, "findings.json"), "[]");
});

afterEach(() => {
  for (const key of set.splice(0)) delete process.env[key];
});

describe("readInputs", () => {
  it("applies the defaults of action.yml", async () => {
    const result = await read(
      { "template-arn": TEMPLATE },
      { GITHUB_RUN_ID: "991", GITHUB_RUN_ATTEMPT: "2" },
    );
    expect(result).toEqual({
      policy: [join(workspace, ".github/inspector-gate.yml")],
      source: { kind: "template", templateArn: TEMPLATE, runName: "inspector-gate-991-2" },
      timeoutMs: 7_200_000,
      pollIntervalMs: 10_000,
      onTimeout: "stop",
      allowPartial: false,
      concurrency: 8,
      warnOnly: false,
      commentOnPr: "on-failure",
      githubToken: "",
      workspace,
      ignored: [],
      deprecated: [],
    });
  });

  it("treats the values the runner passes for empty defaults as unset", async () => {
    const result = await read({
      "run-arn": RUN,
      "template-arn": "",
      "run-name": "",
      latest: "false",
      "max-age": "",
      region: "",
      endpoint: "",
      json: "",
      "github-token": "ghs_abc",
    });
    expect(result.source).toEqual({ kind: "run", runArn: RUN });
    expect(result.region).toBeUndefined();
    expect(result.reportFile).toBeUndefined();
    expect(result.githubToken).toBe("ghs_abc");
  });

  it("reads every input", async () => {
    const result = await read({
      policy: "policies/*.y*ml\n\n  policies/**/web.yml  \n# a comment\n.github/inspector-gate.yml",
      "template-arn": TEMPLATE,
      latest: "True",
      "max-age": "36h",
      timeout: "15m",
      "poll-interval": "250ms",
      "on-timeout": "leave",
      "allow-partial": "TRUE",
      concurrency: "16",
      region: "us-gov-west-1",
      endpoint: "http://127.0.0.1:4566",
      "warn-only": "true",
      "comment-on-pr": "always",
      json: "out/report.json",
      sarif: "/abs/gate.sarif",
      junit: "out/junit.xml",
    });
    expect(result.policy).toEqual([
      join(workspace, "policies/base.yml"),
      join(workspace, "policies/extra.yaml"),
      join(workspace, "policies/teams/web.yml"),
      join(workspace, ".github/inspector-gate.yml"),
    ]);
    expect(result.source).toEqual({ kind: "latest", templateArn: TEMPLATE, maxAgeMs: 36 * 3_600_000 });
    expect(result).toMatchObject({
      timeoutMs: 900_000,
      pollIntervalMs: 250,
      onTimeout: "leave",
      allowPartial: true,
      concurrency: 16,
      region: "us-gov-west-1",
      endpoint: "http://127.0.0.1:4566",
      warnOnly: true,
      commentOnPr: "always",
      reportFile: join(workspace, "out/report.json"),
      sarifFile: "/abs/gate.sarif",
      junitFile: join(workspace, "out/junit.xml"),
    });
  });

  it("uses run-name when given and reads a findings file offline", async () => {
    expect((await read({ "template-arn": TEMPLATE, "run-name": "release-1.2" })).source).toEqual({
      kind: "template",
      templateArn: TEMPLATE,
      runName: "release-1.2",
    });
    for (const key of set.splice(0)) delete process.env[key];
    const offline = await read({ findings: "findings.json", region: "eu-west-1" });
    expect(offline.source).toEqual({ kind: "findings", file: join(workspace, "findings.json") });
    expect(offline.ignored).toEqual(["region (findings are evaluated offline)"]);
  });

  it.each([
    [{ timeout: "soon" }, "Invalid timeout 'soon': expected a duration such as 250ms, 90s, 15m or 2h"],
    [{ timeout: "0" }, "Invalid timeout '0'"],
    [{ "poll-interval": "-5s" }, "Invalid poll-interval '-5s'"],
    [{ "on-timeout": "kill" }, "Invalid on-timeout 'kill': expected one of stop, leave."],
    [
      { "comment-on-pr": "sometimes" },
      "Invalid comment-on-pr 'sometimes': expected one of never, always, on-failure.",
    ],
    [{ "allow-partial": "yes" }, "Invalid allow-partial 'yes': expected true or false."],
    [{ "warn-only": "1" }, "Invalid warn-only '1': expected true or false."],
    [{ concurrency: "0" }, "Invalid concurrency '0': expected a whole number from 1 to 64."],
    [{ concurrency: "2.5" }, "Invalid concurrency '2.5'"],
    [{ concurrency: "100" }, "Invalid concurrency '100'"],
    [{ region: "Oregon" }, "Invalid region 'Oregon': expected an AWS region such as us-west-2."],
    [{ endpoint: "ftp://x" }, "Invalid endpoint 'ftp://x': expected an http:// or https:// URL"],
    [
      { policy: "nope/*.yml" },
      "Invalid policy 'nope/*.yml': expected a path or glob matching at least one file",
    ],
    [
      { policy: "missing.yml" },
      "Invalid policy 'missing.yml': expected a policy file path relative to the workspace",
    ],
    [{ policy: "policies" }, "Invalid policy 'policies': expected a file, not a directory"],
    [{ "run-name": "x".repeat(141) }, "Invalid run-name 'xxxx"],
  ])("rejects %j naming the input, the value and the form", async (values, expected) => {
    const problems = await problemsOf({ "template-arn": TEMPLATE, ...values });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it("validates ARNs by Inspector's form and spots a run/template mix-up", async () => {
    expect(await problemsOf({ "run-arn": "arn:aws:s3:::bucket" })).toEqual([
      `Invalid run-arn 'arn:aws:s3:::bucket': expected an assessment run ARN such as ${RUN}.`,
    ]);
    for (const key of set.splice(0)) delete process.env[key];
    const [mixUp] = await problemsOf({ "template-arn": RUN });
    expect(mixUp).toContain("not a run ARN (use run-arn for a run)");
    for (const key of set.splice(0)) delete process.env[key];
    const [other] = await problemsOf({ "run-arn": TEMPLATE });
    expect(other).toContain("not a template ARN");
    for (const key of set.splice(0)) delete process.env[key];
    const ok = await read({
      "run-arn": "arn:aws-cn:inspector:cn-north-1:123456789012:target/0-a/template/0-b/run/0-c",
    });
    expect(ok.source.kind).toBe("run");
  });

  it("requires exactly one source and consistent options", async () => {
    expect((await problemsOf({}))[0]).toMatch(/^Missing input: set template-arn/);
    for (const key of set.splice(0)) delete process.env[key];
    expect(await problemsOf({ "run-arn": RUN, "template-arn": TEMPLATE })).toEqual([
      "Conflicting inputs run-arn and template-arn: set only one of them.",
    ]);
    for (const key of set.splice(0)) delete process.env[key];
    expect(await problemsOf({ "run-arn": RUN, latest: "true" })).toEqual([
      "Input latest needs template-arn: latest picks that template's newest completed run.",
    ]);
    for (const key of set.splice(0)) delete process.env[key];
    expect(await problemsOf({ "template-arn": TEMPLATE, "max-age": "1h" })).toEqual([
      "Input max-age applies only with latest: true.",
    ]);
  });

  it("reports every problem at once", async () => {
    inputs({ "template-arn": TEMPLATE, timeout: "x", concurrency: "y" });
    const error = await readInputs({ env: { GITHUB_WORKSPACE: workspace } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(
      /^2 invalid inputs:\n- Invalid timeout 'x'.*\n- Invalid concurrency 'y'/,
    );
  });

  it("explains a missing default policy file", async () => {
    const empty = mkdtempSync(join(tmpdir(), "ig-empty-"));
    inputs({ "template-arn": TEMPLATE });
    const error = (await readInputs({ env: { GITHUB_WORKSPACE: empty } }).catch(
      (e: unknown) => e,
    )) as ConfigError;
    expect(error.message).toContain("Invalid policy '.github/inspector-gate.yml'");
    expect(error.message).toContain("create it or set the policy input");
  });

  it("warns about inputs that have no effect", async () => {
    const result = await read({ "run-arn": RUN, "run-name": "x" });
    expect(result.ignored).toEqual(["run-name (only used when starting a run from template-arn)"]);
  });
});

describe("the input names of earlier versions", () => {
  it.each([
    [{ "assessment-run-arn": RUN }, { source: { kind: "run", runArn: RUN } }],
    [
      { "assessment-template-arn": TEMPLATE, latest: "true" },
      { source: { kind: "latest", templateArn: TEMPLATE } },
    ],
    [{ "findings-file": "findings.json" }, { source: { kind: "findings" } }],
    [{ "template-arn": TEMPLATE, "report-file": "r.json" }, { reportFile: "r.json" }],
    [{ "template-arn": TEMPLATE, "sarif-file": "r.sarif" }, { sarifFile: "r.sarif" }],
    [{ "template-arn": TEMPLATE, "junit-file": "r.xml" }, { junitFile: "r.xml" }],
  ])("%j still works, and is listed for a warning", async (values, expected) => {
    const result = await read(values);
    const resolved = Object.fromEntries(
      Object.entries(expected).map(([k, v]) => [k, typeof v === "string" ? join(workspace, v) : v]),
    );
    expect(result).toMatchObject(resolved);
    const old = Object.keys(values).filter((k) => k.includes("assessment") || k.endsWith("-file"));
    expect(result.deprecated).toEqual(old);
  });

  it("refuses an input given under both its names", async () => {
    expect(await problemsOf({ "run-arn": RUN, "assessment-run-arn": RUN })).toEqual([
      "Conflicting inputs run-arn and assessment-run-arn (its deprecated name): set only run-arn.",
    ]);
  });

  it("names the input as the user wrote it in a problem", async () => {
    expect(await problemsOf({ "assessment-run-arn": "nope" })).toEqual([
      `Invalid assessment-run-arn 'nope': expected an assessment run ARN such as ${RUN}.`,
    ]);
  });

  it("refuses two reports written to one file", async () => {
    expect(await problemsOf({ "template-arn": TEMPLATE, json: "out/r", sarif: "out/r" })).toEqual([
      "Inputs json, sarif and junit name the same file: give each report its own path.",
    ]);
  });
});

describe("parseDuration and defaultRunName", () => {
  it.each([
    ["250ms", 250],
    ["90s", 90_000],
    ["15m", 900_000],
    ["2h", 7_200_000],
    ["45", 45_000],
    ["1.5h", 5_400_000],
    ["soon", undefined],
    ["", undefined],
    ["5 d", undefined],
    ["-1s", undefined],
  ])("%s -> %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it("derives the run name from the workflow run, else from the time", () => {
    expect(defaultRunName({ GITHUB_RUN_ID: "12", GITHUB_RUN_ATTEMPT: "3" }, new Date())).toBe(
      "inspector-gate-12-3",
    );
    expect(defaultRunName({ GITHUB_RUN_ID: "12" }, new Date())).toBe("inspector-gate-12-1");
    expect(defaultRunName({}, new Date("2026-01-02T03:04:05.678Z"))).toBe("inspector-gate-20260102T030405Z");
  });
});
