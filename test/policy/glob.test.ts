/**
 * Glob semantics (against the obvious regular expression), and the exact values and literal prefixes a
 * pattern list offers the value index.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileGlob } from "../../src/policy/glob.js";
import { compilePatterns, literalOf, literalsOf, prefixesOf } from "../../src/policy/patterns.js";

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
    expect(literalsOf(["a", "b\\*"])).toEqual(["a", "b*"]);
    expect(literalsOf(["a", "b*"])).toBeUndefined();
  });

  it("knows the literal prefix every match starts with, when each glob of a list has one", () => {
    expect(prefixesOf(["CVE-2021-*", "CVE-2022-1"])).toEqual(["CVE-2021-", "CVE-2022-1"]);
    expect(prefixesOf("i-0?*")).toEqual(["i-0"]);
    expect(prefixesOf("a\\*b*")).toEqual(["a*b"]);
    expect(prefixesOf(["a*", "*b"])).toBeUndefined();
    expect(prefixesOf("?a")).toBeUndefined();
    expect(prefixesOf({ regex: "R-\\d" })).toEqual(["R-"]);
    expect(prefixesOf(["S-*", { regex: "(?i)r-\\d" }])).toBeUndefined();
  });
});
