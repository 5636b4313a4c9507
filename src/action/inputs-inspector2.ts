/**
 * The Action's Inspector (v2) inputs (`source: inspector2` and the scope), read as the CLI reads its flags
 * of the same names: each scope input takes one value per line (any of them), different inputs combine
 * (all of them must hold), and a bad value is reported by the source's own reader with the input's name.
 */
import type { Inspector2Spec } from "../sources/inspector2/index.js";
import {
  INSPECTOR2_OPTION_NAMES,
  REPORT_NAMES,
  type ReportRaw,
  readReportDestination,
} from "../sources/inspector2/report-options.js";
import { readScope, SCOPE_NAMES, type ScopeName } from "../sources/inspector2/scope.js";

/** The v2 inputs and their defaults (as action.yml declares them). */
export const INSPECTOR2_INPUT_DEFAULTS = {
  source: "",
  account: "",
  "resource-type": "",
  "resource-id": "",
  "ecr-repository": "",
  "ecr-image-digest": "",
  "ecr-image-tag": "",
  "lambda-function": "",
  "resource-tag": "",
  "all-resources": "false",
  "wait-for-scan": "false",
  "include-suppressed": "false",
  "report-bucket": "",
  "report-kms-key": "",
  "report-prefix": "",
  "s3-endpoint": "",
} as const;

export type Inspector2InputName = keyof typeof INSPECTOR2_INPUT_DEFAULTS;

export interface InputReader {
  /** The raw (trimmed) input; "" means unset. */
  raw(name: string): string;
  /** Whether the input was given a value of its own (not empty, not its default). */
  set(name: string): boolean;
  /** One value per line, trimmed, blank lines and # comments left out. */
  lines(name: string): string[];
  /** A boolean input (its problems reported by the reader). */
  bool(name: Inspector2InputName): boolean;
}

/**
 * The v2 spec when `source` is inspector2 (undefined otherwise). Every problem goes to `problems`: a v2
 * input without `source: inspector2`, an Inspector Classic input with it (`classicSet` names those that
 * were set, under the name they were given), a bad value, no scope, report inputs bad or incomplete.
 * `env` gives AWS_ENDPOINT_URL_S3 (the report's endpoint when s3-endpoint is not set).
 */
export function readInspector2Inputs(
  input: InputReader,
  classicSet: readonly string[],
  problems: { add(message: string): void },
  env: Readonly<Record<string, string | undefined>> = {},
): Inspector2Spec | undefined {
  const source = input.raw("source");
  const v2Set = INSPECTOR2_OPTION_NAMES.filter((name) => input.set(name));
  if (source !== "inspector2") {
    if (source !== "" && source !== "classic") {
      problems.add(
        `Invalid source '${source}': expected inspector2, or classic (the default: Inspector Classic).`,
      );
    } else if (v2Set.length > 0) {
      problems.add(
        `Input ${v2Set[0]} is an input of source: inspector2 (Amazon Inspector v2): set source: inspector2, or leave it out to gate an Inspector Classic run.`,
      );
    }
    return undefined;
  }
  if (classicSet.length > 0) {
    problems.add(
      `Conflicting inputs source: inspector2 and ${classicSet[0]}: ${classicSet[0]} is an Inspector Classic input; give one or the other.`,
    );
  }
  const raw: Partial<Record<ScopeName, readonly string[]>> = {};
  for (const name of SCOPE_NAMES) {
    const values = input.lines(name);
    if (values.length > 0) raw[name] = values;
  }
  // Every input is read before any is given up on, so every problem is reported at once.
  const allResources = input.bool("all-resources");
  const waitForScan = input.bool("wait-for-scan");
  const includeSuppressed = input.bool("include-suppressed");
  const reading = readScope(raw, allResources, (n) => n);
  for (const problem of reading.problems) problems.add(problem);
  const given: Record<string, string> = {};
  for (const name of REPORT_NAMES) if (input.raw(name) !== "") given[name] = input.raw(name);
  const report = readReportDestination(given as ReportRaw, (n) => n, {
    name: "AWS_ENDPOINT_URL_S3",
    value: env.AWS_ENDPOINT_URL_S3?.trim() ?? "",
  });
  for (const problem of report.problems) problems.add(problem);
  if (reading.scope === undefined || report.problems.length > 0) return undefined;
  return {
    kind: "inspector2",
    ...(report.destination !== undefined ? { report: report.destination } : {}),
    ...(allResources ? { allResources: true } : { scope: reading.scope }),
    ...(waitForScan ? { waitForScan: true } : {}),
    ...(includeSuppressed ? { includeSuppressed: true } : {}),
  };
}
