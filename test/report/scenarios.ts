/** The gate results the golden files are made of, and the injection payloads. */

import { ExitCode } from "../../src/errors.js";
import { emptySeverityCounts } from "../../src/model.js";
import type { ReportContext } from "../../src/report/types.js";
import type { GateResult } from "../../src/result.js";
import {
  aClassicSource,
  aCoverage,
  aFileSource,
  aFinding,
  anAppliedException,
  anEvaluation,
  anException,
  aResult,
  aRuleResult,
  aRun,
  aSeverityLimit,
  at,
  CVE_PACKAGE,
  RUN_ARN,
  TEMPLATE_ARN,
  violationsOf,
} from "./builders.js";
import { baselineResult } from "./scenario-baseline.js";

export const CTX: ReportContext = {
  toolVersion: "1.2.3",
  displayPath: (file) => file.replace(/^\/work\/repo\//, ""),
};

const arn = (n: number) => `${RUN_ARN}/finding/0-golden${String(n).padStart(3, "0")}`;

export function passResult(): GateResult {
  return aResult({
    counts: { Critical: 0, High: 0, Medium: 3, Low: 12, Informational: 27, Untriaged: 0, Undefined: 0 },
    evaluation: anEvaluation({
      findings: { evaluated: 42 },
      counts: {
        raw: { Critical: 0, High: 0, Medium: 3, Low: 12, Informational: 27, Untriaged: 0, Undefined: 0 },
        afterExceptions: {
          Critical: 0,
          High: 0,
          Medium: 3,
          Low: 12,
          Informational: 27,
          Untriaged: 0,
          Undefined: 0,
        },
      },
      severity: [
        aSeverityLimit({ severity: "High", count: 0, max: 0, source: at(4, 12) }),
        aSeverityLimit({ severity: "Medium", count: 3, max: 10, source: at(6, 13) }),
      ],
      rules: [
        aRuleResult({
          id: "no-log4shell",
          description: "Log4Shell must never ship",
          matched: 0,
          max: 0,
          source: at(9, 9),
        }),
      ],
    }),
  });
}

export function failResult(): GateResult {
  const high = [
    aFinding({
      arn: arn(1),
      id: "CVE-2021-44228",
      title: "Apache Log4j2 JNDI features do not protect against attacker controlled LDAP endpoints",
      severity: "High",
      numericSeverity: 10,
      asset: { hostname: "api-1.internal", agentId: "i-0aa0000000000001" },
    }),
    aFinding({
      arn: arn(2),
      id: "CVE-2023-38545",
      title: "curl SOCKS5 heap buffer overflow",
      severity: "High",
      numericSeverity: 9.8,
      asset: { hostname: "web-1.internal", agentId: "i-0aa0000000000002" },
    }),
    aFinding({
      arn: arn(3),
      id: "CVE-2022-0778",
      title: "openssl BN_mod_sqrt() infinite loop",
      severity: "High",
      numericSeverity: 7.5,
      asset: { hostname: "web-2.internal", agentId: "i-0aa0000000000003", autoScalingGroup: "web-asg" },
    }),
  ];
  const medium = [1, 2, 3, 4, 5, 6, 7].map((n) =>
    aFinding({
      arn: arn(10 + n),
      id: `CVE-2024-10${n}0`,
      title: `libxml2 issue number ${n}`,
      severity: "Medium",
      numericSeverity: 6 - n / 10,
      asset: { hostname: `worker-${n}.internal`, agentId: `i-0bb000000000000${n}` },
    }),
  );
  const ssh = [
    aFinding({
      arn: arn(21),
      id: "arn:aws:inspector:us-west-2:758058086616:rule/0-ssh-root",
      title:
        "Instance i-0aa0000000000002 is configured to allow users to log in with root credentials over SSH",
      severity: "Medium",
      rulesPackageName: "Security Best Practices",
      asset: { hostname: "web-1.internal", agentId: "i-0aa0000000000002" },
    }),
    aFinding({
      arn: arn(22),
      id: "arn:aws:inspector:us-west-2:758058086616:rule/0-ssh-password",
      title: "Instance i-0aa0000000000003 is configured to support password authentication over SSH",
      severity: "Medium",
      rulesPackageName: "Security Best Practices",
      asset: { hostname: "web-2.internal", agentId: "i-0aa0000000000003" },
    }),
  ];
  const waived = [
    aFinding({
      arn: arn(31),
      id: "CVE-2021-45046",
      title: "Log4j2 Thread Context lookup pattern",
      severity: "High",
      numericSeverity: 9,
      asset: { hostname: "legacy-1.internal", agentId: "i-0cc0000000000001" },
    }),
    aFinding({
      arn: arn(32),
      id: "CVE-2021-45105",
      title: "Log4j2 uncontrolled recursion",
      severity: "Medium",
      asset: { hostname: "legacy-1.internal", agentId: "i-0cc0000000000001" },
    }),
  ];
  const raw = { Critical: 0, High: 4, Medium: 17, Low: 40, Informational: 61, Untriaged: 0, Undefined: 0 };
  return aResult({
    counts: raw,
    coverage: aCoverage({
      agents: 4,
      healthy: 3,
      unhealthy: 1,
      reporting: 3,
      unhealthyAgents: [{ agentId: "i-0dd0000000000001", healthCode: "UNHEALTHY" }],
    }),
    warnings: ["1 agent was unhealthy during the run: i-0dd0000000000001 (UNHEALTHY)"],
    evaluation: anEvaluation({
      verdict: "fail",
      findings: { evaluated: 122 },
      counts: {
        raw,
        afterExceptions: {
          Critical: 0,
          High: 3,
          Medium: 16,
          Low: 40,
          Informational: 61,
          Untriaged: 0,
          Undefined: 0,
        },
        byRulesPackage: {
          [CVE_PACKAGE]: {
            Critical: 0,
            High: 4,
            Medium: 15,
            Low: 30,
            Informational: 20,
            Untriaged: 0,
            Undefined: 0,
          },
          "Security Best Practices": {
            Critical: 0,
            High: 0,
            Medium: 2,
            Low: 10,
            Informational: 41,
            Untriaged: 0,
            Undefined: 0,
          },
        },
      },
      severity: [
        aSeverityLimit({ severity: "High", count: 3, max: 0, source: at(4, 12) }),
        aSeverityLimit({ severity: "Medium", count: 16, max: 10, source: at(6, 13) }),
      ],
      rules: [
        aRuleResult({
          id: "no-log4shell",
          description: "Log4Shell must never ship",
          matched: 1,
          waived: 1,
          max: 0,
          source: at(9, 9),
        }),
        aRuleResult({
          id: "ssh-hardening",
          description: "SSH should not allow root or password logins",
          level: "warning",
          matched: 2,
          max: 0,
          source: at(15, 9),
        }),
        aRuleResult({ id: "no-telnet", matched: 0, max: 0, source: at(21, 9) }),
      ],
      violations: [
        ...violationsOf("severity:High", high),
        ...violationsOf("severity:Medium", medium.slice(0, 5)),
        ...violationsOf("no-log4shell", [high[0]!]),
        ...violationsOf("ssh-hardening", ssh, "warning"),
      ],
      violationsTruncated: true,
      exceptions: {
        applied: [
          anAppliedException({
            id: "legacy-log4j",
            reason: "Legacy host is isolated; decommissioning tracked in OPS-1234",
            owner: "platform-team",
            ticket: "OPS-1234",
            expires: "2026-03-07",
            daysLeft: 5,
            source: at(27, 9),
            findings: waived,
          }),
        ],
        expired: [
          anException({
            id: "old-openssl",
            reason: "Waiting for vendor patch",
            expires: "2026-02-01",
            daysLeft: -29,
            source: at(33, 9),
          }),
        ],
        unused: [
          anException({
            id: "retired-host",
            reason: "Host retired",
            expires: "2026-12-31",
            daysLeft: 304,
            source: at(38, 9),
          }),
        ],
        expiring: [
          anException({
            id: "legacy-log4j",
            reason: "Legacy host is isolated; decommissioning tracked in OPS-1234",
            owner: "platform-team",
            ticket: "OPS-1234",
            expires: "2026-03-07",
            daysLeft: 5,
            source: at(27, 9),
          }),
        ],
      },
    }),
  });
}

export function errorResult(): GateResult {
  return aResult({
    verdict: "error",
    exitCode: ExitCode.Error,
    evaluation: undefined,
    counts: { Critical: 0, High: 0, Medium: 0, Low: 0, Informational: 0, Untriaged: 0, Undefined: 0 },
    findings: { total: 0, evaluated: 0 },
    coverage: undefined,
    source: aClassicSource(
      aRun({
        state: "FAILED",
        completedAt: "2026-03-02T10:03:40.000Z",
        stateChanges: [
          { state: "CREATED", at: "2026-03-02T10:00:00.000Z" },
          { state: "COLLECTING_DATA", at: "2026-03-02T10:00:02.000Z" },
          { state: "FAILED", at: "2026-03-02T10:03:40.000Z" },
        ],
      }),
    ),
    apiCalls: {
      DescribeAssessmentTemplates: 1,
      ListAssessmentRuns: 1,
      StartAssessmentRun: 1,
      DescribeAssessmentRuns: 4,
    },
    timings: { startedAt: "2026-03-02T09:59:58.000Z", totalMs: 222_000, waitMs: 220_500 },
    error: {
      code: "RUN_FAILED",
      message:
        "Assessment run inspector-gate-9876543210-1 ended in state FAILED: ASSESSMENT_RUN_FAILED (agents did not respond); last states COLLECTING_DATA, FAILED",
    },
  });
}

export function offlineResult(): GateResult {
  const findings = [
    aFinding({
      arn: arn(41),
      id: "CVE-2023-4863",
      title: "libwebp heap buffer overflow",
      severity: "High",
      asset: { agentId: "i-0ee0000000000001", hostname: undefined },
    }),
  ];
  const raw = { Critical: 0, High: 1, Medium: 0, Low: 2, Informational: 0, Untriaged: 0, Undefined: 0 };
  return aResult({
    source: aFileSource(3),
    coverage: undefined,
    apiCalls: {},
    counts: raw,
    policyFiles: ["/work/repo/policies/default.yml", POLICY_ALT],
    policyName: undefined,
    timings: { startedAt: "2026-03-02T11:00:00.000Z", totalMs: 38, evaluateMs: 2 },
    evaluation: anEvaluation({
      verdict: "fail",
      findings: { evaluated: 3 },
      counts: { raw, afterExceptions: raw },
      severity: [
        aSeverityLimit({
          severity: "High",
          count: 1,
          max: 0,
          source: at(2, 10, "/work/repo/policies/default.yml"),
        }),
      ],
      violations: violationsOf("severity:High", findings),
    }),
  });
}

const POLICY_ALT = "/work/repo/.github/inspector-gate.yml";

/** Untrusted text a scanner (or an attacker controlling a package name) could put in a finding. */
export const PAYLOADS = [
  "<img src=x onerror=alert(1)>",
  "<details><summary>open me</summary>hidden</details>",
  "[click here](javascript:alert(1))",
  "![img](https://evil.example/x.png)",
  "ping @someone and @org/team",
  "fixes #123 and owner/repo#456 and GH-789",
  "::error file=a.js,line=1::injected",
  "\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u001b[2J",
  "line one\r\n::warning::line two\nline three",
  "pipe | in | table `code` **bold** _it_ ~strike~ $x$ <!-- comment -->",
  "trojan \u202eevil\u202c and nul\u0000 and bell\u0007 and \ud800 lone",
  "##[error]pwned and ##[add-mask]secret",
];

export function injectionResult(): GateResult {
  const findings = PAYLOADS.map((payload, i) =>
    aFinding({
      arn: `${RUN_ARN}/finding/0-evil${i}`,
      id: payload,
      title: payload,
      severity: "High",
      rulesPackageName: payload,
      asset: { hostname: payload, agentId: `i-evil${i}` },
    }),
  );
  const raw = {
    Critical: 0,
    High: findings.length,
    Medium: 0,
    Low: 0,
    Informational: 0,
    Untriaged: 0,
    Undefined: 0,
  };
  return aResult({
    counts: raw,
    warnings: PAYLOADS,
    source: aClassicSource(aRun({ name: PAYLOADS[0]!, state: PAYLOADS[6]! })),
    evaluation: anEvaluation({
      verdict: "fail",
      findings: { evaluated: findings.length },
      counts: { raw, afterExceptions: raw, byRulesPackage: { [PAYLOADS[1]!]: raw } },
      severity: [aSeverityLimit({ severity: "High", count: findings.length, max: 0, source: at(4, 12) })],
      rules: [
        aRuleResult({
          id: "evil",
          description: PAYLOADS[2]!,
          matched: findings.length,
          max: 0,
          source: at(9, 9),
        }),
      ],
      violations: [...violationsOf("severity:High", findings), ...violationsOf("evil", findings)],
      exceptions: {
        applied: [
          anAppliedException({ id: PAYLOADS[4]!, reason: PAYLOADS[8]!, findings: findings.slice(0, 2) }),
        ],
        expired: [anException({ id: "expired", reason: PAYLOADS[0]!, daysLeft: -1, expires: "2026-03-01" })],
        unused: [],
        expiring: [anException({ id: PAYLOADS[5]!, reason: PAYLOADS[6]!, daysLeft: 3, owner: PAYLOADS[4]! })],
      },
    }),
  });
}

/** The gate stopped before it had a run: the template does not exist. */
export function noRunResult(): GateResult {
  return aResult({
    verdict: "error",
    exitCode: ExitCode.Error,
    evaluation: undefined,
    counts: emptySeverityCounts(),
    findings: { total: 0, evaluated: 0 },
    coverage: undefined,
    source: aClassicSource(null),
    apiCalls: { DescribeAssessmentTemplates: 1, ListAssessmentRuns: 1 },
    timings: { startedAt: "2026-03-02T09:59:58.000Z", totalMs: 310 },
    error: { code: "TEMPLATE_NOT_FOUND", message: `assessment template ${TEMPLATE_ARN} was not found` },
  });
}

export const SCENARIOS: Readonly<Record<string, () => GateResult>> = {
  pass: passResult,
  fail: failResult,
  error: errorResult,
  offline: offlineResult,
  "no-run": noRunResult,
  baseline: baselineResult,
};
