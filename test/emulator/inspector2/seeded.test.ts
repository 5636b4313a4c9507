/**
 * The seeded v2 account: deterministic from the seed (whatever the start time), shaped as Inspector's
 * own findings are (ARN and resource id forms, sha256 digests, CVSS/EPSS/fix/exploit facts, KEV data
 * for known exploited CVEs), every status and scan-status reason the gate must handle, exactly the
 * number of package findings asked for, and an account of 20,000 findings paged 25 at a time.
 */
import { ListFindingsCommand } from "@aws-sdk/client-inspector2";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../../src/emulator/inspector2/catalog.js";
import { startTestEmulator2 } from "../../helpers/inspector2.js";
import { VirtualClock } from "../../helpers/virtual-clock.js";

describe("the seeded account", () => {
  it("is the same for the same seed, whatever the start time", async () => {
    const a = await startTestEmulator2({ seed: "same", clock: new VirtualClock(Date.UTC(2026, 0, 1)) });
    const b = await startTestEmulator2({ seed: "same", clock: new VirtualClock(Date.UTC(2026, 5, 1)) });
    const c = await startTestEmulator2({ seed: "other" });
    try {
      const ids = (t: typeof a) =>
        t.emulator.inspector2.findings().map((f) => `${f.findingArn} ${f.resources?.[0]?.id} ${f.title}`);
      expect(ids(a)).toEqual(ids(b));
      expect(a.emulator.inspector2.seeded).toEqual(b.emulator.inspector2.seeded);
      expect(ids(c)).not.toEqual(ids(a));
    } finally {
      await Promise.all([a.stop(), b.stop(), c.stop()]);
    }
  });

  it("holds exactly the package findings asked for, plus the inventory's network and code findings", async () => {
    const t = await startTestEmulator2({ seed: "count", inspector2: { findings: 333 } });
    try {
      t.clock.advance(3600_000);
      const findings = t.emulator.inspector2.findings();
      const byType = (type: string) => findings.filter((f) => f.type === type).length;
      expect(byType("PACKAGE_VULNERABILITY")).toBe(333);
      expect(byType("NETWORK_REACHABILITY")).toBe(7);
      expect(byType("CODE_VULNERABILITY")).toBe(4);
    } finally {
      await t.stop();
    }
  });

  it("is shaped as Inspector's findings are", async () => {
    const t = await startTestEmulator2({ seed: "shapes" });
    try {
      const findings = t.emulator.inspector2.findings();
      for (const f of findings) {
        expect(f.findingArn).toMatch(/^arn:aws:inspector2:us-west-2:123456789012:finding\/[a-f0-9]{32}$/);
        expect(f.awsAccountId).toBe("123456789012");
        expect(f.lastObservedAt!.getTime()).toBeGreaterThanOrEqual(f.firstObservedAt!.getTime());
        expect(f.updatedAt!.getTime()).toBeGreaterThanOrEqual(f.lastObservedAt!.getTime());
        const r = f.resources![0]!;
        if (r.type === "AWS_ECR_CONTAINER_IMAGE") {
          const image = r.details!.awsEcrContainerImage!;
          expect(image.imageHash).toMatch(/^sha256:[a-f0-9]{64}$/);
          expect(r.id).toBe(
            `arn:aws:ecr:us-west-2:123456789012:repository/${image.repositoryName}/${image.imageHash}`,
          );
          expect(image.registry).toBe("123456789012");
        } else if (r.type === "AWS_EC2_INSTANCE") {
          expect(r.id).toMatch(/^i-[a-f0-9]{17}$/);
        } else {
          expect(r.id).toMatch(/^arn:aws:lambda:us-west-2:123456789012:function:[\w-]+:\$LATEST$/);
        }
        if (f.type === "PACKAGE_VULNERABILITY") {
          const details = f.packageVulnerabilityDetails!;
          expect(f.title).toMatch(new RegExp(`^${details.vulnerabilityId} - `));
          expect(details.vulnerablePackages!.length).toBeGreaterThan(0);
          const fixed = details.vulnerablePackages!.filter((p) => p.fixedInVersion !== undefined).length;
          expect(f.fixAvailable).toBe(
            fixed === details.vulnerablePackages!.length ? "YES" : fixed === 0 ? "NO" : "PARTIAL",
          );
          expect(f.exploitAvailable === "YES").toBe(
            f.exploitabilityDetails?.lastKnownExploitAt !== undefined,
          );
          if (f.severity !== "UNTRIAGED") expect(f.inspectorScore).toBeGreaterThan(0);
        }
      }
      const severities = new Set(findings.map((f) => f.severity));
      for (const s of ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNTRIAGED"])
        expect(severities).toContain(s);
      expect(new Set(findings.map((f) => f.fixAvailable))).toEqual(new Set(["YES", "NO", undefined]));
    } finally {
      await t.stop();
    }
  });

  it("covers every scan-status reason the gate must handle, EC2 instances on both scan types", async () => {
    const t = await startTestEmulator2({ seed: "reasons" });
    try {
      const coverage = t.emulator.inspector2.coverage();
      const reasons = new Set(coverage.map((r) => `${r.scanStatus?.statusCode} ${r.scanStatus?.reason}`));
      for (const r of [
        "ACTIVE SUCCESSFUL",
        "ACTIVE PENDING_INITIAL_SCAN",
        "ACTIVE SCAN_FREQUENCY_SCAN_ON_PUSH",
        "INACTIVE SCAN_ELIGIBILITY_EXPIRED",
        "INACTIVE UNSUPPORTED_OS",
        "INACTIVE SCAN_FREQUENCY_MANUAL",
        "INACTIVE EC2_INSTANCE_STOPPED",
        "INACTIVE UNMANAGED_EC2_INSTANCE",
        "INACTIVE UNSUPPORTED_RUNTIME",
      ]) {
        expect(reasons).toContain(r);
      }
      for (const { instanceId } of t.emulator.inspector2.seeded.instances) {
        expect(coverage.filter((r) => r.resourceId === instanceId).map((r) => r.scanType)).toEqual([
          "PACKAGE",
          "NETWORK",
        ]);
      }
      // A stopped instance keeps its findings ACTIVE; an image past its eligibility has them CLOSED.
      const findings = t.emulator.inspector2.findings();
      const stopped = coverage.find((r) => r.scanStatus?.reason === "EC2_INSTANCE_STOPPED")!.resourceId;
      const expired = coverage.find((r) => r.scanStatus?.reason === "SCAN_ELIGIBILITY_EXPIRED")!.resourceId;
      expect(
        findings.filter((f) => f.resources?.[0]?.id === stopped).some((f) => f.status === "ACTIVE"),
      ).toBe(true);
      const closed = findings.filter((f) => f.resources?.[0]?.id === expired);
      expect(closed.length).toBeGreaterThan(0);
      expect(closed.every((f) => f.status === "CLOSED")).toBe(true);
    } finally {
      await t.stop();
    }
  });

  it("suppresses what its suppression rules match", async () => {
    const t = await startTestEmulator2({ seed: "suppressed", inspector2: { findings: 400 } });
    try {
      const suppressed = t.emulator.inspector2.findings().filter((f) => f.status === "SUPPRESSED");
      expect(suppressed.length).toBeGreaterThan(0);
      for (const f of suppressed) {
        const zlib = f.packageVulnerabilityDetails?.vulnerabilityId === "CVE-2023-45853";
        const devLow =
          f.resources?.[0]?.tags?.["Environment"] === "dev" && ["LOW", "INFORMATIONAL"].includes(f.severity!);
        expect(zlib || devLow).toBe(true);
      }
    } finally {
      await t.stop();
    }
  });

  it("draws from real CVE records: KEV entries have dates, every entry a package and a CWE", () => {
    expect(CATALOG.length).toBeGreaterThan(40);
    for (const v of CATALOG) {
      expect(v.id).toMatch(/^CVE-\d{4}-\d{4,}$/);
      expect(v.cwes.length).toBeGreaterThan(0);
      expect(v.summary.length).toBeLessThanOrEqual(1024);
      expect(v.targets.length).toBeGreaterThan(0);
      if (v.cvss)
        expect(v.cvss.vector).toMatch(
          /^CVSS:3\.1\/AV:[NALP]\/AC:[LH]\/PR:[NLH]\/UI:[NR]\/S:[UC]\/C:[NLH]\/I:[NLH]\/A:[NLH]$/,
        );
      if (v.kev) expect(Date.parse(v.kev.dateDue)).toBeGreaterThan(Date.parse(v.kev.dateAdded));
    }
    expect(CATALOG.filter((v) => v.kev).length).toBeGreaterThanOrEqual(5);
    expect(new Set(CATALOG.map((v) => v.id)).size).toBe(CATALOG.length);
  });
});

describe("a 20,000-finding account", () => {
  it("holds every finding, 25 a page whatever maxResults asks", async () => {
    const t = await startTestEmulator2({ seed: "large", inspector2: { findings: 20_000 } });
    try {
      t.clock.advance(3600_000);
      const first = await t.client.send(new ListFindingsCommand({ maxResults: 100 }));
      expect(first.findings).toHaveLength(25);
      const packages = t.emulator.inspector2.findings().filter((f) => f.type === "PACKAGE_VULNERABILITY");
      expect(packages).toHaveLength(20_000);
      expect(new Set(packages.map((f) => f.findingArn)).size).toBe(20_000);
    } finally {
      await t.stop();
    }
  });
});
