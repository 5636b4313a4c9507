import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/report/index.js";
import { NOT_FETCHED } from "../../src/report/views.js";
import { anEvaluation, aResult, aSeverityLimit } from "./builders.js";
import { CTX } from "./scenarios.js";

// A severity-only policy is decided from the run's findingCounts: the evaluation knows how many High
// findings there are but holds none of them. Reports must say so, not promise "… and 15 more".
const result = aResult({
  verdict: "fail",
  exitCode: 1,
  evaluation: anEvaluation({
    severity: [aSeverityLimit({ severity: "High", count: 15, max: 0 })],
    violations: [],
    violationsTruncated: true,
  }),
});

describe("a violated limit decided from counts alone", () => {
  it.each(["text", "markdown"] as const)("%s says the findings were not fetched", (format) => {
    const out = formatReport(result, format, CTX);
    expect(out).toContain("15 findings (max 0)");
    expect(out).toContain(NOT_FETCHED.slice(0, 40));
    expect(out).not.toMatch(/and 15 more/);
  });
});
