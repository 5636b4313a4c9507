/**
 * The non-package findings Inspector v2 raises: network reachability of EC2 instances (an open port
 * reachable from an internet gateway, with the network path) and code vulnerabilities in Lambda
 * functions (Amazon CodeGuru detectors), written after the examples in Inspector's user guide.
 */
import type { Ecosystem } from "./catalog.js";

export interface PortRule {
  readonly port: number;
  readonly protocol: "TCP" | "UDP";
  readonly severity: "MEDIUM" | "HIGH" | "LOW";
}

export const PORT_RULES: readonly PortRule[] = [
  { port: 22, protocol: "TCP", severity: "MEDIUM" },
  { port: 80, protocol: "TCP", severity: "MEDIUM" },
  { port: 443, protocol: "TCP", severity: "MEDIUM" },
  { port: 3389, protocol: "TCP", severity: "MEDIUM" },
  { port: 5432, protocol: "TCP", severity: "MEDIUM" },
  { port: 8080, protocol: "TCP", severity: "MEDIUM" },
];

export const NETWORK_REMEDIATION =
  "You can restrict access to your instance by modifying the Security Groups or ACLs in the network path.";

export interface CodeRule {
  readonly eco: Ecosystem;
  readonly cwe: string;
  readonly detectorId: string;
  readonly detectorName: string;
  readonly detectorTags: readonly string[];
  readonly ruleId: string;
  readonly severity: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW";
  readonly file: string;
  readonly line: number;
  readonly description: string;
  readonly recommendation: string;
}

export const CODE_RULES: readonly CodeRule[] = [
  {
    eco: "pip",
    cwe: "CWE-798",
    detectorId: "python/hardcoded-credentials@v1.0",
    detectorName: "Hardcoded credentials",
    detectorTags: ["secrets", "security", "owasp-top10", "top25-cwes", "cwe-798", "Python"],
    ruleId: "python-detect-hardcoded-aws-credentials",
    severity: "CRITICAL",
    file: "lambda_function.py",
    line: 6,
    description:
      "Credentials such as passwords and access keys are written into the source code, where anyone who can read the code or its history can use them.",
    recommendation:
      "Read credentials from the runtime environment or a secrets store, rotate the exposed key, and watch for its use.",
  },
  {
    eco: "pip",
    cwe: "CWE-89",
    detectorId: "python/sql-injection@v1.0",
    detectorName: "SQL injection",
    detectorTags: ["injection", "security", "sql", "owasp-top10", "top25-cwes", "cwe-89", "Python"],
    ruleId: "python-avoid-string-formatting-in-sql-queries",
    severity: "HIGH",
    file: "orders/repository.py",
    line: 42,
    description:
      "A SQL statement is built from request input by string formatting, so the input can change the query.",
    recommendation: "Pass request values as query parameters instead of formatting them into the statement.",
  },
  {
    eco: "npm",
    cwe: "CWE-22",
    detectorId: "javascript/path-traversal@v1.0",
    detectorName: "Path traversal",
    detectorTags: ["injection", "security", "owasp-top10", "top25-cwes", "cwe-22", "JavaScript"],
    ruleId: "javascript-path-traversal",
    severity: "HIGH",
    file: "src/handler.js",
    line: 27,
    description:
      "A file path is built from request input without normalisation, so '..' segments reach files outside the intended directory.",
    recommendation:
      "Resolve the path and check it stays under the intended base directory before opening it.",
  },
  {
    eco: "npm",
    cwe: "CWE-117",
    detectorId: "javascript/log-injection@v1.0",
    detectorName: "Log injection",
    detectorTags: ["data-integrity", "injection", "security", "owasp-top10", "cwe-117", "JavaScript"],
    ruleId: "javascript-log-injection",
    severity: "LOW",
    file: "src/logger.js",
    line: 12,
    description: "Request input is written to the logs unescaped, so it can forge log entries.",
    recommendation: "Escape or strip line breaks and control characters from input before logging it.",
  },
  {
    eco: "jar",
    cwe: "CWE-327",
    detectorId: "java/crypto-compliance@v1.0",
    detectorName: "Insecure cryptography",
    detectorTags: ["cryptography", "security", "owasp-top10", "cwe-327", "Java"],
    ruleId: "java-crypto-compliance-cipher",
    severity: "MEDIUM",
    file: "src/main/java/com/example/reports/Signer.java",
    line: 58,
    description: "A cipher or mode that is no longer considered secure is used to protect data.",
    recommendation: "Use an authenticated cipher such as AES-GCM with keys of at least 128 bits.",
  },
];
