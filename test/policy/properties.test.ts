/**
 * Property-based tests over random findings and random policies: evaluation never throws and is
 * deterministic, an exception can only remove violations, and the server-side fetch plan never
 * changes a verdict compared with evaluating every finding.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Attribute, type Finding, SEVERITIES } from "../../src/model.js";
import { createEvaluator, daysLeft, evaluate, evaluateCounts } from "../../src/policy/evaluate.js";
import type {
  Evaluation,
  Match,
  Pattern,
  Patterns,
  Policy,
  PolicyException,
  Rule,
} from "../../src/policy/types.js";
import { matchesServerFilter, planFetch } from "../../src/sources/classic/filter.js";
import { matchesReference } from "../helpers/policy-reference.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const SOURCE = { file: "prop.yml", line: 1, column: 1 };
/** Large enough that samples hold every violating finding, so violations can be compared as sets. */
const ALL = { now: NOW, sampleLimit: 10_000 };

const PACKAGES = [
  { name: "Common Vulnerabilities and Exposures", arn: "arn:aws:inspector:us-west-2:1:rulespackage/0-cve" },
  { name: "Network Reachability", arn: "arn:aws:inspector:us-west-2:1:rulespackage/0-nr" },
];
const KEYS = ["CVE_ID", "PORT", "team"];
const VALUES = ["a", "b", "ab", "c"];
const AGENTS = ["i-1", "i-2", "i-12"];
const GROUPS = ["prod", "dev"];
const IDS = ["CVE-1", "CVE-2", "X-1"];

// --- findings

const attribute: fc.Arbitrary<Attribute> = fc.record(
  { key: fc.constantFrom(...KEYS), value: fc.constantFrom(...VALUES) },
  { requiredKeys: ["key"] },
);

const finding: fc.Arbitrary<Finding> = fc
  .record({
    arn: fc.integer({ min: 0, max: 40 }).map((n) => `arn:aws:inspector:us-west-2:1:finding/0-${n}`),
    id: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
    title: fc.option(fc.constantFrom("alpha", "beta", "alphabet"), { nil: undefined }),
    severity: fc.constantFrom(...SEVERITIES),
    numericSeverity: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    confidence: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    indicatorOfCompromise: fc.option(fc.boolean(), { nil: undefined }),
    pkg: fc.option(fc.constantFrom(...PACKAGES), { nil: undefined }),
    named: fc.boolean(),
    attributes: fc.array(attribute, { maxLength: 4 }),
    userAttributes: fc.array(attribute, { maxLength: 2 }),
    agentId: fc.option(fc.constantFrom(...AGENTS), { nil: undefined }),
    autoScalingGroup: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }),
  })
  .map(({ pkg, named, agentId, autoScalingGroup, ...f }) => ({
    ...f,
    ...(pkg ? { rulesPackageArn: pkg.arn, ...(named ? { rulesPackageName: pkg.name } : {}) } : {}),
    asset: { ...(agentId ? { agentId } : {}), ...(autoScalingGroup ? { autoScalingGroup } : {}) },
  }));

// --- policies

const pattern = (pool: readonly string[]): fc.Arbitrary<Pattern> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pool) },
    { weight: 2, arbitrary: fc.constantFrom("a*", "*b", "?", "*", "CVE-*", "i-1*", "*1") },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { regex: "a|b" },
        { regex: "c.*" },
        { regex: "CVE-[12]" },
        { regex: "CVE-?1" },
        { regex: "i-1(2)?" },
      ),
    },
  );
const patterns = (pool: readonly string[]): fc.Arbitrary<Patterns> =>
  fc.oneof(
    { weight: 3, arbitrary: pattern(pool) },
    { weight: 1, arbitrary: fc.array(pattern(pool), { minLength: 1, maxLength: 3 }) },
  );
const patternMap = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...KEYS), patterns(VALUES)), {
    minLength: 1,
    maxLength: 2,
    selector: (t) => t[0],
  })
  .map((entries) => Object.fromEntries(entries));
const range = fc
  .record(
    { min: fc.integer({ min: 0, max: 10 }), max: fc.integer({ min: 0, max: 10 }) },
    { requiredKeys: [] },
  )
  .filter((r) => r.min === undefined || r.max === undefined || r.min <= r.max);

const entry =
  (key: keyof Match) =>
  (value: unknown): [keyof Match, unknown] => [key, value];

/** A few conditions at a time, so that random rules match random findings often enough to matter. */
const condition: fc.Arbitrary<[keyof Match, unknown]> = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...SEVERITIES), { minLength: 1, maxLength: 3 }).map(entry("severity")),
  fc.constantFrom(...SEVERITIES).map(entry("minSeverity")),
  patterns([...PACKAGES.map((p) => p.name), ...PACKAGES.map((p) => p.arn)]).map(entry("rulesPackage")),
  patterns(IDS).map(entry("id")),
  patterns(["alpha", "beta"]).map(entry("title")),
  patternMap.map(entry("attributes")),
  patternMap.map(entry("userAttributes")),
  fc
    .record({ agentId: patterns(AGENTS), autoScalingGroup: patterns(GROUPS) }, { requiredKeys: [] })
    .filter((a) => Object.keys(a).length > 0)
    .map(entry("asset")),
  range.map(entry("numericSeverity")),
  range.map(entry("confidence")),
  fc.boolean().map(entry("indicatorOfCompromise")),
);
const match: fc.Arbitrary<Match> = fc
  .uniqueArray(condition, { maxLength: 3, selector: (c) => c[0] })
  .map((entries) => Object.fromEntries(entries) as Match);

const rules: fc.Arbitrary<Rule[]> = fc
  .array(
    fc.record({
      level: fc.constantFrom("error" as const, "warning" as const),
      max: fc.integer({ min: 0, max: 2 }),
      match,
    }),
    { maxLength: 4 },
  )
  .map((list) => list.map((r, i) => ({ id: `r${i}`, ...r, source: SOURCE })));

const exceptionFor = (ruleIds: readonly string[], index: number): fc.Arbitrary<PolicyException> =>
  fc
    .record({
      expires: fc.constantFrom("2026-05-31", "2026-06-01", "2026-06-10", "2027-01-01"),
      appliesTo: fc.option(fc.subarray([...ruleIds, "severity"], { minLength: 1 }), { nil: undefined }),
      match: match.filter((m) => Object.keys(m).length > 0),
    })
    .map(({ appliesTo, ...e }) => ({
      id: `e${index}`,
      reason: "property",
      ...e,
      ...(appliesTo ? { appliesTo } : {}),
      source: SOURCE,
    }));

const limits = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...SEVERITIES), fc.integer({ min: 0, max: 3 })), {
    maxLength: 3,
    selector: (t) => t[0],
  })
  .map((entries) =>
    [...entries]
      .sort((a, b) => SEVERITIES.indexOf(b[0]) - SEVERITIES.indexOf(a[0]))
      .map(([severity, max]) => ({ severity, max, source: SOURCE })),
  );

const policy: fc.Arbitrary<Policy> = fc
  .tuple(fc.oneof(limits, fc.constant([])), rules)
  .chain(([severityLimits, ruleList]) =>
    fc
      .array(fc.nat(), { maxLength: 3 })
      .chain((slots) =>
        slots.length === 0
          ? fc.constant([] as PolicyException[])
          : fc.tuple(
              ...slots.map((_, i) =>
                exceptionFor(
                  ruleList.map((r) => r.id),
                  i,
                ),
              ),
            ),
      )
      .map((exceptions) => ({
        version: 1 as const,
        files: ["prop.yml"],
        severityLimits,
        rules: ruleList,
        exceptions,
        coverage: { minAgents: 1, unhealthyAgents: "warn" as const },
      })),
  );

const findings = fc.array(finding, { maxLength: 40 });

// --- comparisons

/** Everything an evaluation decides, leaving out what legitimately depends on unfetched findings. */
function decision(e: Evaluation) {
  return {
    verdict: e.verdict,
    severity: e.severity.map((s) => [s.severity, s.count, s.violated]),
    rules: e.rules.map((r) => [r.id, r.matched, r.waived, r.violated]),
    violations: e.violations.map((v) => `${v.ruleId} ${v.finding.arn}`),
    truncated: e.violationsTruncated,
    applied: e.exceptions.applied.map((a) => [a.id, a.count, a.findings.map((f) => f.arn)]),
    expired: e.exceptions.expired.map((x) => x.id),
    unused: e.exceptions.unused.map((x) => x.id),
    expiring: e.exceptions.expiring.map((x) => x.id),
  };
}

/**
 * The evaluator reaches rules and exceptions through a value index and tests them with compiled
 * predicates; this reference tests every rule and exception against every finding with the documented
 * semantics (test/helpers/policy-reference.ts, no code shared with the compiler).
 */
function reference(p: Policy, list: readonly Finding[]) {
  const active = p.exceptions.map((e) => daysLeft(e.expires, NOW) >= 0);
  const limitCounts = p.severityLimits.map(() => 0);
  const matched = p.rules.map(() => 0);
  const waived = p.rules.map(() => 0);
  const applied = p.exceptions.map(() => 0);
  for (const f of list) {
    const hits = p.exceptions.flatMap((e, i) => (active[i] && matchesReference(e.match, f) ? [i] : []));
    const credited = new Set<number>();
    const limit = p.severityLimits.findIndex((l) => l.severity === f.severity);
    const severityWaivers = hits.filter(
      (i) => !p.exceptions[i]!.appliesTo || p.exceptions[i]!.appliesTo!.includes("severity"),
    );
    if (severityWaivers.length === 0) {
      if (limit >= 0) limitCounts[limit]!++;
    } else if (limit >= 0) for (const i of severityWaivers) credited.add(i);
    p.rules.forEach((rule, r) => {
      if (!matchesReference(rule.match, f)) return;
      const waivers = hits.filter(
        (i) => !p.exceptions[i]!.appliesTo || p.exceptions[i]!.appliesTo!.includes(rule.id),
      );
      if (waivers.length === 0) matched[r]!++;
      else {
        waived[r]!++;
        for (const i of waivers) credited.add(i);
      }
    });
    for (const i of credited) applied[i]!++;
  }
  return { limitCounts, matched, waived, applied };
}

describe("evaluation properties", () => {
  it("finds exactly what testing every rule and exception against every finding finds", () => {
    fc.assert(
      fc.property(policy, findings, (p, list) => {
        const expected = reference(p, list);
        const e = evaluate(p, list, ALL);
        expect(e.severity.map((s) => s.count)).toEqual(expected.limitCounts);
        expect(e.rules.map((r) => r.matched)).toEqual(expected.matched);
        expect(e.rules.map((r) => r.waived)).toEqual(expected.waived);
        const appliedCounts = p.exceptions.map(
          (x) => e.exceptions.applied.find((a) => a.id === x.id)?.count ?? 0,
        );
        expect(appliedCounts).toEqual(expected.applied);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws, is deterministic, and streaming equals batch", () => {
    fc.assert(
      fc.property(policy, findings, (p, list) => {
        const a = evaluate(p, list, { now: NOW, sampleLimit: 3 });
        const b = evaluate(p, list, { now: NOW, sampleLimit: 3 });
        expect(b).toEqual(a);
        const evaluator = createEvaluator(p, { now: NOW, sampleLimit: 3 });
        for (const f of list) evaluator.add(f);
        expect(evaluator.finish()).toEqual(a);
        expect(a.findings.evaluated).toBe(list.length);
        expect(SEVERITIES.reduce((n, s) => n + a.counts.raw[s], 0)).toBe(list.length);
        for (const s of SEVERITIES) expect(a.counts.afterExceptions[s]).toBeLessThanOrEqual(a.counts.raw[s]);
      }),
      { numRuns: 300 },
    );
  });

  it("the verdict does not depend on the order findings arrive in", () => {
    fc.assert(
      fc.property(policy, findings, (p, list) => {
        const forward = decision(evaluate(p, list, ALL));
        const backward = decision(evaluate(p, [...list].reverse(), ALL));
        expect(backward.verdict).toBe(forward.verdict);
        expect(backward.severity).toEqual(forward.severity);
        expect(backward.rules).toEqual(forward.rules);
        expect([...backward.violations].sort()).toEqual([...forward.violations].sort());
      }),
      { numRuns: 200 },
    );
  });

  it("adding an exception can only remove violations", () => {
    fc.assert(
      fc.property(
        policy.chain((p) =>
          fc.tuple(
            fc.constant(p),
            exceptionFor(
              p.rules.map((r) => r.id),
              99,
            ),
          ),
        ),
        findings,
        ([p, extra], list) => {
          const without = evaluate(p, list, ALL);
          const withIt = evaluate({ ...p, exceptions: [...p.exceptions, extra] }, list, ALL);
          if (withIt.verdict === "fail") expect(without.verdict).toBe("fail");
          withIt.severity.forEach((s, i) => {
            expect(s.count).toBeLessThanOrEqual(without.severity[i]!.count);
            if (s.violated) expect(without.severity[i]!.violated).toBe(true);
          });
          withIt.rules.forEach((r, i) => {
            expect(r.matched).toBeLessThanOrEqual(without.rules[i]!.matched);
            if (r.violated) expect(without.rules[i]!.violated).toBe(true);
          });
          const before = new Set(without.violations.map((v) => `${v.ruleId} ${v.finding.arn}`));
          for (const v of withIt.violations) expect(before.has(`${v.ruleId} ${v.finding.arn}`)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the server-side plan never changes a verdict compared with evaluating everything", () => {
    let filtered = 0;
    let severityOnly = 0;
    fc.assert(
      fc.property(policy, findings, (p, list) => {
        const everything = evaluate(p, list, ALL);
        const plan = planFetch(p);
        if (plan.severityOnly) {
          severityOnly++;
          const counted = evaluateCounts(p, everything.counts.raw, ALL);
          expect(counted.verdict).toBe(everything.verdict);
          expect(counted.severity).toEqual(everything.severity);
          return;
        }
        if (plan.filter === undefined) return;
        filtered++;
        const fetched = list.filter((f) => matchesServerFilter(f, plan.filter!));
        expect(decision(evaluate(p, fetched, ALL))).toEqual(decision(everything));
      }),
      { numRuns: 600 },
    );
    // The property must actually have been exercised with narrowing filters and count-only plans.
    expect(filtered).toBeGreaterThan(20);
    expect(severityOnly).toBeGreaterThan(5);
  });

  it("the plan also holds when samples are small", () => {
    fc.assert(
      fc.property(policy, findings, (p, list) => {
        const plan = planFetch(p);
        if (plan.filter === undefined) return;
        const fetched = list.filter((f) => matchesServerFilter(f, plan.filter!));
        const small = { now: NOW, sampleLimit: 2 };
        expect(decision(evaluate(p, fetched, small))).toEqual(decision(evaluate(p, list, small)));
      }),
      { numRuns: 300 },
    );
  });
});
