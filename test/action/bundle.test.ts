/**
 * The bundled Action (dist/action.js) run as the runner runs it, against the Inspector emulator and a
 * local stand-in for the GitHub REST API. Build first: `node scripts/build.mjs`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { commentMarker } from "../../src/action/comment.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "./fake-github.js";
import { type ActionRun, BUNDLE, runAction, workflowCommands } from "./runner.js";

const POLICY_PATH = ".github/inspector-gate.yml";
/** Line 4: the severity limit; line 6: the rule's id. */
const VIOLATED_POLICY = `version: 1
name: action-test
severity:
  fail-on: High
rules:
  - id: no-cve
    description: No CVE findings at all
    match:
      rules-package: Common Vulnerabilities and Exposures
`;
const PASSING_POLICY = `version: 1
severity:
  max:
    High: 100000
`;
const TOKEN = "ghs_secretTokenValue123";

let emulator: Emulator;
let github: FakeGitHub;

beforeAll(async () => {
  emulator = await startEmulator({ timeScale: 2000, findings: 40, seed: "action-bundle" });
  github = await startFakeGitHub();
});
afterAll(async () => {
  await emulator?.stop();
  await github?.close();
});
afterEach(() => {
  emulator.setOutcome("*", "COMPLETED");
  github.failWith = undefined;
});

function gateInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    "template-arn": emulator.seeded.templateArn,
    endpoint: emulator.endpoint,
    "poll-interval": "100ms",
    timeout: "2m",
    "github-token": TOKEN,
    ...extra,
  };
}

const githubEnv = (runId: string) => ({ GITHUB_API_URL: github.url, GITHUB_RUN_ID: runId });

function annotations(run: ActionRun, level: "error" | "warning" | "notice") {
  return workflowCommands(run.stdout).filter((c) => c.name === level);
}

describe("the bundled Action against the emulator", () => {
  let first: ActionRun;

  it("fails a violated policy with annotations at the policy lines, outputs, summary, files and a PR comment", async () => {
    first = await runAction({
      inputs: gateInputs({
        json: "reports/inspector-gate.json",
        sarif: "reports/inspector-gate.sarif",
        junit: "reports/junit.xml",
      }),
      files: { [POLICY_PATH]: VIOLATED_POLICY },
      env: githubEnv("5001"),
    });
    expect(first.code, first.stdout + first.stderr).toBe(1);

    // The ground truth: what the run holds.
    const runArn = first.outputs["run-arn"] ?? "";
    expect(runArn).toMatch(/^arn:aws:inspector:us-west-2:\d{12}:target\/0-\w+\/template\/0-\w+\/run\/0-\w+$/);
    const truth = emulator.findingsOf(runArn);
    expect(truth.length).toBe(40);
    const cve = truth.filter((f) => f.serviceAttributes?.rulesPackageArn === cvePackageArn(truth)).length;
    const high = truth.filter((f) => f.severity === "High").length;
    expect(cve).toBeGreaterThan(0);

    // Annotations: at the rule's id (line 6) and at the severity limit (line 4), in the policy file.
    const errors = annotations(first, "error");
    const rule = errors.find((e) => e.properties.title?.startsWith("no-cve:"));
    expect(rule?.properties).toMatchObject({ file: POLICY_PATH, line: "6" });
    expect(rule?.properties.col).toMatch(/^\d+$/);
    expect(rule?.properties.title).toBe(`no-cve: ${cve} finding${cve === 1 ? "" : "s"} (max 0)`);
    if (high > 0) {
      expect(errors.some((e) => e.properties.file === POLICY_PATH && e.properties.line === "4")).toBe(true);
    }
    // The step's failure message comes last.
    expect(errors.at(-1)?.message).toMatch(/^inspector-gate: the policy is violated/);

    // Outputs.
    expect(first.outputs).toMatchObject({
      verdict: "fail",
      "exit-code": "1",
      "finding-count": "40",
      violations: String(high > 0 ? 2 : 1),
      json: join(first.workspace, "reports/inspector-gate.json"),
      sarif: join(first.workspace, "reports/inspector-gate.sarif"),
    });
    const counts = JSON.parse(first.outputs.counts ?? "{}") as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(40);
    expect(counts.High).toBe(high);

    // Files.
    const report = JSON.parse(readFileSync(join(first.workspace, "reports/inspector-gate.json"), "utf8"));
    expect(report).toMatchObject({
      schemaVersion: 2,
      verdict: "fail",
      exitCode: 1,
      source: { kind: "inspector-classic-run", run: { arn: runArn } },
    });
    const sarif = JSON.parse(readFileSync(join(first.workspace, "reports/inspector-gate.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(
      readFileSync(join(first.workspace, "reports/junit.xml"), "utf8"),
    );
    expect(junit.testsuites ?? junit.testsuite).toBeDefined();

    // Job summary: the verdict first, the run, the rule.
    expect(first.summary.length).toBeGreaterThan(200);
    expect(first.summary.split("\n")[0]).toMatch(/fail/i);
    expect(first.summary).toContain(runArn);
    expect(first.summary).toContain("no-cve");

    // The sticky comment.
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body.startsWith(`${commentMarker("CI", "gate")}\n`)).toBe(true);
    expect(github.comments[0]?.body).toContain("no-cve");
    expect(github.comments[0]?.body).toContain("https://github.example/octo/app/actions/runs/5001");
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    // The token is masked first and never printed otherwise.
    const commands = workflowCommands(first.stdout);
    expect(commands[0]).toMatchObject({ name: "add-mask", message: TOKEN });
    expect(first.stdout.split(TOKEN).length - 1).toBe(1);
    expect(first.stderr).not.toContain(TOKEN);
  });

  it("reuses the run and updates the comment when the job is re-run", async () => {
    expect(first, "the previous test ran").toBeDefined();
    github.requests.length = 0;
    const again = await runAction({
      inputs: gateInputs(),
      files: { [POLICY_PATH]: VIOLATED_POLICY },
      env: githubEnv("5001"),
    });
    expect(again.code).toBe(1);
    expect(again.outputs["run-arn"]).toBe(first.outputs["run-arn"]);
    expect(github.comments).toHaveLength(1);
    expect(github.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
  });

  it("passes on a push event without calling GitHub", async () => {
    github.requests.length = 0;
    const run = await runAction({
      inputs: gateInputs({ "comment-on-pr": "always" }),
      files: { [POLICY_PATH]: PASSING_POLICY },
      env: githubEnv("5002"),
      event: { name: "push", payload: { ref: "refs/heads/main" } },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: "pass",
      "exit-code": "0",
      violations: "0",
      "finding-count": "40",
    });
    expect(annotations(run, "error")).toEqual([]);
    expect(github.requests).toEqual([]);
    expect(run.summary).toMatch(/pass/i);
  });

  it("keeps the step green under warn-only and still reports", async () => {
    const run = await runAction({
      inputs: gateInputs({ "warn-only": "true", "comment-on-pr": "never" }),
      files: { [POLICY_PATH]: VIOLATED_POLICY },
      env: githubEnv("5003"),
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: "fail", "exit-code": "0" });
    expect(annotations(run, "error").some((e) => e.properties.line === "6")).toBe(true);
    expect(annotations(run, "warning").some((w) => w.message.includes("warn-only"))).toBe(true);
  });

  it("fails with the error's message when the run fails, never passing", async () => {
    emulator.setOutcome("*", "FAILED");
    const run = await runAction({
      inputs: gateInputs({ "comment-on-pr": "never", json: "report.json" }),
      files: { [POLICY_PATH]: PASSING_POLICY },
      env: githubEnv("5004"),
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: "error", "exit-code": "3" });
    expect(run.outputs["run-arn"]).toMatch(/\/run\/0-/);
    const failure = annotations(run, "error").at(-1);
    expect(failure?.message).toMatch(/^inspector-gate: \w+: .*FAILED/);
    expect(run.summary).toMatch(/error/i);
    expect(JSON.parse(readFileSync(join(run.workspace, "report.json"), "utf8"))).toMatchObject({
      verdict: "error",
      exitCode: 3,
    });
  });

  it("stops the run it started when the workflow is cancelled, and reports an error", async () => {
    emulator.setOutcome("*", "NEVER");
    emulator.resetStats();
    const run = await runAction({
      inputs: gateInputs({ "comment-on-pr": "never" }),
      files: { [POLICY_PATH]: PASSING_POLICY },
      env: githubEnv("5006"),
      signalWhen: { text: "COLLECTING_DATA", signal: "SIGTERM" },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: "error", "exit-code": "3" });
    expect(annotations(run, "error").at(-1)?.message).toMatch(/INTERRUPTED: .*cancelled/);
    expect(emulator.stats().StopAssessmentRun).toBe(1);
    expect(run.summary).toMatch(/error/i);
  });

  it("treats a 403 from GitHub as a warning that does not change the verdict", async () => {
    github.failWith = 403;
    const run = await runAction({
      inputs: gateInputs(),
      files: { [POLICY_PATH]: PASSING_POLICY },
      env: githubEnv("5005"),
    });
    // comment-on-pr defaults to on-failure: a pass only updates an existing comment, so it still lists.
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    const warning = annotations(run, "warning").find((w) => w.message.startsWith("No pull-request comment"));
    expect(warning?.message).toContain("403");
  });
});

describe("the bundled Action on bad input", () => {
  it("names the input, the value and the expected form, and exits through setFailed", async () => {
    const run = await runAction({
      inputs: {
        "template-arn": "arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b",
        timeout: "soon",
      },
      files: { [POLICY_PATH]: PASSING_POLICY },
      event: { name: "push", payload: {} },
    });
    expect(run.code).toBe(1);
    const failure = annotations(run, "error").at(-1);
    expect(failure?.message).toContain(
      "Invalid timeout 'soon': expected a duration such as 250ms, 90s, 15m or 2h",
    );
    expect(run.outputs).toMatchObject({ verdict: "error", "exit-code": "2" });
    expect(run.summary).toContain("Invalid timeout");
    expect(run.stdout).not.toMatch(/\n\s+at /); // a user mistake has no stack trace
  });

  it("annotates an invalid policy at the offending line", async () => {
    const run = await runAction({
      inputs: { findings: "findings.json" },
      files: { [POLICY_PATH]: "version: 1\nseverity:\n  fail-on: Severe\n", "findings.json": "[]" },
      event: { name: "push", payload: {} },
    });
    expect(run.code).toBe(1);
    const located = annotations(run, "error").find((e) => e.properties.file === POLICY_PATH);
    expect(located?.properties).toMatchObject({ title: "Invalid policy", line: "3" });
    expect(run.outputs["exit-code"]).toBe("2");
  });
});

/** The rules package ARN the CVE findings carry (the emulator names packages in DescribeRulesPackages). */
function cvePackageArn(findings: ReturnType<Emulator["findingsOf"]>): string | undefined {
  const withCve = findings.find((f) => (f.attributes ?? []).some((a) => a.key === "CVE_ID"));
  return withCve?.serviceAttributes?.rulesPackageArn;
}

describe("the bundled Action with findings that try to inject", () => {
  const TITLES = [
    `<img src=x onerror=alert(document.domain)> image`,
    `<details><summary>open me</summary>hidden</details>`,
    `[click here](https://evil.example/phish) and ![img](https://evil.example/x.png)`,
    `ping @someone and @org/team about #123`,
    `first line\n::error::pwned`,
    `::error file=README.md,line=1::pwned too`,
    `##[error]legacy pwned`,
    `<!-- hidden --> | cell | break`,
  ];
  const findings = TITLES.map((title, i) => ({
    arn: `arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-${i}`,
    id: `CVE-2024-000${i}`,
    title,
    // The workflow-command attempts are the High ones, so the High limit's annotation quotes them.
    severity: /::|##\[/.test(title) ? "High" : "Medium",
    assetAttributes: { hostname: i === 0 ? "@someone-host" : `host-${i}`, agentId: `i-0${i}` },
    serviceAttributes: { rulesPackageArn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-X" },
    attributes: [{ key: "CVE_ID", value: `CVE-2024-000${i}` }],
    userAttributes: [],
  }));

  it("keeps every finding inert in the log, the annotations, the summary and the comment", async () => {
    github.comments.length = 0;
    const run = await runAction({
      inputs: { findings: "findings.json", "comment-on-pr": "always", "github-token": TOKEN },
      files: {
        [POLICY_PATH]: "version: 1\nseverity:\n  fail-on: Medium\n",
        "findings.json": JSON.stringify({ findings, failedItems: {} }),
      },
      env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: "6001" },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: "fail", findings: String(TITLES.length) });

    // The log: every line the runner would take as a command is one of ours, none carries "pwned".
    const allowed = new Set(["add-mask", "error", "warning", "notice", "group", "endgroup", "debug"]);
    for (const line of run.stdout.split(/\r?\n|\r/)) {
      expect(line).not.toContain("##[");
      if (!/^\s*::/.test(line)) continue;
      const [command] = workflowCommands(line);
      expect(command, line).toBeDefined();
      expect(allowed.has(command?.name ?? ""), line).toBe(true);
      expect(command?.message).not.toMatch(/^pwned/);
      expect(
        Object.keys(command?.properties ?? {}).every((k) => ["title", "file", "line", "col"].includes(k)),
      ).toBe(true);
    }
    // The annotation quotes the findings on one line, still readable.
    const limit = annotations(run, "error").find((e) => e.properties.title?.startsWith("severity:High"));
    expect(limit?.properties).toMatchObject({ file: POLICY_PATH, line: "3" });
    expect(limit?.message).not.toMatch(/[\r\n]/);
    expect(limit?.message).toContain("first line ::error::pwned");
    expect(limit?.message).toContain("::error file=README.md,line=1::pwned too");

    // The summary and the comment: Markdown and HTML inert, mentions and references neutralised.
    const comment = github.comments.find((c) => c.issue === 7)?.body ?? "";
    expect(comment).not.toBe("");
    for (const [where, text] of [
      ["summary", run.summary],
      ["comment", comment],
    ] as const) {
      expect(text, where).toContain("&lt;img");
      expect(text, where).not.toMatch(/<img|<details|<summary|<!-- hidden/i);
      expect(text, where).not.toMatch(/\]\(https:\/\/evil/);
      expect(text, where).not.toMatch(/@someone|@org\/team/);
      expect(text, where).not.toContain("#123");
      // No finding can add a table row or a line of its own.
      expect(
        text.split("\n").some((l) => /^\s*::error::pwned/.test(l)),
        where,
      ).toBe(false);
    }
    // Only the marker is an HTML comment.
    expect(comment.match(/<!--/g)).toHaveLength(1);
  });
});

describe("the bundled Action with a large result", () => {
  it("keeps the summary under 1 MiB and the comment under 65,536 characters, pointing at the JSON report", async () => {
    github.comments.length = 0;
    const findings = Array.from({ length: 600 }, (_, i) => ({
      arn: `arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-${i}`,
      id: `CVE-2024-${String(i).padStart(5, "0")}`,
      title: `Package ${i} ${"é🚨 long vulnerable component description ".repeat(6)}`,
      severity: i % 2 ? "High" : "Medium",
      assetAttributes: { hostname: `host-${i % 17}.internal`, agentId: `i-${i}` },
      attributes: [],
      userAttributes: [],
    }));
    const rules = Array.from(
      { length: 40 },
      (_, i) => `  - id: rule-${i}\n    match:\n      min-severity: Medium\n`,
    ).join("");
    // An earlier write in the same step left little room.
    const before = `${"x".repeat(1_000_000)}\n`;
    const run = await runAction({
      inputs: {
        findings: "findings.jsonl",
        "comment-on-pr": "always",
        "github-token": TOKEN,
        json: "out/report.json",
      },
      files: {
        [POLICY_PATH]: `version: 1\nrules:\n${rules}`,
        "findings.jsonl": findings.map((f) => JSON.stringify(f)).join("\n"),
      },
      env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: "7001" },
      summaryBefore: before,
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: "fail", violations: "40", findings: "600" });

    const total = Buffer.byteLength(run.summary);
    expect(total).toBeLessThanOrEqual(1024 * 1024);
    const ours = run.summary.slice(before.length);
    expect(Buffer.byteLength(ours)).toBeGreaterThan(4096);
    expect(ours).toMatch(/shortened to fit/);
    expect(ours).toContain("out/report.json");

    const comment = github.comments.find((c) => c.issue === 7)?.body ?? "";
    expect(comment.length).toBeGreaterThan(30_000);
    expect(comment.length).toBeLessThan(65_536);
    expect(comment).toMatch(/shortened to fit/);

    const report = JSON.parse(readFileSync(join(run.workspace, "out/report.json"), "utf8"));
    expect(report.findings.total).toBe(600);
  });
});

describe("the bundle", () => {
  it("is self-contained: it runs from a directory with no node_modules", async () => {
    const home = mkdtempSync(join(tmpdir(), "ig-action-home-"));
    mkdirSync(join(home, "dist"));
    copyFileSync(BUNDLE, join(home, "dist/action.js"));
    const run = await runAction({
      bundle: join(home, "dist/action.js"),
      inputs: { findings: "findings.json", "comment-on-pr": "never" },
      files: { [POLICY_PATH]: PASSING_POLICY, "findings.json": "[]" },
      event: { name: "push", payload: {} },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: "pass", "exit-code": "0", findings: "0" });
  });
});
