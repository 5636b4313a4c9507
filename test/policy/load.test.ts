/** Valid policies: what loading, normalising and merging produce, with source positions. */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPolicy, presetNames } from "../../src/policy/load.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/policy/", import.meta.url));
const REPO = fileURLToPath(new URL("../../", import.meta.url));

describe("loading valid policies", () => {
  it("loads the documented example with every field, normalised, with positions", async () => {
    const policy = await loadPolicy("full-example.yml", { cwd: FIXTURES });
    expect(policy.version).toBe(1);
    expect(policy.name).toBe("release-gate");
    expect(policy.files).toEqual(["inspector-gate:default", "full-example.yml"]);
    expect(policy.severityLimits).toEqual([
      { severity: "Critical", max: 0, source: { file: "full-example.yml", line: 7, column: 12 } },
      { severity: "High", max: 0, source: { file: "full-example.yml", line: 7, column: 12 } },
      { severity: "Medium", max: 10, source: { file: "full-example.yml", line: 9, column: 13 } },
      { severity: "Low", max: 500, source: { file: "full-example.yml", line: 10, column: 10 } },
    ]);
    expect(policy.rules).toEqual([
      {
        id: "no-log4shell",
        description: "Log4Shell must never ship",
        level: "error",
        max: 0,
        match: {
          severity: ["High", "Medium"],
          minSeverity: "Medium",
          rulesPackage: "Common Vulnerabilities and Exposures",
          id: ["CVE-2022-*", "CVE-2023-*"],
          title: "*OpenSSL*",
          attributes: { CVE_ID: "CVE-2021-44228" },
          userAttributes: { team: "payments" },
          asset: { agentId: "i-*", hostname: "*.internal", autoScalingGroup: "prod-*", amiId: "ami-*" },
          numericSeverity: { min: 7, max: 10 },
          confidence: { min: 5 },
          indicatorOfCompromise: true,
        },
        source: { file: "full-example.yml", line: 13, column: 9 },
      },
    ]);
    expect(policy.exceptions).toEqual([
      {
        id: "EXC-7",
        reason: "Compensating control in place (WAF rule 12)",
        expires: "2026-12-31",
        owner: "platform-team",
        ticket: "SEC-123",
        appliesTo: ["no-log4shell"],
        match: { attributes: { CVE_ID: "CVE-2019-10001" } },
        source: { file: "full-example.yml", line: 37, column: 9 },
      },
    ]);
    expect(policy.coverage).toEqual({ minAgents: 1, unhealthyAgents: "warn" });
  });

  it("merges extended files: strictest severity setting and coverage win, rules and exceptions add up", async () => {
    const policy = await loadPolicy("extends/service.yml", { cwd: FIXTURES });
    expect(policy.name).toBe("payments-service");
    expect(policy.files).toEqual(["inspector-gate:default", "extends/base.yml", "extends/service.yml"]);
    // default: High 0; base: fail-on Medium (High 0, Medium 0) then Medium 20; service: Medium 5, Low 100.
    expect(policy.severityLimits).toEqual([
      { severity: "Critical", max: 0, source: { file: "extends/base.yml", line: 5, column: 12 } },
      { severity: "High", max: 0, source: { file: "extends/base.yml", line: 5, column: 12 } },
      { severity: "Medium", max: 5, source: { file: "extends/service.yml", line: 8, column: 13 } },
      { severity: "Low", max: 100, source: { file: "extends/service.yml", line: 9, column: 10 } },
    ]);
    expect(policy.rules.map((r) => [r.id, r.level, r.source.file, r.source.line])).toEqual([
      ["no-log4shell", "error", "extends/base.yml", 9],
      ["payments-no-ssh", "warning", "extends/service.yml", 11],
    ]);
    expect(policy.exceptions.map((e) => [e.id, e.appliesTo, e.source])).toEqual([
      ["EXC-1", ["no-log4shell"], { file: "extends/service.yml", line: 18, column: 9 }],
    ]);
    expect(policy.coverage).toEqual({
      minAgents: 2,
      unhealthyAgents: "fail",
      source: { file: "extends/service.yml", line: 27, column: 1 },
    });
  });

  it("loads a file that several loaded files extend only once", async () => {
    const policy = await loadPolicy(["extends/service.yml", "extends/other.yml"], { cwd: FIXTURES });
    expect(policy.files).toEqual([
      "inspector-gate:default",
      "extends/base.yml",
      "extends/service.yml",
      "extends/other.yml",
    ]);
    expect(policy.rules.map((r) => r.id)).toEqual(["no-log4shell", "payments-no-ssh", "other-rule"]);
    expect(policy.name).toBe("payments-service");
  });

  it("a looser limit in an extending file never relaxes a stricter one", async () => {
    const policy = await loadPolicy(
      {
        text: "version: 1\nextends: [inspector-gate:strict]\nseverity:\n  max:\n    High: 5\n    Medium: 3\n",
      },
      { cwd: FIXTURES },
    );
    expect(policy.severityLimits.map((l) => [l.severity, l.max, l.source.file])).toEqual([
      ["Critical", 0, "inspector-gate:strict"],
      ["High", 0, "inspector-gate:strict"],
      ["Medium", 0, "inspector-gate:strict"],
    ]);
  });

  it("resolves relative extends of inline text against the file it names, else the working directory", async () => {
    const a = await loadPolicy(
      { text: "version: 1\nextends: ./base.yml\n", file: "extends/inline.yml" },
      { cwd: FIXTURES },
    );
    expect(a.files).toEqual(["extends/base.yml", "extends/inline.yml"]);
    const b = await loadPolicy({ text: "version: 1\nextends: ./extends/base.yml\n" }, { cwd: FIXTURES });
    expect(b.files).toEqual(["extends/base.yml", "<inline>"]);
    expect(b.name).toBeUndefined(); // the name of an extended file is not the policy's name
  });

  it("normalises single values and keeps pattern forms", async () => {
    const policy = await loadPolicy({
      text: [
        "version: 1",
        "rules:",
        "  - id: r",
        "    match:",
        "      severity: High",
        "      id: { regex: 'CVE-2021-\\d+' }",
        "      title: ['*ssl*', { regex: '.*ssh.*' }]",
        "",
      ].join("\n"),
    });
    expect(policy.rules[0]!.match).toEqual({
      severity: ["High"],
      id: { regex: "CVE-2021-\\d+" },
      title: ["*ssl*", { regex: ".*ssh.*" }],
    });
    expect(policy.severityLimits).toEqual([]);
  });

  it("accepts anchors and aliases within the caps", async () => {
    const policy = await loadPolicy({
      text: [
        "version: 1",
        "severity: { fail-on: High }",
        "rules:",
        "  - id: a",
        "    match: &prod",
        "      asset: { auto-scaling-group: prod-* }",
        "  - id: b",
        "    max: 3",
        "    match: *prod",
        "",
      ].join("\n"),
    });
    expect(policy.rules.map((r) => r.match)).toEqual([
      { asset: { autoScalingGroup: "prod-*" } },
      { asset: { autoScalingGroup: "prod-*" } },
    ]);
  });

  it("treats __proto__ and constructor as plain attribute keys without polluting anything", async () => {
    const policy = await loadPolicy({
      text: [
        "version: 1",
        "rules:",
        "  - id: a",
        "    match:",
        "      attributes:",
        "        __proto__: polluted",
        "        constructor: x",
        "",
      ].join("\n"),
    });
    const attributes = policy.rules[0]!.match.attributes!;
    expect(Object.keys(attributes)).toEqual(["__proto__", "constructor"]);
    expect(Object.hasOwn(attributes, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("reads coverage settings with their defaults", async () => {
    const a = await loadPolicy({
      text: "version: 1\nseverity: { fail-on: High }\ncoverage:\n  min-agents: 3\n",
    });
    expect(a.coverage).toEqual({
      minAgents: 3,
      unhealthyAgents: "warn",
      source: { file: "<inline>", line: 3, column: 1 },
    });
    const b = await loadPolicy({ text: "version: 1\nseverity: { fail-on: High }\n" });
    expect(b.coverage).toEqual({ minAgents: 1, unhealthyAgents: "warn" });
  });

  it("ships presets that all load, from the package's policies/ directory", async () => {
    const shipped = readdirSync(`${REPO}policies`)
      .filter((f) => f.endsWith(".yml"))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(presetNames()).toEqual(shipped);
    expect(shipped).toEqual(
      expect.arrayContaining([
        "default",
        "strict",
        "cve",
        "cis",
        "security-best-practices",
        "network-reachability",
      ]),
    );
    for (const name of shipped) {
      const viaPath = await loadPolicy(`policies/${name}.yml`, { cwd: REPO });
      const viaPreset = await loadPolicy({ text: `version: 1\nextends: inspector-gate:${name}\n` });
      expect(viaPreset.rules.map((r) => r.id)).toEqual(viaPath.rules.map((r) => r.id));
      expect(viaPreset.severityLimits.map((l) => [l.severity, l.max])).toEqual(
        viaPath.severityLimits.map((l) => [l.severity, l.max]),
      );
    }
  });

  it("default fails on High only; strict on Medium and above with no Informational limit", async () => {
    const d = await loadPolicy({ text: "version: 1\nextends: inspector-gate:default\n" });
    expect(d.severityLimits.map((l) => [l.severity, l.max])).toEqual([
      ["Critical", 0],
      ["High", 0],
    ]);
    expect(d.rules).toEqual([]);
    const s = await loadPolicy({ text: "version: 1\nextends: inspector-gate:strict\n" });
    expect(s.severityLimits.map((l) => [l.severity, l.max])).toEqual([
      ["Critical", 0],
      ["High", 0],
      ["Medium", 0],
    ]);
    expect(s.coverage.unhealthyAgents).toBe("fail");
  });
});
