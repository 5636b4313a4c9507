/**
 * The policy JSON Schema (schema.json, the source of truth for the YAML format) and its validator, compiled
 * once with ajv (allErrors, strict). The `date` format is our own: a real calendar day, YYYY-MM-DD.
 */
import { Ajv, type ValidateFunction } from "ajv";
import schemaJson from "./schema.json" with { type: "json" };

/** The JSON Schema of the policy format, version 1 (draft-07). */
export const policySchema: Readonly<Record<string, unknown>> = schemaJson;

/** True for a real calendar date written YYYY-MM-DD (2026-02-29 is not one; 2028-02-29 is). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

let validator: ValidateFunction | undefined;

/** The compiled validator (compiled on first use, then reused). */
export function policyValidator(): ValidateFunction {
  if (validator === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
    ajv.addFormat("date", { type: "string", validate: isCalendarDate });
    validator = ajv.compile(schemaJson);
  }
  return validator;
}
