/**
 * SECURITY.md claims about policy changes arriving in pull requests:
 *  - a waiver cannot be silent or permanent: every exception needs a reason and an expiry date, and every
 *    applied, expired or unused exception is listed in the reports;
 *  - a policy file cannot read files outside the repository and quote them into the log: `extends` stays
 *    within the working directory, and problems never quote the content of a file that is not a policy.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import type { CliIo } from "../../src/cli/io.js";

const ROOT = join(import.meta.dirname, "../..");
const HIGH = JSON.stringify([
  { arn: "arn:f:1", severity: "High", title: "openssl", assetAttributes: { agentId: "i-0aaa" } },
  { arn: "arn:f:2", severity: "Low", title: "bash", assetAttributes: { agentId: "i-0bbb" } },
]);

async function check(dir: string, args: string[]) {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stderrIsTTY: false,
    env: {},
    cwd: dir,
    signal: new AbortController().signal,
  };
  const code = await main(["check", ...args], io);
  return { code, out, err };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ig-trust-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("exceptions are never silent or permanent", () => {
  it("an exception without an expiry date or a reason is refused", async () => {
    for (const missing of ["expires", "reason"]) {
      const exception = [
        "  - id: forever",
        ...(missing === "reason" ? [] : ["    reason: trust me"]),
        ...(missing === "expires" ? [] : ["    expires: 2099-01-01"]),
        "    match:",
        "      severity: High",
      ];
      const dir = workspace({
        "policy.yml": `version: 1\nseverity:\n  fail-on: High\nexceptions:\n${exception.join("\n")}\n`,
        "f.json": HIGH,
      });
      const r = await check(dir, ["--policy", "policy.yml", "--findings", "f.json"]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(/policy\.yml:5:\d+: /);
      expect(r.err).toContain(missing);
    }
  });

  it("an applied waiver is listed with its expiry in every report, and its reason in the reviewed ones", async () => {
    const dir = workspace({
      "policy.yml":
        "version: 1\nseverity:\n  fail-on: High\nexceptions:\n  - id: WAIVE-ALL-HIGH\n    reason: added in a pull request\n    expires: 2099-12-31\n    match:\n      severity: High\n",
      "f.json": HIGH,
    });
    const json = await check(dir, ["--policy", "policy.yml", "--findings", "f.json", "--format", "json"]);
    expect(json.code).toBe(0); // the waiver works …
    const report = JSON.parse(json.out) as { exceptions: { applied: { id: string }[] } };
    expect(report.exceptions.applied.map((a) => a.id)).toEqual(["WAIVE-ALL-HIGH"]); // … and says so
    for (const format of ["text", "markdown", "sarif", "json"]) {
      const r = await check(dir, ["--policy", "policy.yml", "--findings", "f.json", "--format", format]);
      expect(r.out, format).toContain("WAIVE-ALL-HIGH");
      expect(r.out, format).toContain("2099-12-31");
      // The reports a reviewer reads in the pull request and the code-scanning view also give the reason.
      if (format !== "text") expect(r.out, format).toContain("added in a pull request");
    }
  });

  it("an expired waiver no longer applies and is reported as expired", async () => {
    const dir = workspace({
      "policy.yml":
        "version: 1\nseverity:\n  fail-on: High\nexceptions:\n  - id: OLD\n    reason: was accepted once\n    expires: 2020-01-01\n    match:\n      severity: High\n",
      "f.json": HIGH,
    });
    const r = await check(dir, ["--policy", "policy.yml", "--findings", "f.json", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { exceptions: { applied: unknown[]; expired: string[] } };
    expect(report.exceptions.applied).toEqual([]);
    expect(report.exceptions.expired).toEqual(["OLD"]);
  });
});

describe("a policy cannot read outside the working directory", () => {
  const SECRET = "zzSECRETzzOUTSIDEzzTHEzzREPOzz";

  it.each([
    ["an absolute path", (outside: string) => join(outside, "secret.txt")],
    ["a relative path that climbs out", (outside: string) => `../${outside.split("/").at(-1)}/secret.txt`],
  ])("extends with %s is refused without quoting the file", async (_label, target) => {
    const outside = mkdtempSync(join(tmpdir(), "ig-outside-"));
    writeFileSync(join(outside, "secret.txt"), `${SECRET}\n`);
    const dir = workspace({ "policy.yml": `version: 1\nextends: ${target(outside)}\n`, "f.json": HIGH });
    // The workspace and the outside directory are siblings under the temporary directory.
    const r = await check(dir, ["--policy", "policy.yml", "--findings", "f.json"]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/policy\.yml:2:\d+: /);
    expect(r.err + r.out).not.toContain(SECRET);
  });

  it("a policy that extends /proc/self/environ does not print the environment (bundled CLI)", async () => {
    const dir = workspace({ "policy.yml": "version: 1\nextends: /proc/self/environ\n", "f.json": HIGH });
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(ROOT, "dist/cli.js"), "check", "--policy", "policy.yml", "--findings", "f.json"],
        { cwd: dir, encoding: "utf8", env: { AWS_SECRET_ACCESS_KEY: SECRET, PATH: process.env.PATH ?? "" } },
        (_error, out, err) => resolve({ stdout: out, stderr: err }),
      );
    });
    expect(stderr).toContain("policy.yml");
    expect(stdout + stderr).not.toContain(SECRET);
  });

  it("a shipped preset still resolves (extends is confined, not disabled)", async () => {
    const dir = workspace({
      "policy.yml": "version: 1\nextends: [inspector-gate:default]\n",
      "f.json": HIGH,
    });
    const r = await check(dir, ["--policy", "policy.yml", "--findings", "f.json"]);
    expect(r.code, r.err).toBe(1);
    expect(readFileSync(join(ROOT, "policies/default.yml"), "utf8")).toContain("fail-on: High");
  });
});
