/** The finding model's severities: one order for every consumer, and each service's enum mapped onto it. */
import { describe, expect, it } from "vitest";
import {
  CLASSIC_SEVERITIES,
  emptySeverityCounts,
  INSPECTOR2_SEVERITIES,
  INSPECTOR2_SEVERITY,
  isSeverity,
  SEVERITIES,
  SEVERITY_RANK,
  severityRank,
  subjectLabel,
} from "../src/model.js";

describe("severities", () => {
  it("orders Undefined < Untriaged < Informational < Low < Medium < High < Critical", () => {
    expect(SEVERITIES).toEqual([
      "Undefined",
      "Untriaged",
      "Informational",
      "Low",
      "Medium",
      "High",
      "Critical",
    ]);
    SEVERITIES.forEach((s, i) => {
      expect(SEVERITY_RANK[s]).toBe(i);
      expect(severityRank(s)).toBe(i);
    });
    expect(severityRank("Severe")).toBe(0);
    expect(severityRank("high")).toBe(0);
    expect(isSeverity("Critical")).toBe(true);
    expect(isSeverity("toString")).toBe(false);
  });

  it("maps Inspector Classic's five values one to one, in the same order", () => {
    // The Classic service model's Severity enum.
    expect([...CLASSIC_SEVERITIES].sort()).toEqual(["High", "Informational", "Low", "Medium", "Undefined"]);
    const ranks = CLASSIC_SEVERITIES.map((s) => SEVERITY_RANK[s]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("maps Inspector (v2)'s six values onto ours, keeping their order", () => {
    // The v2 service model's Severity enum, lowest first as Inspector ranks them.
    const v2 = ["UNTRIAGED", "INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
    expect(Object.keys(INSPECTOR2_SEVERITY).sort()).toEqual([...v2].sort());
    const mapped = v2.map((s) => INSPECTOR2_SEVERITY[s]!);
    expect(mapped).toEqual(INSPECTOR2_SEVERITIES);
    const ranks = mapped.map((s) => SEVERITY_RANK[s]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("counts every severity, highest first", () => {
    expect(Object.keys(emptySeverityCounts())).toEqual([...SEVERITIES].reverse());
  });
});

describe("labels", () => {
  it("names a Classic asset or a v2 resource", () => {
    const base = { arn: "a", severity: "High" as const, attributes: [], userAttributes: [] };
    expect(subjectLabel({ ...base, asset: { hostname: "web-1", agentId: "i-1" } })).toBe("web-1");
    expect(
      subjectLabel({
        ...base,
        asset: {},
        resources: [
          {
            type: "AWS_ECR_CONTAINER_IMAGE",
            id: "arn:aws:ecr:us-east-1:111122223333:repository/app/sha256:abc",
            details: { awsEcrContainerImage: { repositoryName: "app", imageHash: "sha256:abc" } },
          },
        ],
      }),
    ).toBe("app@sha256:abc");
    expect(
      subjectLabel({ ...base, asset: {}, resources: [{ type: "AWS_EC2_INSTANCE", id: "i-0abc" }] }),
    ).toBe("i-0abc");
  });
});
