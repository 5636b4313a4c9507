/**
 * Reports point where the user can look: a limit or rule from a shipped preset is located at the user's
 * `extends` entry that brought it in (its message naming the preset), and no SARIF artifact URI is
 * absolute. Driven through the CLI door on an exported findings file, as a user runs it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArtifactLocation, Log } from "sarif";
import { describe, expect, it } from "vitest";
import { INFORMATION_URI } from "../../src/version.js";
import { runCli } from "../helpers/cli.js";
import { writeExport } from "../helpers/findings-file.js";
import { errorsOf, sarifValidator } from "./schemas.js";

const POLICY = [
  "version: 1",
  "name: mine",
  "extends:",
  "  - inspector-gate:default # any High finding fails",
  "rules:",
  "  - id: no-medium",
  "    level: warning",
  "    match: { severity: Medium }",
  "",
].join("\n");

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "ig-preset-loc-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github/inspector-gate.yml"), POLICY);
  writeExport(join(dir, "findings.jsonl"), ["High", "High", "Medium", "Low"]);
  return dir;
}

function artifactLocations(node: unknown, found: ArtifactLocation[] = []): ArtifactLocation[] {
  if (Array.isArray(node)) for (const item of node) artifactLocations(item, found);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "artifactLocation") found.push(value as ArtifactLocation);
      else artifactLocations(value, found);
    }
  }
  return found;
}

async function sarif(cwd: string, policy: string): Promise<Log> {
  const r = await runCli(
    ["check", "--policy", policy, "--findings", join(cwd, "findings.jsonl"), "-f", "sarif"],
    {
      cwd,
    },
  );
  expect(r.code, r.stderr).toBe(1);
  const log = JSON.parse(r.stdout) as Log;
  const validate = sarifValidator();
  expect(validate(log), errorsOf(validate)).toBe(true);
  return log;
}

describe("a preset's limit in SARIF", () => {
  it("is located at the user's extends entry, its message naming the preset", async () => {
    const cwd = repo();
    const run = (await sarif(cwd, ".github/inspector-gate.yml")).runs[0]!;
    const high = run.results!.filter((r) => r.ruleId === "severity:High");
    expect(high).toHaveLength(2);
    for (const result of high) {
      expect(result.locations![0]!.physicalLocation).toEqual({
        artifactLocation: { uri: ".github/inspector-gate.yml" },
        region: { startLine: 4, startColumn: 5 },
      });
      expect(result.message.text).toContain("inspector-gate:default");
    }
    const rule = run.tool.driver.rules!.find((r) => r.id === "severity:High")!;
    expect(rule.help!.text).toContain("inspector-gate:default:9 (extended at .github/inspector-gate.yml:4)");
    expect(rule.properties).toMatchObject({ preset: "inspector-gate:default" });
    // The user's own rule keeps its own line.
    const medium = run.results!.find((r) => r.ruleId === "no-medium")!;
    expect(medium.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 6 });
    expect(medium.message.text).not.toContain("preset");
  });

  it("names the tool's home and gives every rule a name distinct from its id", async () => {
    const run = (await sarif(repo(), ".github/inspector-gate.yml")).runs[0]!;
    expect(run.tool.driver.informationUri).toBe(INFORMATION_URI);
    expect(run.tool.driver.rules!.length).toBeGreaterThan(1);
    for (const rule of run.tool.driver.rules!) {
      expect(rule.name).toMatch(/^[A-Za-z0-9]+$/);
      expect(rule.name).not.toBe(rule.id);
    }
  });

  it("uses only relative artifact URIs inside the repository", async () => {
    const log = await sarif(repo(), ".github/inspector-gate.yml");
    const locations = artifactLocations(log);
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) {
      expect(location.uri).toBe(".github/inspector-gate.yml");
      expect(location.uriBaseId).toBeUndefined();
    }
    expect(log.runs[0]!.originalUriBaseIds).toBeUndefined();
  });

  it("locates a policy outside the working directory through a uriBaseId, never an absolute URI", async () => {
    const outside = repo();
    const cwd = mkdtempSync(join(tmpdir(), "ig-elsewhere-"));
    writeExport(join(cwd, "findings.jsonl"), ["High", "Medium"]);
    const log = await sarif(cwd, join(outside, ".github/inspector-gate.yml"));
    const locations = artifactLocations(log);
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) {
      expect(location.uri).toBe("inspector-gate.yml");
      expect(location.uri).not.toMatch(/^(\/|[a-z]+:)/i);
      expect(location.uriBaseId).toBe("POLICY_DIR_1");
    }
    expect(log.runs[0]!.originalUriBaseIds).toEqual({
      POLICY_DIR_1: { uri: `file://${join(outside, ".github")}/` },
    });
  });
});
