import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { buildSarif, formatReport } from "../../src/report/index.js";
import { CTX, injectionResult, SCENARIOS } from "./scenarios.js";
import { errorsOf, sarifValidator } from "./schemas.js";

const all = { ...SCENARIOS, injection: injectionResult };

describe("SARIF 2.1.0", () => {
  it.each(Object.keys(all))("%s validates against the official SARIF 2.1.0 schema", (name) => {
    const log = JSON.parse(formatReport(all[name as keyof typeof all](), "sarif", CTX)) as Log;
    const validate = sarifValidator();
    expect(validate(log), errorsOf(validate)).toBe(true);
    expect(log.version).toBe("2.1.0");
  });

  it("the vendored schema does reject what SARIF forbids", () => {
    const log = buildSarif(SCENARIOS.fail!(), CTX) as unknown as {
      runs: { results: Record<string, unknown>[] }[];
    };
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.level = "fatal";
    expect(sarifValidator()(broken)).toBe(false);
    const noMessage = structuredClone(log);
    delete noMessage.runs[0]!.results[0]!.message;
    expect(sarifValidator()(noMessage)).toBe(false);
  });

  it("has one result per violating finding, at the policy line, with the asset as a logical location", () => {
    const log = buildSarif(SCENARIOS.fail!(), CTX);
    const run = log.runs[0]!;
    const unsuppressed = run.results!.filter((r) => !r.suppressions);
    expect(unsuppressed).toHaveLength(3 + 5 + 1 + 2);
    const ids = run.tool.driver.rules!.map((r) => r.id);
    expect(ids).toEqual(["severity:High", "severity:Medium", "no-log4shell", "ssh-hardening", "no-telnet"]);
    const log4shell = unsuppressed.find((r) => r.ruleId === "no-log4shell")!;
    expect(log4shell.level).toBe("error");
    expect(ids[log4shell.ruleIndex!]).toBe("no-log4shell");
    expect(log4shell.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: ".github/inspector-gate.yml" },
      region: { startLine: 9, startColumn: 9 },
    });
    expect(log4shell.locations![0]!.logicalLocations![0]).toMatchObject({
      name: "api-1.internal",
      kind: "resource",
    });
    expect(log4shell.properties).toMatchObject({ findingId: "CVE-2021-44228", severity: "High" });
    const ssh = unsuppressed.filter((r) => r.ruleId === "ssh-hardening");
    expect(ssh.map((r) => r.level)).toEqual(["warning", "warning"]);
    const high = unsuppressed.filter((r) => r.ruleId === "severity:High");
    expect(high[0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 4, startColumn: 12 });
    // Fingerprints are stable per rule, finding and asset, and distinct.
    const prints = unsuppressed.map((r) => r.partialFingerprints!["inspectorGateFinding/v1"]);
    expect(new Set(prints).size).toBe(prints.length);
    expect(run.tool.driver.rules![0]!.properties!["security-severity"]).toBe("8.0");
  });

  it("reports waived findings as results with an external suppression carrying the exception's reason", () => {
    const run = buildSarif(SCENARIOS.fail!(), CTX).runs[0]!;
    const suppressed = run.results!.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(2);
    for (const r of suppressed) {
      expect(r.suppressions).toEqual([
        expect.objectContaining({
          kind: "external",
          status: "accepted",
          justification: "Legacy host is isolated; decommissioning tracked in OPS-1234",
          properties: expect.objectContaining({ exceptionId: "legacy-log4j", expires: "2026-03-07" }),
        }),
      ]);
      expect(r.locations![0]!.physicalLocation!.region!.startLine).toBe(27);
    }
    expect(suppressed.map((r) => r.ruleId)).toEqual(["severity:High", "severity:Medium"]);
    expect(suppressed[0]!.level).toBe("error");
  });

  it("describes a severity no limit covers when a waived finding needs it", () => {
    const result = SCENARIOS.fail!();
    const evaluation = result.evaluation!;
    const low = { ...evaluation.exceptions.applied[0]!.findings[0]!, severity: "Low" as const };
    const log = buildSarif(
      {
        ...result,
        evaluation: {
          ...evaluation,
          exceptions: {
            ...evaluation.exceptions,
            applied: [{ ...evaluation.exceptions.applied[0]!, findings: [low], count: 1 }],
          },
        },
      },
      CTX,
    );
    const rules = log.runs[0]!.tool.driver.rules!;
    const waived = log.runs[0]!.results!.find((r) => r.suppressions)!;
    expect(waived.ruleId).toBe("severity:Low");
    expect(rules[waived.ruleIndex!]!.id).toBe("severity:Low");
    expect(waived.level).toBe("note");
    expect(sarifValidator()(log)).toBe(true);
  });

  it("an error verdict is an unsuccessful invocation with the error as a notification and no results", () => {
    const run = buildSarif(SCENARIOS.error!(), CTX).runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.invocations![0]).toMatchObject({ executionSuccessful: false, exitCode: 3 });
    expect(run.invocations![0]!.toolExecutionNotifications![0]).toMatchObject({
      level: "error",
      descriptor: { id: "RUN_FAILED" },
    });
  });

  it("percent-encodes the policy path into a relative URI reference", () => {
    const log = buildSarif(SCENARIOS.offline!(), {
      ...CTX,
      displayPath: () => "policies\\my policy#1.yml",
    });
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      "policies/my%20policy%231.yml",
    );
  });
});
