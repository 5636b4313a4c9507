/** `inspector-gate validate`, run in-process through the CLI dispatcher: exit codes, stdout and stderr. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import type { CliIo } from "../../src/cli/io.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/policy/", import.meta.url));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runIn(FIXTURES, ...argv);
}

async function runIn(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
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
    cwd,
    signal: new AbortController().signal,
  };
  const code = await main(["validate", ...argv], io);
  return { code, out, err };
}

const SERVICE =
  "extends/service.yml: valid policy 'payments-service': 2 rules, 4 severity limits (Critical max 0, High max 0, Medium max 5, Low max 100), 1 exception; extends inspector-gate:default, extends/base.yml";

describe("inspector-gate validate", () => {
  it("exits 0 with one summary line per valid file", async () => {
    const r = await run("extends/service.yml", "full-example.yml", "--now", "2026-06-01");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toBe(
      `${SERVICE}\n` +
        "full-example.yml: valid policy 'release-gate': 1 rule, 4 severity limits (Critical max 0, High max 0, Medium max 10, Low max 500), 1 exception; extends inspector-gate:default\n",
    );
  });

  it("names expired and soon-expiring exceptions in the summary", async () => {
    const expiring = await run("--now", "2026-12-25", "full-example.yml");
    expect(expiring.code).toBe(0);
    expect(expiring.out).toContain("; expiring soon: EXC-7 (2026-12-31, 6 days left)\n");
    const lastDay = await run("--now=2026-12-31T23:59:59Z", "full-example.yml");
    expect(lastDay.out).toContain("; expiring soon: EXC-7 (2026-12-31, last day today)\n");
    const expired = await run("--now", "2027-01-01", "full-example.yml");
    expect(expired.code).toBe(0);
    expect(expired.out).toContain("; expired: EXC-7 (expired 2026-12-31)\n");
  });

  it("exits 2 with one file:line:col line per problem on stderr, still summarising the valid files", async () => {
    const r = await run("extends/service.yml", "cycle/a.yml", "missing.yml", "--now", "2026-06-01");
    expect(r.code).toBe(2);
    expect(r.out).toBe(`${SERVICE}\n`);
    expect(r.err).toBe(
      "cycle/b.yml:2:10: extends: creates a cycle: cycle/a.yml -> cycle/b.yml -> cycle/a.yml\n" +
        "missing.yml: cannot read the policy file: no such file\n",
    );
  });

  it("validates files one by one, or together with --together", async () => {
    const apart = await run("dup/base.yml", "dup/team.yml");
    expect(apart.code).toBe(2);
    expect(apart.out).toContain(
      "dup/base.yml: valid: 1 rule, 2 severity limits (Critical max 0, High max 0), 0 exceptions\n",
    );
    expect(apart.err).toBe(
      "dup/team.yml:4:9: rules[0].id: duplicate rule id 'no-telnet': already defined at dup/base.yml:5:9\n",
    );
    const together = await run("--together", "extends/base.yml", "dup/base.yml");
    expect(together.code).toBe(0);
    expect(together.out).toBe(
      "extends/base.yml + dup/base.yml: valid policy 'team-base': 2 rules, 3 severity limits (Critical max 0, High max 0, Medium max 20), 0 exceptions\n",
    );
    const clash = await run("--together", "extends/base.yml", "full-example.yml");
    expect(clash.code).toBe(2);
    expect(clash.out).toBe("");
    expect(clash.err).toBe(
      "full-example.yml:13:9: rules[0].id: duplicate rule id 'no-log4shell': already defined at extends/base.yml:9:9\n",
    );
  });

  it("prints its help on stdout with --help", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: inspector-gate validate \[options\] \[<policy\.yml>\.\.\.\]/);
    expect(r.out).toContain("--together");
    expect(r.err).toBe("");
  });

  it("exits 2 on usage errors", async () => {
    expect(await run()).toMatchObject({
      code: 2,
      out: "",
      err: `inspector-gate: validate: no policy file given, and there is no .github/inspector-gate.yml (the Action's default) in ${FIXTURES}; name the policy files to validate; run 'inspector-gate validate --help' for usage\n`,
    });
    expect((await run("--strict", "a.yml")).err).toBe(
      "inspector-gate: validate: unknown option '--strict': expected --together, --now, --source or --help; run 'inspector-gate validate --help' for usage\n",
    );
    expect((await run("--now", "soon", "a.yml")).err).toContain(
      "invalid --now 'soon': expected a date such as 2026-12-31 or 2026-12-31T12:00:00Z",
    );
  });

  it("validates the Action's default policy file when no file is given", async () => {
    const repo = mkdtempSync(join(tmpdir(), "ig-validate-default-"));
    mkdirSync(join(repo, ".github"));
    writeFileSync(
      join(repo, ".github/inspector-gate.yml"),
      "version: 1\nextends: [inspector-gate:default]\n",
    );
    const ok = await runIn(repo);
    expect(ok).toMatchObject({ code: 0, err: "" });
    expect(ok.out).toMatch(
      /^\.github\/inspector-gate\.yml: valid: 0 rules, 2 severity limits \(Critical max 0, High max 0\)/,
    );
    writeFileSync(join(repo, ".github/inspector-gate.yml"), "version: 2\n");
    const bad = await runIn(repo);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^\.github\/inspector-gate\.yml:1:10: /);
  });

  it("treats arguments after -- as files", async () => {
    const r = await run("--", "--help");
    expect(r.code).toBe(2);
    expect(r.err).toBe("--help: cannot read the policy file: no such file\n");
  });

  it("--source refuses conditions that source's findings cannot have, at file:line:col", async () => {
    const repo = mkdtempSync(join(tmpdir(), "ig-validate-source-"));
    writeFileSync(
      join(repo, "v2.yml"),
      [
        "version: 1",
        "rules:",
        "  - id: fixable",
        "    match: { min-severity: High, fix-available: [YES, PARTIAL] }",
        "  - id: classic-cve",
        "    match:",
        "      attributes: { CVE_ID: CVE-2021-44228 }",
        "",
      ].join("\n"),
    );
    const inspector2 = await runIn(repo, "--source", "inspector2", "v2.yml");
    expect(inspector2.code).toBe(2);
    expect(inspector2.err).toBe(
      "v2.yml:7:7: rules[1].match.attributes: the condition 'attributes' cannot apply to --source inspector2: Inspector (v2) findings have no attributes\n",
    );
    const classic = await runIn(repo, "--source=classic", "v2.yml");
    expect(classic.err).toBe(
      "v2.yml:4:34: rules[0].match.fix-available: the condition 'fix-available' cannot apply to --source classic: Inspector Classic findings have no fix availability\n",
    );
    const file = await runIn(repo, "--source", "file", "v2.yml");
    expect(file).toMatchObject({ code: 0, err: "" });
    expect((await runIn(repo, "v2.yml")).code).toBe(0);
    const bad = await runIn(repo, "--source", "inspector", "v2.yml");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("invalid --source 'inspector': expected one of classic, inspector2, file");
  });

  it("validates the shipped presets against the sources they are for", async () => {
    const repo = mkdtempSync(join(tmpdir(), "ig-validate-presets-"));
    const presets = (names: string[]) => names.map((n) => `version: 1\nextends: inspector-gate:${n}\n`);
    const check = async (source: string, names: string[]) => {
      for (const [i, text] of presets(names).entries()) {
        writeFileSync(join(repo, `${source}-${i}.yml`), text);
        const r = await runIn(repo, "--source", source, `${source}-${i}.yml`);
        expect(r, `${names[i]} with --source ${source}`).toMatchObject({ code: 0, err: "" });
      }
    };
    await check("inspector2", ["default", "strict", "critical-fixable", "known-exploited"]);
    await check("classic", [
      "default",
      "strict",
      "cve",
      "cis",
      "security-best-practices",
      "network-reachability",
    ]);
  });
});
