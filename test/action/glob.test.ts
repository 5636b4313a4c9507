import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandGlob, isGlob } from "../../src/action/glob.js";

describe("the Action's glob expansion", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "ig-glob-"));
    for (const file of [
      ".github/inspector-gate.yml",
      ".github/policies/extra.yml",
      ".hidden/secret.yml",
      "node_modules/pkg/policy.yml",
      ".git/policy.yml",
      "policies/a.yml",
      "policies/b.yaml",
      "policies/nested/c.yml",
      "top.yml",
    ]) {
      mkdirSync(join(root, file, ".."), { recursive: true });
      writeFileSync(join(root, file), "version: 1\n");
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const expand = async (pattern: string) =>
    (await expandGlob(root, pattern)).map((path) => path.slice(root.length + 1));

  it("tells patterns from plain paths", () => {
    expect(isGlob("policies/*.yml")).toBe(true);
    expect(isGlob("policies/{a,b}.yml")).toBe(true);
    expect(isGlob(".github/inspector-gate.yml")).toBe(false);
  });

  it("matches within a segment, across directories with **, classes and alternatives, sorted", async () => {
    expect(await expand("policies/*.yml")).toEqual(["policies/a.yml"]);
    expect(await expand("policies/**/*.yml")).toEqual(["policies/a.yml", "policies/nested/c.yml"]);
    expect(await expand("policies/*.{yml,yaml}")).toEqual(["policies/a.yml", "policies/b.yaml"]);
    expect(await expand("policies/[ab].y?ml")).toEqual(["policies/b.yaml"]);
  });

  it("matches hidden directories only when the pattern names them, and never searches .git or node_modules", async () => {
    expect(await expand("**/*.yml")).toEqual(["policies/a.yml", "policies/nested/c.yml", "top.yml"]);
    expect(await expand(".github/**/*.yml")).toEqual([
      ".github/inspector-gate.yml",
      ".github/policies/extra.yml",
    ]);
    expect(await expand("node_modules/**/*.yml")).toEqual([]);
  });

  it("takes an absolute pattern under the base, and finds nothing rather than failing where nothing matches", async () => {
    expect(await expand(`${root}/policies/nested/*.yml`)).toEqual(["policies/nested/c.yml"]);
    expect(await expand("missing/*.yml")).toEqual([]);
  });
});
