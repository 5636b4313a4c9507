/** Page tokens: sealed, bound to the request they continue, refused with the protocol's error. */
import { describe, expect, it } from "vitest";
import { invalidPageToken } from "../../../src/emulator/classic/errors.js";
import { ServiceError } from "../../../src/emulator/shared/errors.js";
import { PageTokens } from "../../../src/emulator/shared/pagination.js";

describe("page tokens", () => {
  it("refuse tampering, another operation and another request", () => {
    const tokens = new PageTokens(invalidPageToken);
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
    // One character changed in the middle (the last one may carry only padding bits, which decode the same).
    const middle = Math.floor(token.length / 2);
    const swapped = token[middle] === "A" ? "B" : "A";
    refused(() =>
      tokens.read(
        "ListFindings",
        { runs: ["a"] },
        `${token.slice(0, middle)}${swapped}${token.slice(middle + 1)}`,
      ),
    );
    refused(() => tokens.read("ListFindings", { runs: ["a"] }, `x${token}`));
    refused(() => new PageTokens(invalidPageToken).read("ListFindings", { runs: ["a"] }, token));
  });
});
