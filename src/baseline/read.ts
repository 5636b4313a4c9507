/**
 * Reading a baseline: a gate's JSON report (e.g. the last one of the main branch, downloaded as an
 * artifact) or a baseline file `inspector-gate baseline` wrote from one. Anything that cannot serve is
 * refused as a ConfigError (exit 2) that says why: not JSON, neither shape, a report whose gate errored
 * (it holds no trustworthy set of findings), a report without fingerprints, another fingerprint recipe.
 * The scope is checked against the gate's later (scope.ts), when the gate knows its own.
 */
import { readFile, stat } from "node:fs/promises";
import { Ajv, type ValidateFunction } from "ajv";
import { ConfigError, errorMessage } from "../errors.js";
import type { JsonReport } from "../report/json.js";
import reportSchema from "../report/report.schema.json" with { type: "json" };
import { VERSION } from "../version.js";
import baselineSchema from "./baseline.schema.json" with { type: "json" };
import { FINGERPRINT_ALGORITHM } from "./fingerprint.js";
import type { GateScope } from "./scope.js";
import { BaselineSet } from "./set.js";
import type { BaselineSample, FingerprintGroup } from "./types.js";

/** Larger files are refused rather than read (a report of 200,000 findings is about 7 MB). */
export const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

export const BASELINE_KIND = "inspector-gate-baseline";

/** A baseline file (baseline.schema.json). */
export interface BaselineFile {
  readonly kind: typeof BASELINE_KIND;
  readonly version: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly takenFrom: {
    readonly verdict: "pass" | "fail";
    readonly source: string | null;
    readonly startedAt: string;
    readonly runArn: string | null;
  };
  readonly policyDigest: string | null;
  readonly fingerprints: NonNullable<JsonReport["fingerprints"]>;
  readonly samples: readonly {
    readonly fingerprint: string;
    readonly severity: BaselineSample["severity"];
    readonly findingId: string | null;
    readonly title: string | null;
    readonly subject: string;
  }[];
}

/** A baseline ready for a gate. */
export interface Baseline {
  /** As given. */
  readonly file: string;
  readonly set: BaselineSet;
  readonly scope: GateScope;
  readonly policyDigest: string | null;
  /** The kind of source of the gate it comes from. */
  readonly source: string | null;
  /** When that gate started. */
  readonly takenAt: string | null;
  /** Every finding of that gate's source was evaluated (no server-side narrowing). */
  readonly complete: boolean;
}

let validators: { report: ValidateFunction; baseline: ValidateFunction } | undefined;

/** The report schema and the baseline schema (which refers to it), compiled once. */
export function schemaValidators(): { report: ValidateFunction; baseline: ValidateFunction } {
  if (validators === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addSchema(reportSchema);
    validators = {
      report: ajv.getSchema(reportSchema.$id) as ValidateFunction,
      baseline: ajv.compile(baselineSchema),
    };
  }
  return validators;
}

/** The first few schema errors, as `at /path: message` (capped). */
export function schemaProblems(validate: ValidateFunction): string {
  const errors = validate.errors ?? [];
  const shown = errors
    .slice(0, 3)
    .map((e) => `at ${e.instancePath || "/"}: ${e.message ?? "invalid"}`)
    .join("; ");
  return errors.length > 3 ? `${shown}; and ${errors.length - 3} more` : shown;
}

function refuse(label: string, reason: string): ConfigError {
  return new ConfigError("BASELINE_INVALID", `Invalid ${label}: ${reason}.`);
}

/** The samples a report's violations name (one per fingerprint). */
function samplesOf(report: JsonReport): BaselineFile["samples"] {
  const seen = new Set<string>();
  const out: BaselineFile["samples"][number][] = [];
  for (const v of report.violations) {
    if (v.fingerprint === null || seen.has(v.fingerprint)) continue;
    seen.add(v.fingerprint);
    out.push({
      fingerprint: v.fingerprint,
      severity: v.severity,
      findingId: v.findingId,
      title: v.title,
      subject: v.asset.label,
    });
  }
  return out.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

/** Why a valid report cannot serve as a baseline; undefined when it can. */
function unusable(report: JsonReport): string | undefined {
  if (report.verdict === "error") {
    const code = report.error?.code ?? "UNKNOWN";
    return `its gate ended in an error (${code}), so it holds no trustworthy set of findings; use the report of a gate that passed or failed`;
  }
  if (report.fingerprints === null) {
    return "it holds no fingerprints: its gate decided on the source's counts alone (a severity-only policy); give the policy a baseline setting (e.g. baseline: { new-only: true }) so that its gates record every finding";
  }
  return undefined;
}

/** A baseline file from a gate's JSON report (what `inspector-gate baseline` writes). */
export function baselineFileOf(report: JsonReport, label: string): BaselineFile {
  const reason = unusable(report);
  if (reason !== undefined) throw refuse(label, reason);
  const source = report.source;
  const run = source?.kind === "inspector-classic-run" ? (source.run as { arn?: string } | null) : null;
  return {
    kind: BASELINE_KIND,
    version: 1,
    tool: { name: "inspector-gate", version: VERSION },
    takenFrom: {
      verdict: report.verdict as "pass" | "fail",
      source: source?.kind ?? null,
      startedAt: report.timings.startedAt,
      runArn: run?.arn ?? null,
    },
    policyDigest: report.policy.digest,
    fingerprints: report.fingerprints!,
    samples: samplesOf(report),
  };
}

function baselineOfFile(file: BaselineFile, shown: string, label: string): Baseline {
  if (file.fingerprints.algorithm !== FINGERPRINT_ALGORITHM) {
    throw refuse(
      label,
      `its fingerprints were made with ${file.fingerprints.algorithm}, and this version of inspector-gate makes ${FINGERPRINT_ALGORITHM}; take a new baseline`,
    );
  }
  const samples: BaselineSample[] = file.samples.map((s) => ({
    fingerprint: s.fingerprint,
    severity: s.severity,
    ...(s.findingId !== null ? { findingId: s.findingId } : {}),
    ...(s.title !== null ? { title: s.title } : {}),
    subject: s.subject,
  }));
  return {
    file: shown,
    set: new BaselineSet(file.fingerprints.groups as readonly FingerprintGroup[], samples),
    scope: file.fingerprints.scope,
    policyDigest: file.policyDigest,
    source: file.takenFrom.source,
    takenAt: file.takenFrom.startedAt,
    complete: file.fingerprints.complete,
  };
}

/**
 * A parsed JSON value as a baseline: a gate's report (schemaVersion 2) or a baseline file. `shown` is the
 * file as reports name it; `label` names it in messages (e.g. `--baseline 'main.json'`).
 */
export function baselineOf(value: unknown, shown: string, label: string): Baseline {
  const { report, baseline } = schemaValidators();
  const object = value as { kind?: unknown; schemaVersion?: unknown } | null;
  if (typeof object === "object" && object !== null && object.kind === BASELINE_KIND) {
    if (!baseline(value)) throw refuse(label, `not a valid baseline file (${schemaProblems(baseline)})`);
    return baselineOfFile(value as BaselineFile, shown, label);
  }
  if (typeof object === "object" && object !== null && object.schemaVersion !== undefined) {
    if (object.schemaVersion !== 2) {
      throw refuse(
        label,
        `a JSON report of schemaVersion ${JSON.stringify(object.schemaVersion)}; expected schemaVersion 2`,
      );
    }
    if (!report(value)) throw refuse(label, `not a valid JSON report (${schemaProblems(report)})`);
    return baselineOfFile(baselineFileOf(value as JsonReport, label), shown, label);
  }
  throw refuse(
    label,
    "expected a JSON report of inspector-gate (--json, schemaVersion 2) or a baseline file written by 'inspector-gate baseline'",
  );
}

/** Reads and parses a JSON file for a baseline or a merge: a ConfigError (exit 2) on any problem. */
export async function readJsonFile(path: string, label: string, code = "BASELINE_INVALID"): Promise<unknown> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ConfigError(code, `Invalid ${label}: not a file.`);
    if (info.size > MAX_BASELINE_BYTES) {
      throw new ConfigError(
        code,
        `Invalid ${label}: ${info.size} bytes is more than the ${MAX_BASELINE_BYTES} bytes read at most.`,
      );
    }
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = (error as { code?: string }).code === "ENOENT" ? "no such file" : errorMessage(error);
    throw new ConfigError(code, `Invalid ${label}: ${reason}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(code, `Invalid ${label}: not JSON (${errorMessage(error)}).`);
  }
}

/** Reads a baseline (a report or a baseline file). */
export async function readBaseline(path: string, shown: string, label: string): Promise<Baseline> {
  return baselineOf(await readJsonFile(path, label), shown, label);
}
