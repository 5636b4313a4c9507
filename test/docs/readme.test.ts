import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { loadPolicy } from "../../src/policy/load.js";
import { INFORMATION_URI } from "../../src/version.js";

const readme = readFileSync("README.md", "utf8");

/** The first fenced block of `lang` after `heading`. */
function block(heading: string, lang: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has '${heading}'`).toBeGreaterThanOrEqual(0);
  const match = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(readme.slice(start));
  expect(match, `a ${lang} block after '${heading}'`).not.toBeNull();
  return match?.[1] ?? "";
}

describe("README", () => {
  it("keeps the two Quick-start commands", () => {
    const commands = block("## Quick start", "sh")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => l.replace(/\s+#.*$/, ""));
    expect(commands).toEqual(["npm ci && node dist/cli.js demo", "npm ci && npm test"]);
  });

  it("shows a policy that loads and means what the text says", async () => {
    const policy = await loadPolicy({ text: block("## A policy", "yaml"), file: "README.md" });
    expect(policy.name).toBe("release-gate");
    expect(policy.rules.map((r) => r.id)).toEqual(["no-log4shell"]);
    expect(policy.severityLimits.map((l) => [l.severity, l.max])).toEqual(
      expect.arrayContaining([
        ["High", 0],
        ["Medium", 10],
        ["Low", 500],
      ]),
    );
    expect(policy.coverage).toMatchObject({ minAgents: 2, unhealthyAgents: "fail" });
    expect(policy.exceptions.map((e) => e.id)).toEqual(["EXC-7"]);
  });
});

/** The README outside its fenced code blocks. */
const prose = readme.replace(/```[\s\S]*?```/g, "");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  name: string;
  license: string;
  repository?: { type: string; url: string };
  homepage?: string;
  files: string[];
};
const REPOSITORY = "https://github.com/inspector-gate/inspector-gate";

/** Whether the published package holds `path` (package.json "files"; npm adds package.json and LICENSE). */
function published(path: string): boolean {
  return (
    existsSync(path) &&
    pkg.files.some((entry) => (entry.endsWith("/") ? path.startsWith(entry) : path === entry))
  );
}

describe("README structure", () => {
  it("has one H1", () => {
    expect(prose.split("\n").filter((line) => /^# /.test(line))).toEqual(["# inspector-gate"]);
  });

  it("leaves the benchmark table to docs/bench.md, which npm run bench rewrites", () => {
    expect(readme).not.toContain("<!-- bench:start -->");
    expect(readme).not.toMatch(/^\| Area \| Figure \|/m);
    expect(readme).toContain(`(${REPOSITORY}/blob/main/docs/bench.md)`);
    const bench = readFileSync("docs/bench.md", "utf8");
    expect(bench.indexOf("<!-- bench:start -->")).toBeGreaterThan(0);
    expect(bench.indexOf("<!-- bench:end -->")).toBeGreaterThan(bench.indexOf("<!-- bench:start -->"));
    expect(readFileSync("bench/index.ts", "utf8")).toContain('join(here, "..", "docs", "bench.md")');
  });

  it("uses current action versions in its workflows", () => {
    const uses = [...readme.matchAll(/uses: ([\w./-]+)@v(\d+)/g)].map((m) => [m[1], Number(m[2])] as const);
    const version = (name: string) => uses.find(([n]) => n === name)?.[1];
    expect(version("github/codeql-action/upload-sarif")).toBe(4);
    // upload-artifact runs on Node 24 from v6.
    expect(version("actions/upload-artifact")).toBeGreaterThanOrEqual(6);
    expect(version("actions/checkout")).toBeGreaterThanOrEqual(5);
  });

  it("quotes dates in its YAML examples (YAML 1.1 readers would make them timestamps)", () => {
    for (const doc of [readme, readFileSync("docs/policy.md", "utf8")]) {
      for (const [, yaml] of doc.matchAll(/```yaml\n([\s\S]*?)```/g)) {
        expect(yaml).not.toMatch(/:\s+\d{4}-\d{2}-\d{2}\s*($|#)/m);
      }
    }
  });

  it("points the $schema comment at a schema that exists from where it says to put the policy", () => {
    const comments = [...readme.matchAll(/\$schema=([^\s`]+)/g)].map((m) => m[1]!);
    expect(comments.length).toBe(2);
    const [relative, url] = comments as [string, string];
    // From .github/inspector-gate.yml, with the package installed at the repository root.
    const resolved = posix.normalize(posix.join(".github", relative));
    expect(resolved.startsWith(`node_modules/${pkg.name}/`), resolved).toBe(true);
    const inPackage = resolved.slice(`node_modules/${pkg.name}/`.length);
    expect(published(inPackage), inPackage).toBe(true);
    // For the Action alone: the package's published copy.
    const prefix = `https://cdn.jsdelivr.net/npm/${pkg.name}@0/`;
    expect(url.startsWith(prefix), url).toBe(true);
    expect(url.slice(prefix.length)).toBe(inPackage);
  });

  it("links only absolute URLs (relative links break on npmjs.com), each to a file that exists", () => {
    const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      expect(link, link).toMatch(/^https:\/\//);
      if (link.startsWith(`${REPOSITORY}/blob/main/`)) {
        const path = link.slice(`${REPOSITORY}/blob/main/`.length);
        expect(existsSync(path), path).toBe(true);
      }
    }
  });

  it("ships a LICENSE matching package.json, and names the repository", () => {
    expect(pkg.license).toBe("MIT");
    const license = readFileSync("LICENSE", "utf8");
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the inspector-gate authors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPOSITORY}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
    expect(INFORMATION_URI).toBe(REPOSITORY);
  });
});

describe("README library example", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ seed: "readme-library", timeScale: 3000, findings: 30 });
  });
  afterAll(() => emulator.stop());

  it("runs as written against the emulator, as a user's ES module importing the package", async () => {
    const code = block("## As a library", "js");
    const dir = mkdtempSync(join(tmpdir(), "ig-readme-lib-"));
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(process.cwd(), join(dir, "node_modules", pkg.name), "dir");
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github/inspector-gate.yml"), "version: 1\nextends: [inspector-gate:default]\n");
    writeFileSync(join(dir, "gate.mjs"), code);
    // Asynchronously: the emulator answers from this process.
    const child = spawn(process.execPath, ["gate.mjs"], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        INSPECTOR_TEMPLATE_ARN: emulator.seeded.templateArn,
        RELEASE_VERSION: "1.4.0",
        AWS_ENDPOINT_URL_INSPECTOR: emulator.endpoint,
        AWS_REGION: "us-west-2",
        AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
        AWS_SECRET_ACCESS_KEY: "readme-example",
        AWS_EC2_METADATA_DISABLED: "true",
      },
    });
    const r = { stdout: "", stderr: "", status: null as number | null };
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      r.stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      r.stderr += d;
    });
    r.status = await new Promise((resolve) => child.on("close", resolve));
    expect(r.stderr).toBe("");
    // The seeded run holds High findings: the default preset fails it.
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/^✗ FAIL/);
    expect(r.stdout).toContain("run       release-1.4.0  COMPLETED");
  }, 90_000);
});
