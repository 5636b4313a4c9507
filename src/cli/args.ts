/** Parsing of CLI option values: every bad value is a ConfigError naming the flag, the value and the form. */
import { ConfigError } from "../errors.js";

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "250ms", "90s", "15m", "2h", or a bare number of seconds → milliseconds. */
export function parseDuration(value: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  const ms = match ? Number(match[1]) * (UNITS[match[2] ?? "s"] ?? 1000) : Number.NaN;
  if (!Number.isFinite(ms) || Math.round(ms) <= 0) {
    throw new ConfigError(
      "OPTION_INVALID",
      `Invalid ${flag} '${value}': expected a duration such as 90s, 15m or 2h.`,
    );
  }
  return Math.round(ms);
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
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return value;
  } catch {
    // fall through
  }
  throw new ConfigError("OPTION_INVALID", `Invalid ${flag} '${value}': expected an http:// or https:// URL.`);
}

/** An Inspector ARN of the given resource type ("template" or "run"). */
export function parseArn(value: string, flag: string, kind: "template" | "run"): string {
  const pattern =
    kind === "template"
      ? /^arn:aws[a-z-]*:inspector:[a-z0-9-]+:\d{12}:target\/[^/\s]+\/template\/[^/\s]+$/
      : /^arn:aws[a-z-]*:inspector:[a-z0-9-]+:\d{12}:target\/[^/\s]+\/template\/[^/\s]+\/run\/[^/\s]+$/;
  if (pattern.test(value)) return value;
  const example =
    kind === "template"
      ? "arn:aws:inspector:us-west-2:123456789012:target/0-abc/template/0-def"
      : "arn:aws:inspector:us-west-2:123456789012:target/0-abc/template/0-def/run/0-ghi";
  throw new ConfigError(
    "OPTION_INVALID",
    `Invalid ${flag} '${value}': expected an assessment ${kind} ARN such as ${example}.`,
  );
}
