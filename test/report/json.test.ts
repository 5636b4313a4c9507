import { describe, expect, it } from "vitest";
import { buildJsonReport, formatReport, REPORT_SCHEMA_VERSION } from "../../src/report/index.js";
import { CTX, injectionResult, SCENARIOS } from "./scenarios.js";
import { errorsOf, reportValidator } from "./schemas.js";

const all = { ...SCENARIOS, injection: injectionResult };

describe("JSON report", () => {
  it.each(Object.keys(all))("%s validates against src/report/report.schema.json", (name) => {
    const report = JSON.parse(formatReport(all[name as keyof typeof all](), "json", CTX));
    const validate = reportValidator();
    expect(validate(report), errorsOf(validate)).toBe(true);
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
  });

  it("carries every field the gate issue lists", () => {
    const report = buildJsonReport(SCENARIOS.fail!(), CTX);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        "schemaVersion",
        "verdict",
        "exitCode",
        "source",
        "findings",
        "counts",
        "severity",
        "rules",
        "violations",
        "exceptions",
        "coverage",
        "apiCalls",
        "error",
      ]),
    );
    expect(report.source?.kind).toBe("inspector-classic-run");
    const run = report.source?.kind === "inspector-classic-run" ? report.source.run : null;
    expect(Object.keys(run!)).toEqual(
      expect.arrayContaining(["arn", "name", "templateArn", "state", "startedAt", "completedAt"]),
    );
    expect(report.findings).toEqual({ total: 122, evaluated: 122 });
    expect(report.counts).toEqual({
      Critical: 0,
      High: 4,
      Medium: 17,
      Low: 40,
      Informational: 61,
      Untriaged: 0,
      Undefined: 0,
    });
    expect(report.severity[0]).toMatchObject({ severity: "High", count: 3, max: 0, violated: true });
    expect(report.rules.map((r) => [r.id, r.level, r.matched, r.max, r.violated])).toEqual([
      ["no-log4shell", "error", 1, 0, true],
      ["ssh-hardening", "warning", 2, 0, true],
      ["no-telnet", "error", 0, 0, false],
    ]);
    expect(report.violations[0]).toMatchObject({
      ruleId: "severity:High",
      severity: "High",
      title: "Apache Log4j2 JNDI features do not protect against attacker controlled LDAP endpoints",
    });
    expect(report.violations[0]!.findingArn).toMatch(/finding\/0-golden001$/);
    expect(report.exceptions.applied.map((a) => a.id)).toEqual(["legacy-log4j", "legacy-log4j"]);
    expect(report.exceptions.expired).toEqual(["old-openssl"]);
    expect(report.exceptions.unused).toEqual(["retired-host"]);
    expect(report.exceptions.expiring).toEqual(["legacy-log4j"]);
    expect(report.exceptions.details.find((d) => d.id === "legacy-log4j")).toMatchObject({
      waived: 2,
      expiring: true,
      expired: false,
      unused: false,
      source: { file: ".github/inspector-gate.yml", line: 27 },
    });
    expect(report.coverage).toMatchObject({ agents: 4, healthy: 3, unhealthy: 1 });
    expect(report.coverage).toMatchObject({ telemetryMessages: { InspectorTimeEventMsg: 1200 } });
    expect(report.apiCalls).toMatchObject({ DescribeFindings: 5 });
    expect(report.apiCallsTotal).toBe(15);
    expect(report.error).toBeNull();
  });

  it("is null where there is nothing: run offline, evaluation before an error", () => {
    const offline = buildJsonReport(SCENARIOS.offline!(), CTX);
    expect(offline.source).toMatchObject({ kind: "file", files: [{ path: "findings.json" }] });
    expect(offline.coverage).toBeNull();
    expect(offline.policy.files).toEqual(["policies/default.yml", ".github/inspector-gate.yml"]);
    const error = buildJsonReport(SCENARIOS.error!(), CTX);
    expect(error).toMatchObject({ verdict: "error", exitCode: 3, error: { code: "RUN_FAILED" } });
    expect(error.rules).toEqual([]);
    expect(error.violations).toEqual([]);
    expect(error.countsAfterExceptions).toBeNull();
  });

  it("rejects a report the schema does not describe (the schema is strict)", () => {
    const report = { ...buildJsonReport(SCENARIOS.pass!(), CTX), surprise: true };
    expect(reportValidator()(report)).toBe(false);
    const wrongVerdict = { ...buildJsonReport(SCENARIOS.pass!(), CTX), verdict: "maybe" };
    expect(reportValidator()(wrongVerdict)).toBe(false);
  });

  it("keeps untrusted strings verbatim, JSON-escaped, with no raw control character", () => {
    const text = formatReport(injectionResult(), "json", CTX);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    for (const line of text.split("\n")) expect(line.trimStart().startsWith("::")).toBe(false);
    const report = JSON.parse(text);
    expect(report.violations[0].title).toBe("<img src=x onerror=alert(1)>");
    expect(report.violations[8].title).toBe("line one\r\n::warning::line two\nline three");
  });
});
