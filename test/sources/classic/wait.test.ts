import type { AssessmentRun } from "@aws-sdk/client-inspector";
import { describe, expect, it } from "vitest";
import { checkRunState, expectedEnd } from "../../../src/sources/classic/wait.js";

describe("run states", () => {
  const run = (state: string, extra: Partial<AssessmentRun> = {}) => ({ state, ...extra }) as AssessmentRun;
  it("classifies terminal and running states", () => {
    expect(checkRunState(run("COMPLETED"), false).state).toBe("SUCCESS");
    expect(checkRunState(run("COMPLETED_WITH_ERRORS"), false).state).toBe("FAILURE");
    expect(checkRunState(run("COMPLETED_WITH_ERRORS"), true).state).toBe("SUCCESS");
    for (const s of ["FAILED", "ERROR", "CANCELED"])
      expect(checkRunState(run(s), true).state).toBe("FAILURE");
    for (const s of ["CREATED", "COLLECTING_DATA", "EVALUATING_RULES", "DATA_COLLECTED"]) {
      expect(checkRunState(run(s), false).state).toBe("RETRY");
    }
  });

  it("computes the expected end from startedAt and durationInSeconds", () => {
    const startedAt = new Date("2026-01-15T12:00:00Z");
    expect(expectedEnd(run("COLLECTING_DATA", { startedAt, durationInSeconds: 900 }), 1000)).toBe(
      startedAt.getTime() + 901_000,
    );
    expect(expectedEnd(run("CREATED"), 1000)).toBeUndefined();
  });
});
