import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, InspectorError } from "../../../src/errors.js";
import { loadFindingsFile, parseFindings } from "../../../src/sources/file/read.js";
import { timestamp } from "../../../src/sources/shared/timestamp.js";

const dir = mkdtempSync(join(tmpdir(), "ig-findings-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A finding as `aws inspector describe-findings` prints it. */
function cliFinding(n: number, extra: Record<string, unknown> = {}) {
  return {
    arn: `arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-${n}`,
    schemaVersion: 1,
    service: "Inspector",
    serviceAttributes: {
      schemaVersion: 1,
      assessmentRunArn: "arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c",
      rulesPackageArn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p",
    },
    assetType: "ec2-instance",
    assetAttributes: {
      schemaVersion: 1,
      agentId: "i-0123",
      hostname: "web-1.internal",
      ipv4Addresses: ["10.0.0.1"],
    },
    id: `CVE-2021-${44228 + n}`,
    title: `Finding ${n}`,
    description: "long text the gate drops",
    recommendation: "more long text",
    severity: "High",
    numericSeverity: 9,
    confidence: 10,
    indicatorOfCompromise: false,
    attributes: [{ key: "CVE_ID", value: `CVE-2021-${44228 + n}` }, { key: "FLAG" }],
    userAttributes: [{ key: "team", value: "payments" }],
    createdAt: 1_700_000_000.5,
    updatedAt: 1_700_000_000.5,
    ...extra,
  };
}

describe("loadFindingsFile: the three forms", () => {
  const expected = {
    arn: cliFinding(1).arn,
    id: "CVE-2021-44229",
    title: "Finding 1",
    severity: "High",
    numericSeverity: 9,
    confidence: 10,
    indicatorOfCompromise: false,
    rulesPackageArn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p",
    rulesPackageName: "Common Vulnerabilities and Exposures",
    attributes: [{ key: "CVE_ID", value: "CVE-2021-44229" }, { key: "FLAG" }],
    userAttributes: [{ key: "team", value: "payments" }],
    asset: { agentId: "i-0123", hostname: "web-1.internal", ipv4Addresses: ["10.0.0.1"] },
    createdAt: "2023-11-14T22:13:20.500Z",
  };

  it("reads aws inspector describe-findings output", async () => {
    const path = file(
      "cli.json",
      JSON.stringify({ findings: [cliFinding(1), cliFinding(2)], failedItems: {} }, null, 2),
    );
    const findings = await loadFindingsFile(path);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toEqual(expected);
    expect(findings[0]).not.toHaveProperty("description");
  });

  it("reads a JSON array", async () => {
    const path = file("array.json", JSON.stringify([cliFinding(1)]));
    expect(await loadFindingsFile(path)).toEqual([expected]);
  });

  it("reads JSON Lines, skipping blank lines", async () => {
    const path = file(
      "lines.jsonl",
      `${JSON.stringify(cliFinding(1))}\n\n${JSON.stringify(cliFinding(2))}\n`,
    );
    const findings = await loadFindingsFile(path);
    expect(findings.map((f) => f.id)).toEqual(["CVE-2021-44229", "CVE-2021-44230"]);
  });

  it("reads a single-line JSON Lines file", async () => {
    const path = file("one.jsonl", `${JSON.stringify(cliFinding(1))}\n`);
    expect(await loadFindingsFile(path)).toEqual([expected]);
  });

  it("accepts ISO timestamps (with the CLI's microseconds) and epoch milliseconds", () => {
    const iso = parseFindings(
      JSON.stringify([cliFinding(1, { createdAt: "2023-11-14T22:13:20.500123+00:00" })]),
      "f",
    );
    expect(iso[0]?.createdAt).toBe("2023-11-14T22:13:20.500Z");
    const ms = parseFindings(JSON.stringify([cliFinding(1, { createdAt: 1_700_000_000_500 })]), "f");
    expect(ms[0]?.createdAt).toBe("2023-11-14T22:13:20.500Z");
    expect(timestamp("yesterday")).toBeUndefined();
    expect(timestamp("1700000000")).toBe("2023-11-14T22:13:20.000Z");
  });

  it("accepts inspector-gate's own finding shape, and refuses a missing severity", () => {
    const [f] = parseFindings(
      JSON.stringify([
        {
          arn: "a1",
          severity: "Undefined",
          asset: { hostname: "h" },
          rulesPackageName: "Security Best Practices",
        },
      ]),
      "f",
    );
    expect(() => parseFindings(JSON.stringify([{ arn: "a1" }]), "f")).toThrow(
      "f:1: [0]: severity is missing: expected one of High, Medium, Low, Informational, Undefined",
    );
    expect(f).toEqual({
      arn: "a1",
      severity: "Undefined",
      attributes: [],
      userAttributes: [],
      asset: { hostname: "h" },
      rulesPackageName: "Security Best Practices",
    });
  });

  it("accepts an empty export", () => {
    expect(parseFindings('{"findings": [], "failedItems": {}}', "f")).toEqual([]);
    expect(parseFindings("[]", "f")).toEqual([]);
  });
});

describe("loadFindingsFile: bad input", () => {
  const problemOf = (run: () => unknown): ConfigError => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return error as ConfigError;
    }
    throw new Error("expected a ConfigError");
  };

  it("names a missing file", async () => {
    await expect(loadFindingsFile(join(dir, "nope.json"))).rejects.toThrow(
      `Cannot read findings file '${join(dir, "nope.json")}': no such file.`,
    );
  });

  it("names the line and column of a JSON syntax error", () => {
    const e = problemOf(() =>
      parseFindings('{\n  "findings": [\n    {"arn": "a",}\n  ]\n}\n', "export.json"),
    );
    expect(e.message).toMatch(/^Invalid JSON in findings file 'export.json' at line 3, column 1\d: /);
  });

  it("names the JSON Lines line that is broken", () => {
    const text = `${JSON.stringify(cliFinding(1))}\n${JSON.stringify(cliFinding(2))}\n{"arn": "x", oops}\n`;
    const e = problemOf(() => parseFindings(text, "f.jsonl"));
    expect(e.message).toMatch(/^Invalid JSON in findings file 'f\.jsonl' at line 3, column 14: unexpected /);
  });

  it("names the index and the field of a bad finding", () => {
    const e = problemOf(() =>
      parseFindings(
        JSON.stringify({ findings: [cliFinding(1), cliFinding(2, { severity: "Critical" })] }),
        "cli.json",
      ),
    );
    expect(e.message).toBe(
      "Invalid findings file 'cli.json': cli.json:1: findings[1]: severity 'Critical' is not one of High, Medium, Low, Informational, Undefined",
    );
  });

  it("lists several problems with their places", () => {
    const e = problemOf(() =>
      parseFindings(
        JSON.stringify([
          { severity: "High" },
          cliFinding(2, { createdAt: "soon" }),
          7,
          cliFinding(1),
          cliFinding(1),
        ]),
        "a.json",
      ),
    );
    expect(e.message).toBe("Invalid findings file 'a.json': 4 problems");
    expect(e.problems).toEqual([
      "a.json:1: [0]: not a finding: it has neither 'arn' (Inspector Classic) nor 'findingArn' (Inspector v2)",
      "a.json:1: [1]: createdAt 'soon' is not a timestamp: expected epoch seconds or an ISO-8601 string",
      "a.json:1: [2]: expected a finding object, got 7",
      expect.stringMatching(/^a\.json:1: \[4\]: finding arn:.* appears twice \(first at a\.json:1: \[3\]\)$/),
    ]);
  });

  it("refuses an unknown document shape and an empty file", () => {
    expect(problemOf(() => parseFindings('{"items": []}', "x.json")).message).toBe(
      "Invalid findings file 'x.json': x.json:1: not a finding: it has neither 'arn' (Inspector Classic) " +
        "nor 'findingArn' (Inspector v2)",
    );
    expect(problemOf(() => parseFindings("  \n", "x.json")).message).toContain("is empty");
  });

  it("refuses an export with failed items as incomplete data (exit 3)", () => {
    expect(() =>
      parseFindings(JSON.stringify({ findings: [cliFinding(1)], failedItems: { a: {} } }), "x.json"),
    ).toThrow(InspectorError);
  });
});
