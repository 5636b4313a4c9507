/** Parsing of CLI option values: every bad value is a ConfigError naming the flag, the value and the form. */
import { ConfigError } from "../errors.js";
import { ARN_EXAMPLE, INSPECTOR_ARN, isHttpUrl, parseDurationMs } from "../option-grammar.js";

/** "250ms", "90s", "15m", "2h", or a bare number of seconds → milliseconds. */
export function parseDuration(value: string, flag: string): number {
  const ms = parseDurationMs(value);
  if (ms === undefined || ms <= 0) {
    throw new ConfigError(
      "OPTION_INVALID",
      `Invalid ${flag} '${value}': expected a duration such as 90s, 15m or 2h.`,
    );
  }
  return ms;
}

/** A positive integer within [min, max]. */
export function parseInteger(value: string, flag: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw new ConfigError("OPTION_INVALID", `Invalid ${flag} '${value}': expected ${range}.`);
  }
  return n;
}

/** One of a fixed set of values. */
export function parseChoice<T extends string>(value: string, flag: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(
    "OPTION_INVALID",
    `Invalid ${flag} '${value}': expected ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(", ")}`}.`,
  );
}

/** An http(s) URL. */
export function parseUrl(value: string, flag: string): string {
  if (isHttpUrl(value)) return value;
  throw new ConfigError("OPTION_INVALID", `Invalid ${flag} '${value}': expected an http:// or https:// URL.`);
}

/** An Inspector ARN of the given resource type ("template" or "run"). */
export function parseArn(value: string, flag: string, kind: "template" | "run"): string {
  if (INSPECTOR_ARN[kind].test(value)) return value;
  throw new ConfigError(
    "OPTION_INVALID",
    `Invalid ${flag} '${value}': expected an assessment ${kind} ARN such as ${ARN_EXAMPLE[kind]}.`,
  );
}
