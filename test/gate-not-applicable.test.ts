/**
 * What the gate does with a policy condition that could not apply, and with Untriaged findings no check
 * counts: an error-level rule that could not be decided is verdict error (exit 3,
 * CONDITION_NOT_APPLICABLE), never a pass; a warning-level one, an exception, or uncounted Untriaged
 * findings are warnings on the result.
 */
import { describe, expect, it } from "vitest";
import { runGateOn } from "../src/gate.js";
import type { Finding } from "../src/model.js";
import { fakeSource } from "./helpers/fake-source.js";
import { VirtualClock } from "./helpers/virtual-clock.js";
import { aFinding, aV2Finding, NOW, policyOf } from "./policy/builders.js";

async function gate(findings: readonly Finding[], ...lines: string[]) {
  const fake = fakeSource({ batches: [findings] });
  return runGateOn(
    fake.create,
    { policy: await policyOf(...lines) },
    { clock: new VirtualClock(), now: () => NOW },
  );
}

describe("a condition that could not apply", () => {
  it("an error-level rule is verdict error, exit 3, CONDITION_NOT_APPLICABLE, and the evaluation says which", async () => {
    const result = await gate(
      [aV2Finding(), aFinding({ severity: "Low" })],
      "version: 1",
      "severity: { fail-on: Critical }",
      "rules:",
      "  - id: exploited",
      "    match: { kev: true }",
    );
    expect(result.verdict).toBe("error");
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("CONDITION_NOT_APPLICABLE");
    expect(result.error?.message).toContain("rule 'exploited' could not be decided for 2 findings");
    expect(result.error?.message).toContain("no CISA KEV data was fetched");
    expect(result.error?.message).toContain("'kev' cannot apply to Inspector Classic findings");
    expect(result.evaluation?.notApplicable).toEqual([
      expect.objectContaining({ kind: "rule", id: "exploited", level: "error", findings: 2 }),
    ]);
  });

  it("is still an error when the policy is violated too, and with warn-only", async () => {
    const fake = fakeSource({ batches: [[aV2Finding({ severity: "Critical" })]] });
    const result = await runGateOn(
      fake.create,
      {
        policy: await policyOf(
          "version: 1",
          "severity: { fail-on: High }",
          "rules:",
          "  - id: k",
          "    match: { kev: true }",
        ),
        warnOnly: true,
      },
      { clock: new VirtualClock(), now: () => NOW },
    );
    expect(result).toMatchObject({
      verdict: "error",
      exitCode: 3,
      error: { code: "CONDITION_NOT_APPLICABLE" },
    });
  });

  it("a warning-level rule or an exception is a warning, and the verdict stands", async () => {
    const result = await gate(
      [aV2Finding({ severity: "High" })],
      "version: 1",
      "severity: { fail-on: High }",
      "rules:",
      "  - id: old-packages",
      "    level: warning",
      "    match: { rules-package: 'Common*' }",
      "exceptions:",
      "  - id: exploited-only",
      "    reason: only exploited ones matter here",
      "    expires: 2030-01-01",
      "    match: { kev: false }",
    );
    expect(result.verdict).toBe("fail");
    expect(result.exitCode).toBe(1);
    expect(result.warnings).toEqual([
      "could not apply: rule 'old-packages' could not be decided for 1 finding: 'rules-package' cannot apply to Inspector (v2) findings: they have no rules package",
      "could not apply: exception 'exploited-only' could not be decided for 1 finding, so it waived none of them: 'kev' could not be decided: no CISA KEV data was fetched for these findings",
    ]);
  });

  it("a finding the rule decides (KEV data fetched) is no warning and no error", async () => {
    const result = await gate(
      [aV2Finding({ kev: false }), aV2Finding({ kev: true, severity: "Low" })],
      "version: 1",
      "severity: { fail-on: Critical }",
      "rules:",
      "  - id: exploited",
      "    match: { kev: true }",
    );
    expect(result).toMatchObject({ verdict: "fail", exitCode: 1, warnings: [] });
    expect(result.evaluation?.notApplicable).toEqual([]);
  });
});

describe("Untriaged findings", () => {
  const untriaged = () => [
    aV2Finding({ severity: "Untriaged", kev: false }),
    aV2Finding({ severity: "Untriaged", kev: false }),
  ];

  it("counted by nothing: a warning says so", async () => {
    const result = await gate(untriaged(), "version: 1", "severity: { fail-on: Low }");
    expect(result.verdict).toBe("pass");
    expect(result.warnings).toEqual([
      "2 Untriaged findings (not yet rated by Inspector) are counted by no severity limit or rule; name Untriaged in severity.max or in a rule's severity to count them",
    ]);
  });

  it("counted by a limit or by a rule that takes every severity: no warning", async () => {
    const limit = await gate(untriaged(), "version: 1", "severity: { fail-on: Low, max: { Untriaged: 5 } }");
    expect(limit).toMatchObject({ verdict: "pass", warnings: [] });
    const rule = await gate(
      untriaged(),
      "version: 1",
      "severity: { fail-on: Low }",
      "rules:",
      "  - id: fixable",
      "    match: { fix-available: 'YES' }",
    );
    expect(rule).toMatchObject({ verdict: "pass", warnings: [] });
  });

  it("a rule that names other severities only does not count them", async () => {
    const result = await gate(
      untriaged(),
      "version: 1",
      "severity: { fail-on: Critical }",
      "rules:",
      "  - id: fixable",
      "    match: { min-severity: Low, fix-available: 'YES' }",
    );
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^2 Untriaged findings/);
  });
});
