/**
 * Invalid policies, one case per rule of the format: each must fail with ConfigError("POLICY_INVALID")
 * and exactly the listed `file:line:col: message` problems.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { loadPolicy } from "../../src/policy/load.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/policy/", import.meta.url));

/** A valid preamble: 3 lines, so rule and exception lines start at 4. */
const R = "version: 1\nseverity:\n  fail-on: High\n";

async function problemsOf(input: Parameters<typeof loadPolicy>[0]): Promise<readonly string[]> {
  try {
    await loadPolicy(input, { cwd: FIXTURES });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.code).toBe("POLICY_INVALID");
    expect(e.exitCode).toBe(2);
    return e.problems;
  }
  throw new Error("expected the policy to be refused");
}

interface Case {
  readonly name: string;
  readonly yaml: string;
  readonly problems: readonly string[];
}

const cases: readonly Case[] = [
  // --- YAML safety
  {
    name: "YAML syntax error",
    yaml: "version: 1\nrules: [\n  - id: a\n",
    problems: [
      "<inline>:3:3: YAML syntax error: Block collections are not allowed within flow collections",
      "<inline>:4:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
  },
  {
    name: "several YAML documents",
    yaml: "version: 1\n---\nversion: 1\n",
    problems: ["<inline>:2:1: a policy file holds one YAML document; found more than one ('---')"],
  },
  {
    name: "empty file",
    yaml: "# nothing here\n",
    problems: ["<inline>:1:1: the policy file is empty: expected a map starting with 'version: 1'"],
  },
  {
    name: "a list instead of a map",
    yaml: "- version: 1\n",
    problems: ["<inline>:1:1: expected the policy to be a map starting with 'version: 1', got a list"],
  },
  {
    name: "duplicate key",
    yaml: `${R}severity:\n  fail-on: Low\n`,
    problems: ["<inline>:4:1: duplicate key 'severity' (first defined at line 2, column 1)"],
  },
  {
    name: "unknown local tag",
    yaml: "version: !custom 1\nseverity: { fail-on: High }\n",
    problems: ["<inline>:1:18: unknown tag !custom (tags are not allowed in policy files)"],
  },
  {
    name: "YAML 1.1 tag",
    yaml: `${R}name: !!binary aGVsbG8=\n`,
    problems: ["<inline>:4:16: unknown tag !!binary (tags are not allowed in policy files)"],
  },
  {
    name: "merge key",
    yaml: "version: 1\nbase: &b { fail-on: High }\nseverity:\n  <<: *b\n",
    problems: ["<inline>:4:3: YAML merge keys ('<<') are not supported in policy files; write the keys out"],
  },
  {
    name: "unknown alias",
    yaml: `${R}name: *nope\n`,
    problems: ["<inline>:4:7: unknown alias *nope: no anchor &nope precedes it"],
  },
  {
    name: "alias bomb",
    yaml: [
      "version: 1",
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "",
    ].join("\n"),
    problems: ["<inline>:3:12: too many aliases (more than 100): refusing a possible alias bomb"],
  },
  {
    name: "deep nesting",
    yaml: `${R}name: ${"[".repeat(40)}${"]".repeat(40)}\n`,
    problems: ["<inline>:4:39: nested too deeply (more than 32 levels)"],
  },
  // --- version and top level
  {
    name: "missing version",
    yaml: "severity:\n  fail-on: High\n",
    problems: ["<inline>:1:1: the policy is missing the required key 'version' (the format version 1)"],
  },
  {
    name: "unsupported version",
    yaml: "version: 2\nseverity:\n  fail-on: High\n",
    problems: ["<inline>:1:10: version: unsupported version 2; expected 1 (the only version)"],
  },
  {
    name: "misspelled top-level key",
    yaml: `${R}rulez: []\n`,
    problems: ["<inline>:4:1: unknown key 'rulez' at the top level; did you mean 'rules'?"],
  },
  {
    name: "__proto__ is just an unknown key",
    yaml: `${R}__proto__: { polluted: true }\n`,
    problems: [
      "<inline>:4:1: unknown key '__proto__' at the top level; expected one of: version, name, extends, severity, rules, exceptions, coverage, baseline and 1 more",
    ],
  },
  {
    name: "empty name",
    yaml: `${R}name: ""\n`,
    problems: ["<inline>:4:7: name: expected a name, got an empty string"],
  },
  {
    name: "rules is not a list",
    yaml: "version: 1\nrules: { id: a }\n",
    problems: ["<inline>:2:8: rules: expected a list of rules, got a map"],
  },
  {
    name: "a policy that can never fail",
    yaml: "version: 1\nname: nothing\n",
    problems: [
      "<inline>:1:1: this policy can never fail: it sets no severity limit (severity.fail-on or severity.max) and no rule; add one, or extend inspector-gate:default",
    ],
  },
  // --- severity policy
  {
    name: "misspelled severity in fail-on",
    yaml: "version: 1\nseverity:\n  fail-on: Hgh\n",
    problems: [
      "<inline>:3:12: severity.fail-on: unknown severity 'Hgh'; did you mean 'High'? (expected one of: Critical, High, Medium, Low, Informational, Untriaged, Undefined)",
    ],
  },
  {
    name: "severity in the wrong case",
    yaml: "version: 1\nseverity:\n  fail-on: high\n",
    problems: [
      "<inline>:3:12: severity.fail-on: unknown severity 'high'; did you mean 'High'? (expected one of: Critical, High, Medium, Low, Informational, Untriaged, Undefined)",
    ],
  },
  {
    name: "misspelled severity in max",
    yaml: "version: 1\nseverity:\n  max:\n    Hihg: 3\n",
    problems: ["<inline>:4:5: unknown severity 'Hihg' in severity.max; did you mean 'High'?"],
  },
  {
    name: "negative allowance",
    yaml: "version: 1\nseverity:\n  max:\n    High: -1\n",
    problems: ["<inline>:4:11: severity.max.High: expected a whole number of at least 0, got -1"],
  },
  {
    name: "fractional allowance",
    yaml: "version: 1\nseverity:\n  max:\n    High: 1.5\n",
    problems: [
      "<inline>:4:11: severity.max.High: expected a whole number of at least 0, got 1.5 (not a whole number)",
    ],
  },
  // --- rules
  {
    name: "rule without id",
    yaml: `${R}rules:\n  - match: {}\n`,
    problems: [
      "<inline>:5:5: rules[0] is missing the required key 'id' (an id of letters, digits, '.', '_' or '-')",
    ],
  },
  {
    name: "rule without match",
    yaml: `${R}rules:\n  - id: a\n`,
    problems: ["<inline>:5:5: rules[0] is missing the required key 'match' (a map of conditions)"],
  },
  {
    name: "rule id with a space",
    yaml: `${R}rules:\n  - id: no log4shell\n    match: {}\n`,
    problems: [
      "<inline>:5:9: rules[0].id: expected an id of letters, digits, '.', '_' or '-', got 'no log4shell'",
    ],
  },
  {
    name: "reserved rule id",
    yaml: `${R}rules:\n  - id: severity\n    match: {}\n`,
    problems: [
      "<inline>:5:9: rules[0].id: rule id 'severity' is reserved (applies-to uses it to mean the severity limits); choose another id",
    ],
  },
  {
    name: "misspelled level",
    yaml: `${R}rules:\n  - id: a\n    level: eror\n    match: {}\n`,
    problems: [
      "<inline>:6:12: rules[0].level: unknown value 'eror'; did you mean 'error'? (expected one of: error, warning)",
    ],
  },
  {
    name: "duplicate rule id",
    yaml: `${R}rules:\n  - id: a\n    match: {}\n  - id: a\n    match: {}\n`,
    problems: ["<inline>:7:9: rules[1].id: duplicate rule id 'a': already defined at <inline>:5:9"],
  },
  // --- conditions
  {
    name: "misspelled condition",
    yaml: `${R}rules:\n  - id: a\n    match:\n      severities: [High]\n`,
    problems: ["<inline>:7:7: unknown key 'severities' in rules[0].match; did you mean 'severity'?"],
  },
  {
    name: "misspelled asset key",
    yaml: `${R}rules:\n  - id: a\n    match:\n      asset:\n        agent_id: i-1\n`,
    problems: ["<inline>:8:9: unknown key 'agent_id' in rules[0].match.asset; did you mean 'agent-id'?"],
  },
  {
    name: "a number where a pattern is expected",
    yaml: `${R}rules:\n  - id: a\n    match:\n      attributes:\n        PORT: 22\n`,
    problems: [
      "<inline>:8:15: rules[0].match.attributes.PORT: expected a pattern (a glob string, or { regex: ... }), got 22; quote it ('22') if you meant text",
    ],
  },
  {
    name: "empty pattern list",
    yaml: `${R}rules:\n  - id: a\n    match:\n      id: []\n`,
    problems: [
      "<inline>:7:11: rules[0].match.id: expected a list of patterns with at least 1 item, got an empty list",
    ],
  },
  {
    name: "severity listed twice",
    yaml: `${R}rules:\n  - id: a\n    match:\n      severity: [High, High]\n`,
    problems: ["<inline>:7:17: rules[0].match.severity: duplicate item 'High' (items 1 and 2 are the same)"],
  },
  {
    name: "severity and min-severity that exclude each other",
    yaml: `${R}rules:\n  - id: a\n    match:\n      severity: [Low]\n      min-severity: High\n`,
    problems: [
      "<inline>:8:21: rules[0].match.min-severity: High excludes every severity listed in severity (Low), so nothing can match",
    ],
  },
  {
    name: "range with min above max",
    yaml: `${R}rules:\n  - id: a\n    match:\n      numeric-severity: { min: 7, max: 5 }\n`,
    problems: [
      "<inline>:7:25: rules[0].match.numeric-severity: min 7 is greater than max 5, so nothing can match (expected min <= max)",
    ],
  },
  {
    name: "range out of bounds",
    yaml: `${R}rules:\n  - id: a\n    match:\n      confidence: { min: 11 }\n`,
    problems: ["<inline>:7:26: rules[0].match.confidence.min: expected a number from 0 to 10, got 11"],
  },
  {
    name: "indicator-of-compromise as text",
    yaml: `${R}rules:\n  - id: a\n    match:\n      indicator-of-compromise: "yes"\n`,
    problems: ["<inline>:7:32: rules[0].match.indicator-of-compromise: expected true or false, got 'yes'"],
  },
  // --- regular expressions
  {
    name: "regex that does not compile",
    yaml: `${R}rules:\n  - id: a\n    match:\n      title: { regex: "[unclosed" }\n`,
    problems: [
      "<inline>:7:23: rules[0].match.title.regex: invalid regular expression (RE2 syntax): missing closing ]: '[unclosed'",
    ],
  },
  {
    name: "regex with JavaScript-only syntax",
    yaml: `${R}rules:\n  - id: a\n    match:\n      title: { regex: "caf\\\\u00e9" }\n`,
    problems: [
      "<inline>:7:23: rules[0].match.title.regex: invalid regular expression (RE2 syntax): invalid escape sequence: '\\u' (write a code point as \\x{00e9})",
    ],
  },
  {
    name: "regex with a back-reference",
    yaml: `${R}rules:\n  - id: a\n    match:\n      id: ["x", { regex: "(a+)b\\\\1" }]\n`,
    problems: [
      "<inline>:7:26: rules[0].match.id[1].regex: back-reference '\\1' is not supported: a linear-time engine cannot match back-references; write out the text you expect instead",
    ],
  },
  {
    name: "regex with a named back-reference",
    yaml: `${R}rules:\n  - id: a\n    match:\n      attributes:\n        PORT: { regex: "(?<p>[0-9]+)-\\\\k<p>" }\n`,
    problems: [
      "<inline>:8:24: rules[0].match.attributes.PORT.regex: back-reference '\\k' is not supported: a linear-time engine cannot match back-references; write out the text you expect instead",
    ],
  },
  {
    name: "regex with a lookahead",
    yaml: `${R}rules:\n  - id: a\n    match:\n      attributes:\n        PORT: { regex: "(?!(80|443)$)[0-9]+" }\n`,
    problems: [
      "<inline>:8:24: rules[0].match.attributes.PORT.regex: lookahead '(?!' is not supported: a linear-time engine cannot match lookaround; spell out the alternatives you mean instead",
    ],
  },
  {
    name: "regex with a lookbehind",
    yaml: `${R}exceptions:\n  - id: E\n    reason: r\n    expires: 2030-01-01\n    match:\n      asset:\n        hostname: { regex: ".*(?<!prod)\\\\.internal" }\n`,
    problems: [
      "<inline>:10:28: exceptions[0].match.asset.hostname.regex: lookbehind '(?<!' is not supported: a linear-time engine cannot match lookaround; spell out the alternatives you mean instead",
    ],
  },
  {
    name: "regex too large once compiled",
    yaml: `${R}rules:\n  - id: a\n    match:\n      title: { regex: "x.{0,999}" }\n`,
    problems: [
      "<inline>:7:23: rules[0].match.title.regex: regular expression too large once compiled (2001 instructions; at most 1000): matching time grows with that size, so use smaller repetition counts or fewer alternatives",
    ],
  },
  {
    name: "regex over the length cap",
    yaml: `${R}rules:\n  - id: a\n    match:\n      title: { regex: "${"a".repeat(600)}" }\n`,
    problems: ["<inline>:7:23: rules[0].match.title.regex: too long: 600 characters (at most 512)"],
  },
  {
    name: "misspelled regex key",
    yaml: `${R}rules:\n  - id: a\n    match:\n      title: { regexp: "a" }\n`,
    problems: ["<inline>:7:16: unknown key 'regexp' in rules[0].match.title; did you mean 'regex'?"],
  },
  // --- exceptions
  {
    name: "exception without reason",
    yaml: `${R}exceptions:\n  - id: E\n    expires: 2026-12-31\n    match: { id: x }\n`,
    problems: ["<inline>:5:5: exceptions[0] is missing the required key 'reason' (a non-empty reason)"],
  },
  {
    name: "blank reason",
    yaml: `${R}exceptions:\n  - id: E\n    reason: "   "\n    expires: 2026-12-31\n    match: { id: x }\n`,
    problems: ["<inline>:6:13: exceptions[0].reason: must not be blank"],
  },
  {
    name: "exception without expiry",
    yaml: `${R}exceptions:\n  - id: E\n    reason: r\n    match: { id: x }\n`,
    problems: ["<inline>:5:5: exceptions[0] is missing the required key 'expires' (a date YYYY-MM-DD)"],
  },
  {
    name: "expiry in the wrong form",
    yaml: `${R}exceptions:\n  - id: E\n    reason: r\n    expires: 31/12/2026\n    match: { id: x }\n`,
    problems: ["<inline>:7:14: exceptions[0].expires: expected a date YYYY-MM-DD, got '31/12/2026'"],
  },
  {
    name: "expiry that is not a real day",
    yaml: `${R}exceptions:\n  - id: E\n    reason: r\n    expires: 2025-02-29\n    match: { id: x }\n`,
    problems: [
      "<inline>:7:14: exceptions[0].expires: '2025-02-29' is not a real calendar date (expected YYYY-MM-DD)",
    ],
  },
  {
    name: "exception that would waive everything",
    yaml: `${R}exceptions:\n  - id: E\n    reason: r\n    expires: 2026-12-31\n    match: {}\n`,
    problems: [
      "<inline>:8:12: exceptions[0].match: an exception needs at least one match condition (an empty match would waive every finding)",
    ],
  },
  {
    name: "applies-to names an unknown rule",
    yaml: `${R}rules:\n  - id: no-log4shell\n    match: { id: x }\nexceptions:\n  - id: E\n    reason: r\n    expires: 2026-12-31\n    applies-to: [no-log4shel]\n    match: { id: x }\n`,
    problems: [
      "<inline>:11:18: exceptions[0].applies-to[0]: unknown rule id 'no-log4shel'; did you mean 'no-log4shell'? (expected a rule id defined in the loaded policies: no-log4shell, or \"severity\")",
    ],
  },
  {
    name: "duplicate exception id",
    yaml: `${R}exceptions:\n  - id: E\n    reason: r\n    expires: 2026-12-31\n    match: { id: x }\n  - id: E\n    reason: r\n    expires: 2026-12-31\n    match: { id: y }\n`,
    problems: ["<inline>:9:9: exceptions[1].id: duplicate exception id 'E': already defined at <inline>:5:9"],
  },
  // --- extends
  {
    name: "misspelled preset",
    yaml: "version: 1\nextends: inspector-gate:defualt\n",
    problems: [
      "<inline>:2:10: extends: unknown preset 'inspector-gate:defualt'; did you mean 'inspector-gate:default'? (shipped presets: inspector-gate:cis, inspector-gate:critical-fixable, inspector-gate:cve, inspector-gate:default, inspector-gate:known-exploited, inspector-gate:network-reachability, inspector-gate:security-best-practices, inspector-gate:strict)",
    ],
  },
  {
    name: "extends a missing file",
    yaml: "version: 1\nextends: [./nope.yml]\nseverity: { fail-on: High }\n",
    problems: ["<inline>:2:11: extends[0]: cannot read 'nope.yml': no such file"],
  },
  {
    name: "extends a URL",
    yaml: "version: 1\nextends: [https://example.com/p.yml]\nseverity: { fail-on: High }\n",
    problems: [
      "<inline>:2:11: extends[0]: URLs are not supported ('https://example.com/p.yml'); expected a preset (inspector-gate:<name>) or a path relative to this file",
    ],
  },
  {
    name: "extends with a number",
    yaml: "version: 1\nextends: 3\nseverity: { fail-on: High }\n",
    problems: [
      "<inline>:2:10: extends: expected a preset (inspector-gate:<name>) or a relative path, got 3; quote it ('3') if you meant text",
    ],
  },
  // --- coverage
  {
    name: "min-agents of zero",
    yaml: `${R}coverage:\n  min-agents: 0\n`,
    problems: ["<inline>:5:15: coverage.min-agents: expected a whole number of at least 1, got 0"],
  },
  {
    name: "misspelled unhealthy-agents setting",
    yaml: `${R}coverage:\n  unhealthy-agents: fial\n`,
    problems: [
      "<inline>:5:21: coverage.unhealthy-agents: unknown value 'fial'; did you mean 'fail'? (expected one of: fail, warn, ignore)",
    ],
  },
];

describe("invalid policies", () => {
  it("has a case for every rule of the format", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)("$name", async ({ yaml, problems }) => {
    expect(await problemsOf({ text: yaml })).toEqual(problems);
  });

  it("names the file given for inline text", async () => {
    expect(
      await problemsOf({ text: "version: 3\nseverity: { fail-on: High }\n", file: "ci/policy.yml" }),
    ).toEqual(["ci/policy.yml:1:10: version: unsupported version 3; expected 1 (the only version)"]);
  });

  it("reports every problem of a file at once, in source order", async () => {
    const yaml = [
      "version: 1",
      "sevrity:",
      "  fail-on: High",
      "rules:",
      "  - id: a b",
      "    level: eror",
      "    match: {}",
      "",
    ].join("\n");
    expect(await problemsOf({ text: yaml })).toEqual([
      "<inline>:2:1: unknown key 'sevrity' at the top level; did you mean 'severity'?",
      "<inline>:5:9: rules[0].id: expected an id of letters, digits, '.', '_' or '-', got 'a b'",
      "<inline>:6:12: rules[0].level: unknown value 'eror'; did you mean 'error'? (expected one of: error, warning)",
    ]);
  });

  it("caps a long list of problems with 'and N more'", async () => {
    const rules = Array.from({ length: 60 }, (_, i) => `  - id: r${i}\n    level: nope\n    match: {}`);
    const problems = await problemsOf({ text: `${R}rules:\n${rules.join("\n")}\n` });
    expect(problems).toHaveLength(51);
    expect(problems[0]).toBe(
      "<inline>:6:12: rules[0].level: unknown value 'nope' (expected one of: error, warning)",
    );
    expect(problems[50]).toBe("<inline>: and 10 more problems");
  });

  it("refuses a file over the size cap before parsing it", async () => {
    const yaml = `${R}name: "${"x".repeat(1024 * 1024)}"\n`;
    expect(await problemsOf({ text: yaml })).toEqual([
      `<inline>:1:1: policy file too large (${yaml.length} bytes; at most 1048576): a policy is a short, reviewed document`,
    ]);
  });

  it("names a policy file that cannot be read", async () => {
    expect(await problemsOf("missing.yml")).toEqual([
      "missing.yml: cannot read the policy file: no such file",
    ]);
  });

  it("refuses an extends cycle, naming the chain", async () => {
    expect(await problemsOf("cycle/a.yml")).toEqual([
      "cycle/b.yml:2:10: extends: creates a cycle: cycle/a.yml -> cycle/b.yml -> cycle/a.yml",
    ]);
  });

  it("refuses a rule id defined in two files, naming both places", async () => {
    expect(await problemsOf("dup/team.yml")).toEqual([
      "dup/team.yml:4:9: rules[0].id: duplicate rule id 'no-telnet': already defined at dup/base.yml:5:9",
    ]);
    expect(await problemsOf(["dup/base.yml", "dup/team.yml"])).toEqual([
      "dup/team.yml:4:9: rules[0].id: duplicate rule id 'no-telnet': already defined at dup/base.yml:5:9",
    ]);
  });

  it("checks applies-to against the rules of every loaded file", async () => {
    const text = `${R}exceptions:\n  - id: E\n    reason: r\n    expires: 2026-12-31\n    applies-to: [no-telnet]\n    match: { id: x }\n`;
    // Alone, the rule is unknown; loaded with the file that defines it, it is fine.
    expect((await problemsOf({ text }))[0]).toMatch(/unknown rule id 'no-telnet'/);
    await expect(
      loadPolicy(
        { text: `version: 1\nextends: [./dup/base.yml]\n${text.slice(11)}`, file: "x.yml" },
        { cwd: FIXTURES },
      ),
    ).resolves.toMatchObject({ exceptions: [{ id: "E", appliesTo: ["no-telnet"] }] });
  });

  it("shows control characters from the file escaped, so each problem stays one printable line", async () => {
    expect(await problemsOf({ text: `${R}"bad\\nkey\\u001b[31m": 1\n` })).toEqual([
      "<inline>:4:1: unknown key 'bad\\u000akey\\u001b[31m' at the top level; expected one of: version, name, extends, severity, rules, exceptions, coverage, baseline and 1 more",
    ]);
  });

  it("carries the problems in the error message summary", async () => {
    await expect(
      loadPolicy({ text: "version: 2\nseverity: { fail-on: High }\n", file: "p.yml" }),
    ).rejects.toThrow("invalid policy (p.yml): 1 problem");
  });
});
