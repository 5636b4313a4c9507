/** The validator driven by the service model: an errorCode for every member, the errors it answers. */
import { describe, expect, it } from "vitest";
import { errorCodeFor, validateInput } from "../../../src/emulator/classic/validate.js";
import { ServiceError } from "../../../src/emulator/shared/errors.js";
import { MODEL } from "../../helpers/shape-check.js";

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
