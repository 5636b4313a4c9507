/**
 * The policy JSON Schema (schema.json, the source of truth for the YAML format) and its validator. The
 * validator is compiled ahead of time by ajv (allErrors, strict, verbose) into schema-validator.generated.ts
 * (scripts/generate-validator.mjs, run by `npm run build`; a test keeps it fresh), so no start pays for
 * compiling the schema. The `date` format is our own: a real calendar day, YYYY-MM-DD (dates.ts).
 */
import type { ValidateFunction } from "ajv";
export { isCalendarDate } from "./dates.js";
/** The JSON Schema of the policy format, version 1 (draft-07). */
export declare const policySchema: Readonly<Record<string, unknown>>;
/** The compiled validator. */
export declare function policyValidator(): ValidateFunction;
