/**
 * The Classic run source's fixed costs and their order, against the emulator over HTTP: calls that do
 * not depend on each other go out together, and a missing template is still named as such.
 */
import { afterEach, describe, expect, it } from "vitest";
import { formatReport } from "../../src/report/index.js";
import { runOf } from "../../src/result.js";
import { type Harness, harness, POLICIES, policy } from "./harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Records, in order, when each call is sent ("> Op") and when its answer is back ("< Op"). */
function sent(harnessed: Harness): string[] {
  const events: string[] = [];
  harnessed.client.middlewareStack.add(
    (next, context) => async (args) => {
      const op = String((context as { commandName?: string }).commandName).replace(/Command$/, "");
      events.push(`> ${op}`);
      try {
        return await next(args);
      } finally {
        events.push(`< ${op}`);
      }
    },
    { step: "initialize", name: "recordOrder" },
  );
  return events;
}

describe("the Classic run source", () => {
  it("looks the template and its runs up together, and names a missing template", async () => {
    h = await harness();
    const missing = h.templateArn.replace(/template\/[^/]+$/, "template/0-doesnotexist");
    const result = await h.gate({
      policy: await policy(POLICIES.severityOnly),
      source: { kind: "template", templateArn: missing, runName: "ci-run" },
    });
    expect(result.verdict).toBe("error");
    expect(result.error?.code).toBe("TEMPLATE_NOT_FOUND");
    expect(result.error?.message).toContain(missing);
    expect(result.apiCalls.StartAssessmentRun).toBeUndefined();
    expect(result.source).toMatchObject({
      kind: "inspector-classic-run",
      selection: "template",
      templateArn: missing,
      runName: "ci-run",
      run: null,
    });
    expect(runOf(result)).toBeNull();
    const text = formatReport(result, "text", { toolVersion: "test" });
    expect(text).toContain("run       none located");
    expect(text).not.toContain("offline");
  });

  it("sends the evidence and the rules packages' names beside the first page of findings, not before it", async () => {
    h = await harness({ findings: 40 });
    const events = sent(h);
    const result = await h.gate({ policy: await policy(POLICIES.everything) });
    expect(result.error).toBeUndefined();
    const at = (event: string) => events.indexOf(event);
    // Neither waits for the other: each is sent before the other's answer is back.
    const together = (a: string, b: string) => {
      expect(at(`> ${a}`), `${a} sent before ${b} answered`).toBeLessThan(at(`< ${b}`));
      expect(at(`> ${b}`), `${b} sent before ${a} answered`).toBeLessThan(at(`< ${a}`));
    };
    together("DescribeAssessmentTemplates", "ListAssessmentRuns");
    for (const op of ["ListAssessmentRunAgents", "GetTelemetryMetadata", "DescribeRulesPackages"]) {
      together(op, "ListFindings");
    }
    expect(result.findings).toEqual({ total: 40, evaluated: 40 });
  });
});
