import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeXml, plainText } from "../../src/report/escape.js";

/** Strings biased towards what breaks renderers: markup, control characters, escapes, surrogates. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    fc.constantFrom(..."<>&\"'`*_[]()#!|~$@\\-+=.:/\r\n\t\u0000\u0007\u001b\u009b\u202e\u2028\ud800\udc00"),
    fc.constantFrom(
      "\u001b[31m",
      "\u001b]8;;x\u0007",
      "::error::",
      "@user",
      "#12",
      "GH-1",
      "](javascript:",
      "<img ",
    ),
  ),
  maxLength: 80,
});

describe("escape properties", () => {
  it("plainText: one line, no control, bidi or lone surrogate", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = plainText(s);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(out).toBe(out.trim());
      }),
      { numRuns: 500 },
    );
  });

  it("escapeMarkdown: no raw HTML, no line break, no unescaped link syntax or pipe, no live mention", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        // Numeric character references are the escape's own: read each as one inert character.
        const out = escapeMarkdown(s).replace(/&#\d+;/g, "\u200b");
        expect(out).not.toMatch(/[<>\r\n]/);
        // Every Markdown-significant character is preceded by a backslash (which is itself escaped).
        const unescaped = out.replace(/\\[\\`*_{}[\]()#!|~$+=.-]/g, "");
        expect(unescaped).not.toMatch(/[\\`*_{}[\]()|~$!]/);
        expect(out).not.toMatch(/@[\p{L}\p{N}_-]/u);
        expect(out).not.toMatch(/#\d/);
      }),
      { numRuns: 500 },
    );
  });

  it("escapeXml: always a well-formed attribute value and element text", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = escapeXml(s);
        expect(XMLValidator.validate(`<a b="${out}" c='${out}'>${out}</a>`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
