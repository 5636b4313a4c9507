/**
 * What an evaluation says beside its verdict: the warnings a result carries about the policy's reach.
 * Pure: no I/O. A warning-level rule or an exception that could not be decided for some findings is a
 * warning (an error-level one is already the evaluation's error); Untriaged findings that no severity
 * limit or rule can count are a warning, so they never drop out unseen.
 */
import type { Evaluation, NotApplicable, Policy } from "./types.js";
/** True when some severity limit or rule of the policy can count an Untriaged finding. */
export declare function countsUntriaged(policy: Policy): boolean;
/** The warnings an evaluation of `policy` carries, in a stable order. */
export declare function evaluationWarnings(policy: Policy, evaluation: Evaluation): string[];
/** One line about a rule or an exception that could not be decided for some findings. */
export declare function notApplicableMessage(item: NotApplicable): string;
/** The error when an error-level rule could not be decided for some finding: never a pass. */
export declare function notApplicableError(list: readonly NotApplicable[]): Evaluation["error"];
