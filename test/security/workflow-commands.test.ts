/**
 * SECURITY.md claims: text taken from findings cannot become a GitHub Actions workflow command in any log
 * the tool writes. The runner reads every line of a step's stdout and stderr: a line that starts with
 * `::name` once leading blanks are trimmed is a command (the current syntax), and so is `##[name` anywhere
 * in a line (the older syntax, still honoured for registered commands). Checked for the Action (with debug
 * on) and for the CLI's human-readable reports, which a workflow step that runs the CLI prints to its log
 * (and which must not carry terminal escape sequences either).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runAction, workflowCommands } from "../action/runner.js";

const ROOT = join(import.meta.dirname, "../..");
const ACTION = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { outputs: Record<string, unknown> };

/** The commands the runner registers (a command it does not know is ignored). */
const RUNNER_COMMANDS = [
  "add-mask",
  "add-matcher",
  "remove-matcher",
  "echo",
  "save-state",
  "set-output",
  "set-env",
  "add-path",
  "error",
  "warning",
  "notice",
  "debug",
  "group",
  "endgroup",
  "stop-commands",
];

const PAYLOADS = [
  "::add-mask::hunter2",
  "::set-output name=verdict::pass",
  "::stop-commands::resume-token",
  "::error file=README.md,line=1::pwned",
  "line one\n::warning::pwned",
  "carriage\r::notice::pwned",
  "line\u2028::error::pwned",
  "  ::endgroup::",
  "##[add-mask]hunter2",
  "##[set-output name=verdict;]pass",
  "##[error]pwned",
  "tail ##[group]pwned",
  "%0A::error::pwned",
  "\u001b[2J\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u009b31m",
];

function findings() {
  return PAYLOADS.map((payload, i) => ({
    arn: `arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-${i}`,
    id: payload,
    title: payload,
    severity: "High",
    attributes: [{ key: payload, value: payload }],
    userAttributes: [{ key: "team", value: payload }],
    assetAttributes: { hostname: payload, agentId: payload, autoScalingGroup: payload },
  }));
}

const POLICY = `version: 1
name: injection
severity:
  fail-on: High
rules:
  - id: everything
    match:
      title: "*"
`;

/** The lines of `log` the runner would execute as a registered command. */
function commandLines(log: string): string[] {
  const v1 = new RegExp(`##\\[(${RUNNER_COMMANDS.join("|")})[\\] ]`, "i");
  const v2 = new RegExp(`^::(${RUNNER_COMMANDS.join("|")})[ :]`, "i");
  return log.split(/\r\n|\r|\n/).filter((line) => v1.test(line) || v2.test(line.trimStart()));
}

describe("the CLI's reports in a workflow log", () => {
  const dir = mkdtempSync(join(tmpdir(), "ig-injection-cli-"));
  writeFileSync(join(dir, "policy.yml"), POLICY);
  writeFileSync(join(dir, "findings.json"), JSON.stringify({ findings: findings(), failedItems: {} }));

  const cli = (format: string) =>
    new Promise<{ stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          join(ROOT, "dist/cli.js"),
          "check",
          "--policy",
          "policy.yml",
          "--findings",
          "findings.json",
          "--format",
          format,
        ],
        { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH ?? "", GITHUB_ACTIONS: "true" } },
        (_error, stdout, stderr) => resolve({ stdout, stderr }),
      );
    });

  it.each(["text", "markdown"])("a %s report carries no workflow command", async (format) => {
    const { stdout, stderr } = await cli(format);
    expect(stdout).toContain("everything"); // the report is there
    expect(commandLines(stdout)).toEqual([]);
    expect(commandLines(stderr)).toEqual([]);
    // Nor a terminal escape sequence (screen clearing, hidden links) for someone reading it in a terminal.
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe("the Action's log with debug on", () => {
  it("every command line in the log is one the Action meant to write", async () => {
    const run = await runAction({
      inputs: { findings: "findings.json", "comment-on-pr": "never" },
      files: {
        ".github/inspector-gate.yml": POLICY,
        "findings.json": JSON.stringify({ findings: findings(), failedItems: {} }),
      },
      env: { ACTIONS_STEP_DEBUG: "true", RUNNER_DEBUG: "1" },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    const ours = new Set(["error", "warning", "notice", "group", "endgroup", "debug"]);
    for (const line of commandLines(run.stdout + run.stderr)) {
      const [command] = workflowCommands(line.trimStart());
      expect(command, line).toBeDefined();
      expect(ours.has(command?.name ?? ""), line).toBe(true);
      expect(line).not.toContain("##[");
      expect(command?.message ?? "", line).not.toMatch(/^pwned|^hunter2/);
    }
    // No finding text produced an output of its own.
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(ACTION.outputs).sort());
  });
});
