/**
 * What every Inspector Classic operation shares: the emulation it works on, ARN lookups with the
 * error each miss deserves (malformed, another account's, unknown), batch describes with their
 * failedItems, one page of a listing under a sealed token, and the filters' name patterns and ranges.
 */
import type { FaultConfig } from "../shared/faults.js";
import type { PageTokens } from "../shared/pagination.js";
import { type ArnKind, parseArn } from "./arn.js";
import { accessDenied, invalidInput, noSuchEntity } from "./errors.js";
import type { CompiledFilter } from "./finding-filter.js";
import type { Run } from "./run-lifecycle.js";
import { pageLimitOf } from "./service-model.js";
import type { Store, TemplateRec } from "./store.js";
import { checkMaxResults } from "./validate.js";

/** Everything a handler may touch, besides the request. */
export interface Emulation {
  readonly store: Store;
  readonly tokens: PageTokens;
  faults(): FaultConfig;
  /** Finding ARNs that already failed once under the "retryable-once" failedItems fault. */
  readonly failedOnce: Set<string>;
  /** Report requests: when each run's report was first asked for. */
  readonly reports: Map<string, number>;
  readonly endpoint: () => string;
  readonly filterCache: Map<string, CompiledFilter>;
}

// biome-ignore lint/suspicious/noExplicitAny: requests are validated against the service model before they get here
export type Input = Record<string, any>;
export type Output = Record<string, unknown> | undefined;
export type Handler = (input: Input, em: Emulation, now: number) => Output;

export const sec = (ms: number) => ms / 1000;
export const PAGE_DEFAULT = 10;

interface KindCodes {
  readonly invalid: string;
  readonly missing: string;
  readonly denied: string;
  readonly label: string;
}

const CODES: Readonly<
  Record<"target" | "template" | "run" | "finding" | "resourcegroup" | "rulespackage", KindCodes>
> = {
  target: {
    invalid: "INVALID_ASSESSMENT_TARGET_ARN",
    missing: "ASSESSMENT_TARGET_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_TARGET",
    label: "assessment target",
  },
  template: {
    invalid: "INVALID_ASSESSMENT_TEMPLATE_ARN",
    missing: "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE",
    label: "assessment template",
  },
  run: {
    invalid: "INVALID_ASSESSMENT_RUN_ARN",
    missing: "ASSESSMENT_RUN_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_RUN",
    label: "assessment run",
  },
  finding: {
    invalid: "INVALID_FINDING_ARN",
    missing: "FINDING_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_FINDING",
    label: "finding",
  },
  resourcegroup: {
    invalid: "INVALID_RESOURCE_GROUP_ARN",
    missing: "RESOURCE_GROUP_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_RESOURCE_GROUP",
    label: "resource group",
  },
  rulespackage: {
    invalid: "INVALID_RULES_PACKAGE_ARN",
    missing: "RULES_PACKAGE_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_RULES_PACKAGE",
    label: "rules package",
  },
};

type Lookup = "ok" | "invalid" | "denied" | "missing";

/** Classifies an ARN of `kind` against our account: malformed, another account's, unknown, or ours. */
function classify(
  store: Store,
  kind: keyof typeof CODES,
  arn: string,
  exists: (arn: string) => boolean,
): Lookup {
  const parsed = parseArn(arn);
  if (parsed === undefined || parsed.kind !== (kind as ArnKind)) return "invalid";
  if (kind !== "rulespackage" && parsed.account !== store.account) return "denied";
  return exists(arn) ? "ok" : "missing";
}

export function find<T>(store: Store, kind: keyof typeof CODES, arn: string, map: ReadonlyMap<string, T>): T {
  const codes = CODES[kind];
  switch (classify(store, kind, arn, (a) => map.has(a))) {
    case "invalid":
      throw invalidInput(codes.invalid, `'${arn}' is not a valid ${codes.label} ARN.`);
    case "denied":
      throw accessDenied(codes.denied, `You do not have access to the ${codes.label} '${arn}'.`);
    case "missing":
      throw noSuchEntity(codes.missing, `The ${codes.label} '${arn}' does not exist.`);
    case "ok":
      return map.get(arn)!;
  }
}

export function runOf(em: Emulation, arn: string, now: number): Run {
  const run = find(em.store, "run", arn, em.store.runs);
  run.advance(now);
  return run;
}

export interface FailedItem {
  failureCode: string;
  retryable: boolean;
}

/** Batch describe: the items found, and failedItems for the others (duplicates described once). */
export function describeBatch<T>(
  store: Store,
  kind: keyof typeof CODES,
  arns: readonly string[],
  map: ReadonlyMap<string, T>,
): { found: T[]; failedItems: Record<string, FailedItem> } {
  const found: T[] = [];
  const failedItems: Record<string, FailedItem> = {};
  for (const arn of new Set(arns)) {
    const result = classify(store, kind, arn, (a) => map.has(a));
    if (result === "ok") found.push(map.get(arn)!);
    else failedItems[arn] = { failureCode: FAILURE_CODE[result], retryable: false };
  }
  return { found, failedItems };
}

const FAILURE_CODE: Readonly<Record<Exclude<Lookup, "ok">, string>> = {
  invalid: "INVALID_ARN",
  denied: "ACCESS_DENIED",
  missing: "ITEM_DOES_NOT_EXIST",
};

/** One page of `items` for a paginated operation; the page never exceeds what the model allows. */
export function paginate<T>(
  em: Emulation,
  operation: string,
  resultKey: string,
  input: Input,
  scope: unknown,
  items: readonly T[],
): { page: T[]; nextToken?: string } {
  const max = checkMaxResults(input["maxResults"]) ?? PAGE_DEFAULT;
  const limit = Math.min(max, pageLimitOf(operation, resultKey));
  const [start = 0] = input["nextToken"] ? em.tokens.read(operation, scope, input["nextToken"]) : [0];
  const page = items.slice(start, start + limit);
  return start + limit < items.length
    ? { page, nextToken: em.tokens.issue(operation, scope, [start + limit]) }
    : { page };
}

/** Inspector's name patterns: `*` any run of characters, `?` one character, otherwise exact. */
export function namePattern(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")))
    .join("");
  return new RegExp(`^${body}$`, "s");
}

interface Range {
  beginDate?: number;
  endDate?: number;
}

export function checkRange(range: Range | undefined, code: string, label: string): Range | undefined {
  if (range === undefined) return undefined;
  if (range.beginDate !== undefined && range.endDate !== undefined && range.beginDate > range.endDate) {
    throw invalidInput(code, `${label}: beginDate must not be after endDate.`);
  }
  return range;
}

export function inRange(ms: number | undefined, range: Range | undefined): boolean {
  if (range === undefined) return true;
  if (ms === undefined) return false;
  if (range.beginDate !== undefined && ms < range.beginDate * 1000) return false;
  if (range.endDate !== undefined && ms > range.endDate * 1000) return false;
  return true;
}

export function checkDurationRange(
  range: { minSeconds?: number; maxSeconds?: number } | undefined,
  code: string,
) {
  if (
    range?.minSeconds !== undefined &&
    range.maxSeconds !== undefined &&
    range.minSeconds > range.maxSeconds
  ) {
    throw invalidInput(code, "durationRange: minSeconds must not exceed maxSeconds.");
  }
  return range;
}

export function inDuration(
  seconds: number,
  range: { minSeconds?: number; maxSeconds?: number } | undefined,
): boolean {
  if (range === undefined) return true;
  if (range.minSeconds !== undefined && seconds < range.minSeconds) return false;
  if (range.maxSeconds !== undefined && seconds > range.maxSeconds) return false;
  return true;
}

/** The runs of `templates` that have not ended. */
export function runsInProgress(store: Store, templates: readonly TemplateRec[], now: number): string[] {
  const arns = new Set(templates.map((t) => t.arn));
  return store
    .activeRuns(now)
    .filter((r) => arns.has(r.templateArn))
    .map((r) => r.arn);
}
