/**
 * The policy JSON Schema (schema.json, the source of truth for the YAML format) and its validator, compiled
 * once with ajv (allErrors, strict). The `date` format is our own: a real calendar day, YYYY-MM-DD.
 */
import { type ValidateFunction } from "ajv";
/** The JSON Schema of the policy format, version 1 (draft-07). */
export declare const policySchema: Readonly<Record<string, unknown>>;
/** True for a real calendar date written YYYY-MM-DD (2026-02-29 is not one; 2028-02-29 is). */
export declare function isCalendarDate(text: string): boolean;
/** The compiled validator (compiled on first use, then reused). */
export declare function policyValidator(): ValidateFunction;
