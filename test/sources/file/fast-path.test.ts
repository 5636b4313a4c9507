/**
 * The findings stream parses a finding that lies whole in a chunk with JSON.parse() and leaves the rest to
 * the streaming parser. Written one byte at a time, no finding is ever whole in a chunk, so every byte goes
 * through the streaming parser: that is the oracle. For any text, valid or damaged, the stream must report
 * the same findings, members and value ends, or the same error (message with line and column), whatever
 * the chunking. What reached the sink before an error is not compared (the error voids the file), nor
 * which error a text that is not UTF-8 reports first (a chunk's bytes are checked before they are read).
 */
import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { FindingsJsonStream, type StreamSink } from "../../../src/sources/file/json-stream.js";

type Event = readonly unknown[];

function read(bytes: Uint8Array, cuts: readonly number[]): { events: Event[]; error?: string } {
  const events: Event[] = [];
  const sink: StreamSink = {
    finding: (value, form, root, index, line) => events.push(["finding", value, form, root, index, line]),
    member: (root, key, value) => events.push(["member", root, key, value]),
    valueEnd: (root, form, line, hasFindings) => events.push(["end", root, form, line, hasFindings]),
  };
  const stream = new FindingsJsonStream("f.json", sink);
  try {
    let at = 0;
    for (const cut of [...cuts, bytes.length]) {
      if (cut <= at) continue;
      stream.write(bytes.subarray(at, cut));
      at = cut;
    }
    stream.end();
    return { events };
  } catch (error) {
    return { events: [], error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

function byteByByte(bytes: Uint8Array): number[] {
  return Array.from({ length: bytes.length }, (_, i) => i + 1);
}

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a"b', "back\\slash", "{[}]", 'x\\"y', "é—🔒", "\u0000\u001f", ",:", "line\nbreak"),
);
const leaf = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
const attributes = fc.array(fc.record({ key: text, value: text }), { maxLength: 3 });
const finding = fc.record({
  arn: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `arn:aws:inspector:x:1:finding/${s}`),
  severity: fc.constantFrom("High", "Low", "Medium"),
  title: text,
  attributes,
  extra: fc.dictionary(text, leaf, { maxKeys: 3 }),
});
const findings = fc.array(finding, { maxLength: 5 });

/** The file forms the stream reads, pretty-printed or compact. */
const file = fc
  .tuple(
    fc.constantFrom("document", "array", "lines", "documents"),
    findings,
    findings,
    fc.boolean(),
    fc.option(text, { nil: undefined }),
  )
  .map(([form, a, b, pretty, token]) => {
    const json = (v: unknown) => JSON.stringify(v, null, pretty ? 4 : undefined);
    switch (form) {
      case "document":
        return json({ findings: a, failedItems: {}, ...(token === undefined ? {} : { nextToken: token }) });
      case "array":
        return json(a);
      case "lines":
        return [...a, ...b].map((f) => JSON.stringify(f)).join("\n");
      default:
        return `${json({ findings: a })}\n${json({ findings: b, nextToken: token ?? null })}`;
    }
  });

/** A few bytes changed: deleted, replaced or inserted (JSON's structural bytes most often). */
const damage = fc.array(
  fc.tuple(
    fc.constantFrom("delete", "replace", "insert"),
    fc.nat(),
    fc.constantFrom(...'{}[],:"\\ a1\n'.split(""), "null"),
  ),
  { maxLength: 3 },
);

function damaged(source: string, edits: ReadonlyArray<readonly [string, number, string]>): Uint8Array {
  let bytes = Buffer.from(source, "utf8");
  for (const [kind, at, what] of edits) {
    if (bytes.length === 0) break;
    const i = at % bytes.length;
    const insert = Buffer.from(what, "utf8");
    const head = bytes.subarray(0, i);
    const tail = bytes.subarray(kind === "insert" ? i : i + 1);
    bytes = Buffer.concat(kind === "delete" ? [head, tail] : [head, insert, tail]);
  }
  return bytes;
}

describe("the findings stream's fast path reads what the streaming parser reads", () => {
  it("the same events and the same error for any text, in one chunk or cut anywhere", () => {
    fc.assert(
      fc.property(file, damage, fc.array(fc.nat(), { maxLength: 4 }), (source, edits, cuts) => {
        const bytes = damaged(source, edits);
        const oracle = read(bytes, byteByByte(bytes));
        const chunks = cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)).sort((x, y) => x - y);
        for (const got of [read(bytes, []), read(bytes, chunks)]) {
          if (isUtf8(bytes)) expect(got).toEqual(oracle);
          else
            expect([got.error, oracle.error]).toEqual([
              expect.stringMatching(/^ConfigError: /),
              expect.stringMatching(/^ConfigError: /),
            ]);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("parses a finding whole when it can, and still places it by document, index and line", () => {
    const doc = Buffer.from(
      '{\n  "findings": [\n    {"arn": "a1", "t": "}{"},\n    {"arn": "a2", "t": "\\\\"}\n  ],\n  "failedItems": {}\n}',
    );
    const parse = vi.spyOn(JSON, "parse");
    const { events, error } = read(doc, []);
    const parsed = parse.mock.calls.map((call) => call[0]);
    parse.mockRestore();
    expect(parsed).toEqual(['{"arn": "a1", "t": "}{"}', '{"arn": "a2", "t": "\\\\"}']);
    expect(error).toBeUndefined();
    expect(events).toEqual([
      ["finding", { arn: "a1", t: "}{" }, "document", 0, 0, 3],
      ["finding", { arn: "a2", t: "\\" }, "document", 0, 1, 4],
      ["member", 0, "failedItems", {}],
      ["end", 0, "document", 1, true],
    ]);
  });

  it("reports a broken finding at the same line and column as the streaming parser", () => {
    const doc = Buffer.from('[\n  {"arn": "a1"},\n  {"arn": "a2",, "x": 1}\n]');
    const whole = read(doc, []);
    expect(whole).toEqual(read(doc, byteByByte(doc)));
    expect(whole.error).toMatch(/at line 3, column 16: unexpected/);
  });
});
