/** The catalogue of rules the emulator's findings are drawn from. */
import { describe, expect, it } from "vitest";
import { PACKAGE_KINDS, ruleEntry, ruleSeverity } from "../../../src/emulator/classic/catalog.js";

describe("the catalogue", () => {
  it("gives the same severity by the cheap path as by the full entry", () => {
    for (const kind of PACKAGE_KINDS) {
      const size = kind === "cve" ? 2000 : kind === "cis" ? 38 : kind === "sbp" ? 9 : 14;
      for (let i = 0; i < size; i++) expect(ruleSeverity(42, kind, i)).toBe(ruleEntry(42, kind, i).severity);
    }
  });

  it("gives unique CVE ids", () => {
    const ids = new Set(Array.from({ length: 20_000 }, (_, i) => ruleEntry(1, "cve", i).id));
    expect(ids.size).toBe(20_000);
  });
});
