/** An assessment run as the result shows it, and as messages name it. */
import type { AssessmentRun } from "@aws-sdk/client-inspector";
import { InspectorError } from "../../errors.js";
import { CLASSIC_SEVERITIES, emptySeverityCounts, type SeverityCounts } from "../../model.js";
import type { RunInfo } from "../../result.js";
import { PARTIAL_STATES } from "./wait.js";

/** The region an Inspector ARN lives in ("arn:aws:inspector:us-west-2:…" → "us-west-2"). */
export function regionOfArn(arn: string): string | undefined {
  const region = arn.split(":")[3];
  return region !== undefined && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : undefined;
}

/** The run's findingCounts in the model's severities, or undefined when the run reports none (for display). */
export function countsOf(run: AssessmentRun): SeverityCounts | undefined {
  if (run.findingCounts === undefined) return undefined;
  const counts = emptySeverityCounts();
  for (const s of CLASSIC_SEVERITIES) {
    const n = run.findingCounts[s];
    counts[s] = typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : 0;
  }
  return counts;
}

const CLASSIC: ReadonlySet<string> = new Set(CLASSIC_SEVERITIES);

/**
 * The run's findingCounts to decide on: every key one of Classic's five severities, every count a whole
 * number of at least 0 (a missing severity counts 0). Throws FINDING_COUNTS_MISSING when the run reports
 * none, FINDING_COUNTS_INVALID when they are not counts of severities: a verdict is never built on them.
 */
export function checkedCountsOf(run: AssessmentRun): SeverityCounts {
  const reported: unknown = run.findingCounts;
  if (reported === undefined || reported === null) {
    throw new InspectorError(
      "FINDING_COUNTS_MISSING",
      `assessment run ${runLabel(run)} reports no findingCounts, so the completeness of its findings ` +
        "cannot be checked",
    );
  }
  const invalid = (what: string) =>
    new InspectorError(
      "FINDING_COUNTS_INVALID",
      `assessment run ${runLabel(run)} reports findingCounts ${what}; expected a count of at least 0 for ` +
        `each of ${[...CLASSIC_SEVERITIES].reverse().join(", ")}; refusing to decide on them`,
    );
  if (typeof reported !== "object" || Array.isArray(reported)) throw invalid("that are not a map");
  for (const [key, n] of Object.entries(reported)) {
    if (!CLASSIC.has(key)) throw invalid(`with the key '${clip(key)}', which is not a severity`);
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      throw invalid(`with ${key} ${typeof n === "number" ? n : JSON.stringify(n)?.slice(0, 40)}`);
    }
  }
  return countsOf(run) as SeverityCounts;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function iso(date: Date | undefined): string | undefined {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

export function runInfo(run: AssessmentRun, startedByGate: boolean): RunInfo {
  const info: { -readonly [K in keyof RunInfo]: RunInfo[K] } = {
    arn: run.arn ?? "",
    name: run.name ?? "",
    templateArn: run.assessmentTemplateArn ?? "",
    state: run.state ?? "UNKNOWN",
    stateChanges: (run.stateChanges ?? [])
      .map((c) => ({ state: c.state ?? "UNKNOWN", at: iso(c.stateChangedAt) ?? "" }))
      .sort((a, b) => a.at.localeCompare(b.at)),
    startedByGate,
  };
  const createdAt = iso(run.createdAt);
  if (createdAt) info.createdAt = createdAt;
  const startedAt = iso(run.startedAt);
  if (startedAt) info.startedAt = startedAt;
  const completedAt = iso(run.completedAt);
  if (completedAt) info.completedAt = completedAt;
  if (run.durationInSeconds !== undefined) info.durationInSeconds = run.durationInSeconds;
  const counts = countsOf(run);
  if (counts) info.findingCounts = counts;
  if (run.rulesPackageArns) info.rulesPackageArns = run.rulesPackageArns;
  return info;
}

export function runLabel(run: { name?: string | undefined; arn?: string | undefined }): string {
  return `'${run.name ?? "?"}' (${run.arn ?? "?"})`;
}

/** Why a run ended badly: its error notifications and its last state changes. */
export function runFailure(run: AssessmentRun, allowPartialHint: boolean): InspectorError {
  const state = run.state ?? "UNKNOWN";
  const notes = (run.notifications ?? [])
    .filter((n) => n.error === true)
    .slice(-3)
    .map((n) => `${iso(n.date) ?? "?"} ${n.event ?? "?"}: ${n.message ?? "(no message)"}`);
  const changes = [...(run.stateChanges ?? [])]
    .sort((a, b) => (a.stateChangedAt?.getTime() ?? 0) - (b.stateChangedAt?.getTime() ?? 0))
    .slice(-4)
    .map((c) => `${c.state ?? "?"} at ${iso(c.stateChangedAt) ?? "?"}`);
  const parts = [`assessment run ${runLabel(run)} ended ${state}`];
  if (PARTIAL_STATES.has(state) && allowPartialHint) {
    parts[0] +=
      ": some of it failed, so its findings may be incomplete (allow-partial evaluates them anyway)";
  }
  parts.push(notes.length > 0 ? `error notifications: ${notes.join("; ")}` : "no error notifications");
  if (changes.length > 0) parts.push(`last state changes: ${changes.join(", ")}`);
  const code = PARTIAL_STATES.has(state) ? "RUN_COMPLETED_WITH_ERRORS" : `RUN_${state}`;
  return new InspectorError(code, parts.join(". "));
}
