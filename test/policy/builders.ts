/** Builders for policy tests: findings with sensible defaults, policies from YAML lines. */
import type { Finding } from "../../src/model.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Policy } from "../../src/policy/types.js";

export const CVE_PACKAGE = {
  name: "Common Vulnerabilities and Exposures",
  arn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p",
};
export const NR_PACKAGE = {
  name: "Network Reachability",
  arn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-rD1z6dpl",
};

let counter = 0;

/** A CVE finding on one instance; override anything. */
export function aFinding(overrides: Partial<Finding> = {}): Finding {
  counter++;
  return {
    arn: `arn:aws:inspector:us-west-2:123456789012:target/0-t/template/0-t/run/0-r/finding/0-${counter.toString().padStart(6, "0")}`,
    id: "CVE-2021-44228",
    title: "Instance i-0abc is vulnerable to CVE-2021-44228",
    severity: "High",
    numericSeverity: 9,
    confidence: 10,
    indicatorOfCompromise: false,
    rulesPackageArn: CVE_PACKAGE.arn,
    rulesPackageName: CVE_PACKAGE.name,
    attributes: [
      { key: "INSTANCE_ID", value: "i-0abc" },
      { key: "CVE_ID", value: "CVE-2021-44228" },
    ],
    userAttributes: [],
    asset: {
      agentId: "i-0abc",
      hostname: "web-1.prod.internal",
      autoScalingGroup: "prod-web",
      amiId: "ami-0123",
    },
    ...overrides,
  };
}

/** An Inspector (v2) package-vulnerability finding on one ECR image, KEV not looked up; override anything. */
export function aV2Finding(overrides: Partial<Finding> = {}): Finding {
  counter++;
  return {
    arn: `arn:aws:inspector2:us-east-1:123456789012:finding/${counter.toString(16).padStart(32, "0")}`,
    id: "CVE-2024-1086",
    title: "CVE-2024-1086 - linux",
    severity: "Medium",
    attributes: [],
    userAttributes: [],
    asset: {},
    type: "PACKAGE_VULNERABILITY",
    status: "ACTIVE",
    resources: [
      { type: "AWS_ECR_CONTAINER_IMAGE", id: "arn:aws:ecr:us-east-1:123456789012:repository/web/sha256:ab" },
    ],
    packageVulnerabilityDetails: {
      vulnerabilityId: "CVE-2024-1086",
      source: "NVD",
      vulnerablePackages: [{ name: "linux", version: "5.10.0" }],
    },
    ...overrides,
  };
}

/** A policy from YAML lines (joined with newlines). */
export function policyOf(...lines: string[]): Promise<Policy> {
  return loadPolicy({ text: `${lines.join("\n")}\n`, file: "test.yml" });
}

export const NOW = new Date("2026-06-01T12:00:00Z");
