import { describe, expect, it } from "vitest";
import { inert } from "../../src/action/log.js";

/** What the runner would take as a workflow command: `::` at a line's start (V2) or `##[` anywhere (V1). */
const isCommandLine = (line: string) => /^\s*::/.test(line) || line.includes("##[");

describe("inert", () => {
  it.each([
    "::error::pwned",
    "  ::set-output name=verdict::pass",
    "title\n::add-mask::x",
    "title\r::stop-commands::tok",
    "title\r\n::warning file=a::b",
    "##[error]legacy",
    "text ##[set-output name=x;]y",
  ])("neutralises %j", (text) => {
    const out = inert(text);
    expect(out.split("\n").some(isCommandLine)).toBe(false);
    // Still readable: only invisible characters were added.
    expect(out.replace(/\u200b/g, "")).toBe(text.replace(/\r\n|\r/g, "\n"));
  });

  it("leaves ordinary text alone", () => {
    expect(inert("Run COMPLETED after 12 s: a::b is fine mid-line")).toBe(
      "Run COMPLETED after 12 s: a::b is fine mid-line",
    );
  });
});
