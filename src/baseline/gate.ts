/**
 * What the gate does with a baseline beside evaluating against it: refuse one of another scope, say where a
 * baseline (or its absence) changes what counts, and name it in the result.
 */
import { ConfigError } from "../errors.js";
import { countsNewOnly } from "../policy/baseline.js";
import type { Policy } from "../policy/types.js";
import type { BaselineUse } from "../result.js";
import type { Baseline } from "./read.js";
import { type GateScope, scopeMismatch } from "./scope.js";

/** Refuses (ConfigError, exit 2) a baseline of another service or lineage than the gate's, as far as both are known. */
export function checkBaselineScope(baseline: Baseline, scope: GateScope): void {
  const reason = scopeMismatch(baseline.scope, scope);
  if (reason !== undefined) {
    throw new ConfigError(
      "BASELINE_SCOPE",
      `Invalid baseline '${baseline.file}': ${reason}; a baseline serves only gates of its own scope.`,
    );
  }
}

/** Warnings for a gate's result: a new-only policy without a baseline, a baseline of another policy. */
export function baselineNotes(baseline: Baseline | undefined, policy: Policy, digest: string): string[] {
  if (baseline === undefined) {
    return countsNewOnly(policy)
      ? [
          "The policy counts only new findings (baseline: new-only) but no baseline was given (--baseline): every finding counts.",
        ]
      : [];
  }
  const notes: string[] = [];
  if (baseline.policyDigest !== null && baseline.policyDigest !== digest) {
    notes.push(
      `The baseline '${baseline.file}' was taken under another policy: a finding counts as old only where that policy counted it (a rule added since counts every finding it matches as new).`,
    );
  }
  if (!baseline.complete) {
    notes.push(
      `The baseline '${baseline.file}' holds only the findings its gate fetched (its policy let it filter): others count as new.`,
    );
  }
  return notes;
}

/** The baseline as the result names it. */
export function baselineUse(baseline: Baseline, digest: string): BaselineUse {
  return {
    file: baseline.file,
    source: baseline.source,
    takenAt: baseline.takenAt,
    policyMatches: baseline.policyDigest === null ? null : baseline.policyDigest === digest,
  };
}
