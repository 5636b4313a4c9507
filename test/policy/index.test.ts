/**
 * The value index against testing every rule and exception the obvious way (the documented semantics,
 * test/helpers/policy-reference.ts), on values built to stress it: exact values and literal prefixes of
 * several lengths, values shorter than a prefix, non-ASCII code units, and lists mixing exact values,
 * prefixes, suffixes and regexes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model.js";
import { daysLeft, evaluate } from "../../src/policy/evaluate.js";
import type { Match, Pattern, Patterns, Policy, PolicyException, Rule } from "../../src/policy/types.js";
import { matchesReference } from "../helpers/policy-reference.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const SOURCE = { file: "index.yml", line: 1, column: 1 };
const text = fc.string({ unit: fc.constantFrom("a", "b", "é", "中", "\u0100"), maxLength: 3 });

const pattern: fc.Arbitrary<Pattern> = fc.oneof(
  text,
  text.map((t) => `${t}*`),
  text.map((t) => `*${t}`),
  text.map((t) => `${t}?*`),
  fc.tuple(text, text).map(([a, b]) => `${a}*${b}`),
  fc.constant({ regex: "a.*" }),
  fc.constantFrom({ regex: "[^a]b?" }, { regex: "ab?.*" }, { regex: "(?:a|ab)b*" }, { regex: "é中?" }),
);
const patterns: fc.Arbitrary<Patterns> = fc.oneof(
  pattern,
  fc.array(pattern, { minLength: 1, maxLength: 3 }),
  fc.array(
    text.map((t) => `${t}*`),
    { minLength: 1, maxLength: 3 },
  ),
);
/** One or two conditions, so that random rules match random findings often enough to matter. */
const condition: fc.Arbitrary<Match> = fc.oneof(
  patterns.map((id) => ({ id })),
  patterns.map((title) => ({ title })),
  fc
    .dictionary(fc.constantFrom("K", "L"), patterns, { minKeys: 1, maxKeys: 2 })
    .map((attributes) => ({ attributes })),
  patterns.map((K) => ({ userAttributes: { K } })),
  patterns.map((agentId) => ({ asset: { agentId } })),
  patterns.map((hostname) => ({ asset: { hostname } })),
  patterns.map((rulesPackage) => ({ rulesPackage })),
);
const match: fc.Arbitrary<Match> = fc
  .array(condition, { minLength: 1, maxLength: 2 })
  .map((list) => Object.assign({}, ...list) as Match);

const finding: fc.Arbitrary<Finding> = fc
  .record({
    n: fc.nat(),
    id: text,
    title: text,
    attributes: fc.array(fc.record({ key: fc.constantFrom("K", "L"), value: text }), { maxLength: 3 }),
    userAttributes: fc.array(fc.record({ key: fc.constant("K"), value: text }), { maxLength: 2 }),
    agentId: text,
    hostname: text,
    pkg: text,
  })
  .map(({ n, agentId, hostname, pkg, ...f }) => ({
    ...f,
    arn: `arn:aws:inspector:us-west-2:1:finding/0-${n}`,
    severity: "High" as const,
    rulesPackageName: pkg,
    asset: { agentId, hostname },
  }));

const policy: fc.Arbitrary<Policy> = fc
  .tuple(fc.array(match, { minLength: 1, maxLength: 6 }), fc.array(match, { maxLength: 3 }))
  .map(([rules, exceptions]) => ({
    version: 1 as const,
    files: ["index.yml"],
    severityLimits: [],
    rules: rules.map((m, i): Rule => ({ id: `r${i}`, level: "error", max: 0, match: m, source: SOURCE })),
    exceptions: exceptions.map(
      (m, i): PolicyException => ({
        id: `e${i}`,
        reason: "index",
        expires: "2027-01-01",
        appliesTo: [`r${i}`],
        match: m,
        source: SOURCE,
      }),
    ),
    coverage: { minAgents: 1, unhealthyAgents: "warn" as const },
  }));

describe("value index", () => {
  it("finds exactly the rules and exceptions that testing each one finds", () => {
    fc.assert(
      fc.property(policy, fc.array(finding, { maxLength: 30 }), (p, list) => {
        expect(p.exceptions.every((e) => daysLeft(e.expires, NOW) >= 0)).toBe(true);
        const matched = p.rules.map(() => 0);
        const waived = p.rules.map(() => 0);
        for (const f of list) {
          p.rules.forEach((rule, r) => {
            if (!matchesReference(rule.match, f)) return;
            // Exception i applies to rule i only.
            const exception = p.exceptions[r];
            if (exception !== undefined && matchesReference(exception.match, f)) waived[r]!++;
            else matched[r]!++;
          });
        }
        const e = evaluate(p, list, { now: NOW, sampleLimit: 1000 });
        expect(e.rules.map((r) => r.matched)).toEqual(matched);
        expect(e.rules.map((r) => r.waived)).toEqual(waived);
      }),
      { numRuns: 500 },
    );
  });
});

describe("compiled tests", () => {
  const rule = (m: Match): Policy => ({
    version: 1,
    files: ["index.yml"],
    severityLimits: [],
    rules: [{ id: "r", level: "error", max: 0, match: m, source: SOURCE }],
    exceptions: [],
    coverage: { minAgents: 1, unhealthyAgents: "warn" },
  });
  const base = (over: Partial<Finding>): Finding => ({
    arn: "arn:aws:inspector:us-west-2:1:finding/0-1",
    severity: "High",
    attributes: [],
    userAttributes: [],
    asset: {},
    ...over,
  });
  const matched = (m: Match, f: Finding) => evaluate(rule(m), [f], { now: NOW }).rules[0]!.matched;

  it("treats policy text as data: quotes, backslashes and code in keys and values match literally", () => {
    const hostile = [
      '"); throw new Error("injected"); ("',
      ["`$", "{process.exit(3)}`"].join(""),
      '\\\\" + 1 + "',
      "*/ } return true; { /*",
      "\u2028\u2029",
      "__proto__",
    ];
    for (const text of hostile) {
      const escaped = text.replace(/[\\*?]/g, (c) => `\\${c}`);
      const m: Match = {
        id: escaped,
        attributes: { [text]: [escaped, `${escaped}*`] },
        asset: { hostname: `*${escaped}` },
      };
      const good = base({
        id: text,
        attributes: [{ key: text, value: `${text}x` }],
        asset: { hostname: `a${text}` },
      });
      expect(matched(m, good)).toBe(1);
      expect(matched(m, { ...good, id: `${text} ` })).toBe(0);
      expect(matched(m, { ...good, attributes: [{ key: `${text} `, value: text }] })).toBe(0);
    }
  });

  it("keeps the range semantics: NaN and missing numbers never match, open bounds accept any number", () => {
    expect(matched({ numericSeverity: {} }, base({ numericSeverity: 0 }))).toBe(1);
    expect(matched({ numericSeverity: {} }, base({ numericSeverity: Number.NaN }))).toBe(0);
    expect(matched({ numericSeverity: { min: 5 } }, base({ numericSeverity: Number.NaN }))).toBe(0);
    expect(matched({ confidence: { max: 5 } }, base({}))).toBe(0);
    expect(matched({ confidence: { min: 5, max: 5 } }, base({ confidence: 5 }))).toBe(1);
    expect(matched({ indicatorOfCompromise: false }, base({}))).toBe(1);
    expect(matched({ indicatorOfCompromise: true }, base({}))).toBe(0);
  });
});
