import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/policy/load.js";

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
