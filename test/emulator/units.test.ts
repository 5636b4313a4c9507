/** Narrow units of the emulator: ARNs and finding ids, the model-driven validator, tokens, patterns, the catalogue. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFindingId, encodeFindingId, parseArn } from "../../src/emulator/arn.js";
import { PACKAGE_KINDS, ruleEntry, ruleSeverity } from "../../src/emulator/catalog.js";
import { ServiceError } from "../../src/emulator/errors.js";
import { TokenBucket } from "../../src/emulator/faults.js";
import { namePattern } from "../../src/emulator/operations.js";
import { PageTokens } from "../../src/emulator/pagination.js";
import { errorCodeFor, validateInput } from "../../src/emulator/validate.js";
import { MODEL } from "../helpers/shape-check.js";

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

describe("the model-driven validator", () => {
  /** Every member path of every operation's input, with whether it is a list. */
  function paths(shapeName: string, path: (string | number)[], out: [(string | number)[], boolean][]) {
    const shape = MODEL.shapes[shapeName]!;
    if (shape.type === "structure") {
      for (const [name, ref] of Object.entries(shape.members ?? {})) {
        const member = MODEL.shapes[ref.shape]!;
        out.push([[...path, name], member.type === "list"]);
        paths(ref.shape, [...path, name], out);
      }
    } else if (shape.type === "list") {
      paths(shape.member!.shape, [...path, 0], out);
    }
    return out;
  }

  it("has an InvalidInputErrorCode for every member of every request", () => {
    const codes = new Set(MODEL.shapes["InvalidInputErrorCode"]!.enum);
    const unmapped: string[] = [];
    for (const [operation, op] of Object.entries(MODEL.operations)) {
      if (!op.input) continue;
      for (const [path, isList] of paths(op.input.shape, [], [])) {
        for (const kind of isList ? (["list", "value"] as const) : (["value"] as const)) {
          const code = errorCodeFor(operation, path, kind);
          if (code === undefined || !codes.has(code))
            unmapped.push(`${operation} ${path.join(".")} ${kind}: ${code}`);
        }
      }
    }
    expect(unmapped).toEqual([]);
  });

  it.each([
    ["StartAssessmentRun", {}, "InvalidInputException", "INVALID_ASSESSMENT_TEMPLATE_ARN"],
    [
      "CreateAssessmentTemplate",
      {
        assessmentTargetArn: "a",
        assessmentTemplateName: "n",
        durationInSeconds: 86401,
        rulesPackageArns: [],
      },
      "InvalidInputException",
      "INVALID_ASSESSMENT_TEMPLATE_DURATION",
    ],
    [
      "AddAttributesToFindings",
      { findingArns: ["a"], attributes: [{ key: "k", value: "" }] },
      "InvalidInputException",
      "INVALID_USER_ATTRIBUTE_VALUE",
    ],
    [
      "ListFindings",
      { filter: { attributes: [{ value: "v" }] } },
      "InvalidInputException",
      "INVALID_ATTRIBUTE",
    ],
    [
      "GetExclusionsPreview",
      { assessmentTemplateArn: "a", previewToken: "not-a-uuid" },
      "InvalidInputException",
      "INVALID_PAGINATION_TOKEN",
    ],
    ["ListFindings", { filter: { severities: "High" } }, "SerializationException", undefined],
    ["ListFindings", { maxResults: 1.5 }, "SerializationException", undefined],
    ["DescribeCrossAccountAccessRole", [], "SerializationException", undefined],
  ])("%s %j: %s %s", (operation, input, type, errorCode) => {
    let error: unknown;
    try {
      validateInput(operation, input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).type).toBe(type);
    expect((error as ServiceError).members["errorCode"]).toBe(errorCode);
  });

  it("accepts what the model allows", () => {
    expect(() =>
      validateInput("ListFindings", {
        assessmentRunArns: ["a"],
        filter: {
          severities: ["High"],
          creationTimeRange: { beginDate: 1, endDate: 2 },
          attributes: [{ key: "k" }],
        },
        maxResults: 500,
      }),
    ).not.toThrow();
    expect(() => validateInput("DescribeCrossAccountAccessRole", {})).not.toThrow();
  });
});

describe("page tokens", () => {
  it("refuse tampering, another operation and another request", () => {
    const tokens = new PageTokens();
    const token = tokens.issue("ListFindings", { runs: ["a"] }, [1, 200]);
    expect(token.length).toBeLessThanOrEqual(300);
    expect(tokens.read("ListFindings", { runs: ["a"] }, token)).toEqual([1, 200]);
    const refused = (fn: () => unknown) => {
      expect(fn).toThrow(ServiceError);
      try {
        fn();
      } catch (e) {
        expect((e as ServiceError).members["errorCode"]).toBe("INVALID_PAGINATION_TOKEN");
      }
    };
    refused(() => tokens.read("ListAssessmentRuns", { runs: ["a"] }, token));
    refused(() => tokens.read("ListFindings", { runs: ["b"] }, token));
    refused(() => tokens.read("ListFindings", { runs: ["a"] }, `${token.slice(0, -1)}A`));
    refused(() => tokens.read("ListFindings", { runs: ["a"] }, `x${token}`));
    refused(() => new PageTokens().read("ListFindings", { runs: ["a"] }, token));
  });
});

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

describe("token bucket", () => {
  it("lets a burst through, then the refill rate", () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});

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
