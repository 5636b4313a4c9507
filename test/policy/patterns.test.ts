/** Glob and regex semantics, regex safety, and the index keys patterns offer. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkRegex,
  compileGlob,
  compilePatterns,
  keyDecides,
  keyOf,
  literalOf,
  regexPrefix,
} from "../../src/policy/patterns.js";

describe("globs", () => {
  const cases: [glob: string, value: string, matches: boolean][] = [
    ["CVE-2021-44228", "CVE-2021-44228", true],
    ["CVE-2021-44228", "CVE-2021-442289", false],
    ["CVE-2021-44228", "xCVE-2021-44228", false],
    ["CVE-2021-*", "CVE-2021-44228", true],
    ["CVE-2021-*", "CVE-2021-", true],
    ["CVE-2021-*", "CVE-2022-1", false],
    ["*.internal", "db.prod.internal", true],
    ["*.internal", "internal", false],
    ["*OpenSSL*", "Instance is vulnerable to OpenSSL 1.0", true],
    ["*OpenSSL*", "openssl", false], // case-sensitive
    ["i-*-web-*", "i-0abc-web-1", true],
    ["i-*-web-*", "i-0abc-db-1", false],
    ["a*b*a", "aba", true],
    ["a*b*a", "ab", false],
    ["a*a", "a", false],
    ["*", "", true],
    ["*", "anything at all", true],
    ["?", "x", true],
    ["?", "", false],
    ["?", "xy", false],
    ["ami-0?", "ami-0f", true],
    ["ami-0?", "ami-0ff", false],
    ["line*end", "line\nbreak end", true],
    ["\\*literal", "*literal", true],
    ["\\*literal", "xliteral", false],
    ["what\\?", "what?", true],
    ["what\\?", "whatx", false],
    ["a.b", "a.b", true],
    ["a.b", "axb", false], // regex metacharacters are literal in globs
    ["(x)[y]{z}+$^|", "(x)[y]{z}+$^|", true],
  ];
  it.each(cases)("%j against %j -> %j", (glob, value, matches) => {
    expect(compileGlob(glob)(value)).toBe(matches);
    expect(compilePatterns(glob)(value)).toBe(matches);
  });

  it("agrees with the obvious regular expression on random globs and values", () => {
    const literal = (c: string) => c.replace(/[\\^$.*+?|()[\]{}]/g, "\\$&");
    const reference = (glob: string) => {
      let source = "";
      for (let i = 0; i < glob.length; i++) {
        const c = glob[i]!;
        if (c === "\\" && i + 1 < glob.length) source += literal(glob[++i]!);
        else source += c === "*" ? "[\\s\\S]*" : c === "?" ? "[\\s\\S]" : literal(c);
      }
      return new RegExp(`^${source}$`);
    };
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab*?\\]{0,8}$/),
        fc.stringMatching(/^[ab*?\\]{0,12}$/),
        (glob, value) => {
          expect(compileGlob(glob)(value)).toBe(reference(glob).test(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("matches long values without backtracking", () => {
    const long = "a".repeat(100_000);
    expect(compileGlob("*a*a*a*a*?b")(long)).toBe(false);
    expect(compileGlob("*a?a*a*")(long)).toBe(true);
  });

  it("knows which globs are exact values", () => {
    expect(literalOf("CVE-2021-44228")).toBe("CVE-2021-44228");
    expect(literalOf("a\\*b")).toBe("a*b");
    expect(literalOf("a*b")).toBeUndefined();
    expect(literalOf("a?b")).toBeUndefined();
    expect(literalOf({ regex: "abc" })).toBeUndefined();
  });
});

describe("regular expressions", () => {
  it("match the whole value", () => {
    const test = compilePatterns({ regex: "CVE-2021-\\d+" });
    expect(test("CVE-2021-44228")).toBe(true);
    expect(test("xCVE-2021-44228")).toBe(false);
    expect(test("CVE-2021-44228x")).toBe(false);
    expect(compilePatterns({ regex: "a|b" })("ab")).toBe(false);
    expect(compilePatterns({ regex: ".*ssl.*" })("libssl1.1")).toBe(true);
  });

  it("mix with globs and exact values in a list (any of)", () => {
    const test = compilePatterns(["exact", "pre*", { regex: "[0-9]+" }]);
    expect(["exact", "prefix", "123"].map(test)).toEqual([true, true, true]);
    expect(["exactly", "xpre", "12a"].map(test)).toEqual([false, false, false]);
  });

  const safe = [
    "CVE-20(1[4-9]|2[0-3])-\\d{4,}",
    "(foo|bar)+",
    "[a-z]+(-[a-z]+)*", // each repetition starts with '-', which [a-z]+ cannot match
    "\\d+(\\.\\d+)*",
    "\\w+(,\\s*\\w+)*",
    "(-(a+)b)*",
    ".*foo.*",
    "\\w+\\s+\\w+",
    "[a-z]+[0-9]+",
    "a+b+a+",
    "(?<=x)\\d+",
    "\\d+\\.\\d+",
    "(?:ab){2,5}",
    "(?<year>\\d{4})-\\k<year>",
    "a{1,3}b?",
    "(?!(80|443)$)[0-9]+",
  ];
  it.each(safe)("accepts %j", (source) => {
    expect(checkRegex(source)).toBeUndefined();
  });

  const unsafe: [string, RegExp][] = [
    ["(a+)+", /'\(a\+\)\+' repeats a group that itself contains a variable-length quantifier/],
    ["(a*)*b", /'\(a\*\)\*' repeats a group/],
    ["(\\w+\\s?)*$", /repeats a group that itself contains a variable-length quantifier/],
    ["((ab)*c)+", /repeats a group/],
    ["(a|ab)*", /repeats alternatives that can start with the same character/],
    ["(\\w|\\d)+", /repeats alternatives/],
    ["(.|\\s)*", /repeats alternatives/],
    ["(a|)+", /repeats alternatives/],
    ["(x\\1)+", /repeats a back-reference/],
    ["(-[a-z-]+)*", /repeats a group/], // the class can match the leading '-'
    ["(-?[a-z]+)*", /repeats a group/], // the leading '-' is optional
    ["(x.*)*", /repeats a group/],
    [".*.*.*.*X", /backtrack polynomially: '\.\*' and '\.\*' repeat characters both can match/],
    ["a*a*a*b", /'a\*' and 'a\*'/],
    ["\\w+\\s*\\w+", /'\\w\+' and '\\w\+'/],
    ["x*y?x*", /'x\*' and 'x\*'/],
    ["\\d+.*", /'\\d\+' and '\.\*'/],
    ["[ab]*[bc]+", /'\[ab\]\*' and '\[bc\]\+'/],
    ["[", /^invalid regular expression: /],
    ["a{2,1}", /^invalid regular expression: /],
    ["x".repeat(513), /^regular expression too long \(513 characters; at most 512\)$/],
  ];
  it.each(unsafe)("refuses %j", (source, message) => {
    expect(checkRegex(source)).toMatch(message);
  });
});

describe("index keys", () => {
  it("takes the literal prefix of a regex when there is one", () => {
    expect(regexPrefix("CVE-2021-\\d+")).toBe("CVE-2021-");
    expect(regexPrefix("7\\.[5-9]")).toBe("7.");
    expect(regexPrefix("ab?c")).toBe("a");
    expect(regexPrefix("ab+")).toBe("ab");
    expect(regexPrefix("^foo.*")).toBe("foo");
    expect(regexPrefix("a|b")).toBeUndefined();
    expect(regexPrefix("(lib)?ssl")).toBeUndefined();
    expect(regexPrefix("a{0,2}b")).toBeUndefined();
    expect(regexPrefix("\\d+")).toBeUndefined();
  });

  it("offers exact values, else a common prefix, else a common suffix", () => {
    expect(keyOf(["a", "b", "a"])).toEqual({ kind: "exact", values: ["a", "b"] });
    expect(keyOf(["CVE-2021-*", "CVE-2022-1"])).toEqual({
      kind: "prefix",
      values: ["CVE-2021-", "CVE-2022-1"],
    });
    expect(keyOf([{ regex: "R-\\d" }, "S-*"])).toEqual({ kind: "prefix", values: ["R-", "S-"] });
    expect(keyOf(["*.internal", "*.local"])).toEqual({ kind: "suffix", values: [".internal", ".local"] });
    expect(keyOf(["*x*"])).toBeUndefined();
    expect(keyOf(["a*", "*b"])).toBeUndefined();
    expect(keyOf({ regex: ".*" })).toBeUndefined();
  });

  it("says when the key is the whole condition (exact values, or only literal prefixes or suffixes)", () => {
    const decides = (patterns: Parameters<typeof keyOf>[0]) => {
      const key = keyOf(patterns);
      return key !== undefined && keyDecides(patterns, key);
    };
    expect(decides(["a", "b\\*"])).toBe(true);
    expect(decides(["CVE-2021-*", "CVE-2022-*"])).toBe(true);
    expect(decides(["*.internal", "*.local"])).toBe(true);
    // A literal among prefixes: "CVE-2022-1" must match whole, not as a prefix.
    expect(decides(["CVE-2021-*", "CVE-2022-1"])).toBe(false);
    expect(decides("a*b")).toBe(false);
    expect(decides("a?*")).toBe(false);
    expect(decides("ab*c*")).toBe(false);
    expect(decides({ regex: "R-\\d" })).toBe(false);
    expect(decides([{ regex: "R-.*" }, "S-*"])).toBe(false);
  });
});
