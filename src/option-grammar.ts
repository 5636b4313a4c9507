/**
 * The grammar of option values both doors accept (durations, Inspector ARNs, regions), in one place so
 * the CLI and the Action agree on what is valid. Each door words its own errors.
 */

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "250ms", "90s", "15m", "2h", or a bare number of seconds → milliseconds; undefined when not a duration. */
export function parseDurationMs(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const ms = Math.round(Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 1000));
  return Number.isFinite(ms) ? ms : undefined;
}

const ARN_PREFIX = String.raw`arn:aws(?:-[a-z]+)*:inspector:[a-z]{2}(?:-[a-z]+)+-\d+:\d{12}:`;
const ID = "0-[A-Za-z0-9]+";

/** Inspector Classic ARNs by resource kind. */
export const INSPECTOR_ARN = {
  template: new RegExp(`^${ARN_PREFIX}target/${ID}/template/${ID}$`),
  run: new RegExp(`^${ARN_PREFIX}target/${ID}/template/${ID}/run/${ID}$`),
} as const;

export const ARN_EXAMPLE = {
  template: "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T",
  run: "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T/run/0-11LMTAVe",
} as const;

export const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/** An http:// or https:// URL (endpoints of the emulator, a VPC endpoint, S3). */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
