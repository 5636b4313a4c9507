/**
 * What an evaluation says beside its verdict: the warnings a result carries about the policy's reach.
 * Pure: no I/O. A warning-level rule or an exception that could not be decided for some findings is a
 * warning (an error-level one is already the evaluation's error); Untriaged findings that no severity
 * limit or rule can count are a warning, so they never drop out unseen.
 */

import { policyNeeds } from "./plan.js";
import type { Evaluation, NotApplicable, Policy } from "./types.js";

/** True when some severity limit or rule of the policy can count an Untriaged finding. */
export function countsUntriaged(policy: Policy): boolean {
  if (policy.severityLimits.some((l) => l.severity === "Untriaged")) return true;
  if (policy.rules.length === 0) return false;
  return policyNeeds(policy).targets.some((t) => t.severities.has("Untriaged"));
}

/** The warnings an evaluation of `policy` carries, in a stable order. */
export function evaluationWarnings(policy: Policy, evaluation: Evaluation): string[] {
  const warnings: string[] = [];
  for (const item of evaluation.notApplicable ?? []) {
    if (item.kind === "rule" && item.level === "error") continue;
    warnings.push(`could not apply: ${notApplicableMessage(item)}`);
  }
  const untriaged = evaluation.counts.raw.Untriaged;
  if (untriaged > 0 && !countsUntriaged(policy)) {
    const findings = `${untriaged} Untriaged finding${untriaged === 1 ? "" : "s"}`;
    warnings.push(
      `${findings} (not yet rated by Inspector) ${untriaged === 1 ? "is" : "are"} counted by no severity limit or rule; ` +
        "name Untriaged in severity.max or in a rule's severity to count them",
    );
  }
  return warnings;
}

/** One line about a rule or an exception that could not be decided for some findings. */
export function notApplicableMessage(item: NotApplicable): string {
  const findings = `${item.findings} finding${item.findings === 1 ? "" : "s"}`;
  const what =
    item.kind === "rule"
      ? `rule '${item.id}' could not be decided for ${findings}`
      : `exception '${item.id}' could not be decided for ${findings}, so it waived none of them`;
  const why = item.reasons.map((r) => (item.reasons.length > 1 ? `${r.reason} (${r.findings})` : r.reason));
  return `${what}: ${why.join("; ")}`;
}

/** The error when an error-level rule could not be decided for some finding: never a pass. */
export function notApplicableError(list: readonly NotApplicable[]): Evaluation["error"] {
  const rules = list.filter((item) => item.kind === "rule" && item.level === "error");
  if (rules.length === 0) return undefined;
  const shown = rules.slice(0, 3).map(notApplicableMessage);
  const more = rules.length > 3 ? `; and ${rules.length - 3} more` : "";
  return {
    code: "CONDITION_NOT_APPLICABLE",
    message: `a policy condition could not apply, so no verdict can be trusted: ${shown.join("; ")}${more}`,
  };
}
