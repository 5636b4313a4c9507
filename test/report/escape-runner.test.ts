import { describe, expect, it } from "vitest";
import { plainText } from "../../src/report/escape.js";

// The Actions runner treats `##[name ...]` anywhere in a line, and `::name::` at the start of a line
// (after leading spaces), as workflow commands. Plain text from findings must never form either.
const v1 = /##\[(error|warning|add-mask|set-output|debug|group)/;
const v2 = /^::/;

describe("plainText in a workflow log", () => {
  it.each([
    "##[add-mask]hunter2",
    "x ##[error]pwned",
    "##[set-output name=verdict;]pass",
    "::error::pwned",
    "  ::add-mask::secret",
    "line one\n::warning::two",
  ])("%j cannot become a command", (text) => {
    const out = plainText(text);
    expect(out).not.toMatch(v1);
    expect(out.trimStart()).not.toMatch(v2);
    // Still readable: only invisible characters were added.
    expect(out.replace(/\u200b/g, "")).toBe(text.replace(/\n/g, " ").trim());
  });
});
