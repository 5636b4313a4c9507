/** The router: one handler for every operation of the service model, and nothing the model lacks. */
import { describe, expect, it } from "vitest";
import { handlerOf, OPERATIONS } from "../../../src/emulator/classic/router.js";
import { MODEL } from "../../helpers/shape-check.js";

describe("the Classic router", () => {
  it("serves exactly the model's operations", () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(MODEL.operations).sort());
  });

  it("knows no operation outside the model, nor an inherited property", () => {
    for (const name of ["ListThings", "", "toString", "__proto__", "constructor"]) {
      expect(handlerOf(name), name).toBeUndefined();
    }
  });
});
