/**
 * Generators of bad input for the bad-input campaign: policy files (random YAML, truncations of valid
 * policies, huge scalars, deep nesting, alias bombs, prototype keys, invalid and runaway regexes, wrong
 * types in every typed slot), findings files, `check` arguments and Action inputs. Each case says whether
 * it is invalid by construction ("bad") or may happen to be valid ("maybe", e.g. a truncation that ends on
 * a line boundary), and where its error must point.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { SEVERITIES } from "../../src/model.js";

export const ROOT = join(import.meta.dirname, "../..");

/** A policy using every part of the format: the base of truncations and type mutations. */
export const RICH_POLICY = `version: 1
name: rich
severity:
  fail-on: High
  max:
    Medium: 10
    Low: 100
rules:
  - id: no-openssl
    description: OpenSSL findings are fixed first
    level: error
    max: 0
    match:
      severity: [High, Medium]
      rules-package: Common Vulnerabilities and Exposures
      title: "*openssl*"
      attributes:
        CVE_ID: { regex: "CVE-20(2[0-9])-[0-9]+" }
      numeric-severity: { min: 5 }
      confidence: { min: 1, max: 10 }
  - id: public-ssh
    level: warning
    max: 2
    match:
      min-severity: Low
      attributes:
        PORT: ["22", "2222"]
      asset:
        hostname: "*.prod.internal"
        auto-scaling-group: web-*
      indicator-of-compromise: false
      user-attributes:
        team: payments
exceptions:
  - id: EXC-1
    reason: accepted until the base image is rebuilt
    expires: 2030-01-31
    owner: platform
    ticket: SEC-1
    applies-to: [no-openssl, severity]
    match:
      asset:
        agent-id: i-0abc*
coverage:
  min-agents: 1
  unhealthy-agents: warn
`;

export function validPolicies(): string[] {
  const dir = join(ROOT, "policies");
  const presets = readdirSync(dir)
    .filter((f) => f.endsWith(".yml"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"))
    // Presets that extend others are resolved relative to policies/; keep the self-contained ones.
    .filter((text) => !/^extends:/m.test(text));
  return [RICH_POLICY, ...presets];
}

export interface PolicyCase {
  readonly kind: string;
  readonly text: string;
  /** "bad": invalid by construction; "maybe": may happen to be a valid policy. */
  readonly validity: "bad" | "maybe";
  /** Whether the error must carry a line (file-level problems such as "too large" still give 1:1). */
  readonly needsLine: boolean;
}

const notVersionKey = (key: string) => key !== "version";

/** Any YAML document whose root is not a map holding `version`: never a policy. */
const randomYaml: fc.Arbitrary<PolicyCase> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }).filter(notVersionKey), fc.jsonValue({ maxDepth: 3 }), {
      maxKeys: 6,
    }),
  )
  .filter((v) => !(typeof v === "object" && v !== null && !Array.isArray(v) && Object.hasOwn(v, "version")))
  .map((v) => ({ kind: "random YAML", text: stringify(v), validity: "bad" as const, needsLine: true }));

/** Random text (any code points): almost never YAML, never a policy. */
const randomText: fc.Arbitrary<PolicyCase> = fc
  .string({ unit: "binary", maxLength: 400 })
  .filter((t) => !t.includes("version"))
  .map((text) => ({ kind: "random text", text, validity: "bad" as const, needsLine: true }));

function truncations(valid: readonly string[]): fc.Arbitrary<PolicyCase> {
  return fc
    .record({ i: fc.nat({ max: valid.length - 1 }), cut: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ i, cut }) => {
      const text = valid[i]!;
      const at = Math.min(text.length - 1, Math.floor(cut * text.length));
      return { kind: "truncation", text: text.slice(0, at), validity: "maybe" as const, needsLine: true };
    });
}

const hugeScalars: fc.Arbitrary<PolicyCase> = fc
  .oneof(
    // Names have a bound; a whole file has a bound (1 MiB).
    fc.integer({ min: 201, max: 50_000 }).map((n) => `version: 1\nname: ${"n".repeat(n)}\n`),
    fc.integer({ min: 1_048_577, max: 1_300_000 }).map((n) => `version: 1\nname: x\n# ${"#".repeat(n)}\n`),
    // Regular expressions have a bound (512 characters).
    fc
      .integer({ min: 513, max: 50_000 })
      .map((n) => `version: 1\nrules:\n  - id: r\n    match:\n      title: { regex: "${"a".repeat(n)}" }\n`),
    // Numbers beyond what a limit can be.
    fc
      .constantFrom(
        "1e400",
        "-1e400",
        ".inf",
        "-.inf",
        ".nan",
        "1e300",
        "123456789012345678901234567890",
        "-1",
      )
      .map((n) => `version: 1\nseverity:\n  max:\n    Medium: ${n}\n`),
    fc
      .constantFrom("1e400", ".inf", ".nan", "99999999999999999999999", "-5", "0", "2.5")
      .map((n) => `version: 1\ncoverage:\n  min-agents: ${n}\n`),
    fc.constantFrom("1e400", "2", "0", "-1", "1.5", ".nan", '"1"', "v1").map((n) => `version: ${n}\n`),
  )
  .map((text) => ({ kind: "huge scalar", text, validity: "bad" as const, needsLine: true }));

const deepNesting: fc.Arbitrary<PolicyCase> = fc
  .oneof(
    fc.integer({ min: 34, max: 30_000 }).map((n) => `version: 1\nname: ${"[".repeat(n)}${"]".repeat(n)}\n`),
    fc
      .integer({ min: 34, max: 10_000 })
      .map((n) => `version: 1\nrules: ${"{a: ".repeat(n)}1${"}".repeat(n)}\n`),
    fc.integer({ min: 34, max: 400 }).map((n) => {
      const lines = ["version: 1", "rules:"];
      for (let i = 1; i <= n; i++) lines.push(`${"  ".repeat(i)}- `);
      return `${lines.join("\n")}x\n`;
    }),
  )
  .map((text) => ({ kind: "deep nesting", text, validity: "bad" as const, needsLine: true }));

const aliasBombs: fc.Arbitrary<PolicyCase> = fc
  .oneof(
    fc
      .record({ levels: fc.integer({ min: 3, max: 9 }), fanout: fc.integer({ min: 5, max: 12 }) })
      .map(({ levels, fanout }) => {
        const lines = [`l0: &l0 [${Array(fanout).fill("lol").join(", ")}]`];
        for (let l = 1; l < levels; l++) {
          lines.push(
            `l${l}: &l${l} [${Array(fanout)
              .fill(`*l${l - 1}`)
              .join(", ")}]`,
          );
        }
        return `version: 1\nname: &n bomb\nx-bomb:\n${lines.map((s) => `  ${s}`).join("\n")}\n`;
      }),
    fc.constant("version: 1\nrules: &r\n  - id: a\n    match: { title: *r }\n"),
    fc.constant("version: 1\nname: *undefined_anchor\n"),
  )
  .map((text) => ({ kind: "alias bomb", text, validity: "bad" as const, needsLine: true }));

export const PROTO_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "isPrototypeOf",
] as const;

/** Maps of the format whose keys are fixed: an object-prototype key there is an unknown key. */
const FIXED_MAPS: readonly (readonly (string | number)[])[] = [
  [],
  ["severity"],
  ["severity", "max"],
  ["rules", 0],
  ["rules", 0, "match"],
  ["rules", 1, "match", "asset"],
  ["rules", 0, "match", "numeric-severity"],
  ["exceptions", 0],
  ["exceptions", 0, "match"],
  ["coverage"],
];

/** RICH_POLICY as plain data, a fresh copy each time (mutations must not leak between cases). */
function richData(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(parse(RICH_POLICY))) as Record<string, unknown>;
}

function at(data: unknown, path: readonly (string | number)[]): Record<string | number, unknown> {
  let node = data as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

/** Sets `key` on a map as an own data property, even when the key is `__proto__`. */
function defineKey(target: Record<string | number, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

const protoKeys: fc.Arbitrary<PolicyCase> = fc
  .record({
    where: fc.constantFrom(...FIXED_MAPS),
    key: fc.constantFrom(...PROTO_KEYS),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: "yes", version: 1 })),
  })
  .map(({ where, key, value }) => {
    const data = richData();
    defineKey(at(data, where), key, value);
    return { kind: "prototype key", text: stringify(data), validity: "bad" as const, needsLine: true };
  });

/**
 * Regular expressions the policy refuses: RE2 syntax errors, and what a linear-time engine cannot run
 * (back-references, lookaround), and repetition counts past RE2's bound.
 */
export const INVALID_REGEXES = [
  "(",
  ")",
  "[",
  "a{2,1}",
  "*a",
  "a**",
  "+",
  "(?<n>a)(?<n>b)",
  "[z-a]",
  "\\",
  "(?<=",
  "(?<",
  "[\\d-z]+(",
  "(a)\\1",
  "(?=a)a",
  "a(?<!b)",
  "(.*){1,32000}[bc]",
] as const;
/**
 * Expressions a backtracking engine takes exponential or polynomial time on: on a finding title of a few
 * hundred characters (finding text is untrusted) one match takes seconds to hours. The policy accepts
 * them, and the linear-time engine matches them as fast as any other.
 */
export const BACKTRACKING_REGEXES = [
  "(a+)+$",
  "(a|aa)+$",
  "(a|a?)+",
  "(x+x+)+y",
  "(.*a){20}",
  "(a*)*b",
  "([a-z]+)*$",
  "(.*)(.*)(.*)(.*)x",
  "(?:.*)(?:.*)x",
  ".*.*.*.*X",
  "a*a*a*a*a*b",
  "[ab]*[ab]*[ab]*[ab]*c",
  "\\w*\\w*\\w*\\w*!",
] as const;

export const PATTERN_SLOTS = [
  (re: string) =>
    `version: 1\nrules:\n  - id: r\n    match:\n      title: { regex: ${JSON.stringify(re)} }\n`,
  (re: string) =>
    `version: 1\nrules:\n  - id: r\n    match:\n      id: [CVE-1, { regex: ${JSON.stringify(re)} }]\n`,
  (re: string) =>
    `version: 1\nrules:\n  - id: r\n    match:\n      attributes:\n        CVE_ID: { regex: ${JSON.stringify(re)} }\n`,
  (re: string) =>
    `version: 1\nexceptions:\n  - id: E\n    reason: r\n    expires: 2030-01-01\n    match:\n      asset:\n        hostname: { regex: ${JSON.stringify(re)} }\n`,
] as const;

const invalidRegexes: fc.Arbitrary<PolicyCase> = fc
  .record({
    re: fc.constantFrom(...INVALID_REGEXES),
    slot: fc.nat({ max: PATTERN_SLOTS.length - 1 }),
  })
  .map(({ re, slot }) => ({
    kind: "invalid regex",
    text: PATTERN_SLOTS[slot]!(re),
    validity: "bad" as const,
    needsLine: true,
  }));

/** Random regex-like text: often invalid, sometimes a fine expression. */
const randomRegexes: fc.Arbitrary<PolicyCase> = fc
  .record({
    re: fc.stringMatching(/^[a-z()[\]{}*+?|\\^$.0-9,<>=!:-]{1,24}$/),
    slot: fc.nat({ max: PATTERN_SLOTS.length - 1 }),
  })
  .map(({ re, slot }) => ({
    kind: "random regex",
    text: PATTERN_SLOTS[slot]!(re),
    validity: "maybe" as const,
    needsLine: true,
  }));

const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
  fc.dictionary(fc.constantFrom("a", "b"), fc.integer(), { minKeys: 1 }),
);
const notNumber = fc.oneof(
  fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((s) => !/^\s*[-+.\d]/.test(s) && !/^(true|false|null|~|\.inf|\.nan)$/i.test(s.trim())),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { minLength: 1, maxLength: 2 }),
);
const notWholeCount = fc.oneof(
  notNumber,
  fc.integer({ min: -1000, max: -1 }),
  fc
    .double({ min: 0.1, max: 1000, noNaN: true, noDefaultInfinity: true })
    .filter((d) => !Number.isInteger(d)),
);
const notMap = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
);
const notList = fc.oneof(
  fc.integer(),
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.boolean(),
  fc.dictionary(fc.constantFrom("a"), fc.integer(), { minKeys: 1 }),
);
const SEVERITY_NAMES: readonly string[] = SEVERITIES;
const notSeverity = fc.oneof(
  notString,
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !SEVERITY_NAMES.includes(s)),
  fc.constantFrom("high", "HIGH", "Severe", "Info"),
);
const notLevel = fc.oneof(
  notString,
  fc.string({ maxLength: 10 }).filter((s) => s !== "error" && s !== "warning"),
);
const notDate = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(
    "tomorrow",
    "2030-1-31",
    "31-01-2030",
    "2030/01/31",
    "2030-13-01",
    "2030-00-10",
    "2030-01-32",
    "2030-02-30",
    "",
  ),
);

/** Typed slots of RICH_POLICY and values that cannot be valid there. */
const TYPED_SLOTS: readonly { path: readonly (string | number)[]; wrong: fc.Arbitrary<unknown> }[] = [
  {
    path: ["version"],
    wrong: fc
      .oneof(
        notString,
        fc.string({ maxLength: 6 }),
        fc.integer().filter((n) => n !== 1),
      )
      .filter((v) => v !== 1),
  },
  { path: ["name"], wrong: fc.oneof(notString, fc.constant("")) },
  { path: ["severity"], wrong: notMap },
  { path: ["severity", "fail-on"], wrong: notSeverity },
  { path: ["severity", "max"], wrong: notMap },
  { path: ["severity", "max", "Medium"], wrong: notWholeCount },
  { path: ["rules"], wrong: notList },
  { path: ["rules", 0], wrong: notMap },
  { path: ["rules", 0, "id"], wrong: fc.oneof(notString, fc.constant("")) },
  { path: ["rules", 0, "level"], wrong: notLevel },
  { path: ["rules", 0, "max"], wrong: notWholeCount },
  { path: ["rules", 0, "match"], wrong: notMap },
  { path: ["rules", 0, "match", "severity"], wrong: notSeverity },
  { path: ["rules", 1, "match", "min-severity"], wrong: notSeverity },
  { path: ["rules", 0, "match", "numeric-severity"], wrong: notMap },
  { path: ["rules", 0, "match", "numeric-severity", "min"], wrong: notNumber },
  {
    path: ["rules", 1, "match", "indicator-of-compromise"],
    wrong: fc.oneof(
      fc.integer(),
      fc.string({ minLength: 1, maxLength: 5 }).filter((s) => !/^(true|false)$/i.test(s)),
      fc.array(fc.boolean(), { minLength: 1 }),
    ),
  },
  { path: ["rules", 1, "match", "asset"], wrong: notMap },
  { path: ["rules", 1, "match", "attributes"], wrong: notMap },
  { path: ["exceptions"], wrong: notList },
  { path: ["exceptions", 0, "reason"], wrong: fc.oneof(notString, fc.constant("")) },
  { path: ["exceptions", 0, "expires"], wrong: notDate },
  {
    path: ["exceptions", 0, "applies-to"],
    wrong: fc.oneof(notList, fc.constant(["no-such-rule"]), fc.constant([42])),
  },
  { path: ["coverage"], wrong: notMap },
  { path: ["coverage", "min-agents"], wrong: fc.oneof(notWholeCount, fc.constant(0)) },
  {
    path: ["coverage", "unhealthy-agents"],
    wrong: fc.oneof(notString, fc.constantFrom("error", "Fail", "")),
  },
];

const wrongTypes: fc.Arbitrary<PolicyCase> = fc.nat({ max: TYPED_SLOTS.length - 1 }).chain((slot) =>
  TYPED_SLOTS[slot]!.wrong.map((wrong) => {
    const { path } = TYPED_SLOTS[slot]!;
    const data = richData();
    const parent = at(data, path.slice(0, -1));
    parent[path.at(-1)!] = wrong;
    return { kind: "wrong type", text: stringify(data), validity: "bad" as const, needsLine: true };
  }),
);

export function policyCases(): fc.Arbitrary<PolicyCase> {
  const valid = validPolicies();
  return fc.oneof(
    randomYaml,
    randomText,
    truncations(valid),
    hugeScalars,
    deepNesting,
    aliasBombs,
    protoKeys,
    invalidRegexes,
    randomRegexes,
    wrongTypes,
  );
}

// ---------------------------------------------------------------------------------------------------
// Findings files (the offline door)

export interface FindingsCase {
  readonly kind: string;
  readonly text: string;
}

function exportOf(n: number): string {
  const findings = Array.from({ length: n }, (_, i) => ({
    arn: `arn:aws:inspector:us-west-2:123456789012:target/0-a/template/0-b/run/0-c/finding/0-${i}`,
    severity: ["High", "Medium", "Low"][i % 3],
    title: `finding ${i}`,
    attributes: [{ key: "CVE_ID", value: `CVE-2024-${1000 + i}` }],
    userAttributes: [],
    assetAttributes: { agentId: `i-0${i}`, hostname: `host-${i}` },
    createdAt: 1_700_000_000 + i,
  }));
  return JSON.stringify({ findings, failedItems: {} }, null, 2);
}

const FINDING_SLOTS: readonly { key: string; wrong: fc.Arbitrary<unknown> }[] = [
  { key: "arn", wrong: fc.oneof(fc.integer(), fc.constant(""), fc.constant(null), fc.boolean()) },
  { key: "severity", wrong: notSeverity.filter((v) => v !== null) },
  {
    key: "attributes",
    wrong: fc.oneof(
      fc.integer(),
      fc.string({ minLength: 1, maxLength: 5 }),
      fc.constant([1, 2]),
      fc.constant([{ value: "x" }]),
    ),
  },
  { key: "userAttributes", wrong: fc.oneof(fc.integer(), fc.constant({ key: "k" })) },
  {
    key: "numericSeverity",
    wrong: fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.boolean(), fc.constant([1])),
  },
  { key: "indicatorOfCompromise", wrong: fc.oneof(fc.integer(), fc.constantFrom("yes", "true")) },
  {
    key: "createdAt",
    wrong: fc.oneof(
      fc.constantFrom("yesterday", "2024-13-45T00:00:00Z", "not a date"),
      fc.boolean(),
      fc.constant({}),
    ),
  },
  { key: "assetAttributes", wrong: fc.constant({ hostname: 42 }) },
];

export function findingsCases(): fc.Arbitrary<FindingsCase> {
  return fc.oneof(
    // A strict prefix of a JSON document that ends with its closing brace is never valid JSON.
    fc
      .record({ n: fc.integer({ min: 1, max: 20 }), cut: fc.double({ min: 0, max: 1, noNaN: true }) })
      .map(({ n, cut }) => {
        const text = exportOf(n).trimEnd();
        return { kind: "truncated export", text: text.slice(0, Math.floor(cut * (text.length - 1))) };
      })
      .filter((c) => c.text.trim() !== ""),
    fc
      .record({
        n: fc.integer({ min: 1, max: 10 }),
        slot: fc.nat({ max: FINDING_SLOTS.length - 1 }),
        index: fc.nat(),
      })
      .chain(({ n, slot, index }) =>
        FINDING_SLOTS[slot]!.wrong.map((wrong) => {
          const doc = JSON.parse(exportOf(n)) as { findings: Record<string, unknown>[] };
          doc.findings[index % n]![FINDING_SLOTS[slot]!.key] = wrong;
          return { kind: "wrong type in a finding", text: JSON.stringify(doc, null, 2) };
        }),
      ),
    fc
      .oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ Findings: [] }), fc.constant("findings"))
      .filter(
        (v) => !Array.isArray(v) && !(typeof v === "object" && v !== null && ("findings" in v || "arn" in v)),
      )
      .map((v) => ({ kind: "not findings", text: JSON.stringify(v) })),
    fc
      .array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 20 })), {
        minLength: 2,
        maxLength: 5,
      })
      .map((rows) => ({
        kind: "broken JSON Lines",
        text: [
          JSON.stringify({ arn: "arn:x:1", severity: "Low" }),
          ...rows.map((r) => `${JSON.stringify(r)}}`),
        ].join("\n"),
      })),
  );
}

// ---------------------------------------------------------------------------------------------------
// `check` arguments

export const TEMPLATE = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T";
export const RUN = `${TEMPLATE}/run/0-11LMTAVe`;

export interface ArgsCase {
  readonly kind: string;
  /** Arguments after `check --policy <ok>` (the policy flag is added unless `noPolicy`). */
  readonly args: readonly string[];
  /** Text the error must contain: the flag(s) or input at fault. */
  readonly names: readonly string[];
  readonly noPolicy?: boolean;
}

const DURATION_FORM = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/;
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Not a duration in the documented form, or one that comes to less than a millisecond. */
export const badDuration: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !DURATION_FORM.test(s) && !s.startsWith("-")),
    fc.constantFrom(
      "soon",
      "1d",
      "1w",
      "10 minutes",
      "1h30m",
      "PT1H",
      "1e3",
      "Infinity",
      "NaN",
      "0",
      "0s",
      "0h",
      "0.0ms",
      "0.4ms",
      "0.0001ms",
      "-0",
    ),
  )
  .filter((s) => {
    const m = DURATION_FORM.exec(s);
    return m === null || Math.round(Number(m[1]) * (UNIT_MS[m[2] ?? "s"] ?? 1000)) <= 0;
  });

const badArn: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.startsWith("-")),
  fc.constantFrom(
    "arn:aws:inspector2:us-west-2:123456789012:target/0-a/template/0-b",
    "arn:aws:inspector:us-west-2:12345:target/0-a/template/0-b",
    "arn:aws:inspector::123456789012:target/0-a/template/0-b",
    "arn:aws:s3:::bucket",
    `${TEMPLATE}/`,
    `${TEMPLATE} `,
    `${RUN}/finding/0-x`,
  ),
);

function flagCase(kind: string, flag: string, values: fc.Arbitrary<string>, base: readonly string[]) {
  return values.map((value) => ({ kind, args: [...base, flag, value], names: [flag] }));
}

const ONLINE = ["--template-arn", TEMPLATE] as const;
const KNOWN_FLAGS = new Set([
  "policy",
  "run-arn",
  "template-arn",
  "run-name",
  "latest",
  "max-age",
  "findings",
  "timeout",
  "poll-interval",
  "on-timeout",
  "allow-partial",
  "concurrency",
  "max-attempts",
  "region",
  "endpoint",
  "profile",
  "format",
  "output",
  "json",
  "sarif",
  "junit",
  "warn-only",
  "quiet",
  "no-color",
  "help",
]);

export function argsCases(): fc.Arbitrary<ArgsCase> {
  return fc.oneof(
    flagCase("invalid template ARN", "--template-arn", badArn, []),
    flagCase("invalid run ARN", "--run-arn", fc.oneof(badArn, fc.constant(TEMPLATE)), []),
    flagCase("invalid duration", "--timeout", badDuration, ONLINE),
    flagCase("invalid duration", "--poll-interval", badDuration, ONLINE),
    flagCase("invalid duration", "--max-age", badDuration, [...ONLINE, "--latest"]),
    flagCase(
      "invalid enum",
      "--format",
      fc
        .string({ minLength: 1, maxLength: 10 })
        .filter((s) => !["text", "json", "markdown", "sarif", "junit"].includes(s) && !s.startsWith("-")),
      ONLINE,
    ),
    flagCase(
      "invalid enum",
      "--on-timeout",
      fc
        .string({ minLength: 1, maxLength: 10 })
        .filter((s) => s !== "stop" && s !== "leave" && !s.startsWith("-")),
      ONLINE,
    ),
    flagCase(
      "invalid integer",
      "--concurrency",
      fc.oneof(
        fc.constantFrom("0", "65", "1.5", "eight", "1e2", "99999999999999999999"),
        fc.integer({ min: 65 }).map(String),
      ),
      ONLINE,
    ),
    flagCase("invalid integer", "--max-attempts", fc.constantFrom("0", "21", "2.0", "many", "0x5"), ONLINE),
    flagCase(
      "invalid region",
      "--region",
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((s) => !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(s) && !s.startsWith("-")),
      ONLINE,
    ),
    flagCase(
      "invalid URL",
      "--endpoint",
      fc.oneof(
        fc.constantFrom(
          "ftp://x",
          "localhost:4566",
          "file:///etc/passwd",
          "http//x",
          "://",
          "javascript:alert(1)",
        ),
        fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !/^https?:/i.test(s) && !s.startsWith("-")),
      ),
      ONLINE,
    ),
    flagCase(
      "invalid run name",
      "--run-name",
      fc.integer({ min: 141, max: 2000 }).map((n) => "r".repeat(n)),
      ONLINE,
    ),
    // Combinations that make no sense.
    fc.constantFrom<ArgsCase>(
      { kind: "missing combination", args: [], names: ["--run-arn", "--template-arn", "--findings"] },
      {
        kind: "missing combination",
        args: ["--template-arn", TEMPLATE, "--run-arn", RUN],
        names: ["--run-arn", "--template-arn"],
      },
      {
        kind: "missing combination",
        args: ["--findings", "f.json", "--run-arn", RUN],
        names: ["--run-arn", "--findings"],
      },
      { kind: "missing combination", args: ["--run-arn", RUN, "--latest"], names: ["--latest"] },
      { kind: "missing combination", args: ["--run-arn", RUN, "--run-name", "x"], names: ["--run-name"] },
      { kind: "missing combination", args: ["--run-arn", RUN, "--max-age", "1h"], names: ["--max-age"] },
      { kind: "missing combination", args: [...ONLINE, "--max-age", "1h"], names: ["--max-age", "--latest"] },
      {
        kind: "missing combination",
        args: [...ONLINE, "--latest", "--run-name", "x"],
        names: ["--run-name", "--latest"],
      },
      {
        kind: "missing combination",
        args: ["--findings", "f.json", "--timeout", "5m"],
        names: ["--timeout", "--findings"],
      },
      {
        kind: "missing combination",
        args: ["--findings", "f.json", "--region", "us-west-2"],
        names: ["--region", "--findings"],
      },
      {
        kind: "missing combination",
        args: ["--findings", "f.json", "--endpoint", "http://127.0.0.1:9"],
        names: ["--endpoint", "--findings"],
      },
      { kind: "missing combination", args: [...ONLINE], names: ["--policy"], noPolicy: true },
      { kind: "missing value", args: [...ONLINE, "--timeout"], names: ["--timeout"] },
      { kind: "missing value", args: ["--findings"], names: ["--findings"] },
      { kind: "missing value", args: [...ONLINE, "--output"], names: ["--output"] },
      { kind: "invalid path", args: ["--findings", ""], names: ["--findings"] },
      { kind: "invalid path", args: ["--findings", "f.json", "--output", ""], names: ["--output"] },
      {
        kind: "invalid path",
        args: ["--findings", "f.json", "--output", "no-such-dir/report.json"],
        names: ["--output", "no-such-dir"],
      },
      { kind: "invalid path", args: ["--findings", "f.json", "--output", "."], names: ["--output"] },
      { kind: "invalid path", args: ["--findings", "f.json", "--json", ""], names: ["--json"] },
      {
        kind: "invalid path",
        args: ["--findings", "f.json", "--sarif", "no-such-dir/r.sarif"],
        names: ["--sarif", "no-such-dir"],
      },
      { kind: "invalid path", args: ["--findings", "f.json", "--junit", "."], names: ["--junit"] },
      {
        kind: "missing combination",
        args: ["--findings", "f.json", "--json", "r", "--sarif", "r"],
        names: ["--json", "--sarif"],
      },
      { kind: "missing value", args: [...ONLINE, "--sarif"], names: ["--sarif"] },
      {
        kind: "invalid path",
        args: ["--findings", "no-such-findings.json"],
        names: ["no-such-findings.json"],
      },
      { kind: "invalid path", args: ["--findings", "."], names: ["findings file", "directory"] },
      {
        kind: "invalid path",
        args: ["--findings", "f.json", "--policy", "no-such-policy.yml"],
        names: ["no-such-policy.yml"],
      },
      { kind: "invalid path", args: ["--findings", "f.json", "--policy", "."], names: ["."] },
    ),
    fc
      .stringMatching(/^[a-z][a-z-]{0,14}$/)
      .filter((name) => !KNOWN_FLAGS.has(name) && ![...KNOWN_FLAGS].some((k) => k.startsWith(name)))
      .map((name) => ({ kind: "unknown flag", args: [...ONLINE, `--${name}`], names: [`--${name}`] })),
    fc
      .stringMatching(/^[a-zA-Z0-9._/]{1,12}$/)
      .map((word) => ({ kind: "positional argument", args: [...ONLINE, word], names: [word] })),
  );
}

// ---------------------------------------------------------------------------------------------------
// Action inputs

export interface InputsCase {
  readonly kind: string;
  readonly inputs: Readonly<Record<string, string>>;
  /** The input(s) the message must name. */
  readonly names: readonly string[];
}

const A_TEMPLATE = { "template-arn": TEMPLATE } as const;

/** core.getInput() trims values, so a case is built from the trimmed value. */
function inputCase(
  kind: string,
  name: string,
  values: fc.Arbitrary<string>,
  base: Record<string, string> = A_TEMPLATE,
) {
  return values.map((value) => ({ kind, inputs: { ...base, [name]: value.trim() }, names: [name] }));
}

/** Values core.getInput() does not trim to "" (an all-blank value means "unset"). */
const nonBlank = (s: string) => s.trim() !== "";

export function inputsCases(): fc.Arbitrary<InputsCase> {
  return fc.oneof(
    inputCase(
      "invalid template ARN",
      "template-arn",
      badArn.filter(nonBlank).filter((s) => s.trim() !== TEMPLATE),
      {},
    ),
    inputCase("invalid run ARN", "run-arn", fc.oneof(badArn, fc.constant(TEMPLATE)).filter(nonBlank), {}),
    inputCase("invalid duration", "timeout", badDuration.filter(nonBlank)),
    inputCase("invalid duration", "poll-interval", badDuration.filter(nonBlank)),
    inputCase("invalid duration", "max-age", badDuration.filter(nonBlank), { ...A_TEMPLATE, latest: "true" }),
    inputCase(
      "invalid enum",
      "on-timeout",
      fc
        .string({ minLength: 1, maxLength: 10 })
        .filter((s) => nonBlank(s) && !["stop", "leave"].includes(s.trim())),
    ),
    inputCase(
      "invalid enum",
      "comment-on-pr",
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((s) => nonBlank(s) && !["never", "always", "on-failure"].includes(s.trim())),
    ),
    inputCase("invalid boolean", "latest", fc.constantFrom("yes", "no", "1", "0", "on", "tRue", "enabled")),
    inputCase("invalid boolean", "allow-partial", fc.constantFrom("yes", "1", "y", "TRUE!")),
    inputCase("invalid boolean", "warn-only", fc.constantFrom("yes", "0", "off")),
    inputCase("invalid integer", "concurrency", fc.constantFrom("0", "65", "1.5", "eight", "-3", "1e1")),
    inputCase(
      "invalid region",
      "region",
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((s) => nonBlank(s) && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(s.trim())),
    ),
    inputCase(
      "invalid URL",
      "endpoint",
      fc.constantFrom("ftp://x", "localhost:4566", "file:///etc/passwd", "http//x", "not a url"),
    ),
    inputCase(
      "invalid run name",
      "run-name",
      fc.integer({ min: 141, max: 1000 }).map((n) => "n".repeat(n)),
    ),
    inputCase("invalid path", "policy", fc.constantFrom("missing.yml", "nope/*.yml", "policies")),
    inputCase("invalid path", "findings", fc.constantFrom("missing.json", "policies"), {}),
    // The names of earlier versions are read, and named, as they were given.
    inputCase(
      "invalid template ARN (deprecated name)",
      "assessment-template-arn",
      badArn.filter(nonBlank).filter((s) => s.trim() !== TEMPLATE),
      {},
    ),
    inputCase(
      "invalid path (deprecated name)",
      "findings-file",
      fc.constantFrom("missing.json", "policies"),
      {},
    ),
    fc.constantFrom<InputsCase>(
      { kind: "missing combination", inputs: {}, names: ["template-arn", "run-arn"] },
      {
        kind: "missing combination",
        inputs: { ...A_TEMPLATE, "run-arn": RUN },
        names: ["run-arn", "template-arn"],
      },
      {
        kind: "missing combination",
        inputs: { "run-arn": RUN, latest: "true" },
        names: ["latest"],
      },
      {
        kind: "missing combination",
        inputs: { ...A_TEMPLATE, "assessment-template-arn": TEMPLATE },
        names: ["template-arn", "assessment-template-arn"],
      },
      {
        kind: "missing combination",
        inputs: { ...A_TEMPLATE, json: "r", junit: "r" },
        names: ["json", "junit"],
      },
      {
        kind: "missing combination",
        inputs: { ...A_TEMPLATE, "max-age": "1h" },
        names: ["max-age", "latest"],
      },
    ),
  );
}
