/** `inspector-gate check` in process: argument handling and offline evaluation. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import type { CliIo } from "../../src/cli/io.js";

const dir = mkdtempSync(join(tmpdir(), "ig-check-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const policy = write("policy.yml", "version: 1\nname: high-fails\nseverity:\n  fail-on: High\n");
const finding = (n: number, severity: string) => ({
  arn: `arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-${n}`,
  severity,
  title: `finding ${n}`,
  attributes: [],
  userAttributes: [],
  createdAt: 1_700_000_000,
});
const clean = write(
  "clean.json",
  JSON.stringify({ findings: [finding(1, "Low"), finding(2, "Medium")], failedItems: {} }),
);
const dirty = write(
  "dirty.jsonl",
  [finding(1, "Low"), finding(2, "High")].map((f) => JSON.stringify(f)).join("\n"),
);
const TEMPLATE = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T";

async function check(args: string[], env: Record<string, string> = {}) {
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
    env,
    cwd: dir,
    signal: new AbortController().signal,
  };
  const code = await main(["check", ...args], io);
  return { code, out, err };
}

describe("check: usage", () => {
  it("prints its help on stdout", async () => {
    const r = await check(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: inspector-gate check --policy FILE");
    expect(r.out).toContain("--on-timeout stop|leave");
    expect(r.err).toBe("");
  });

  it.each([
    [[], "Missing --policy FILE"],
    [
      ["--policy", policy],
      "Nothing to evaluate: give one of --run-arn ARN, --template-arn ARN or --findings FILE.",
    ],
    [
      ["--policy", policy, "--findings", clean, "--template-arn", TEMPLATE],
      "Give only one of --run-arn, --template-arn and --findings",
    ],
    [
      ["--policy", policy, "--template-arn", TEMPLATE, "--timeout", "soon"],
      "Invalid --timeout 'soon': expected a duration such as 90s, 15m or 2h.",
    ],
    [
      ["--policy", policy, "--template-arn", TEMPLATE, "--poll-interval", "0s"],
      "Invalid --poll-interval '0s'",
    ],
    [
      ["--policy", policy, "--template-arn", TEMPLATE, "--on-timeout", "kill"],
      "Invalid --on-timeout 'kill': expected stop or leave.",
    ],
    [
      ["--policy", policy, "--template-arn", TEMPLATE, "--concurrency", "0"],
      "Invalid --concurrency '0': expected an integer from 1 to 64.",
    ],
    [
      ["--policy", policy, "--template-arn", TEMPLATE, "--endpoint", "localhost:1"],
      "Invalid --endpoint 'localhost:1'",
    ],
    [["--policy", policy, "--template-arn", TEMPLATE, "--region", "mars"], "Invalid --region 'mars'"],
    [["--policy", policy, "--template-arn", "template-1"], "Invalid --template-arn 'template-1'"],
    [
      ["--policy", policy, "--template-arn", TEMPLATE, "--latest", "--run-name", "x"],
      "--run-name and --latest exclude each other",
    ],
    [["--policy", policy, "--template-arn", TEMPLATE, "--max-age", "2h"], "--max-age needs --latest."],
    [["--policy", policy, "--run-arn", `${TEMPLATE}/run/0-x`, "--latest"], "--latest needs --template-arn"],
    [["--policy", policy, "--findings", clean, "--timeout", "1h"], "--timeout has no effect with --findings"],
    [
      ["--policy", policy, "--findings", clean, "--format", "xml"],
      "Invalid --format 'xml': expected one of text, json, markdown, sarif, junit.",
    ],
    [["--policy", policy, "--findings", clean, "--output", join(dir, "missing", "r.json")], "directory"],
    [["--policy", policy, "--findings", clean, "--bogus"], "Unknown option '--bogus'"],
    [["--policy", policy, "--findings", clean, "extra"], "Unexpected argument 'extra'"],
  ])("%j → exit 2: %s", async (args, message) => {
    const r = await check(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });

  it("names the bad AWS_ENDPOINT_URL_INSPECTOR value", async () => {
    const r = await check(["--policy", policy, "--template-arn", TEMPLATE], {
      AWS_ENDPOINT_URL_INSPECTOR: "nope",
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain("Invalid AWS_ENDPOINT_URL_INSPECTOR 'nope'");
  });

  it("reports an invalid policy with its file and line", async () => {
    const bad = write("bad.yml", "version: 1\nsevrity:\n  fail-on: High\n");
    const r = await check(["--policy", bad, "--findings", clean]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.yml:2:1: /);
  });
});

describe("check --findings (offline)", () => {
  it("passes clean findings: exit 0, the report on stdout, one summary line on stderr", async () => {
    const r = await check(["--policy", "policy.yml", "--findings", "clean.json", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("inspector-gate: pass, exit 0\n");
    const quiet = await check([
      "--policy",
      "policy.yml",
      "--findings",
      "clean.json",
      "--format",
      "json",
      "-q",
    ]);
    expect(quiet.err).toBe("");
    const report = JSON.parse(r.out);
    expect(report.verdict).toBe("pass");
    expect(report.exitCode).toBe(0);
    expect(report.source.kind).toBe("file");
    expect(report.findings).toEqual({ total: 2, evaluated: 2 });
  });

  it("fails on a High finding (exit 1) and --warn-only turns only that into 0", async () => {
    const r = await check(["--policy", policy, "--findings", dirty, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).verdict).toBe("fail");
    const w = await check(["--policy", policy, "--findings", dirty, "--format", "json", "--warn-only"]);
    expect(w.code).toBe(0);
    expect(JSON.parse(w.out).verdict).toBe("fail");
  });

  it("writes the text report by default", async () => {
    const r = await check(["--policy", policy, "--findings", dirty]);
    expect(r.code).toBe(1);
    expect(r.out.length).toBeGreaterThan(0);
    expect(() => JSON.parse(r.out)).toThrow();
  });

  it("writes --output atomically and leaves stdout empty", async () => {
    const r = await check([
      "--policy",
      policy,
      "--findings",
      dirty,
      "--format",
      "sarif",
      "--output",
      "out.sarif",
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("report written to");
    const sarif = JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("names the file and line of a broken findings file (exit 2)", async () => {
    const broken = write("broken.jsonl", `${JSON.stringify(finding(1, "Low"))}\n{"arn": 5}\n`);
    const r = await check(["--policy", policy, "--findings", broken]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("broken.jsonl:2: arn must be a non-empty string, got 5");
    expect(r.out).toBe("");
  });

  it("merges repeated --findings files, and refuses a finding in two of them naming both (exit 2)", async () => {
    const more = write("more.jsonl", JSON.stringify(finding(3, "High")));
    const r = await check(["--policy", policy, "--findings", clean, "--findings", more, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.findings).toEqual({ total: 3, evaluated: 3 });
    expect(report.source.files.map((f: { findings: number }) => f.findings)).toEqual([2, 1]);

    const d = await check(["--policy", policy, "--findings", clean, "--findings", dirty]);
    expect(d.code).toBe(2);
    expect(d.err).toMatch(
      /dirty\.jsonl:1: finding \S+finding\/0-1 appears twice \(first at \S*clean\.json:1: findings\[0\]\)/,
    );
    expect(d.out).toBe("");

    const twice = await check(["--policy", policy, "--findings", clean, "--findings", "clean.json"]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain("names");
  });

  it("--include-suppressed needs --findings", async () => {
    const r = await check(["--policy", policy, "--template-arn", TEMPLATE, "--include-suppressed"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--include-suppressed needs --findings");
  });

  it("refuses an export with failed items (exit 3)", async () => {
    const partial = write(
      "partial.json",
      JSON.stringify({
        findings: [finding(1, "Low")],
        failedItems: { x: { failureCode: "INTERNAL_ERROR", retryable: true } },
      }),
    );
    const r = await check(["--policy", policy, "--findings", partial]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("the export is incomplete");
  });
});
