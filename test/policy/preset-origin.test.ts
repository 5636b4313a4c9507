/**
 * What a shipped preset brings in (limits, rules, coverage) has its own position in the preset, which is
 * no file in the user's repository; the loader also records the user's `extends` entry that brought it in,
 * so annotations and SARIF can point there.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/policy/load.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ig-preset-origin-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("the extends entry that brought a preset in", () => {
  it("is recorded on every limit and coverage setting of a directly extended preset", async () => {
    const cwd = workspace({
      ".github/inspector-gate.yml": "version: 1\nname: mine\nextends:\n  - inspector-gate:strict\n",
    });
    const policy = await loadPolicy(".github/inspector-gate.yml", { cwd });
    const entry = { preset: "inspector-gate:strict", file: ".github/inspector-gate.yml", line: 4, column: 5 };
    expect(policy.severityLimits.length).toBeGreaterThan(0);
    for (const limit of policy.severityLimits) {
      expect(limit.source).toMatchObject({ file: "inspector-gate:strict", via: entry });
    }
    expect(policy.coverage.source).toMatchObject({ file: "inspector-gate:strict", via: entry });
  });

  it("names the entry in the flow form too, and leaves the user's own lines alone", async () => {
    const cwd = workspace({
      "policy.yml": [
        "version: 1",
        "extends: [inspector-gate:default, inspector-gate:cve]",
        "severity:",
        "  max: { Medium: 3 }",
        "rules:",
        "  - id: mine",
        "    match: { title: '*telnet*' }",
        "",
      ].join("\n"),
    });
    const policy = await loadPolicy("policy.yml", { cwd });
    const column = { "inspector-gate:default": 11, "inspector-gate:cve": 35 };
    const fromPresets = [...policy.severityLimits, ...policy.rules].filter(
      (x) => x.source.file !== "policy.yml",
    );
    expect(fromPresets.length).toBeGreaterThan(1);
    for (const { source } of fromPresets) {
      const preset = source.file as keyof typeof column;
      expect(source.via).toEqual({ preset, file: "policy.yml", line: 2, column: column[preset] });
    }
    const medium = policy.severityLimits.find((l) => l.severity === "Medium")!;
    expect(medium.source).toEqual({ file: "policy.yml", line: 4, column: 18 });
    const cveRule = policy.rules.find((r) => r.source.file === "inspector-gate:cve")!;
    expect(cveRule.source.via).toEqual({
      preset: "inspector-gate:cve",
      file: "policy.yml",
      line: 2,
      column: 35,
    });
    expect(policy.rules.find((r) => r.id === "mine")!.source.via).toBeUndefined();
  });

  it("is the entry in the user's own file that extended the preset, through local files", async () => {
    const cwd = workspace({
      ".github/inspector-gate.yml": "version: 1\nextends: [base.yml]\n",
      ".github/base.yml": "version: 1\nextends:\n  - inspector-gate:default\n",
    });
    const policy = await loadPolicy(".github/inspector-gate.yml", { cwd });
    expect(policy.severityLimits[0]!.source.via).toEqual({
      preset: "inspector-gate:default",
      file: ".github/base.yml",
      line: 3,
      column: 5,
    });
  });

  it("is recorded when the preset file is reached by a path rather than by its name", async () => {
    const policy = await loadPolicy(
      { text: "version: 1\nextends: [policies/default.yml]\n", file: "inline.yml" },
      { cwd: REPO },
    );
    expect(policy.severityLimits[0]!.source).toMatchObject({
      file: "inspector-gate:default",
      via: { preset: "inspector-gate:default", file: "inline.yml", line: 2 },
    });
  });
});
