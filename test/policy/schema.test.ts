/**
 * The JSON Schema is the source of truth for the YAML format; the TypeScript types must agree with it.
 * The key lists below are typed `Record<keyof T, true>`, so `tsc` fails when a type gains or loses a
 * key, and these tests fail when the schema does.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as library from "../../src/index.js";
import { presetNames } from "../../src/policy/load.js";
import { isCalendarDate, policySchema, policyValidator } from "../../src/policy/schema.js";
import type {
  CoverageSettings,
  Match,
  NumberRange,
  Policy,
  PolicyException,
  Rule,
} from "../../src/policy/types.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
  required?: string[];
  $ref?: string;
  allOf?: SchemaNode[];
}

const schema = policySchema as SchemaNode;

function resolveNode(node: SchemaNode): SchemaNode {
  let current = node;
  while (current.$ref !== undefined) {
    const name = current.$ref.replace("#/definitions/", "");
    current = schema.definitions![name]!;
  }
  if (current.allOf) {
    const [first] = current.allOf;
    return resolveNode(first!);
  }
  return current;
}

function keysAt(...path: string[]): string[] {
  let node = resolveNode(schema);
  for (const key of path) node = resolveNode(node.properties![key]!);
  return Object.keys(node.properties ?? {}).sort();
}

function definitionKeys(name: string): string[] {
  return Object.keys(resolveNode(schema.definitions![name]!).properties ?? {}).sort();
}

const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const MATCH_KEYS: Record<keyof Match, true> = {
  severity: true,
  minSeverity: true,
  rulesPackage: true,
  id: true,
  title: true,
  attributes: true,
  userAttributes: true,
  asset: true,
  numericSeverity: true,
  confidence: true,
  indicatorOfCompromise: true,
  vulnerabilityId: true,
  findingType: true,
  fixAvailable: true,
  exploitAvailable: true,
  epss: true,
  inspectorScore: true,
  kev: true,
  package: true,
  resource: true,
};
const PACKAGE_KEYS: Record<keyof NonNullable<Match["package"]>, true> = { name: true, version: true };
const RESOURCE_KEYS: Record<keyof NonNullable<Match["resource"]>, true> = {
  type: true,
  id: true,
  tags: true,
  ecrRepository: true,
  ecrImageTag: true,
  lambdaFunction: true,
};
const ASSET_KEYS: Record<keyof NonNullable<Match["asset"]>, true> = {
  agentId: true,
  hostname: true,
  autoScalingGroup: true,
  amiId: true,
};
const RANGE_KEYS: Record<keyof NumberRange, true> = { min: true, max: true };
/** Rule minus what loading adds (its source position), each to its schema key (camelCase). */
const RULE_KEYS: Record<Exclude<keyof Rule, "source">, string> = {
  id: "id",
  description: "description",
  level: "level",
  max: "max",
  match: "match",
  newOnly: "baseline",
  fleet: "fleet",
};
const EXCEPTION_KEYS: Record<Exclude<keyof PolicyException, "source">, true> = {
  id: true,
  reason: true,
  expires: true,
  owner: true,
  ticket: true,
  appliesTo: true,
  match: true,
};
const COVERAGE_KEYS: Record<Exclude<keyof CoverageSettings, "source">, true> = {
  minAgents: true,
  unhealthyAgents: true,
  inactiveResources: true,
};
/** The merged Policy renames two top-level keys: extends -> files, severity -> severityLimits. */
const POLICY_KEYS: Record<keyof Policy, string> = {
  version: "version",
  name: "name",
  files: "extends",
  severityLimits: "severity",
  rules: "rules",
  exceptions: "exceptions",
  coverage: "coverage",
  baseline: "baseline",
  fleet: "fleet",
};

const sorted = (o: object) => Object.keys(o).sort();

describe("schema.json", () => {
  it("compiles under ajv's strict mode", () => {
    expect(() => policyValidator()).not.toThrow();
    const strict = new Ajv({ allErrors: true, strict: true });
    strict.addFormat("date", { type: "string", validate: isCalendarDate });
    expect(() => strict.compile(policySchema)).not.toThrow();
  });

  it("agrees with the TypeScript types on every key", () => {
    expect(keysAt().sort()).toEqual(Object.values(POLICY_KEYS).sort());
    expect(definitionKeys("match").map(camel).sort()).toEqual(sorted(MATCH_KEYS));
    expect(keysAt().length).toBe(Object.keys(POLICY_KEYS).length);
    expect(
      Object.keys(resolveNode(resolveNode(schema.definitions!.match!).properties!.asset!).properties!)
        .map(camel)
        .sort(),
    ).toEqual(sorted(ASSET_KEYS));
    const matchProperty = (key: string) =>
      Object.keys(resolveNode(resolveNode(schema.definitions!.match!).properties![key]!).properties!)
        .map(camel)
        .sort();
    expect(matchProperty("package")).toEqual(sorted(PACKAGE_KEYS));
    expect(matchProperty("resource")).toEqual(sorted(RESOURCE_KEYS));
    expect(definitionKeys("probabilityRange").map(camel).sort()).toEqual(sorted(RANGE_KEYS));
    expect(definitionKeys("range").map(camel).sort()).toEqual(sorted(RANGE_KEYS));
    expect(definitionKeys("rule").map(camel).sort()).toEqual(Object.values(RULE_KEYS).sort());
    expect(definitionKeys("exception").map(camel).sort()).toEqual(sorted(EXCEPTION_KEYS));
    expect(keysAt("coverage").map(camel).sort()).toEqual(sorted(COVERAGE_KEYS));
  });

  it("requires exactly what the types require", () => {
    expect(schema.required).toEqual(["version"]);
    expect(resolveNode(schema.definitions!.rule!).required).toEqual(["id", "match"]);
    expect(resolveNode(schema.definitions!.exception!).required).toEqual([
      "id",
      "reason",
      "expires",
      "match",
    ]);
  });

  it("has its validator compiled ahead of time from this schema (the committed module is fresh)", () => {
    const generated = execFileSync(process.execPath, ["scripts/generate-validator.mjs", "--print"], {
      cwd: REPO,
      encoding: "utf8",
    });
    expect(readFileSync(`${REPO}src/policy/schema-validator.generated.ts`, "utf8")).toBe(generated);
  });

  it("is the library's policySchema export", () => {
    expect(library.policySchema).toBe(policySchema);
    expect(JSON.parse(readFileSync(`${REPO}src/policy/schema.json`, "utf8"))).toEqual(policySchema);
  });

  it("validates every shipped preset, each pointing editors at the schema", () => {
    const validate = policyValidator();
    for (const name of presetNames()) {
      const file = `${REPO}policies/${name}.yml`;
      const text = readFileSync(file, "utf8");
      const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
      expect(modeline, `${name}.yml names the schema for editors`).not.toBeNull();
      expect(resolve(dirname(file), modeline![1]!)).toBe(resolve(REPO, "src/policy/schema.json"));
      expect(validate(parse(text)), `${name}.yml: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("checks real calendar dates", () => {
    expect(isCalendarDate("2026-12-31")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-04-31")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-00-10")).toBe(false);
    expect(isCalendarDate("2026-1-1")).toBe(false);
  });
});
