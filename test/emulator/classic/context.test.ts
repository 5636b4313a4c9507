/** What the Classic operations share: Inspector's name patterns. */
import { describe, expect, it } from "vitest";
import { namePattern } from "../../../src/emulator/classic/context.js";

describe("name patterns", () => {
  it.each([
    ["web-*", "web-1", true],
    ["web-*", "api-1", false],
    ["web-?", "web-12", false],
    ["web-??", "web-12", true],
    ["a.b", "axb", false],
    ["a.b", "a.b", true],
    ["(x)+", "(x)+", true],
    ["exact", "exact", true],
    ["exact", "exactly", false],
  ])("%s against %s: %s", (pattern, name, expected) => {
    expect(namePattern(pattern).test(name)).toBe(expected);
  });
});
