import { readFileSync } from "node:fs";
import { paginateListFindings } from "@aws-sdk/client-inspector2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FINGERPRINT_PATTERN,
  fingerprint,
  fingerprintParts,
  resourceKey,
} from "../../src/baseline/fingerprint.js";
import type { Finding } from "../../src/model.js";
import { Inspector2FindingReader } from "../../src/sources/inspector2/normalize.js";
import { startTestEmulator2, type TestEmulator2 } from "../helpers/inspector2.js";
import { aFinding, CVE_PACKAGE, CVE_PACKAGE_ARN } from "../report/builders.js";

const FIXTURE = JSON.parse(
  readFileSync(new URL("../fixtures/inspector2/ecr-finding.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

function v2(raw: unknown): Finding {
  const problems: string[] = [];
  const finding = new Inspector2FindingReader({ problems: { add: (p) => problems.push(p) } }).convert(raw);
  expect(problems).toEqual([]);
  return finding!;
}

/** The real ECR finding as a later scan of a rebuilt image reports it: new digest, tags, times and ARN. */
function rebuilt(raw: Record<string, unknown>, digest: string): Record<string, unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: a real finding's JSON, edited by path
  const copy = structuredClone(raw) as Record<string, any>;
  const resource = copy.resources[0];
  resource.id = resource.id.replace(/sha256:[0-9a-f]+$/, digest);
  resource.details.awsEcrContainerImage.imageHash = digest;
  resource.details.awsEcrContainerImage.imageTags = ["1.4.3", "latest"];
  resource.details.awsEcrContainerImage.pushedAt = "2024-06-01T09:00:00+00:00";
  copy.findingArn = copy.findingArn.replace(/[0-9a-f]{32}$/, "f".repeat(32));
  copy.firstObservedAt = "2024-06-01T09:02:00+00:00";
  copy.lastObservedAt = "2024-06-02T09:02:00+00:00";
  copy.updatedAt = "2024-06-02T09:02:00+00:00";
  copy.title = "CVE-2024-1086 - linux-libc-dev (rescanned)";
  copy.packageVulnerabilityDetails.vulnerablePackages[0].version = "5.15.1";
  copy.inspectorScore = 7.1;
  return copy;
}

const classic = (overrides: Parameters<typeof aFinding>[0] = {}) =>
  aFinding({
    id: "CVE-2021-44228",
    rulesPackageName: CVE_PACKAGE,
    rulesPackageArn: CVE_PACKAGE_ARN,
    asset: { agentId: "i-0123456789abcdef0", hostname: "web-1.internal" },
    ...overrides,
  });

describe("fingerprints of Inspector Classic findings", () => {
  it("are 22 base64url characters, made of the rules package, the finding id and the asset", () => {
    const f = classic();
    expect(fingerprint(f)).toMatch(FINGERPRINT_PATTERN);
    expect(fingerprintParts(f)).toEqual([
      "classic",
      `name:${CVE_PACKAGE}`,
      "CVE-2021-44228",
      "agent:i-0123456789abcdef0",
    ]);
  });

  it("stay the same across runs: another ARN, other times, another title, severity score or AMI", () => {
    const a = classic({ arn: "arn:aws:inspector:us-west-2:1:target/0-a/template/0-b/run/0-c/finding/0-1" });
    const b = classic({
      arn: "arn:aws:inspector:us-west-2:1:target/0-a/template/0-b/run/0-d/finding/0-9",
      title: "Instance web-1 is vulnerable to CVE-2021-44228 (re-worded)",
      createdAt: "2030-01-01T00:00:00.000Z",
      updatedAt: "2030-01-02T00:00:00.000Z",
      numericSeverity: 7,
      confidence: 5,
      asset: { agentId: "i-0123456789abcdef0", hostname: "renamed.internal", amiId: "ami-new" },
      userAttributes: [{ key: "team", value: "other" }],
    });
    expect(fingerprint(b)).toBe(fingerprint(a));
  });

  it("differ across real changes: another finding id, another agent, another rules package", () => {
    const base = fingerprint(classic());
    expect(fingerprint(classic({ id: "CVE-2021-45046" }))).not.toBe(base);
    expect(fingerprint(classic({ asset: { agentId: "i-0fedcba9876543210" } }))).not.toBe(base);
    expect(
      fingerprint(classic({ rulesPackageName: "Security Best Practices", rulesPackageArn: "x" })),
    ).not.toBe(base);
  });

  it("use the package's name, the same in every region, and its ARN's resource part only without one", () => {
    const west = classic({ rulesPackageArn: CVE_PACKAGE_ARN });
    const east = classic({
      rulesPackageArn: "arn:aws:inspector:us-east-1:316112463485:rulespackage/0-gEjTy7T7",
    });
    expect(fingerprint(east)).toBe(fingerprint(west));
    const unnamed = classic({ rulesPackageName: undefined });
    expect(fingerprintParts(unnamed)?.[1]).toBe("arn:rulespackage/0-9hgA516p");
  });

  it("fall back to the host name, then to no asset; ports and protocols tell reachability findings apart", () => {
    expect(fingerprintParts(classic({ asset: { agentId: undefined, hostname: "db-1" } }))?.[3]).toBe(
      "host:db-1",
    );
    expect(
      fingerprintParts(aFinding({ id: "x", asset: { agentId: undefined, hostname: undefined } }))?.[3],
    ).toBe("");
    const port = (p: string) =>
      fingerprint(
        classic({
          id: "RecognizedPortNoListener",
          attributes: [
            { key: "PORT", value: p },
            { key: "PROTOCOL", value: "TCP" },
          ],
        }),
      );
    expect(port("22")).not.toBe(port("3389"));
    expect(port("22")).toBe(port("22"));
  });

  it("name the issue by an identifying attribute when the finding has no id, and not at all by its title", () => {
    const byAttribute = classic({ id: undefined, attributes: [{ key: "CVE_ID", value: "CVE-2014-6271" }] });
    expect(fingerprintParts(byAttribute)?.[2]).toBe("CVE_ID=CVE-2014-6271");
    // Only free text left: no fingerprint, so the finding always counts as new.
    expect(
      fingerprint(classic({ id: undefined, attributes: [], title: "Something is wrong" })),
    ).toBeUndefined();
  });

  it("cannot be forged by a value that contains a separator", () => {
    const a = classic({ id: "a", asset: { agentId: "b" } });
    const b = classic({ id: 'a","agent:b', asset: {} });
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });
});

describe("fingerprints of Inspector (v2) findings", () => {
  it("name the vulnerability, the repository (not the digest) and the package of a real ECR finding", () => {
    const finding = v2(FIXTURE);
    expect(fingerprintParts(finding)).toEqual([
      "inspector2",
      "vulnerability:CVE-2024-1086",
      "ecr:arn:aws:ecr:us-east-1:111122223333:repository/payments-api",
      "linux-libc-dev",
    ]);
  });

  it("stay the same for a rebuilt image: same repository, new digest, tags, times, ARN and installed version", () => {
    const before = v2(FIXTURE);
    const after = v2(rebuilt(FIXTURE, `sha256:${"0".repeat(64)}`));
    expect(after.resources?.[0]?.details?.awsEcrContainerImage?.imageHash).not.toBe(
      before.resources?.[0]?.details?.awsEcrContainerImage?.imageHash,
    );
    expect(fingerprint(after)).toBe(fingerprint(before));
  });

  it("differ for another CVE, another package and another repository", () => {
    const base = fingerprint(v2(FIXTURE));
    // biome-ignore lint/suspicious/noExplicitAny: a real finding's JSON, edited by path
    type Raw = Record<string, any>;
    const changed = (edit: (raw: Raw) => void) => {
      const copy = structuredClone(FIXTURE) as Raw;
      edit(copy);
      return fingerprint(v2(copy));
    };
    expect(changed((r) => (r.packageVulnerabilityDetails.vulnerabilityId = "CVE-2024-1087"))).not.toBe(base);
    expect(
      changed((r) => (r.packageVulnerabilityDetails.vulnerablePackages[0].name = "linux-headers")),
    ).not.toBe(base);
    expect(
      changed((r) => {
        r.resources[0].id = r.resources[0].id.replace("payments-api", "billing-api");
        r.resources[0].details.awsEcrContainerImage.repositoryName = "billing-api";
      }),
    ).not.toBe(base);
  });

  it("key a Lambda function by its unqualified ARN, an instance by its id, a code project by its name", () => {
    expect(
      resourceKey({ type: "AWS_LAMBDA_FUNCTION", id: "arn:aws:lambda:us-east-1:1:function:pay:$LATEST" }),
    ).toBe(resourceKey({ type: "AWS_LAMBDA_FUNCTION", id: "arn:aws:lambda:us-east-1:1:function:pay:17" }));
    expect(resourceKey({ type: "AWS_EC2_INSTANCE", id: "i-0abc" })).toBe("ec2:i-0abc");
    expect(
      resourceKey({
        type: "CODE_REPOSITORY",
        id: "x",
        details: { codeRepository: { projectName: "web", providerType: "GITHUB" } },
      }),
    ).toBe("code:GITHUB:web");
  });

  it("name a network finding by protocol and port range, a code finding by detector, rule and file", () => {
    const resources = [{ type: "AWS_EC2_INSTANCE", id: "i-1" }];
    const net = (begin: number) =>
      fingerprintParts(
        aFinding({
          resources,
          type: "NETWORK_REACHABILITY",
          networkReachabilityDetails: { protocol: "TCP", openPortRange: { begin, end: begin } },
        }),
      );
    expect(net(22)?.[1]).toBe("network:TCP:22-22");
    expect(net(22)).not.toEqual(net(3389));
    const code = fingerprintParts(
      aFinding({
        resources: [{ type: "CODE_REPOSITORY", id: "r" }],
        codeVulnerabilityDetails: {
          detectorId: "python/sql-injection@v1.0",
          ruleId: "Rule-1",
          filePath: { filePath: "app/db.py", startLine: 10 },
        },
      }),
    );
    expect(code?.[1]).toBe("code:python/sql-injection@v1.0:Rule-1:app/db.py");
  });
});

describe("fingerprints against the Inspector (v2) emulator", () => {
  let t: TestEmulator2;
  beforeAll(async () => {
    t = await startTestEmulator2({ seed: "fingerprints" });
  });
  afterAll(async () => t.stop());

  async function findingsOf(resourceId: string): Promise<Finding[]> {
    const problems: string[] = [];
    const reader = new Inspector2FindingReader({ problems: { add: (p) => problems.push(p) } });
    const out: Finding[] = [];
    for await (const page of paginateListFindings({ client: t.client }, { maxResults: 100 })) {
      for (const raw of page.findings ?? []) {
        const f = reader.convert(raw);
        if (f?.resources?.[0]?.id === resourceId) out.push(f);
      }
    }
    expect(problems).toEqual([]);
    return out;
  }

  it("keep a rebuilt image's findings (same repository, new digest) and tell another repository's apart", async () => {
    const vulnerabilities = ["CVE-2023-44487", "CVE-2023-0286"];
    const push = (repository: string, tag: string) =>
      t.emulator.inspector2.pushImage({
        repository,
        tags: [tag],
        vulnerabilities,
        findings: 2,
        scanSeconds: 0,
      } as never);
    const first = push("team/web", "v1");
    const second = push("team/web", "v2");
    const other = push("team/api", "v1");
    t.clock.advance(3600_000);
    expect(second.imageDigest).not.toBe(first.imageDigest);
    // The forced vulnerabilities are in every image; the emulator may add others of its own choosing.
    const byVulnerability = async (id: string) =>
      new Map(
        (await findingsOf(id)).map((f) => [f.packageVulnerabilityDetails?.vulnerabilityId, fingerprint(f)]),
      );
    const a = await byVulnerability(first.resourceId);
    const b = await byVulnerability(second.resourceId);
    const c = await byVulnerability(other.resourceId);
    for (const id of vulnerabilities) {
      expect(a.get(id)).toMatch(FINGERPRINT_PATTERN);
      expect(b.get(id)).toBe(a.get(id));
    }
    for (const [id, print] of b) {
      if (a.has(id)) expect(print).toBe(a.get(id));
      else expect([...a.values()]).not.toContain(print);
    }
    expect([...c.values()].filter((p) => [...a.values()].includes(p))).toEqual([]);
  });
});
