/**
 * The policy JSON Schema (schema.json, the source of truth for the YAML format) and its validator. The
 * validator is compiled ahead of time by ajv (allErrors, strict, verbose) into schema-validator.generated.ts
 * (scripts/generate-validator.mjs, run by `npm run build`; a test keeps it fresh), so no start pays for
 * compiling the schema. The `date` format is our own: a real calendar day, YYYY-MM-DD (dates.ts).
 */
import type { ValidateFunction } from "ajv";
import schemaJson from "./schema.json" with { type: "json" };
import { validate } from "./schema-validator.generated.js";

export { isCalendarDate } from "./dates.js";

/** The JSON Schema of the policy format, version 1 (draft-07). */
export const policySchema: Readonly<Record<string, unknown>> = schemaJson;

/** The compiled validator. */
export function policyValidator(): ValidateFunction {
  return validate as unknown as ValidateFunction;
}
