/**
 * Findings: ListFindings against a reference reading of the FindingFilter semantics (any of the
 * values within a field, all fields together, attributes all contained), checked by property over
 * random filters; the seeded data (attributes, determinism, uniqueness); listings across runs.
 */
import {
  AddAttributesToFindingsCommand,
  DescribeAssessmentRunsCommand,
  DescribeFindingsCommand,
  type Finding,
  type FindingFilter,
  ListFindingsCommand,
  paginateListFindings,
  StartAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../../src/emulator/index.js";
import { listFindingPages, runToEnd, startTestEmulator, type TestEmulator } from "../../helpers/emulator.js";
import { inspectorClient } from "../../helpers/inspector-client.js";

let t: TestEmulator;
let runA: string;
let runB: string;
let truthA: Finding[];
let truthB: Finding[];

beforeAll(async () => {
  t = await startTestEmulator({ findings: 400, agents: 6, unhealthyAgents: 1, seed: "findings" });
  runA = await runToEnd(t);
  runB = await runToEnd(t);
  truthA = t.emulator.findingsOf(runA);
  // A few findings get user attributes of their own.
  for (const [i, value] of [
    [3, "SEC-1"],
    [77, "SEC-2"],
    [78, "SEC-1"],
  ] as const) {
    await t.client.send(
      new AddAttributesToFindingsCommand({
        findingArns: [truthA[i]!.arn!],
        attributes: [{ key: "ticket", value }],
      }),
    );
  }
  truthA = t.emulator.findingsOf(runA);
  truthB = t.emulator.findingsOf(runB);
});

afterAll(async () => {
  await t.stop();
});

/** The documented semantics, applied to the ground truth. */
function matches(f: Finding, filter: FindingFilter): boolean {
  const anyOf = (list: readonly string[] | undefined, value: string | undefined) =>
    list === undefined || list.length === 0 || (value !== undefined && list.includes(value));
  const contains = (have: Finding["attributes"], wanted: FindingFilter["attributes"]) =>
    (wanted ?? []).every((w) => (have ?? []).some((h) => h.key === w.key && h.value === w.value));
  const created = f.createdAt!.getTime();
  const range = filter.creationTimeRange;
  return (
    anyOf(filter.severities, f.severity) &&
    anyOf(filter.rulesPackageArns, f.serviceAttributes?.rulesPackageArn) &&
    anyOf(filter.agentIds, f.assetAttributes?.agentId) &&
    anyOf(filter.autoScalingGroups, f.assetAttributes?.autoScalingGroup) &&
    anyOf(filter.ruleNames, f.id) &&
    contains(f.attributes, filter.attributes) &&
    contains(f.userAttributes, filter.userAttributes) &&
    (range?.beginDate === undefined || created >= range.beginDate.getTime()) &&
    (range?.endDate === undefined || created <= range.endDate.getTime())
  );
}

async function listAll(runArns: string[], filter: FindingFilter, pageSize: number): Promise<string[]> {
  const pages = await listFindingPages(t.client, { assessmentRunArns: runArns, filter }, pageSize);
  for (const page of pages) expect(page.length).toBeLessThanOrEqual(Math.min(pageSize, 100));
  return pages.flat();
}

describe("ListFindings filters", () => {
  it("match the reference semantics for random filters (property)", async () => {
    const all = [...truthA, ...truthB];
    const distinct = (values: (string | undefined)[]) => [
      ...new Set(values.filter((v): v is string => v !== undefined)),
    ];
    const severities = ["High", "Medium", "Low", "Informational", "Undefined"];
    const packages = distinct(all.map((f) => f.serviceAttributes?.rulesPackageArn));
    const agents = distinct(all.map((f) => f.assetAttributes?.agentId));
    const groups = [...distinct(all.map((f) => f.assetAttributes?.autoScalingGroup)), "no-such-asg"];
    const rules = distinct(all.slice(0, 60).map((f) => f.id));
    const attributes = all.slice(0, 40).flatMap((f) => f.attributes ?? []);
    // The SDK sends timestamps as whole epoch seconds: ranges are drawn on whole seconds.
    const times = distinct(all.map((f) => String(Math.round(f.createdAt!.getTime() / 1000) * 1000))).map(
      Number,
    );
    const sub = <T>(items: T[]) => fc.option(fc.subarray(items, { maxLength: 4 }), { nil: undefined });
    const filterArb = fc.record(
      {
        severities: sub(severities),
        rulesPackageArns: sub(packages),
        agentIds: sub(agents),
        autoScalingGroups: sub(groups),
        ruleNames: sub(rules),
        attributes: fc.option(fc.subarray(attributes, { maxLength: 2 }), { nil: undefined }),
        userAttributes: fc.option(
          fc.subarray(
            [
              { key: "ticket", value: "SEC-1" },
              { key: "ticket", value: "SEC-2" },
              { key: "Environment", value: "ci" },
            ],
            { maxLength: 2 },
          ),
          { nil: undefined },
        ),
        creationTimeRange: fc.option(
          fc.tuple(fc.constantFrom(...times), fc.constantFrom(...times)).map(([a, b]) => ({
            beginDate: new Date(Math.min(a, b)),
            endDate: new Date(Math.max(a, b)),
          })),
          { nil: undefined },
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        filterArb,
        fc.integer({ min: 40, max: 500 }),
        fc.constantFrom([runA], [runB], [runA, runB], [runB, runA]),
        async (raw, pageSize, runs) => {
          const filter = Object.fromEntries(
            Object.entries(raw).filter(([, v]) => v !== undefined),
          ) as FindingFilter;
          const byRun = new Map([
            [runA, truthA],
            [runB, truthB],
          ]);
          const expected = runs.flatMap((r) =>
            byRun
              .get(r)!
              .filter((f) => matches(f, filter))
              .map((f) => f.arn),
          );
          expect(await listAll([...runs], filter, pageSize)).toEqual(expected);
        },
      ),
      { numRuns: 40, seed: 20260115 },
    );
  });

  it("lists the findings of every run when no run is named", async () => {
    const arns: string[] = [];
    for await (const page of paginateListFindings({ client: t.client, pageSize: 100 }, {}))
      arns.push(...(page.findingArns ?? []));
    expect(arns).toEqual([...truthA, ...truthB].map((f) => f.arn));
  });

  it("returns at most 100 ARNs a page whatever maxResults asks, and 10 by default", async () => {
    const big = await t.client.send(new ListFindingsCommand({ assessmentRunArns: [runA], maxResults: 500 }));
    expect(big.findingArns).toHaveLength(100);
    const small = await t.client.send(new ListFindingsCommand({ assessmentRunArns: [runA] }));
    expect(small.findingArns).toHaveLength(10);
    expect(small.nextToken).toMatch(/^[A-Za-z0-9_.-]{1,300}$/);
  });
});

describe("seeded findings", () => {
  it("carry the documented system attributes, consistent with their asset, package and severity", () => {
    const numeric: Record<string, number> = { High: 9, Medium: 6, Low: 3, Informational: 0 };
    const byPackage = new Map(
      t.emulator.seeded.rulesPackageArns.map((arn, i) => [arn, ["cve", "cis", "sbp", "nr"][i]]),
    );
    for (const f of truthA) {
      const attrs = new Map((f.attributes ?? []).map((a) => [a.key, a.value]));
      expect(attrs.get("INSTANCE_ID")).toBe(f.assetAttributes?.agentId);
      expect(f.title).toContain(f.assetAttributes!.agentId!);
      expect(f.numericSeverity).toBe(numeric[f.severity!]);
      expect(f.userAttributes).toContainEqual({ key: "Environment", value: "ci" });
      const kind = byPackage.get(f.serviceAttributes!.rulesPackageArn!);
      if (kind === "cve") {
        expect(f.id).toMatch(/^CVE-\d{4}-\d{4,5}$/);
        expect(attrs.get("CVE_ID")).toBe(f.id);
        expect(attrs.get("package_name")).toBeTruthy();
        expect(attrs.get("CVSS3_VECTOR")).toMatch(/^CVSS:3\.1\//);
        expect(f.recommendation).toContain(attrs.get("package_name"));
      } else if (kind === "cis") {
        expect(attrs.get("BENCHMARK_RULE_ID")).toMatch(new RegExp(`^${f.id!.replaceAll(".", "\\.")} `));
        expect(attrs.get("BENCHMARK_ID")).toMatch(/^CIS /);
        expect(attrs.get("CIS_BENCHMARK_PROFILE")).toMatch(/^Level [12]$/);
      } else if (kind === "nr") {
        expect(f.id).toBe("Recognized port reachable from internet");
        expect(attrs.get("PORT")).toMatch(/^\d+$/);
        expect(attrs.get("REACHABILITY_TYPE")).toBe("Internet");
        expect(attrs.get("RULE_TYPE")).toMatch(/^RecognizedPort/);
      } else {
        // A real Security Best Practices finding: named by its rule, INSTANCE_ID its only attribute.
        expect(kind).toBe("sbp");
        expect([...attrs.keys()]).toEqual(["INSTANCE_ID"]);
        expect(f.id).toMatch(/^[A-Z][a-z]/);
      }
    }
    expect(new Set(truthA.map((f) => byPackage.get(f.serviceAttributes!.rulesPackageArn!)))).toEqual(
      new Set(["cve", "cis", "sbp", "nr"]),
    );
  });

  it("never repeat a rule on an agent within a run, and have unique ARNs", () => {
    const keys = truthA.map((f) => `${f.assetAttributes?.agentId} ${f.id} ${f.title}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set([...truthA, ...truthB].map((f) => f.arn)).size).toBe(truthA.length + truthB.length);
  });

  it("are the same for the same seed and differ for another seed", async () => {
    const again = await startTestEmulator({ findings: 400, agents: 6, unhealthyAgents: 1, seed: "findings" });
    const other = await startTestEmulator({ findings: 400, agents: 6, unhealthyAgents: 1, seed: "another" });
    try {
      expect(again.emulator.seeded).toEqual(t.emulator.seeded);
      const first = again.emulator.findingsOf(await runToEnd(again));
      expect(first.map((f) => [f.arn, f.id, f.severity, f.title])).toEqual(
        t.emulator.findingsOf(runA).map((f) => [f.arn, f.id, f.severity, f.title]),
      );
      expect(other.emulator.seeded.templateArn).not.toBe(t.emulator.seeded.templateArn);
      const otherFirst = other.emulator.findingsOf(await runToEnd(other));
      expect(otherFirst.map((f) => f.id)).not.toEqual(first.map((f) => f.id));
    } finally {
      await again.stop();
      await other.stop();
    }
  });

  it("a well-formed ARN the run never issued is an item that does not exist", async () => {
    const real = truthA[0]!.arn!;
    const forged = `${real.slice(0, -8)}${real.slice(-8) === "AAAAAAAA" ? "BBBBBBBB" : "AAAAAAAA"}`;
    const out = await t.client.send(new DescribeFindingsCommand({ findingArns: [forged, real] }));
    expect(out.findings?.map((f) => f.arn)).toEqual([real]);
    expect(out.failedItems).toEqual({ [forged]: { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false } });
  });
});

describe("scale", () => {
  it("holds 200,000 findings in a run and answers by index", async () => {
    const big = await startEmulator({ findings: 200_000, timeScale: 1000, clock: t.clock });
    const client = inspectorClient(big.endpoint);
    try {
      const { assessmentRunArn } = await client.send(
        new StartAssessmentRunCommand({ assessmentTemplateArn: big.seeded.templateArn }),
      );
      t.clock.advance(3_600_000);
      const high = await client.send(
        new ListFindingsCommand({
          assessmentRunArns: [assessmentRunArn!],
          filter: { severities: ["High"], agentIds: [] },
          maxResults: 100,
        }),
      );
      expect(high.findingArns).toHaveLength(100);
      const described = await client.send(
        new DescribeFindingsCommand({ findingArns: high.findingArns!.slice(-10) }),
      );
      expect(described.findings?.every((f) => f.severity === "High")).toBe(true);
      const runs = await client.send(
        new DescribeAssessmentRunsCommand({ assessmentRunArns: [assessmentRunArn!] }),
      );
      const counts = runs.assessmentRuns![0]!.findingCounts!;
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(200_000);
    } finally {
      client.destroy();
      await big.stop();
    }
  });
});
