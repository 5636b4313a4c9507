/**
 * JSON printed to a CI log (`check --format json` or `--format sarif` on stdout) must not form a runner
 * command: the runner reads `##[` anywhere in a line and `::` at the start of one. Every string must still
 * parse back to exactly what the gate saw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJsonText } from "../../src/report/escape.js";
import { formatReport } from "../../src/report/index.js";
import { CTX, injectionResult, PAYLOADS } from "./scenarios.js";

function expectInert(text: string): void {
  for (const line of text.split("\n")) {
    expect(line).not.toContain("##[");
    expect(line.trimStart().startsWith("::")).toBe(false);
  }
}

/** Strings made of the pieces of runner commands and JSON's own syntax. */
const piece = fc.constantFrom("#", "##", "[", "]", "::", ":", "\\", '"', "\n", "error", " ", "u005b", "x");
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(piece, { maxLength: 20 }).map((a) => a.join("")),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    hostile,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(hostile, tie("node"), { maxKeys: 4 }),
  ),
})).node;

describe("JSON text in a workflow log", () => {
  it("every value survives a JSON round trip unchanged, and no line forms a command", () => {
    fc.assert(
      fc.property(value, (v) => {
        const text = toJsonText(v);
        expect(JSON.parse(text)).toEqual(v);
        expectInert(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("escapes `##[` as `##\\u005b`", () => {
    expect(toJsonText({ title: "x ##[error]y" })).toContain('"x ##\\u005berror]y"');
  });

  for (const format of ["json", "sarif"] as const) {
    it(`--format ${format}: findings carrying ##[error] and ::error:: stay inert and unchanged`, () => {
      const result = injectionResult();
      const text = formatReport(result, format, CTX);
      expectInert(text);
      const parsed = JSON.parse(text);
      const titles = new Set<string>();
      const walk = (node: unknown): void => {
        if (typeof node === "string") titles.add(node);
        else if (Array.isArray(node)) node.forEach(walk);
        else if (node !== null && typeof node === "object") Object.values(node).forEach(walk);
      };
      walk(parsed);
      // The JSON report and SARIF's properties carry the finding's title exactly as Inspector sent it.
      expect(titles).toContain(PAYLOADS.at(-1));
      expect(titles).toContain(PAYLOADS[6]);
    });
  }
});
