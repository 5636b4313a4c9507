/**
 * The scope of an Inspector (v2) gate: which resources its findings and coverage are about. Eight kinds
 * of value (the CLI flags and Action inputs of the same names), each repeatable: AND across kinds, any of
 * the values within one. Both doors read the raw strings through `readScope`, so a bad value gets the
 * same message everywhere (the input's name as each door spells it, the value, the form expected);
 * `checkScope` holds a scope a library caller built to the same rules.
 *
 * A scope that can match nothing (an image digest and a Lambda function; a resource type that excludes
 * what another value names) is refused as a usage error: a gate over nothing would only ever say
 * "nothing was scanned".
 */
import type { Inspector2Scope } from "../../result.js";

export type { Inspector2Scope };

/** The scope's flags (CLI, without `--`) and inputs (Action), in the order help and errors list them. */
export const SCOPE_NAMES = [
  "account",
  "resource-type",
  "resource-id",
  "ecr-repository",
  "ecr-image-digest",
  "ecr-image-tag",
  "lambda-function",
  "resource-tag",
] as const;
export type ScopeName = (typeof SCOPE_NAMES)[number];

/** The resource types a scope can name (the v2 ResourceType values findings are about). */
export const SCOPE_RESOURCE_TYPES = [
  "AWS_EC2_INSTANCE",
  "AWS_ECR_CONTAINER_IMAGE",
  "AWS_LAMBDA_FUNCTION",
  "CODE_REPOSITORY",
] as const;

/** Inspector's filters take at most 10 values per criterion (StringFilterList, MapFilterList). */
export const MAX_VALUES = 10;

const FIELD: Readonly<Record<ScopeName, keyof Inspector2Scope>> = {
  account: "accounts",
  "resource-type": "resourceTypes",
  "resource-id": "resourceIds",
  "ecr-repository": "ecrRepositories",
  "ecr-image-digest": "ecrImageDigests",
  "ecr-image-tag": "ecrImageTags",
  "lambda-function": "lambdaFunctions",
  "resource-tag": "resourceTags",
};

const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** Each kind's check of one value: undefined when it is good, else the form expected. */
const FORMS: Readonly<Record<Exclude<ScopeName, "resource-tag">, (v: string) => string | undefined>> = {
  account: (v) => (/^\d{12}$/.test(v) ? undefined : "an AWS account id of 12 digits, such as 123456789012"),
  "resource-type": (v) =>
    (SCOPE_RESOURCE_TYPES as readonly string[]).includes(v)
      ? undefined
      : `one of ${SCOPE_RESOURCE_TYPES.join(", ")}`,
  "resource-id": (v) =>
    v.length >= 1 && v.length <= 1024 && !/\s/.test(v)
      ? undefined
      : "a resource id as Inspector names it (an instance id such as i-0123456789abcdef0, an ECR image or Lambda function ARN), at most 1024 characters",
  "ecr-repository": (v) =>
    v.length >= 2 && v.length <= 256 && ECR_REPOSITORY.test(v)
      ? undefined
      : "an ECR repository name such as team/app (lowercase letters, digits, . _ - and /, 2 to 256 characters)",
  "ecr-image-digest": (v) =>
    /^sha256:[a-f0-9]{64}$/.test(v) ? undefined : "an image digest: sha256: and 64 lowercase hex digits",
  "ecr-image-tag": (v) =>
    /^[\w][\w.-]{0,127}$/.test(v)
      ? undefined
      : "an image tag such as v1.2.3 (letters, digits, _ . -, at most 128 characters)",
  "lambda-function": (v) =>
    /^[a-zA-Z0-9_-]{1,64}$/.test(v)
      ? undefined
      : "a Lambda function name (letters, digits, - and _, at most 64 characters)",
};

function tagProblem(v: string): string | undefined {
  const eq = v.indexOf("=");
  if (eq < 1) return "KEY=VALUE, such as Environment=prod (the value may be empty: KEY=)";
  if (eq > 128) return "KEY=VALUE with a key of at most 128 characters";
  if (v.length - eq - 1 > 256) return "KEY=VALUE with a value of at most 256 characters";
  return undefined;
}

function parseTag(v: string): { key: string; value: string } {
  const eq = v.indexOf("=");
  return { key: v.slice(0, eq), value: v.slice(eq + 1) };
}

/** A value as shown in a message: quoted, on one line, bounded. */
function shown(value: string): string {
  const flat = value.replace(/\s*\n\s*/g, " ");
  return `'${flat.length > 120 ? `${flat.slice(0, 117)}...` : flat}'`;
}

export interface ScopeReading {
  /** Set when no problem was found. */
  readonly scope?: Inspector2Scope;
  /** One message per problem, each naming the input (as `name` spells it), the value and the form. */
  readonly problems: readonly string[];
}

/**
 * Reads the raw values of each scope input (`name` spells an input as its door does: `--account` or
 * `account`). `allResources` says the whole account is meant: it excludes every scope value.
 */
export function readScope(
  raw: Readonly<Partial<Record<ScopeName, readonly string[]>>>,
  allResources: boolean,
  name: (input: ScopeName | "all-resources") => string,
): ScopeReading {
  const problems: string[] = [];
  const scope: Record<string, unknown> = {};
  for (const input of SCOPE_NAMES) {
    const values = [...new Set((raw[input] ?? []).map((v) => v.trim()).filter((v) => v !== ""))];
    if (values.length === 0) continue;
    if (values.length > MAX_VALUES) {
      problems.push(
        `Too many ${name(input)} values (${values.length}): Inspector's filters take at most ${MAX_VALUES}; split the gate, or widen the scope.`,
      );
      continue;
    }
    let bad = false;
    for (const value of values) {
      const problem = input === "resource-tag" ? tagProblem(value) : FORMS[input](value);
      if (problem !== undefined) {
        problems.push(`Invalid ${name(input)} ${shown(value)}: expected ${problem}.`);
        bad = true;
      }
    }
    if (bad) continue;
    scope[FIELD[input]] = input === "resource-tag" ? values.map(parseTag) : values;
  }
  const given = SCOPE_NAMES.filter((n) => (raw[n] ?? []).some((v) => v.trim() !== ""));
  if (allResources && given.length > 0) {
    problems.push(
      `${name("all-resources")} gates the whole account and excludes ${given.map(name).join(", ")}: give a scope or ${name("all-resources")}, not both.`,
    );
  } else if (!allResources && given.length === 0) {
    problems.push(
      `No scope: name what to gate (${SCOPE_NAMES.map(name).join(", ")}), or give ${name("all-resources")} to gate every resource of the account.`,
    );
  }
  if (problems.length === 0) {
    const contradiction = contradictionOf(scope as Inspector2Scope, name);
    if (contradiction) problems.push(contradiction);
  }
  return problems.length > 0 ? { problems } : { scope: scope as Inspector2Scope, problems };
}

/** Why a scope can match nothing, or undefined. */
function contradictionOf(
  scope: Inspector2Scope,
  name: (input: ScopeName | "all-resources") => string,
): string | undefined {
  const imageOnly = (["ecr-repository", "ecr-image-digest", "ecr-image-tag"] as const).filter(
    (n) => (scope[FIELD[n]] as readonly unknown[] | undefined)?.length,
  );
  const lambdaOnly = scope.lambdaFunctions?.length ? (["lambda-function"] as const) : [];
  if (imageOnly.length > 0 && lambdaOnly.length > 0) {
    return `${name(imageOnly[0]!)} names ECR images and ${name("lambda-function")} Lambda functions: a finding is about one or the other, so this scope matches nothing. Run one gate for each.`;
  }
  const types = scope.resourceTypes;
  if (types === undefined) return undefined;
  const needs = (type: string, by: readonly ScopeName[]) =>
    by.length > 0 && !types.includes(type)
      ? `${name(by[0]!)} names ${type === "AWS_LAMBDA_FUNCTION" ? "Lambda functions" : "ECR images"} but ${name("resource-type")} is ${types.join(", ")}: this scope matches nothing. Add ${type} to ${name("resource-type")} or leave it out.`
      : undefined;
  return needs("AWS_ECR_CONTAINER_IMAGE", imageOnly) ?? needs("AWS_LAMBDA_FUNCTION", lambdaOnly);
}

/** Refuses a scope a library caller built (names are the scope's own fields). */
export function checkScope(scope: Inspector2Scope | undefined, allResources: boolean): string[] {
  const raw: Partial<Record<ScopeName, string[]>> = {};
  for (const input of SCOPE_NAMES) {
    const value = (scope as Record<string, unknown> | undefined)?.[FIELD[input]];
    if (value === undefined) continue;
    if (!Array.isArray(value)) return [`Invalid scope.${FIELD[input]}: expected a list.`];
    raw[input] =
      input === "resource-tag"
        ? value.map((t: { key?: unknown; value?: unknown }) =>
            typeof t?.key === "string" && typeof t.value === "string" ? `${t.key}=${t.value}` : "",
          )
        : value.map((v) => (typeof v === "string" ? v : ""));
    if (raw[input]!.some((v) => v === "")) {
      return [
        `Invalid scope.${FIELD[input]}: expected ${input === "resource-tag" ? "{ key, value } pairs of strings" : "non-empty strings"}.`,
      ];
    }
  }
  return [
    ...readScope(raw, allResources, (n) => (n === "all-resources" ? "allResources" : `scope.${FIELD[n]}`))
      .problems,
  ];
}

/** The scope's values in one list per kind, for messages and reports (`--account 1, 2`). */
export function scopeWords(scope: Inspector2Scope): string {
  const parts: string[] = [];
  for (const input of SCOPE_NAMES) {
    const value = scope[FIELD[input]] as readonly (string | { key: string; value: string })[] | undefined;
    if (!value?.length) continue;
    parts.push(
      `${input} ${value.map((v) => (typeof v === "string" ? v : `${v.key}=${v.value}`)).join(" or ")}`,
    );
  }
  return parts.length > 0 ? parts.join("; ") : "every resource of the account";
}

/** Whether an image resource id (…:repository/NAME/sha256:HEX) has one of the scope's digests. */
export function digestOf(resourceId: string): string | undefined {
  const at = resourceId.lastIndexOf("/sha256:");
  return at >= 0 ? resourceId.slice(at + 1) : undefined;
}
