import { paginateListFindings } from "@aws-sdk/client-inspector2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Inspector2FindingReader } from "../../../src/sources/inspector2/normalize.js";
import { startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

describe("the Inspector (v2) normaliser on findings listed through the SDK", () => {
  let t: TestEmulator2;
  beforeAll(async () => {
    t = await startTestEmulator2();
  });
  afterAll(async () => t.stop());

  it("reads every finding of the seeded account (every type, status and resource) without a problem", async () => {
    const problems: string[] = [];
    const reader = new Inspector2FindingReader({ problems: { add: (p) => problems.push(p) } });
    const seen = { types: new Set<string>(), statuses: new Set<string>(), resources: new Set<string>() };
    let count = 0;
    for await (const page of paginateListFindings({ client: t.client }, { maxResults: 100 })) {
      for (const raw of page.findings ?? []) {
        const finding = reader.convert(raw, count++);
        if (finding === undefined) continue;
        expect(finding.arn).toBe(raw.findingArn);
        seen.types.add(String(finding.type));
        seen.statuses.add(String(finding.status));
        for (const r of finding.resources ?? []) seen.resources.add(r.type);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(0);
    expect([...seen.types].sort()).toEqual([
      "CODE_VULNERABILITY",
      "NETWORK_REACHABILITY",
      "PACKAGE_VULNERABILITY",
    ]);
    expect([...seen.statuses].sort()).toEqual(["ACTIVE", "CLOSED", "SUPPRESSED"]);
    expect(seen.resources).toContain("AWS_ECR_CONTAINER_IMAGE");
    expect(seen.resources).toContain("AWS_LAMBDA_FUNCTION");
    expect(seen.resources).toContain("AWS_EC2_INSTANCE");
  });
});
