/** Compiled validators for the report schemas (the SARIF one is vendored test data). */
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";

function load(relative: string): object {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8")) as object;
}

let sarif: ValidateFunction | undefined;
let report: ValidateFunction | undefined;

/**
 * The official SARIF 2.1.0 schema (draft-07). Formats are not checked (it uses ones ajv does not ship), and
 * its `language` patterns hold a stray `]` that only compiles without the regular expressions' `u` flag.
 */
export function sarifValidator(): ValidateFunction {
  sarif ??= new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false, allErrors: true }).compile(
    load("../fixtures/report/sarif-schema-2.1.0.json"),
  );
  return sarif;
}

/** Our JSON report schema, compiled strictly as the project compiles its own schemas. */
export function reportValidator(): ValidateFunction {
  report ??= new Ajv({ strict: true, allErrors: true }).compile(load("../../src/report/report.schema.json"));
  return report;
}

export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`)
    .join("\n");
}
