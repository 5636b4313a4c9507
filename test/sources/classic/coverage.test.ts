import { describe, expect, it } from "vitest";
import type { CoverageInfo } from "../../../src/result.js";
import { judgeCoverage } from "../../../src/sources/classic/coverage.js";

describe("judgeCoverage", () => {
  const info = (over: Partial<CoverageInfo>): CoverageInfo => ({
    agents: 3,
    healthy: 3,
    unhealthy: 0,
    reporting: 3,
    telemetryMessages: { InspectorTelemetry: 30 },
    unhealthyAgents: [],
    minAgents: 1,
    unhealthyPolicy: "warn",
    ...over,
  });

  it("accepts enough healthy reporting agents", () => {
    expect(judgeCoverage(info({}))).toEqual({ warnings: [] });
  });

  it("is an error when fewer healthy agents reported than min-agents", () => {
    const judged = judgeCoverage(
      info({
        healthy: 0,
        unhealthy: 3,
        reporting: 0,
        unhealthyAgents: [{ agentId: "i-1", healthCode: "UNHEALTHY" }],
      }),
    );
    expect(judged.error?.code).toBe("COVERAGE_INSUFFICIENT");
    expect(judged.error?.exitCode).toBe(3);
    expect(judged.error?.message).toContain("only 0 of 3 agents were healthy and reported telemetry");
    expect(judged.error?.message).toContain("i-1 (UNHEALTHY) and 2 more");
  });

  it("reports unhealthy agents per the setting", () => {
    const some = {
      healthy: 2,
      unhealthy: 1,
      reporting: 2,
      unhealthyAgents: [{ agentId: "i-3", healthCode: "SHUTDOWN" }],
    };
    expect(judgeCoverage(info({ ...some, unhealthyPolicy: "warn" })).warnings).toEqual([
      "1 of 3 agents was unhealthy during the run: i-3 (SHUTDOWN)",
    ]);
    expect(judgeCoverage(info({ ...some, unhealthyPolicy: "ignore" }))).toEqual({ warnings: [] });
    expect(judgeCoverage(info({ ...some, unhealthyPolicy: "fail" })).error?.code).toBe(
      "COVERAGE_UNHEALTHY_AGENTS",
    );
  });
});
