/**
 * Timestamps in every form Inspector's findings reach the gate in: the SDK's Date, the epoch seconds the
 * AWS CLI v1 prints, the ISO-8601 strings of the CLI v2 and of exports (with microseconds, with offsets).
 */

/**
 * Epoch seconds (milliseconds above 10^11), an ISO-8601 string or a Date (as the SDK parses one) →
 * ISO-8601; undefined when invalid.
 */
export function timestamp(value: unknown): string | undefined {
  let ms: number;
  if (value instanceof Date) {
    ms = value.getTime();
  } else if (typeof value === "number" && Number.isFinite(value)) {
    ms = Math.abs(value) >= 1e11 ? value : value * 1000;
  } else if (typeof value === "string" && value.trim() !== "") {
    const iso = canonicalUtc(value);
    if (iso !== undefined) return iso;
    const trimmed = value.trim();
    if (/^-?\d+(\.\d+)?$/.test(trimmed)) return timestamp(Number(trimmed));
    // The AWS CLI prints microseconds ("2024-01-02T03:04:05.123456+00:00"); Date wants at most ms.
    ms = Date.parse(trimmed.replace(/(\.\d{3})\d+/, "$1"));
  } else return undefined;
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const DIGIT_0 = 48;

/** The two-digit (or longer) decimal number at text[from, to), or -1 if any character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The fast path of timestamp() for the form exports carry, "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+00:00|-00:00)"
 * with every field in range: its ISO-8601 form, built from the text (the fraction cut or padded to
 * milliseconds), exactly what Date would print for it. Undefined for anything else, which the general
 * path then decides (other offsets, whitespace, out-of-range fields Date rolls over, …).
 */
function canonicalUtc(text: string): string | undefined {
  const n = text.length;
  if (n < 20) return undefined;
  if (
    text.charCodeAt(4) !== 45 /* - */ ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 /* T */ ||
    text.charCodeAt(13) !== 58 /* : */ ||
    text.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let end = 19;
  let fraction = "000";
  if (text.charCodeAt(19) === 46 /* . */) {
    end = 20;
    while (end < n && text.charCodeAt(end) >= DIGIT_0 && text.charCodeAt(end) <= DIGIT_0 + 9) end++;
    if (end === 20) return undefined;
    fraction = end - 20 >= 3 ? text.slice(20, 23) : text.slice(20, end).padEnd(3, "0");
  }
  const zone = text.slice(end);
  if (zone !== "Z" && zone !== "+00:00" && zone !== "-00:00") return undefined;
  return `${text.slice(0, 19)}.${fraction}Z`;
}
