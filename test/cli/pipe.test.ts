/**
 * A reader that stops early closes stdout (`check -f sarif ... | head -c 10`). The CLI must end quietly,
 * with no stack trace, and with the verdict's own exit code, not 1 ("policy violated") for a crash.
 * Driven through a real shell pipe, as a user types it. And findings piped in (standard input, a pipe)
 * are refused with what to do, never read as an empty file or waited on forever.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeExport } from "../helpers/findings-file.js";

const dir = mkdtempSync(join(tmpdir(), "ig-pipe-"));
// Enough findings that the report is far larger than a pipe's buffer (64 KiB).
const file = writeExport(
  join(dir, "findings.jsonl"),
  Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? "Medium" : "Low")),
);
const passing = join(dir, "pass.yml");
writeFileSync(
  passing,
  "version: 1\nseverity:\n  max: { High: 0 }\nrules:\n  - id: lows\n    level: warning\n    match: { severity: Low }\n",
);
const failing = join(dir, "fail.yml");
writeFileSync(failing, "version: 1\nseverity:\n  fail-on: Low\n");

/** Runs `inspector-gate check ... | head -c 10` in bash; returns the CLI's own exit code and stderr. */
function piped(policy: string, format: string): { code: number; head: string; stderr: string } {
  const cli = `${JSON.stringify(process.execPath)} --import tsx src/cli/main.ts`;
  const command = `${cli} check --policy ${JSON.stringify(policy)} --findings ${JSON.stringify(file)} --format ${format} 2>"$ERR" | head -c 10; echo "\${PIPESTATUS[0]}" >"$CODE"`;
  const err = join(dir, `err-${format}`);
  const code = join(dir, `code-${format}`);
  const r = spawnSync("bash", ["-c", command], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH, HOME: dir, ERR: err, CODE: code },
    encoding: "utf8",
  });
  return {
    code: Number(readFileSync(code, "utf8").trim()),
    head: r.stdout,
    stderr: readFileSync(err, "utf8"),
  };
}

describe("stdout closed by the reader", () => {
  it.each(["sarif", "json", "junit", "text"])(
    "--format %s | head -c 10: quiet, exit 0 on pass",
    (format) => {
      const r = piped(passing, format);
      expect(Buffer.byteLength(r.head)).toBe(10);
      expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
      expect(r.code).toBe(0);
    },
    60_000,
  );

  it("exit 1 on a violated policy, and nothing but the verdict line on stderr", () => {
    const r = piped(failing, "sarif");
    expect(r.head).toBe('{\n  "$sche');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("inspector-gate: fail, exit 1\n");
  }, 60_000);
});

describe("findings piped in instead of a file", () => {
  /** Runs `bash -c command` from the project with the CLI as $CLI; the shell's own timeout bounds it. */
  const shell = (command: string) =>
    spawnSync("bash", ["-c", command], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH, HOME: dir, CLI: `${process.execPath} --import tsx src/cli/main.ts` },
      encoding: "utf8",
      timeout: 30_000,
    });

  it.each([
    [
      "standard input ('-')",
      `cat "${file}" | $CLI check --policy "${passing}" --findings -`,
      "standard input ('-')",
    ],
    [
      "/dev/stdin, a pipe",
      `cat "${file}" | $CLI check --policy "${passing}" --findings /dev/stdin`,
      "it is a pipe",
    ],
  ])(
    "%s: exit 2 saying to save the findings to a file, never 'empty'",
    (_label, command, what) => {
      const r = shell(command);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(what);
      expect(r.stderr).toContain("save them to one first");
      expect(r.stderr).not.toMatch(/empty|at .*\.ts:\d+/);
    },
    60_000,
  );

  it("a named pipe no one writes to is refused at once, not waited on forever", () => {
    const fifo = join(dir, "findings.fifo");
    const r = shell(`mkfifo "${fifo}" && $CLI check --policy "${passing}" --findings "${fifo}"`);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Cannot read findings file '${fifo}': it is a pipe, not a regular file`);
  }, 60_000);
});
