/**
 * Regular expressions: RE2 semantics (whole value), what checkRegex accepts and refuses (exact messages),
 * and the property that matters for a gate reading untrusted text: every accepted expression is run by
 * the linear-time engine, which reads each character of the text a bounded number of times.
 */
import fc from "fast-check";
import { RE2JS } from "re2js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { evaluate } from "../../src/policy/evaluate.js";
import { compilePatterns } from "../../src/policy/patterns.js";
import { checkRegex, compileRegex, MAX_REGEX_PROGRAM, regexPrefix } from "../../src/policy/regex.js";
import type { Policy } from "../../src/policy/types.js";

describe("matching", () => {
  it("matches the whole value", () => {
    const test = compilePatterns({ regex: "CVE-2021-\\d+" });
    expect(test("CVE-2021-44228")).toBe(true);
    expect(test("xCVE-2021-44228")).toBe(false);
    expect(test("CVE-2021-44228x")).toBe(false);
    expect(compilePatterns({ regex: "a|b" })("ab")).toBe(false);
    expect(compilePatterns({ regex: ".*ssl.*" })("libssl1.1")).toBe(true);
    expect(compilePatterns({ regex: "(?m)^a$" })("a\na")).toBe(false);
  });

  it("mixes with globs and exact values in a list (any of)", () => {
    const test = compilePatterns(["exact", "pre*", { regex: "[0-9]+" }]);
    expect(["exact", "prefix", "123"].map(test)).toEqual([true, true, true]);
    expect(["exactly", "xpre", "12a"].map(test)).toEqual([false, false, false]);
  });

  it("speaks RE2: flags, code points, classes", () => {
    expect(compileRegex("(?i)openssl")("OpenSSL")).toBe(true);
    expect(compileRegex("caf\\x{e9}")("café")).toBe(true);
    expect(compileRegex("[[:digit:]]+\\pL")("42é")).toBe(true);
    expect(compileRegex(".")("😀")).toBe(true); // one code point
    expect(compileRegex("\\s")("\u00a0")).toBe(false); // ASCII white space only
    expect(compileRegex("(?P<year>\\d{4})-(?<n>\\d+)")("2021-44228")).toBe(true);
  });
});

describe("checkRegex", () => {
  const accepted = [
    "CVE-20(1[4-9]|2[0-3])-\\d{4,}",
    "(foo|bar)+",
    "[a-z]+(-[a-z]+)*",
    "\\d+(\\.\\d+)*",
    "\\w+\\s+\\w+",
    "a{1,3}b?",
    "(?:ab){2,5}",
    "9\\.[0-9]|10(\\.0)?",
    // Shapes a backtracking engine can take exponential or polynomial time on: fine for RE2.
    "(a+)+b",
    "(a|ab)*c",
    "(\\w+\\s?)*$",
    "(x\\w*)*",
    "(.*)(.*)(.*)(.*)x",
    "(?:.*)(?:.*)x",
    ".*.*.*.*X",
    "\\d+.*",
    "(.*a){20}",
  ];
  it.each(accepted)("accepts %j", (source) => {
    expect(checkRegex(source)).toBeUndefined();
  });

  const linear = "a linear-time engine cannot match";
  const refused: [source: string, message: string][] = [
    [
      "(a)\\1",
      `back-reference '\\1' is not supported: ${linear} back-references; write out the text you expect instead`,
    ],
    [
      "(?<y>\\d{4})-\\k<y>",
      `back-reference '\\k' is not supported: ${linear} back-references; write out the text you expect instead`,
    ],
    [
      "(?=a)b",
      `lookahead '(?=' is not supported: ${linear} lookaround; spell out the alternatives you mean instead`,
    ],
    [
      "(?!(80|443)$)[0-9]+",
      `lookahead '(?!' is not supported: ${linear} lookaround; spell out the alternatives you mean instead`,
    ],
    [
      "(?<=x)\\d+",
      `lookbehind '(?<=' is not supported: ${linear} lookaround; spell out the alternatives you mean instead`,
    ],
    [
      "a(?<!b)",
      `lookbehind '(?<!' is not supported: ${linear} lookaround; spell out the alternatives you mean instead`,
    ],
    ["[", "invalid regular expression (RE2 syntax): missing closing ]: '['"],
    ["a{2,1}", "invalid regular expression (RE2 syntax): invalid repeat count: '{2,1}'"],
    ["a**", "invalid regular expression (RE2 syntax): invalid nested repetition operator: '**'"],
    ["(?<n>a)(?<n>b)", "invalid regular expression (RE2 syntax): duplicate capture group name: 'n'"],
    [
      "\\u00e9",
      "invalid regular expression (RE2 syntax): invalid escape sequence: '\\u' (write a code point as \\x{00e9})",
    ],
    ["(.*){1,32000}[bc]", "invalid regular expression (RE2 syntax): invalid repeat count: '{1,32000}'"],
    ["x".repeat(513), "regular expression too long (513 characters; at most 512)"],
    [
      "\\d{1,500}",
      `regular expression too large once compiled (1001 instructions; at most ${MAX_REGEX_PROGRAM}): matching time grows with that size, so use smaller repetition counts or fewer alternatives`,
    ],
  ];
  it.each(refused)("refuses %j", (source, message) => {
    expect(checkRegex(source)).toBe(message);
  });
});

/** Regular expressions built from atoms, groups, alternation and every quantifier, nested at will. */
const regexSource: fc.Arbitrary<string> = fc.letrec<{ re: string }>((tie) => ({
  re: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(
      "a",
      "b",
      "x",
      ".",
      ".*",
      "[ab]",
      "[^b]",
      "\\w",
      "\\s",
      "\\d",
      "^",
      "$",
      "\\b",
      "(?m)",
      "(?s)",
    ),
    fc.tuple(tie("re"), tie("re")).map(([l, r]) => `${l}${r}`),
    fc.tuple(tie("re"), tie("re")).map(([l, r]) => `(?:${l}|${r})`),
    fc
      .tuple(tie("re"), fc.constantFrom("*", "+", "?", "{2}", "{1,3}", "{2,}", "*?"))
      .map(([l, q]) => `(${l})${q}`),
  ),
})).re;

describe("regexPrefix", () => {
  const cases: [source: string, prefix: string][] = [
    ["CVE-20(1[4-9]|2[0-3])-\\d{4,}", "CVE-20"],
    ["7\\.[5-9]", "7."],
    ["abc|abd", "ab"],
    ["a(b)c", "abc"],
    ["ab?c", "a"],
    ["(lib)?ssl", ""],
    ["a?b", ""],
    ["^abc", ""],
    ["(?i)abc", ""],
    ["a|", ""],
    ["\\x{e9}t", "ét"],
  ];
  it.each(cases)("%j starts every match with %j", (source, prefix) => {
    expect(regexPrefix(source)).toBe(prefix);
  });

  it("is a prefix of every value the expression matches", () => {
    let withPrefix = 0;
    // Short expressions over a small alphabet, so that random values often match them.
    const atom = fc.constantFrom(
      "a",
      "b",
      "c",
      "[ab]",
      "a?",
      "b*",
      "c+",
      "(?:a|ab)",
      "(?:ab|ac)",
      "(b)",
      ".",
    );
    const source = fc.array(atom, { minLength: 1, maxLength: 4 }).map((atoms) => atoms.join(""));
    fc.assert(
      fc.property(source, fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 6 }), (re, value) => {
        if (!compileRegex(re)(value)) return;
        const prefix = regexPrefix(re);
        if (prefix !== "") withPrefix++;
        expect(value.startsWith(prefix)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(withPrefix).toBeGreaterThan(50);
  });
});

// ---------------------------------------------------------------------------------------------------
// Linear time

/** A text RE2 reads through a counter: how many times the engine read a character of it. */
function counted(text: string): { input: number[]; reads: () => number } {
  let reads = 0;
  const bytes = [...Buffer.from(text, "utf8")];
  const input = new Proxy(bytes, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { input, reads: () => reads };
}

describe("linear time", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("every accepted expression is matched by RE2, never by a backtracking RegExp", () => {
    let checked = 0;
    fc.assert(
      fc.property(regexSource, fc.string({ unit: fc.constantFrom("a", "b", "x", " ") }), (source, value) => {
        if (checkRegex(source) !== undefined) return;
        checked++;
        const expected = RE2JS.compile(source).matcher(value).matches();
        const test = compilePatterns({ regex: source });
        const whole = vi.spyOn(RE2JS.prototype, "testExact");
        const search = vi.spyOn(RE2JS.prototype, "test");
        const exec = vi.spyOn(RegExp.prototype, "exec");
        let got: boolean;
        let calls: [re2: number, exec: number];
        try {
          got = test(value);
          calls = [whole.mock.calls.length + search.mock.calls.length, exec.mock.calls.length];
        } finally {
          whole.mockRestore();
          search.mockRestore();
          exec.mockRestore();
        }
        expect(got).toBe(expected);
        expect(calls).toEqual([1, 0]);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(200);
  });

  it("reads each character of a long text a bounded number of times, whatever the expression", () => {
    fc.assert(
      fc.property(
        regexSource,
        fc.string({ unit: fc.constantFrom("a", "b", "x"), minLength: 1, maxLength: 4 }),
        (source, unit) => {
          if (checkRegex(source) !== undefined) return;
          const test = compileRegex(source);
          // Each (instruction, position) pair is visited at most once: reads <= (program size + 1) x length
          // (the program as run: the expression, or the search for ^(?:expression)$).
          const size = Math.max(
            RE2JS.compile(source).programSize(),
            RE2JS.compile(`^(?:${source})$`).programSize(),
          );
          for (const n of [1_000, 4_000]) {
            const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
            const { input, reads } = counted(text);
            expect(test(input as unknown as string)).toBe(test(text));
            expect(reads()).toBeLessThanOrEqual((size + 1) * (n + 1));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  const pathological = [
    "(.*)(.*)(.*)(.*)x",
    ".*(.*)(.*)(.*)x",
    "(?:.*)(?:.*)x",
    "(a+)+b",
    "(a|aa)+b",
    "(a|a?)+b",
    "(.*a){20}b",
    "([a-z]+)*[0-9]",
    ".*.*.*.*.*.*.*.*X",
    "(\\w+\\s?)*!",
  ];
  it.each(pathological)("matches %j against 100,000 characters in linear time", (source) => {
    expect(checkRegex(source)).toBeUndefined();
    const text = "a".repeat(100_000);
    const { input, reads } = counted(text);
    expect(compileRegex(source)(input as unknown as string)).toBe(false);
    expect(reads()).toBeLessThanOrEqual(2 * (text.length + 1));
    // And through the evaluator, as the gate runs it, on a finding title of that length.
    const policy: Policy = {
      version: 1,
      files: ["t.yml"],
      severityLimits: [],
      rules: [
        {
          id: "r",
          level: "error",
          max: 0,
          match: { title: { regex: source } },
          source: { file: "t.yml", line: 1, column: 1 },
        },
      ],
      exceptions: [],
      coverage: { minAgents: 1, unhealthyAgents: "warn" },
    };
    const finding = {
      arn: "arn:1",
      severity: "High" as const,
      title: text,
      attributes: [],
      userAttributes: [],
      asset: {},
    };
    expect(evaluate(policy, [finding], { now: new Date() }).rules[0]!.matched).toBe(0);
  });
});
