/**
 * The Inspector (v2) facts of each violating finding in every report: resource, package@installed →
 * fixed-in, Inspector score, EPSS, exploit and KEV flags, the link Inspector gives; SARIF's rule is the
 * vulnerability id with `security-severity` from the Inspector score. Findings are untrusted: hostile
 * text in any of those fields stays inert in every format. And a rule that could not apply is shown.
 */
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { runGateOn } from "../../src/gate.js";
import type { Finding } from "../../src/model.js";
import { formatReport } from "../../src/report/index.js";
import type { GateResult } from "../../src/result.js";
import { fakeSource } from "../helpers/fake-source.js";
import { VirtualClock } from "../helpers/virtual-clock.js";
import { aV2Finding, NOW, policyOf } from "../policy/builders.js";
import { CTX } from "./scenarios.js";
import { errorsOf, reportValidator, sarifValidator } from "./schemas.js";

const ESC = "\u001b";
const DIGEST = "sha256:1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988";

function imageFinding(overrides: Partial<Finding> = {}): Finding {
  return aV2Finding({
    arn: "arn:aws:inspector2:us-east-1:123456789012:finding/0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    id: "CVE-2023-0286",
    title: "CVE-2023-0286 - openssl, openssl-libs",
    severity: "High",
    resources: [
      {
        type: "AWS_ECR_CONTAINER_IMAGE",
        id: `arn:aws:ecr:us-east-1:123456789012:repository/payments-api/${DIGEST}`,
        details: {
          awsEcrContainerImage: { repositoryName: "payments-api", imageHash: DIGEST, imageTags: ["v1.4.2"] },
        },
      },
    ],
    packageVulnerabilityDetails: {
      vulnerabilityId: "CVE-2023-0286",
      source: "NVD",
      sourceUrl: "https://nvd.nist.gov/vuln/detail/CVE-2023-0286",
      vulnerablePackages: [
        {
          name: "openssl",
          version: "1.1.1k",
          release: "7.el8_6",
          epoch: 1,
          fixedInVersion: "1:1.1.1k-8.el8_6",
        },
        {
          name: "openssl-libs",
          version: "1.1.1k",
          release: "7.el8_6",
          epoch: 1,
          fixedInVersion: "NotAvailable",
        },
      ],
    },
    fixAvailable: "PARTIAL",
    exploitAvailable: "YES",
    epss: { score: 0.00422 },
    inspectorScore: 7.4,
    kev: true,
    ...overrides,
  });
}

const HOSTILE = "x\n::error::pwned <script>alert(1)</script> | @octocat #1 ]]> \u001b[31mred";

function lambdaFinding(): Finding {
  return imageFinding({
    arn: "arn:aws:inspector2:us-east-1:123456789012:finding/ffffffffffffffffffffffffffffffff",
    id: "CVE-2099-0001",
    title: HOSTILE,
    severity: "Critical",
    resources: [
      {
        type: "AWS_LAMBDA_FUNCTION",
        id: "arn:aws:lambda:us-east-1:123456789012:function:orders",
        details: { awsLambdaFunction: { functionName: `orders${HOSTILE}` } },
      },
    ],
    packageVulnerabilityDetails: {
      vulnerabilityId: "CVE-2099-0001",
      source: "NVD",
      sourceUrl: "javascript:alert(1)",
      vulnerablePackages: [
        { name: `left-pad${HOSTILE}`, version: "1.0.0", fixedInVersion: `1.0.1${HOSTILE}` },
      ],
    },
    inspectorScore: 9.81,
    epss: { score: 0.97 },
    exploitAvailable: "NO",
    kev: false,
  });
}

async function gate(findings: readonly Finding[], ...lines: string[]): Promise<GateResult> {
  const fake = fakeSource({ batches: [findings] });
  return runGateOn(
    fake.create,
    { policy: await policyOf(...lines) },
    { clock: new VirtualClock(), now: () => NOW },
  );
}

const POLICY = [
  "version: 1",
  "severity: { fail-on: Critical }",
  "rules:",
  "  - id: fixable",
  "    match: { min-severity: High }",
];

describe("the v2 facts of each finding, in every report", () => {
  it("text: the resource, package@installed → fixed in, score, EPSS, exploit, KEV and the link", async () => {
    const text = formatReport(await gate([imageFinding()], ...POLICY), "text", { ...CTX, color: false });
    expect(text).toContain(
      `High CVE-2023-0286 CVE-2023-0286 - openssl, openssl-libs on payments-api@${DIGEST}`,
    );
    expect(text).toContain(
      "openssl@1:1.1.1k-7.el8_6 → 1:1.1.1k-8.el8_6 · openssl-libs@1:1.1.1k-7.el8_6 → no fix · Inspector score 7.4 · EPSS 0.0042 · exploit available · CISA KEV · https://nvd.nist.gov/vuln/detail/CVE-2023-0286",
    );
  });

  it("Markdown: a table of resource, packages and flags, the link as a link", async () => {
    const md = formatReport(await gate([imageFinding()], ...POLICY), "markdown", CTX);
    expect(md).toContain("| Severity | Finding | Resource | Package → fixed in | Score · exploit |");
    expect(md).toContain("([advisory](https://nvd.nist.gov/vuln/detail/CVE-2023-0286))");
    expect(md).toContain("Inspector score 7.4<br>EPSS 0.0042<br>exploit available<br>CISA KEV");
    expect(md).toContain("openssl@&#8203;1:1.1.1k-7.el8\\_6 → 1:1.1.1k-8.el8\\_6");
  });

  it("SARIF: the vulnerability id is the rule, security-severity is the Inspector score, the policy rule a property", async () => {
    const log = JSON.parse(
      formatReport(await gate([imageFinding(), lambdaFinding()], ...POLICY), "sarif", CTX),
    );
    const validate = sarifValidator();
    expect(validate(log), errorsOf(validate)).toBe(true);
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === "CVE-2023-0286");
    expect(rule).toMatchObject({
      helpUri: "https://nvd.nist.gov/vuln/detail/CVE-2023-0286",
      properties: { "security-severity": "7.4" },
    });
    const worst = run.tool.driver.rules.find((r: { id: string }) => r.id === "CVE-2099-0001");
    expect(worst.properties["security-severity"]).toBe("9.8");
    expect(worst.helpUri).toBeUndefined();
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === "CVE-2023-0286");
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe("CVE-2023-0286");
    expect(result.properties).toMatchObject({
      policyRule: "fixable",
      resource: `payments-api@${DIGEST}`,
      packages: ["openssl@1:1.1.1k-7.el8_6 → 1:1.1.1k-8.el8_6", "openssl-libs@1:1.1.1k-7.el8_6 → no fix"],
      inspectorScore: 7.4,
      epss: 0.00422,
      exploitAvailable: true,
      kev: true,
    });
    expect(result.locations[0].logicalLocations[0].name).toBe(`payments-api@${DIGEST}`);
  });

  it("JUnit: each failure lists the facts under the finding", async () => {
    const xml = formatReport(await gate([imageFinding()], ...POLICY), "junit", CTX);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("openssl-libs@1:1.1.1k-7.el8_6 → no fix · Inspector score 7.4");
  });

  it("JSON: a v2 object per violation, valid against the report schema", async () => {
    const report = JSON.parse(formatReport(await gate([imageFinding()], ...POLICY), "json", CTX));
    const validate = reportValidator();
    expect(validate(report), errorsOf(validate)).toBe(true);
    expect(report.violations[0].v2).toEqual({
      resource: `payments-api@${DIGEST}`,
      packages: [
        { installed: "openssl@1:1.1.1k-7.el8_6", fixedIn: "1:1.1.1k-8.el8_6" },
        { installed: "openssl-libs@1:1.1.1k-7.el8_6", fixedIn: null },
      ],
      morePackages: 0,
      inspectorScore: 7.4,
      epss: 0.00422,
      exploitAvailable: true,
      kev: true,
      link: "https://nvd.nist.gov/vuln/detail/CVE-2023-0286",
    });
  });

  it("hostile text in a title, a function name, a package or a version stays inert everywhere; an unsafe link is dropped", async () => {
    const result = await gate([lambdaFinding()], ...POLICY);
    const text = formatReport(result, "text", { ...CTX, color: false });
    const md = formatReport(result, "markdown", CTX);
    const sarif = formatReport(result, "sarif", CTX);
    const junit = formatReport(result, "junit", CTX);
    const json = formatReport(result, "json", CTX);
    for (const out of [text, md, sarif, junit, json]) {
      expect(out).not.toContain(ESC);
      expect(out).not.toContain("javascript:");
      expect(out).not.toMatch(/^::error/m);
    }
    expect(text).toContain("left-pad");
    expect(text).not.toContain("\n::error");
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("@octocat");
    expect(junit).not.toContain("<script>");
    expect(junit).not.toContain("]]> ");
    expect(XMLValidator.validate(junit)).toBe(true);
    // Each finding is one row of the Markdown table: no cell escapes its row.
    const rows = md.split("\n").filter((l) => l.startsWith("| Critical | **CVE-2099-0001**"));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(7);
  });
});

describe("a rule that could not apply, in the reports", () => {
  it("is the error of an error result, and the JSON lists it", async () => {
    const result = await gate(
      [imageFinding({ kev: undefined })],
      "version: 1",
      "severity: { fail-on: Critical }",
      "rules:",
      "  - id: exploited",
      "    match: { kev: true }",
    );
    expect(result.exitCode).toBe(3);
    const text = formatReport(result, "text", { ...CTX, color: false });
    expect(text).toContain("CONDITION_NOT_APPLICABLE");
    expect(text).toContain("rule 'exploited' could not be decided for 1 finding");
    const report = JSON.parse(formatReport(result, "json", CTX));
    const validate = reportValidator();
    expect(validate(report), errorsOf(validate)).toBe(true);
    expect(report.error.code).toBe("CONDITION_NOT_APPLICABLE");
    expect(report.notApplicable).toEqual([
      expect.objectContaining({ kind: "rule", id: "exploited", level: "error", findings: 1 }),
    ]);
    const sarif = JSON.parse(formatReport(result, "sarif", CTX));
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].descriptor.id).toBe(
      "CONDITION_NOT_APPLICABLE",
    );
  });
});
