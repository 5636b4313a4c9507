/**
 * SECURITY.md claims: no AWS secret key, session token or GitHub token appears in anything the tool
 * writes (stdout, stderr, report files, the job summary, step outputs, the PR comment), even with every
 * debug switch on (ACTIONS_STEP_DEBUG, RUNNER_DEBUG, DEBUG). The GitHub token appears once, in the
 * `::add-mask::` command that tells the runner to hide it. Checked on the real doors: the bundled Action
 * and the bundled CLI, in passing, failing and error paths.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../action/fake-github.js";
import { type ActionRun, runAction } from "../action/runner.js";

const ROOT = join(import.meta.dirname, "../..");
const SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRETzz";
const SESSION_TOKEN = "IQoJb3JpZ2luX2VjEzzSESSIONzzTOKENzzAQoJb3JpZ2luX2Vj";
const GITHUB_TOKEN = "ghs_zzGitHubTokenzzSecret0123456789";
const SECRETS = [SECRET_KEY, SESSION_TOKEN, GITHUB_TOKEN];

const DEBUG_ENV = { ACTIONS_STEP_DEBUG: "true", RUNNER_DEBUG: "1", DEBUG: "*" };
const VIOLATED = "version: 1\nname: secrets\nseverity:\n  fail-on: Medium\n";
const PASSING = "version: 1\nseverity:\n  max:\n    High: 100000\n";

let emulator: Emulator;
let github: FakeGitHub;
beforeAll(async () => {
  emulator = await startEmulator({ timeScale: 2000, findings: 30, seed: "secrets" });
  github = await startFakeGitHub();
});
afterAll(async () => {
  await emulator?.stop();
  await github?.close();
});

/** Every file under `dir`, read as text. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[name] = readFileSync(path, "utf8");
  }
  return out;
}

function expectNoSecrets(where: Record<string, string>, allowMaskCommand: boolean) {
  for (const [name, text] of Object.entries(where)) {
    for (const secret of SECRETS) {
      let visible = text;
      // The runner needs the token once, to mask it everywhere else.
      if (allowMaskCommand && secret === GITHUB_TOKEN)
        visible = visible.replace(`::add-mask::${GITHUB_TOKEN}`, "");
      expect(visible.includes(secret), `${name} shows ${secret.slice(0, 8)}…`).toBe(false);
    }
  }
}

function everything(run: ActionRun): Record<string, string> {
  return {
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    comments: JSON.stringify(github.comments),
    ...Object.fromEntries(
      Object.entries(filesUnder(run.workspace)).filter(([name]) => !name.startsWith(".github")),
    ),
  };
}

describe("the bundled Action with every debug switch on", () => {
  const scenarios: [string, Record<string, string>, string, (() => void)?][] = [
    ["a violated policy, with a PR comment", {}, VIOLATED],
    ["a passing policy", {}, PASSING],
    [
      "an Inspector error",
      {
        "template-arn": "arn:aws:inspector:us-west-2:123456789012:target/0-nosuch00/template/0-nosuch00",
      },
      VIOLATED,
    ],
    ["an invalid input", { timeout: "soon" }, VIOLATED],
    ["GitHub refusing the token", {}, VIOLATED, () => (github.failWith = 401)],
  ];

  it.each(scenarios)(
    "%s: no secret in the log, outputs, summary, files or comment",
    async (_label, extra, policy, before) => {
      before?.();
      try {
        const run = await runAction({
          inputs: {
            "template-arn": emulator.seeded.templateArn,
            endpoint: emulator.endpoint,
            "poll-interval": "100ms",
            timeout: "2m",
            "github-token": GITHUB_TOKEN,
            "comment-on-pr": "always",
            json: "reports/gate.json",
            sarif: "reports/gate.sarif",
            junit: "reports/junit.xml",
            ...extra,
          },
          files: { ".github/inspector-gate.yml": policy },
          env: {
            ...DEBUG_ENV,
            AWS_SECRET_ACCESS_KEY: SECRET_KEY,
            AWS_SESSION_TOKEN: SESSION_TOKEN,
            GITHUB_API_URL: github.url,
            GITHUB_RUN_ID: String(7000 + Math.floor(Math.random() * 1000)),
          },
        });
        expectNoSecrets(everything(run), true);
        expect(run.stdout).toContain(`::add-mask::${GITHUB_TOKEN}`);
      } finally {
        github.failWith = undefined;
      }
    },
  );
});

describe("the bundled CLI with DEBUG on", () => {
  const dir = mkdtempSync(join(tmpdir(), "ig-secrets-cli-"));
  writeFileSync(join(dir, "violated.yml"), VIOLATED);
  writeFileSync(join(dir, "passing.yml"), PASSING);
  // A shared credentials file holding the secret under another profile than the one asked for.
  writeFileSync(
    join(dir, "credentials"),
    `[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = ${SECRET_KEY}\naws_session_token = ${SESSION_TOKEN}\n`,
  );

  /** Asynchronous on purpose: the emulator answers from this process's event loop. */
  const cli = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(ROOT, "dist/cli.js"), "check", ...args],
        {
          cwd: dir,
          encoding: "utf8",
          timeout: 60_000,
          env: {
            PATH: process.env.PATH ?? "",
            HOME: dir,
            AWS_EC2_METADATA_DISABLED: "true",
            AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
            AWS_SECRET_ACCESS_KEY: SECRET_KEY,
            AWS_SESSION_TOKEN: SESSION_TOKEN,
            GITHUB_TOKEN,
            ...DEBUG_ENV,
            ...env,
          },
        },
        (error, stdout, stderr) => {
          const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
          resolve({ code, stdout, stderr });
        },
      );
    });

  it.each([
    ["text", "violated.yml"],
    ["json", "violated.yml"],
    ["markdown", "passing.yml"],
    ["sarif", "violated.yml"],
    ["junit", "passing.yml"],
  ])("a %s report against the emulator (%s)", async (format, policy) => {
    const output = join(dir, `report-${format}`);
    const run = await cli([
      "--policy",
      policy,
      "--template-arn",
      emulator.seeded.templateArn,
      "--endpoint",
      emulator.endpoint,
      "--run-name",
      `secrets-${format}`,
      "--poll-interval",
      "100ms",
      "--format",
      format,
      ...(format === "json" ? ["--output", output] : []),
    ]);
    expect([0, 1]).toContain(run.code);
    expectNoSecrets(
      {
        stdout: run.stdout,
        stderr: run.stderr,
        ...(format === "json" ? { report: readFileSync(output, "utf8") } : {}),
      },
      false,
    );
  });

  it.each([
    ["an unknown template", ["--endpoint", "ENDPOINT"], {}, 3],
    ["a missing profile", ["--profile", "missing"], { AWS_SHARED_CREDENTIALS_FILE: "credentials" }, 3],
    [
      "credentials from a shared file",
      ["--profile", "other", "--endpoint", "ENDPOINT"],
      { AWS_SHARED_CREDENTIALS_FILE: "credentials" },
      3,
    ],
    ["an invalid policy", ["--endpoint", "ENDPOINT", "--policy", "credentials"], {}, 2],
  ] as const)("an error path: %s", async (_label, args, env, code) => {
    const run = await cli(
      [
        "--policy",
        "violated.yml",
        "--template-arn",
        "arn:aws:inspector:us-west-2:123456789012:target/0-nosuch00/template/0-nosuch00",
        "--format",
        "json",
        ...args.map((a) => (a === "ENDPOINT" ? emulator.endpoint : a)),
      ],
      { ...env },
    );
    expect(run.code, run.stderr).toBe(code);
    expectNoSecrets({ stdout: run.stdout, stderr: run.stderr }, false);
  });
});
