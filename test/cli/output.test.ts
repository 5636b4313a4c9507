/**
 * What `check` writes: the report on stdout in one format and, in the same run, report files in others
 * (--json, --sarif, --junit); colour on a terminal only, as NO_COLOR, --no-color and FORCE_COLOR say,
 * never in a file.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useColor } from "../../src/cli/commands/check.js";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../helpers/cli.js";
import { writeExport } from "../helpers/findings-file.js";

const dir = mkdtempSync(join(tmpdir(), "ig-output-"));
const findings = writeExport(join(dir, "findings.jsonl"), ["High", "Medium", "Low"]);
writeFileSync(join(dir, "policy.yml"), "version: 1\nseverity:\n  fail-on: High\n");
const base = ["check", "--policy", "policy.yml", "--findings", findings];
const ESC = "\u001b[";

describe("report files beside the report on stdout", () => {
  it("writes --json, --sarif and --junit in one run, the text report still on stdout", async () => {
    const out = mkdtempSync(join(dir, "out-"));
    const files = { json: join(out, "r.json"), sarif: join(out, "r.sarif"), junit: join(out, "r.xml") };
    const r = await runCli([...base, "--json", files.json, "--sarif", files.sarif, "--junit", files.junit], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✗ FAIL/);
    const json = JSON.parse(readFileSync(files.json, "utf8"));
    expect(json).toMatchObject({ verdict: "fail", exitCode: 1 });
    expect(JSON.parse(readFileSync(files.sarif, "utf8")).version).toBe("2.1.0");
    expect(readFileSync(files.junit, "utf8")).toMatch(/^<\?xml[^>]*>\n<testsuites /);
    expect(r.stderr).toBe(
      `inspector-gate: fail, exit 1; reports written to ${Object.values(files).join(", ")}\n`,
    );
    // The JSON file is the JSON report, as --format json prints it.
    const printed = await runCli([...base, "--format", "json"], { cwd: dir });
    expect({ ...JSON.parse(printed.stdout), timings: null }).toEqual({ ...json, timings: null });
  });

  it("refuses two reports on one path, and a missing directory, before evaluating anything", async () => {
    const same = await runCli([...base, "--format", "json", "--output", "r.json", "--json", "r.json"], {
      cwd: dir,
    });
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("--output and --json name the same file");
    const missing = await runCli([...base, "--sarif", "no-such-dir/r.sarif"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /Invalid --sarif '.*no-such-dir\/r\.sarif': directory '.*no-such-dir' does not exist/,
    );
    expect(missing.stdout).toBe("");
    const empty = await runCli([...base, "--junit", ""], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("Invalid --junit '': expected a file path.");
  });
});

describe("colour", () => {
  const io = (env: Record<string, string>, stdoutIsTTY: boolean) =>
    ({ env, stdoutIsTTY }) as unknown as CliIo;

  it.each([
    ["a terminal", {}, true, {}, true],
    ["a pipe or a CI log", {}, false, {}, false],
    ["NO_COLOR on a terminal", { NO_COLOR: "1" }, true, {}, false],
    ["an empty NO_COLOR (unset, by its convention)", { NO_COLOR: "" }, true, {}, true],
    ["--no-color on a terminal", {}, true, { noColor: true }, false],
    ["a dumb terminal", { TERM: "dumb" }, true, {}, false],
    ["FORCE_COLOR in a pipe", { FORCE_COLOR: "1" }, false, {}, true],
    ["FORCE_COLOR=0 on a terminal", { FORCE_COLOR: "0" }, true, {}, false],
    ["NO_COLOR over FORCE_COLOR", { NO_COLOR: "1", FORCE_COLOR: "1" }, true, {}, false],
    ["a report written to a file, even forced", { FORCE_COLOR: "1" }, true, { output: "/r.txt" }, false],
  ] as const)("%s", (_label, env, tty, options, expected) => {
    expect(useColor(io(env, tty), options)).toBe(expected);
  });

  it("colours the text report on a terminal, and nothing else", async () => {
    const tty = await runCli(base, { cwd: dir, stdoutIsTTY: true });
    expect(tty.stdout).toContain(`${ESC}31m`);
    const off = await runCli([...base, "--no-color"], { cwd: dir, stdoutIsTTY: true });
    expect(off.stdout).not.toContain(ESC);
    // The same text but for the colour codes (timings vary between the two runs).
    const plain = (text: string) =>
      text
        .replace(/\u001b\[\d+m/g, "")
        .replace(/\d+ ?ms\b/g, "N ms")
        .replace(/\s/g, "");
    expect(plain(off.stdout)).toBe(plain(tty.stdout));
    const noColor = await runCli(base, { cwd: dir, stdoutIsTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain(ESC);
    const json = await runCli([...base, "--format", "json"], { cwd: dir, stdoutIsTTY: true });
    expect(json.stdout).not.toContain(ESC);
  });

  it("never colours a report written to a file", async () => {
    const file = join(dir, "forced.txt");
    const r = await runCli([...base, "--output", file], {
      cwd: dir,
      stdoutIsTTY: true,
      env: { FORCE_COLOR: "3" },
    });
    expect(r.code).toBe(1);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).not.toContain(ESC);
  });
});
