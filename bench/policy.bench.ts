/**
 * Policy engine figures: evaluating 100,000 generated findings against a 50-rule policy (exact values,
 * globs, regexes, attribute and asset conditions, exceptions), median of several runs; plus loading and
 * validating that policy from YAML.
 */
import { performance } from "node:perf_hooks";
import type { Finding, Severity } from "../src/model.js";
import { compilePolicy } from "../src/policy/compile.js";
import { createEvaluator, evaluate } from "../src/policy/evaluate.js";
import { loadPolicy } from "../src/policy/load.js";
import type { BenchRow } from "./types.js";

const FINDINGS = 100_000;
const RUNS = 9;

/** Small deterministic PRNG (mulberry32) so every run sees the same findings. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PACKAGES = [
  {
    name: "Common Vulnerabilities and Exposures",
    arn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p",
  },
  {
    name: "CIS Operating System Security Configuration Benchmarks",
    arn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-H5hpSawc",
  },
  {
    name: "Security Best Practices",
    arn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-JJ0tZiqQ",
  },
  { name: "Network Reachability", arn: "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-rD1z6dpl" },
];
const SEVERITY_POOL: Severity[] = [
  "High",
  "Medium",
  "Medium",
  "Low",
  "Low",
  "Low",
  "Informational",
  "Undefined",
];
const NUMERIC: Partial<Record<Severity, number>> = { High: 9, Medium: 6, Low: 3 };
const SOFTWARE = [
  "openssl",
  "glibc",
  "bash",
  "curl",
  "openssh",
  "sudo",
  "systemd",
  "libxml2",
  "zlib",
  "nss",
  "kernel",
];

/**
 * Findings as the gate holds them: parsed from JSON (the SDK deserialises responses), so their strings
 * are flat like real ones rather than the concatenations the generator builds.
 */
export function generateFindings(count: number, seed = 42): Finding[] {
  return JSON.parse(JSON.stringify(buildFindings(count, seed))) as Finding[];
}

function buildFindings(count: number, seed: number): Finding[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const pkg = pick(PACKAGES);
    const severity = pick(SEVERITY_POOL);
    const instance = `i-0${Math.floor(rand() * 4096)
      .toString(16)
      .padStart(3, "0")}beef`;
    const cve = `CVE-20${14 + Math.floor(rand() * 10)}-${1000 + Math.floor(rand() * 9000)}`;
    const software = pick(SOFTWARE);
    const attributes =
      pkg === PACKAGES[0]
        ? [
            { key: "INSTANCE_ID", value: instance },
            { key: "CVE_ID", value: cve },
            { key: "PACKAGE_NAME", value: software },
            { key: "CVSS3_SCORE", value: (rand() * 10).toFixed(1) },
          ]
        : [
            { key: "INSTANCE_ID", value: instance },
            { key: "RULE_ID", value: `R-${Math.floor(rand() * 40)}` },
          ];
    findings.push({
      arn: `arn:aws:inspector:us-west-2:123456789012:target/0-t/template/0-t/run/0-r/finding/0-${i.toString(36)}`,
      id: pkg === PACKAGES[0] ? cve : `R-${i % 40}`,
      title: `Instance ${instance} is vulnerable to ${cve} in ${software}`,
      severity,
      numericSeverity: NUMERIC[severity] ?? 0,
      confidence: 10,
      indicatorOfCompromise: rand() < 0.01,
      rulesPackageArn: pkg.arn,
      rulesPackageName: pkg.name,
      attributes,
      userAttributes: rand() < 0.3 ? [{ key: "team", value: pick(["payments", "search", "infra"]) }] : [],
      asset: {
        agentId: instance,
        hostname: `ip-10-0-${i % 250}-${i % 7}.${pick(["prod", "staging"])}.internal`,
        autoScalingGroup: pick(["prod-web", "prod-api", "staging-web"]),
        amiId: `ami-0${Math.floor(rand() * 16).toString(16)}`,
      },
    });
  }
  return findings;
}

/** 50 rules: 15 exact CVE lists, 10 globs, 8 regexes, 5 asset, 5 severity/numeric, 5 user attributes, 2 mixed. */
export function benchPolicyText(): string {
  const rules: string[] = [];
  for (let i = 0; i < 15; i++) {
    const cves = Array.from(
      { length: 8 },
      (_, j) => `CVE-20${14 + ((i + j) % 10)}-${1000 + i * 97 + j * 13}`,
    );
    rules.push(`  - id: cve-list-${i}\n    match:\n      attributes:\n        CVE_ID: [${cves.join(", ")}]`);
  }
  for (let i = 0; i < 10; i++) {
    rules.push(
      `  - id: glob-${i}\n    max: 5\n    match:\n      id: "CVE-20${14 + i}-*"\n      title: "*${SOFTWARE[i]}*"`,
    );
  }
  for (let i = 0; i < 8; i++) {
    rules.push(
      `  - id: regex-${i}\n    level: warning\n    match:\n      min-severity: Medium\n      attributes:\n        CVSS3_SCORE: { regex: "${i}\\\\.[5-9]" }\n        PACKAGE_NAME: { regex: "(lib)?${SOFTWARE[i]}[0-9]*" }`,
    );
  }
  for (let i = 0; i < 5; i++) {
    rules.push(
      `  - id: asset-${i}\n    max: 100\n    match:\n      asset:\n        agent-id: "i-0${i}*"\n        hostname: "*.prod.internal"\n        auto-scaling-group: prod-*`,
    );
  }
  for (let i = 0; i < 5; i++) {
    rules.push(
      `  - id: severity-${i}\n    max: ${1000 * (i + 1)}\n    match:\n      severity: [High, Medium]\n      numeric-severity: { min: ${i} }\n      confidence: { min: 5 }\n      indicator-of-compromise: ${i % 2 === 0}`,
    );
  }
  for (let i = 0; i < 5; i++) {
    rules.push(
      `  - id: team-${i}\n    max: 10000\n    match:\n      user-attributes:\n        team: [payments, "sea*"]\n      rules-package: "${PACKAGES[i % 4]!.name}"`,
    );
  }
  rules.push(
    `  - id: mixed-0\n    match:\n      rules-package: Network Reachability\n      attributes:\n        RULE_ID: ["R-1", "R-2*"]\n        INSTANCE_ID: "i-0a*"`,
  );
  rules.push(
    `  - id: mixed-1\n    match:\n      min-severity: High\n      title: { regex: ".*(openssl|openssh).*" }`,
  );
  const exceptions: string[] = [];
  for (let i = 0; i < 10; i++) {
    exceptions.push(
      `  - id: EXC-${i}\n    reason: benchmark waiver ${i}\n    expires: 2999-12-31\n    applies-to: [cve-list-${i}, glob-${i}, severity]\n    match:\n      asset: { agent-id: "i-0${i.toString(16)}*" }`,
    );
  }
  return [
    "version: 1",
    "name: bench",
    "severity:",
    "  fail-on: High",
    "  max:",
    "    Medium: 20000",
    "    Low: 50000",
    "rules:",
    ...rules,
    "exceptions:",
    ...exceptions,
    "",
  ].join("\n");
}

/**
 * How fast this machine is at the primitive the evaluator leans on most (a Map lookup by a short string
 * key, as in its value index), to read the figure above against: a quiet laptop does this in a few ns.
 */
function calibrateMapGet(): number {
  const keys = Array.from({ length: 4096 }, (_, i) => `i-0${i.toString(16).padStart(3, "0")}beef`);
  const probes: string[] = JSON.parse(
    JSON.stringify(Array.from({ length: 200_000 }, (_, i) => keys[(i * 7919) % 4096])),
  );
  const map = new Map(keys.map((k) => [k, 1]));
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < 7; r++) {
    const start = performance.now();
    for (const p of probes) sink += map.get(p) ?? 0;
    times.push(((performance.now() - start) * 1e6) / probes.length);
  }
  return sink > 0 ? median(times) : Number.NaN;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<BenchRow[]> {
  const text = benchPolicyText();
  const loadTimes: number[] = [];
  let policy = await loadPolicy({ text, file: "bench.yml" });
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    policy = await loadPolicy({ text, file: "bench.yml" });
    loadTimes.push(performance.now() - t0);
  }
  const findings = generateFindings(FINDINGS);
  const now = new Date("2026-06-01T00:00:00Z");
  const t0 = performance.now();
  compilePolicy(policy);
  const compileMs = performance.now() - t0;
  evaluate(policy, findings, { now }); // warm-up
  const times: number[] = [];
  let verdict = "";
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const evaluator = createEvaluator(policy, { now });
    for (const f of findings) evaluator.add(f);
    verdict = evaluator.finish().verdict;
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return [
    {
      group: "policy",
      name: `evaluate ${FINDINGS.toLocaleString("en-US")} findings x ${policy.rules.length} rules, ${policy.exceptions.length} exceptions (median of ${RUNS})`,
      value: ms,
      unit: "ms",
      target: "< 100 ms",
      pass: ms < 100,
      note: `verdict ${verdict}; ${Math.round(FINDINGS / (ms / 1000)).toLocaleString("en-US")} findings/s`,
    },
    { group: "policy", name: "compile the 50-rule policy", value: compileMs, unit: "ms" },
    {
      group: "policy",
      name: "calibration: Map.get by a short string key",
      value: calibrateMapGet(),
      unit: "ns",
      note: "machine speed, to read the evaluation figure against",
    },
    {
      group: "policy",
      name: "load + validate the 50-rule policy from YAML (median)",
      value: median(loadTimes),
      unit: "ms",
    },
  ];
}
