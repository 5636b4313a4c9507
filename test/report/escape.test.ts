import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeXml, plainText, stripAnsi, truncate } from "../../src/report/escape.js";

describe("plainText", () => {
  it.each([
    ["plain", "plain"],
    ["a\r\nb\nc\rd\te", "a b c d e"],
    ["\u001b[31mred\u001b[0m", "red"],
    ["\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007", "link"],
    ["\u001b]0;window title\u001b\\after", "after"],
    ["\u009b31mcsi", "csi"],
    ["bell\u0007 nul\u0000 del\u007f", "bell nul del"],
    ["\u202eevil\u202c \u2066iso\u2069", "evil iso"],
    ["line\u2028sep\u2029para\u0085nel", "line sep para nel"],
    ["  many    spaces  ", "many spaces"],
    ["lone \ud800 surrogate", "lone \ufffd surrogate"],
    ["emoji 😀 stays", "emoji 😀 stays"],
  ])("%j -> %j", (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  it("cuts to a length with an ellipsis, counting code points", () => {
    expect(plainText("abcdefghij", 5)).toBe("abcd…");
    expect(truncate("😀😀😀😀", 3)).toBe("😀😀…");
    expect(truncate("short", 10)).toBe("short");
  });

  it("stripAnsi removes only escape sequences", () => {
    expect(stripAnsi("\u001b[1;31mx\u001b[0m\ny")).toBe("x\ny");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;"],
    ["<details>", "&lt;details&gt;"],
    ["[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert\\(1\\)\\)"],
    ["![i](http://e/x.png)", "\\!\\[i\\]\\(http://e/x.png\\)"],
    ["a | b", "a \\| b"],
    ["`code`", "\\`code\\`"],
    ["**b** _i_ ~s~ $m$", "\\*\\*b\\*\\* \\_i\\_ \\~s\\~ \\$m\\$"],
    ["@someone", "@&#8203;someone"],
    ["mail a@b.c", "mail a@&#8203;b.c"],
    ["#123", "\\#&#8203;123"],
    ["owner/repo#45", "owner/repo\\#&#8203;45"],
    ["GH-789", "GH&#8203;-789"],
    ["#tag", "\\#tag"],
    ["a\nb", "a b"],
    ["- item", "\\- item"],
    ["1. item", "1\\. item"],
    ["& \" '", "&amp; &quot; &#39;"],
    ["back\\slash", "back\\\\slash"],
    ["<!-- x -->", "&lt;\\!-- x --&gt;"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("never lets a raw <, a line break or an unescaped link bracket through", () => {
    const hostile = "x<y>\r\n[a](b) @c #1 |";
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/[<>\r\n]/);
    expect(out).not.toMatch(/(^|[^\\])[[\]()|]/);
  });
});

describe("escapeXml", () => {
  it.each([
    ["a<b>&\"'", "a&lt;b&gt;&amp;&quot;&apos;"],
    ["tab\tlf\ncr\r", "tab&#9;lf&#10;cr&#13;"],
    ["nul\u0000 vt\u000b ff\u000c esc\u001b[31m", "nul vt ff esc"],
    ["\ufffe\uffff", ""],
    ["\udc00 lone", "\ufffd lone"],
    ["ok 😀 é", "ok 😀 é"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});
