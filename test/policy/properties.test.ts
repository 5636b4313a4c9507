/**
 * Property-based tests over random findings (Inspector Classic and Inspector v2) and random policies:
 * evaluation agrees with the reference (test/helpers/policy-reference.ts) on what counts and what could
 * not be decided, never throws and is deterministic, an exception can only remove violations, and neither
 * the Classic fetch plan nor any filter that keeps to the policy's needs (PolicyNeeds: values, ranges, KEV
 * candidates) changes a verdict compared with evaluating every finding.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Attribute,
  type Finding,
  INSPECTOR2_SEVERITIES,
  type Resource,
  SEVERITIES,
} from "../../src/model.js";
import { createEvaluator, daysLeft, evaluate, evaluateCounts } from "../../src/policy/evaluate.js";
import { policyNeeds } from "../../src/policy/plan.js";
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
import { satisfiesNeeds } from "../helpers/needs-reference.js";
import { isV2, statusReference } from "../helpers/policy-reference.js";

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

const classicFinding: fc.Arbitrary<Finding> = fc
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

const VULNS = ["CVE-1", "CVE-2", "GHSA-1"];
const PKGS = ["openssl", "log4j-core", "zlib"];
const VERSIONS = ["1.0", "2.14.1", "1.2.13"];
const REPOS = ["web", "api", "web-admin"];
const IMAGE_TAGS = ["latest", "v1", "v10"];
const FUNCTIONS = ["orders", "resizer"];
const RESOURCE_IDS = ["arn:r/1", "arn:r/2", "i-1"];
const EPSS = [0, 0.05, 0.5, 0.97, 1];
const SCORES = [0, 3.1, 7, 9.8, 10];

const resource: fc.Arbitrary<Resource> = fc
  .record({
    type: fc.constantFrom("AWS_ECR_CONTAINER_IMAGE", "AWS_LAMBDA_FUNCTION", "AWS_EC2_INSTANCE"),
    id: fc.constantFrom(...RESOURCE_IDS),
    repository: fc.constantFrom(...REPOS),
    imageTags: fc.subarray(IMAGE_TAGS),
    fn: fc.constantFrom(...FUNCTIONS),
    team: fc.option(fc.constantFrom(...VALUES), { nil: undefined }),
  })
  .map(({ type, id, repository, imageTags, fn, team }) => ({
    type,
    id,
    ...(team !== undefined ? { tags: { team } } : {}),
    ...(type === "AWS_ECR_CONTAINER_IMAGE"
      ? {
          details: { awsEcrContainerImage: { repositoryName: repository, imageHash: "sha256:1", imageTags } },
        }
      : type === "AWS_LAMBDA_FUNCTION"
        ? { details: { awsLambdaFunction: { functionName: fn } } }
        : {}),
  }));

/** Package findings (with or without KEV data), and network findings (no vulnerability, no scores). */
const v2Finding: fc.Arbitrary<Finding> = fc
  .record({
    arn: fc.integer({ min: 0, max: 40 }).map((n) => `arn:aws:inspector2:us-east-1:1:finding/${n}`),
    severity: fc.constantFrom(...INSPECTOR2_SEVERITIES),
    network: fc.boolean(),
    title: fc.option(fc.constantFrom("alpha", "beta"), { nil: undefined }),
    vulnerabilityId: fc.constantFrom(...VULNS),
    packages: fc.array(fc.record({ name: fc.constantFrom(...PKGS), version: fc.constantFrom(...VERSIONS) }), {
      maxLength: 2,
    }),
    fixAvailable: fc.option(fc.constantFrom("YES" as const, "NO" as const, "PARTIAL" as const), {
      nil: undefined,
    }),
    exploitAvailable: fc.option(fc.constantFrom("YES" as const, "NO" as const), { nil: undefined }),
    epss: fc.option(fc.constantFrom(...EPSS), { nil: undefined }),
    inspectorScore: fc.option(fc.constantFrom(...SCORES), { nil: undefined }),
    kev: fc.option(fc.boolean(), { nil: undefined }),
    resources: fc.array(resource, { minLength: 1, maxLength: 2 }),
  })
  .map(
    ({
      network,
      vulnerabilityId,
      packages,
      fixAvailable,
      exploitAvailable,
      epss,
      inspectorScore,
      kev,
      ...f
    }) =>
      network
        ? { ...f, type: "NETWORK_REACHABILITY", attributes: [], userAttributes: [], asset: {} }
        : {
            ...f,
            id: vulnerabilityId,
            type: "PACKAGE_VULNERABILITY",
            attributes: [],
            userAttributes: [],
            asset: {},
            packageVulnerabilityDetails: { vulnerabilityId, source: "NVD", vulnerablePackages: packages },
            ...(fixAvailable !== undefined ? { fixAvailable } : {}),
            ...(exploitAvailable !== undefined ? { exploitAvailable } : {}),
            ...(epss !== undefined ? { epss: { score: epss } } : {}),
            ...(inspectorScore !== undefined ? { inspectorScore } : {}),
            ...(kev !== undefined ? { kev } : {}),
          },
  );

const finding: fc.Arbitrary<Finding> = fc.oneof(classicFinding, v2Finding);

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

/** A range over some of the values findings carry (so bounds fall on, between and beside them). */
const boundedRange = (values: readonly number[]) =>
  fc
    .record({ min: fc.constantFrom(...values), max: fc.constantFrom(...values) }, { requiredKeys: [] })
    .filter((r) => r.min === undefined || r.max === undefined || r.min <= r.max);

const entry =
  (key: keyof Match) =>
  (value: unknown): [keyof Match, unknown] => [key, value];

/** One or two fields of a resource condition (more rarely match anything). */
const resourceCondition = fc
  .uniqueArray(
    fc.oneof(
      fc
        .subarray(["AWS_ECR_CONTAINER_IMAGE", "AWS_LAMBDA_FUNCTION", "AWS_EC2_INSTANCE"], { minLength: 1 })
        .map((v) => ["type", v] as const),
      patterns(RESOURCE_IDS).map((v) => ["id", v] as const),
      patterns(REPOS).map((v) => ["ecrRepository", v] as const),
      patterns(IMAGE_TAGS).map((v) => ["ecrImageTag", v] as const),
      patterns(FUNCTIONS).map((v) => ["lambdaFunction", v] as const),
      patterns(VALUES).map((v) => ["tags", { team: v }] as const),
    ),
    { minLength: 1, maxLength: 2, selector: (e) => e[0] },
  )
  .map((entries) => Object.fromEntries(entries));

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
  patterns(VULNS).map(entry("vulnerabilityId")),
  fc.subarray(["PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY"], { minLength: 1 }).map(entry("findingType")),
  fc.subarray(["YES", "NO", "PARTIAL"], { minLength: 1 }).map(entry("fixAvailable")),
  fc.subarray(["YES", "NO"], { minLength: 1 }).map(entry("exploitAvailable")),
  boundedRange(EPSS).map(entry("epss")),
  boundedRange(SCORES).map(entry("inspectorScore")),
  fc.boolean().map(entry("kev")),
  {
    weight: 2,
    arbitrary: fc
      .record({ name: patterns(PKGS), version: patterns(VERSIONS) }, { requiredKeys: [] })
      .filter((m) => Object.keys(m).length > 0)
      .map(entry("package")),
  },
  { weight: 3, arbitrary: resourceCondition.map(entry("resource")) },
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
/** Classic findings whose rules package names were resolved, as a Classic run source gives them. */
const classicFindings = fc.array(
  classicFinding.map((f) =>
    f.rulesPackageArn !== undefined && f.rulesPackageName === undefined
      ? { ...f, rulesPackageName: PACKAGES.find((p) => p.arn === f.rulesPackageArn)!.name }
      : f,
  ),
  { maxLength: 40 },
);

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
    notApplicable: (e.notApplicable ?? []).map((n) => [n.kind, n.id, n.findings, n.reasons]),
  };
}

const appliesTo = (e: PolicyException, target: string) => !e.appliesTo || e.appliesTo.includes(target);

/**
 * The evaluator reaches rules and exceptions through a value index and tests them with compiled
 * predicates; this reference tests every rule and exception against every finding with the documented
 * semantics (test/helpers/policy-reference.ts, no code shared with the compiler): a rule counts a finding
 * it matches unless an exception that matches waives it; a rule that cannot decide a finding (and no
 * matching exception waives it from the rule) could not be decided for it; an exception that cannot
 * decide a finding waives nothing, and could not be decided for it when the finding counts for something
 * it applies to.
 */
function reference(p: Policy, list: readonly Finding[]) {
  const active = p.exceptions.map((e) => daysLeft(e.expires, NOW) >= 0);
  const limitCounts = p.severityLimits.map(() => 0);
  const matched = p.rules.map(() => 0);
  const waived = p.rules.map(() => 0);
  const undecided = p.rules.map(() => 0);
  const applied = p.exceptions.map(() => 0);
  const exceptionUndecided = p.exceptions.map(() => 0);
  for (const f of list) {
    const status = p.exceptions.map((e, i) => (active[i] ? statusReference(e.match, f) : "no"));
    const hits = p.exceptions.flatMap((_, i) => (status[i] === "yes" ? [i] : []));
    const credited = new Set<number>();
    const limit = p.severityLimits.findIndex((l) => l.severity === f.severity);
    const severityWaivers = hits.filter((i) => appliesTo(p.exceptions[i]!, "severity"));
    const limitCounts_ = severityWaivers.length === 0 && limit >= 0;
    if (severityWaivers.length === 0) {
      if (limit >= 0) limitCounts[limit]!++;
    } else if (limit >= 0) for (const i of severityWaivers) credited.add(i);
    const counting: string[] = [];
    p.rules.forEach((rule, r) => {
      const st = statusReference(rule.match, f);
      if (st === "no") return;
      const waivers = hits.filter((i) => appliesTo(p.exceptions[i]!, rule.id));
      if (st === "unknown") {
        if (waivers.length === 0) {
          undecided[r]!++;
          counting.push(rule.id);
        }
        return;
      }
      if (waivers.length === 0) {
        matched[r]!++;
        counting.push(rule.id);
      } else {
        waived[r]!++;
        for (const i of waivers) credited.add(i);
      }
    });
    for (const i of credited) applied[i]!++;
    p.exceptions.forEach((e, i) => {
      if (status[i] !== "unknown") return;
      const severity = limitCounts_ && appliesTo(e, "severity");
      if (severity || counting.some((id) => appliesTo(e, id))) exceptionUndecided[i]!++;
    });
  }
  return { limitCounts, matched, waived, undecided, applied, exceptionUndecided };
}

const undecidedOf = (e: Evaluation, kind: "rule" | "exception", id: string) =>
  e.notApplicable?.find((n) => n.kind === kind && n.id === id)?.findings ?? 0;

describe("evaluation properties", () => {
  it("finds exactly what testing every rule and exception against every finding finds", () => {
    let undecidedSeen = 0;
    fc.assert(
      fc.property(policy, findings, (p, list) => {
        const expected = reference(p, list);
        const e = evaluate(p, list, ALL);
        expect(e.severity.map((s) => s.count)).toEqual(expected.limitCounts);
        expect(e.rules.map((r) => r.matched)).toEqual(expected.matched);
        expect(e.rules.map((r) => r.waived)).toEqual(expected.waived);
        expect(p.rules.map((r) => undecidedOf(e, "rule", r.id))).toEqual(expected.undecided);
        const appliedCounts = p.exceptions.map(
          (x) => e.exceptions.applied.find((a) => a.id === x.id)?.count ?? 0,
        );
        expect(appliedCounts).toEqual(expected.applied);
        expect(p.exceptions.map((x) => undecidedOf(e, "exception", x.id))).toEqual(
          expected.exceptionUndecided,
        );
        const errorRule = p.rules.some((r, i) => r.level === "error" && expected.undecided[i]! > 0);
        expect(e.verdict === "error").toBe(errorRule);
        if (errorRule) expect(e.error?.code).toBe("CONDITION_NOT_APPLICABLE");
        if (expected.undecided.some((n) => n > 0)) undecidedSeen++;
      }),
      { numRuns: 500 },
    );
    expect(undecidedSeen).toBeGreaterThan(20);
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
        expect(backward.notApplicable).toEqual(forward.notApplicable);
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
          if (withIt.verdict === "fail") expect(without.verdict).not.toBe("pass");
          if (withIt.verdict === "error") expect(without.verdict).toBe("error");
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

  it("the Classic fetch plan never changes a verdict compared with evaluating everything", () => {
    let filtered = 0;
    let severityOnly = 0;
    fc.assert(
      fc.property(policy, classicFindings, (p, list) => {
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

  it("the Classic plan also holds when samples are small", () => {
    fc.assert(
      fc.property(policy, classicFindings, (p, list) => {
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

describe("pushdown: what a policy needs of a source", () => {
  it("every finding a target can count, or could not decide, satisfies that target's needs", () => {
    let checked = 0;
    fc.assert(
      fc.property(rules, limits, findings, (ruleList, limitList, list) => {
        for (const rule of ruleList) {
          const one: Policy = { ...policyWith(limitList, [rule]), severityLimits: [] };
          const [target] = policyNeeds(one).targets;
          for (const f of list) {
            if (statusReference(rule.match, f) === "no") continue;
            checked++;
            expect(target, `${rule.id} can count ${f.arn}`).toBeDefined();
            expect(satisfiesNeeds(target!, f), `${f.arn} satisfies ${JSON.stringify(rule.match)}`).toBe(true);
          }
        }
        for (const limit of limitList) {
          const [target] = policyNeeds({ ...policyWith([limit], [{ ...SEVERITY_ANCHOR }]) }).targets;
          for (const f of list.filter((x) => x.severity === limit.severity)) {
            expect(satisfiesNeeds(target!, f)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(200);
  });

  it("a source that keeps to the needs (and fetches KEV data for candidates only) never changes a verdict", () => {
    let narrowed = 0;
    let kevAsked = 0;
    fc.assert(
      fc.property(policy, findings, (p, list) => {
        const everything = decision(evaluate(p, list, ALL));
        const needs = policyNeeds(p);
        if (needs.severityOnly) return;
        // The narrowest a source may fetch: what satisfies some target's needs (all when none narrows).
        const fetched =
          needs.targets.length === 0
            ? list
            : list.filter((f) => needs.targets.some((t) => satisfiesNeeds(t, f)));
        if (fetched.length < list.length) narrowed++;
        // KEV data only for candidates: every other finding arrives without it.
        const kev = needs.kev;
        const delivered = fetched.map((f) => {
          if (kev === undefined || !isV2(f) || kev.candidate(f)) return f;
          const { kev: _dropped, ...without } = f;
          return without as Finding;
        });
        if (kev !== undefined) kevAsked++;
        expect(decision(evaluate(p, delivered, ALL))).toEqual(everything);
      }),
      { numRuns: 800 },
    );
    expect(narrowed).toBeGreaterThan(50);
    expect(kevAsked).toBeGreaterThan(50);
  });

  it("kev.candidate accepts every finding a kev-conditioned rule or exception could match, kev aside", () => {
    let candidates = 0;
    fc.assert(
      fc.property(policy, findings, (p, list) => {
        const needs = policyNeeds(p);
        const items = [...p.rules, ...p.exceptions].filter((i) => i.match.kev !== undefined);
        expect(needs.kev !== undefined).toBe(items.length > 0);
        for (const f of list) {
          const { kev: _kev, ...rest } = f;
          const could = items.some((i) => {
            const { kev: _k, ...match } = i.match;
            return statusReference(match, rest as Finding) !== "no";
          });
          const needsData = f.packageVulnerabilityDetails !== undefined;
          if (could && needsData) {
            candidates++;
            expect(needs.kev!.candidate(f)).toBe(true);
          }
        }
      }),
      { numRuns: 800 },
    );
    // Enough findings reached the check for it to mean something (the draws are random: a loose floor).
    expect(candidates).toBeGreaterThan(20);
  });
});

/** A rule counting every finding, so a policy of only limits is not severity-only. */
const SEVERITY_ANCHOR: Rule = { id: "anchor", level: "warning", max: 0, match: {}, source: SOURCE };

function policyWith(severityLimits: Policy["severityLimits"], ruleList: readonly Rule[]): Policy {
  return {
    version: 1,
    files: ["prop.yml"],
    severityLimits,
    rules: ruleList,
    exceptions: [],
    coverage: { minAgents: 1, unhealthyAgents: "warn" },
  };
}
