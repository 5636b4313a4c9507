/** ARNs: parsing every Inspector Classic kind, and finding ids that encode an index and decode back. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFindingId, encodeFindingId, parseArn } from "../../../src/emulator/classic/arn.js";

describe("finding ids", () => {
  it("encode an index as 0- and eight base-62 characters, and decode back (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (index, key) => {
          const id = encodeFindingId(index, key);
          expect(id).toMatch(/^0-[0-9A-Za-z]{8}$/);
          expect(decodeFindingId(id, key)).toBe(index);
        },
      ),
    );
  });

  it("are distinct within a run and differ between runs", () => {
    const ids = new Set(Array.from({ length: 50_000 }, (_, i) => encodeFindingId(i, 7)));
    expect(ids.size).toBe(50_000);
    expect(encodeFindingId(0, 7)).not.toBe(encodeFindingId(0, 8));
  });

  it("decode garbage to -1", () => {
    for (const id of ["", "0-", "0-ABC", "1-AAAAAAAA", "0-AAAAAAA!", "0-zzzzzzzz"])
      expect(decodeFindingId(id, 1)).toBe(-1);
  });
});

describe("parseArn", () => {
  const target = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX";
  it.each([
    [target, { kind: "target", id: "0-nvgVhaxX" }],
    [`${target}/template/0-it5r2S4T`, { kind: "template", parent: target }],
    [
      `${target}/template/0-it5r2S4T/run/0-11LMTAVe`,
      { kind: "run", parent: `${target}/template/0-it5r2S4T` },
    ],
    [
      `${target}/template/0-it5r2S4T/run/0-11LMTAVe/finding/0-HwPnsDm4`,
      { kind: "finding", parent: `${target}/template/0-it5r2S4T/run/0-11LMTAVe`, id: "0-HwPnsDm4" },
    ],
    [
      "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p",
      { kind: "rulespackage", account: "758058086616" },
    ],
    ["arn:aws:inspector:us-west-2:123456789012:resourcegroup/0-AB6DMKnv", { kind: "resourcegroup" }],
  ])("reads %s", (arn, expected) => {
    expect(parseArn(arn)).toMatchObject(expected);
  });

  it.each([
    "arn:aws:inspector:us-west-2:123456789012:target/0-short",
    "arn:aws:ec2:us-west-2:123456789012:target/0-nvgVhaxX",
    `${target}/run/0-11LMTAVe`,
    `${target}/`,
    "target/0-nvgVhaxX",
  ])("refuses %s", (arn) => {
    expect(parseArn(arn)).toBeUndefined();
  });
});
