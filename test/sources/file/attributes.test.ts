import { describe, expect, it } from "vitest";
import { parseFindings } from "../../../src/sources/file/read.js";

const ARN = "arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-1";

function attributesOf(attributes: unknown): unknown {
  const [finding] = parseFindings(JSON.stringify([{ arn: ARN, severity: "Low", attributes }]), "f.json");
  return finding?.attributes;
}

describe("offline loader: attributes come out as exactly {key[, value]}", () => {
  it("keeps key and value, in that order", () => {
    const out = attributesOf([{ key: "A", value: "1" }, { key: "B" }]);
    expect(out).toEqual([{ key: "A", value: "1" }, { key: "B" }]);
    expect((out as object[]).map((a) => Object.keys(a))).toEqual([["key", "value"], ["key"]]);
  });

  it("drops fields beyond key and value, and a null value", () => {
    const out = attributesOf([
      { key: "A", value: "1", extra: "x" },
      { extra: "y", key: "B" },
      { key: "C", value: null },
    ]);
    expect(out).toEqual([{ key: "A", value: "1" }, { key: "B" }, { key: "C" }]);
    expect((out as object[]).map((a) => Object.keys(a))).toEqual([["key", "value"], ["key"], ["key"]]);
  });

  it("puts key before value whatever the input's order", () => {
    const out = attributesOf([{ value: "1", key: "A" }]);
    expect((out as object[]).map((a) => Object.keys(a))).toEqual([["key", "value"]]);
    expect(out).toEqual([{ key: "A", value: "1" }]);
  });

  it("still rejects a non-string value, naming the index", () => {
    expect(() => attributesOf([{ key: "A", value: 1 }])).toThrow(
      "f.json:1: [0]: attributes[0] must be an object with a string key and an optional string value",
    );
  });
});
