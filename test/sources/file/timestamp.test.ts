import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timestamp } from "../../../src/sources/shared/timestamp.js";

/** What Date makes of an ISO-8601 string (the AWS CLI's microseconds cut to milliseconds). */
function viaDate(text: string): string | undefined {
  const ms = Date.parse(text.trim().replace(/(\.\d{3})\d+/, "$1"));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("timestamp() on ISO-8601 strings", () => {
  it("agrees with Date for the export's forms, in and out of range", () => {
    const text = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        hour: fc.integer({ min: 0, max: 25 }),
        minute: fc.integer({ min: 0, max: 60 }),
        second: fc.integer({ min: 0, max: 60 }),
        fraction: fc.constantFrom("", ".", ".1", ".12", ".123", ".123456", ".9999999"),
        zone: fc.constantFrom("Z", "+00:00", "-00:00", "+01:00", "z", "", " Z"),
      })
      .map(
        (p) =>
          `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:` +
          `${pad(p.second, 2)}${p.fraction}${p.zone}`,
      );
    fc.assert(
      fc.property(text, (s) => {
        expect(timestamp(s)).toBe(viaDate(s));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["2026-01-01T00:00:01.000000+00:00", "2026-01-01T00:00:01.000Z"],
    ["2024-02-29T23:59:59.999999Z", "2024-02-29T23:59:59.999Z"],
    ["2023-02-29T00:00:00Z", "2023-03-01T00:00:00.000Z"],
    ["2024-04-31T00:00:00Z", "2024-05-01T00:00:00.000Z"],
    ["2024-01-01T24:00:00Z", "2024-01-02T00:00:00.000Z"],
    ["2024-01-01T00:00:00.5-00:00", "2024-01-01T00:00:00.500Z"],
    ["2024-01-01T01:00:00+01:00", "2024-01-01T00:00:00.000Z"],
    [" 2024-01-01T00:00:00Z ", "2024-01-01T00:00:00.000Z"],
  ])("%s → %s", (input, expected) => {
    expect(timestamp(input)).toBe(expected);
  });

  it.each([
    "2024-01-01T23:59:60Z",
    "2024-13-01T00:00:00Z",
    "2024-01-01T00:00:00.Z",
    "2024-01-01T00:00:00+0x:00",
  ])("%s is not a timestamp", (input) => {
    expect(timestamp(input)).toBeUndefined();
  });
});
