import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { loadPolicy } from "../../src/policy/load.js";

const BASE = "version: 1\nseverity:\n  fail-on: High\n";

function layout(): { repo: string; outside: string } {
  const top = mkdtempSync(join(tmpdir(), "ig-confine-"));
  const repo = join(top, "repo");
  const outside = join(top, "outside");
  mkdirSync(join(repo, ".github", "policies"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, "base.yml"), BASE);
  writeFileSync(join(repo, ".github", "policies", "base.yml"), BASE);
  return { repo, outside };
}

async function problemsOf(promise: Promise<unknown>): Promise<readonly string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected the policy to be refused");
}

describe("extends stays within the working directory", () => {
  it("resolves files inside the working directory, however deep", async () => {
    const { repo } = layout();
    writeFileSync(join(repo, ".github", "gate.yml"), "version: 1\nextends: policies/base.yml\n");
    const policy = await loadPolicy(".github/gate.yml", { cwd: repo });
    expect(policy.severityLimits.map((l) => l.severity)).toContain("High");
  });

  it.each([
    ["a relative path that climbs out", "../../outside/base.yml"],
    ["an absolute path", "OUTSIDE/base.yml"],
  ])("refuses %s, at the extends line", async (_label, target) => {
    const { repo, outside } = layout();
    const entry = target.replace("OUTSIDE", outside);
    writeFileSync(join(repo, ".github", "gate.yml"), `version: 1\nextends: ${entry}\n`);
    const problems = await problemsOf(loadPolicy(".github/gate.yml", { cwd: repo }));
    expect(problems).toEqual([
      expect.stringMatching(
        /^\.github\/gate\.yml:2:10: extends: '.*base\.yml' is outside the working directory/,
      ),
    ]);
  });

  it("refuses a symbolic link inside the repository that points outside", async () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, "base.yml"), join(repo, "linked.yml"));
    writeFileSync(join(repo, "gate.yml"), "version: 1\nextends: linked.yml\n");
    const problems = await problemsOf(loadPolicy("gate.yml", { cwd: repo }));
    expect(problems[0]).toContain("'linked.yml' is outside the working directory");
  });

  it("lets a policy named outside the working directory extend its own neighbours", async () => {
    const { repo, outside } = layout();
    writeFileSync(join(outside, "team.yml"), "version: 1\nextends: base.yml\n");
    const policy = await loadPolicy(join(outside, "team.yml"), { cwd: repo });
    expect(policy.files.length).toBe(2);
  });
});
