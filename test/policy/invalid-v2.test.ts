/**
 * Invalid Inspector (v2) conditions, and conditions that cannot apply to a source (`validate --source`):
 * each case must fail with ConfigError("POLICY_INVALID") and exactly the listed `file:line:col: message`.
 */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import type { PolicySource } from "../../src/policy/conditions.js";
import { loadPolicy } from "../../src/policy/load.js";

/** A valid preamble and one rule: its conditions start on line 7, column 7. */
const R = "version: 1\nseverity:\n  fail-on: High\nrules:\n  - id: r\n    match:\n";

async function problemsOf(text: string, source?: PolicySource): Promise<readonly string[]> {
  try {
    await loadPolicy({ text, file: "p.yml" }, source ? { source } : {});
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.code).toBe("POLICY_INVALID");
    expect(e.exitCode).toBe(2);
    return e.problems;
  }
  throw new Error("expected the policy to be refused");
}

const cases: readonly [condition: string, problem: string][] = [
  ["epss: { min: 1.5 }", "p.yml:7:20: rules[0].match.epss.min: expected a number from 0 to 1, got 1.5"],
  [
    "epss: { min: 0.5, max: 0.1 }",
    "p.yml:7:13: rules[0].match.epss: min 0.5 is greater than max 0.1, so nothing can match (expected min <= max)",
  ],
  [
    "inspector-score: { max: 11 }",
    "p.yml:7:31: rules[0].match.inspector-score.max: expected a number from 0 to 10, got 11",
  ],
  [
    "inspector-score: { min: 9, max: 7 }",
    "p.yml:7:24: rules[0].match.inspector-score: min 9 is greater than max 7, so nothing can match (expected min <= max)",
  ],
  [
    "fix-available: yes",
    "p.yml:7:22: rules[0].match.fix-available: unknown value 'yes'; did you mean 'YES'? (expected one of: YES, NO, PARTIAL)",
  ],
  [
    "fix-available: [YES, MAYBE]",
    "p.yml:7:28: rules[0].match.fix-available[1]: unknown value 'MAYBE' (expected one of: YES, NO, PARTIAL)",
  ],
  [
    "fix-available: [YES, YES]",
    "p.yml:7:22: rules[0].match.fix-available: duplicate item 'YES' (items 1 and 2 are the same)",
  ],
  [
    "exploit-available: true",
    "p.yml:7:26: rules[0].match.exploit-available: expected YES or NO, got true; quote it ('true') if you meant text",
  ],
  [
    "finding-type: PACKAGE",
    "p.yml:7:21: rules[0].match.finding-type: unknown value 'PACKAGE' (expected one of: PACKAGE_VULNERABILITY, NETWORK_REACHABILITY, CODE_VULNERABILITY)",
  ],
  ["kev: 'yes'", "p.yml:7:12: rules[0].match.kev: expected true or false, got 'yes'"],
  [
    "vulnerability-id: ''",
    "p.yml:7:25: rules[0].match.vulnerability-id: expected a pattern (a glob string, or { regex: ... }), got an empty string",
  ],
  [
    "vulnerability-id: { regex: 'CVE-(?=1)' }",
    "p.yml:7:34: rules[0].match.vulnerability-id.regex: lookahead '(?=' is not supported: a linear-time engine cannot match lookaround; spell out the alternatives you mean instead",
  ],
  // Did you mean: near misses, other names, and keys written one level too high.
  ["epss-score: { min: 0.1 }", "p.yml:7:7: unknown key 'epss-score' in rules[0].match; did you mean 'epss'?"],
  ["cve: CVE-2021-44228", "p.yml:7:7: unknown key 'cve' in rules[0].match; did you mean 'vulnerability-id'?"],
  ["cisa-kev: true", "p.yml:7:7: unknown key 'cisa-kev' in rules[0].match; did you mean 'kev'?"],
  [
    "inspectorScore: { min: 9 }",
    "p.yml:7:7: unknown key 'inspectorScore' in rules[0].match; did you mean 'inspector-score'?",
  ],
  [
    "fixAvailable: YES",
    "p.yml:7:7: unknown key 'fixAvailable' in rules[0].match; did you mean 'fix-available'?",
  ],
  ["exploit: 'YES'", "p.yml:7:7: unknown key 'exploit' in rules[0].match; did you mean 'exploit-available'?"],
  [
    "packages: { name: zlib }",
    "p.yml:7:7: unknown key 'packages' in rules[0].match; did you mean 'package'?",
  ],
  [
    "ecr-repository: web",
    "p.yml:7:7: unknown key 'ecr-repository' in rules[0].match; it belongs under 'resource' (resource: { ecr-repository: ... })",
  ],
  [
    "lambda-function: orders",
    "p.yml:7:7: unknown key 'lambda-function' in rules[0].match; it belongs under 'resource' (resource: { lambda-function: ... })",
  ],
  [
    "package: { nme: openssl }",
    "p.yml:7:18: unknown key 'nme' in rules[0].match.package; did you mean 'name'?",
  ],
  [
    "package: {}",
    "p.yml:7:16: rules[0].match.package: expected a map of package conditions with at least 1 key, got an empty map",
  ],
  [
    "resource: { repository: web }",
    "p.yml:7:19: unknown key 'repository' in rules[0].match.resource; did you mean 'ecr-repository'?",
  ],
  [
    "resource: { function: orders }",
    "p.yml:7:19: unknown key 'function' in rules[0].match.resource; did you mean 'lambda-function'?",
  ],
  [
    "resource: { type: ECR_IMAGE }",
    "p.yml:7:25: rules[0].match.resource.type: unknown value 'ECR_IMAGE' (expected one of: AWS_ECR_CONTAINER_IMAGE, AWS_EC2_INSTANCE, AWS_LAMBDA_FUNCTION, AWS_ECR_REPOSITORY, CODE_REPOSITORY)",
  ],
  [
    "resource: { tags: { team: { regex: '(?!x)' } } }",
    "p.yml:7:42: rules[0].match.resource.tags.team.regex: lookahead '(?!' is not supported: a linear-time engine cannot match lookaround; spell out the alternatives you mean instead",
  ],
];

describe("invalid Inspector (v2) conditions", () => {
  it.each(cases)("%s", async (condition, problem) => {
    expect(await problemsOf(`${R}      ${condition}\n`)).toEqual([problem]);
  });

  it("exceptions take the same conditions, checked the same way", async () => {
    const text = [
      "version: 1",
      "severity: { fail-on: High }",
      "exceptions:",
      "  - id: one-cve-one-repository",
      "    reason: not reachable in this image",
      "    expires: 2030-01-31",
      "    match:",
      "      vulnerability-id: CVE-2024-1086",
      "      resource: { ecr-repository: payments-api, ecr-image-tag: [latest, 'v1.*'] }",
      "      epss: { max: 2 }",
      "",
    ].join("\n");
    expect(await problemsOf(text)).toEqual([
      "p.yml:10:20: exceptions[0].match.epss.max: expected a number from 0 to 1, got 2",
    ]);
  });
});

describe("conditions that cannot apply to a source (validate --source)", () => {
  const text = [
    "version: 1",
    "severity: { fail-on: High }",
    "rules:",
    "  - id: mixed",
    "    match:",
    "      epss: { min: 0.5 }",
    "      rules-package: Common Vulnerabilities and Exposures",
    "      kev: true",
    "      severity: [High, Critical]",
    "exceptions:",
    "  - id: legacy",
    "    reason: isolated host",
    "    expires: 2030-01-01",
    "    match:",
    "      attributes: { CVE_ID: CVE-2021-44228 }",
    "      vulnerability-id: CVE-2021-44228",
    "",
  ].join("\n");

  it("--source classic refuses the Inspector (v2) conditions, at each condition", async () => {
    expect(await problemsOf(text, "classic")).toEqual([
      "p.yml:6:7: rules[0].match.epss: the condition 'epss' cannot apply to --source classic: Inspector Classic findings have no EPSS score",
      "p.yml:8:7: rules[0].match.kev: the condition 'kev' cannot apply to --source classic: Inspector Classic findings have no CISA KEV data",
      "p.yml:16:7: exceptions[0].match.vulnerability-id: the condition 'vulnerability-id' cannot apply to --source classic: Inspector Classic findings have no package vulnerability id",
    ]);
  });

  it("--source inspector2 refuses the Classic conditions", async () => {
    expect(await problemsOf(text, "inspector2")).toEqual([
      "p.yml:7:7: rules[0].match.rules-package: the condition 'rules-package' cannot apply to --source inspector2: Inspector (v2) findings have no rules package",
      "p.yml:15:7: exceptions[0].match.attributes: the condition 'attributes' cannot apply to --source inspector2: Inspector (v2) findings have no attributes",
    ]);
  });

  it("--source file accepts both (which service a file holds is known only once it is read)", async () => {
    const policy = await loadPolicy({ text, file: "p.yml" }, { source: "file" });
    expect(policy.rules[0]!.match.kev).toBe(true);
  });

  it("names the preset a refused condition comes from", async () => {
    const problems = await problemsOf("version: 1\nextends: inspector-gate:cve\n", "inspector2");
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p).toMatch(
        /^inspector-gate:cve:\d+:7: rules\[\d\]\.match\.(rules-package|attributes): the condition '(rules-package|attributes)' cannot apply to --source inspector2: /,
      );
    }
  });
});
