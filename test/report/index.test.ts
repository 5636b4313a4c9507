import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
import { FORMATS, formatReport, formatters, isFormat } from "../../src/report/index.js";
import { CTX, SCENARIOS } from "./scenarios.js";

describe("report registry", () => {
  it("has a formatter for every format", () => {
    expect(Object.keys(formatters).sort()).toEqual(["json", "junit", "markdown", "sarif", "text"]);
    expect([...FORMATS].sort()).toEqual(Object.keys(formatters).sort());
    expect(Object.isFrozen(formatters)).toBe(true);
  });

  it("isFormat accepts exactly the formats", () => {
    for (const f of FORMATS) expect(isFormat(f)).toBe(true);
    for (const f of ["", "JSON", "html", "toString", "__proto__", "constructor"])
      expect(isFormat(f)).toBe(false);
  });

  it("formatReport dispatches and is pure: same input, same output", () => {
    const result = SCENARIOS.fail!();
    for (const f of FORMATS) {
      const once = formatReport(result, f, CTX);
      expect(once).toBe(formatters[f](result, CTX));
      expect(formatReport(result, f, CTX)).toBe(once);
      expect(once.endsWith("\n")).toBe(true);
    }
    expect(() => formatReport(result, "html" as never, CTX)).toThrow(/unknown report format 'html'/);
  });

  it("is exported from the library surface", () => {
    expect(library.formatReport).toBe(formatReport);
    expect(typeof library.planAnnotations).toBe("function");
    expect(typeof library.escapeMarkdown).toBe("function");
    expect(typeof library.escapeXml).toBe("function");
    expect(library.isFormat("sarif")).toBe(true);
  });
});
