/**
 * The scope and what the policy needs (policy/plan.ts) → Inspector (v2) ListFindings' filterCriteria, and
 * the gate's own reading of those criteria over a returned finding (a finding outside what was asked for
 * is a lie, never evaluated).
 *
 * Inspector joins criteria by AND and the EQUALS filters of one criterion by OR (docs/emulator-v2.md, the
 * filter semantics). So the scope's values of a kind become one criterion, and the policy's pushdown adds
 * a criterion per field every target constrains: the union of what the targets accept. Where the scope and
 * the policy constrain the same single-valued field the criterion is their intersection; where that is
 * empty, or for a multi-valued field (image tags), the scope's alone. Anything that does not fit
 * Inspector's bounds (10 filters a criterion) is left out: the criteria may only ever select a superset of
 * what can change the verdict.
 */
import type { FilterCriteria } from "@aws-sdk/client-inspector2";
import { type Finding, type Severity } from "../../model.js";
import { type PolicyNeeds } from "../../policy/plan.js";
import { type Inspector2Scope } from "./scope.js";
/** Our severity → Inspector's (Undefined has none: no v2 finding carries it). */
export declare const V2_SEVERITY_NAME: Readonly<Partial<Record<Severity, string>>>;
/** The statuses asked for: ACTIVE findings, and SUPPRESSED ones (shown apart, or evaluated when asked). */
export declare const LISTED_STATUSES: readonly ["ACTIVE", "SUPPRESSED"];
/** The scope's own criteria (what the gate is about), without statuses or the policy. */
export declare function scopeCriteria(scope: Inspector2Scope): FilterCriteria;
/**
 * ListFindings' filterCriteria: the scope, ACTIVE and SUPPRESSED findings, and what the policy needs.
 * Selects a superset of the findings in scope that some target of `needs` can count.
 */
export declare function findingCriteria(scope: Inspector2Scope, needs: PolicyNeeds): FilterCriteria;
/**
 * The first criterion `finding` does not satisfy (with what it carries), or undefined when it satisfies
 * them all. Reads only the criteria `findingCriteria` sends (EQUALS filters, tags, packages by name,
 * number ranges); any other criterion is a bug here, not the server's.
 */
export declare function unmetCriterion(finding: Finding, criteria: FilterCriteria): string | undefined;
