/**
 * The gate through an Inspector (v2) findings report, against the emulator over HTTP with its
 * in-process S3 endpoint (real Inspector2 and S3 clients): every status and error code, the echoed
 * destination and filter, a missing, truncated or foreign-shaped object, reports of other runs under
 * the same prefix, the deadline and SIGTERM-style aborts cancelling the report the gate created.
 */
import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { REPORT_ERROR_CODES } from "../../../src/emulator/inspector2/reports.js";
import { S3ReportWriter } from "../../../src/emulator/s3/report-writer.js";
import { localS3Client } from "../../../src/emulator/s3/server.js";
import { type ProgressEvent, runGate } from "../../../src/gate.js";
import { loadPolicy } from "../../../src/policy/load.js";
import type { Policy } from "../../../src/policy/types.js";
import { REPORT_ERROR_HINTS } from "../../../src/sources/inspector2/report.js";
import { startTestEmulator2, type TestEmulator2 } from "../../helpers/inspector2.js";

let t: TestEmulator2;
let s3: S3Client;
let policy: Policy;
let critical: Policy;

/** The seeded account has resources Inspector does not scan: a warning here, not the verdict. */
const INACTIVE_WARN = "coverage: { inactive-resources: warn }\n";
const KMS = "arn:aws:kms:us-west-2:123456789012:key/1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b";

beforeAll(async () => {
  t = await startTestEmulator2({
    seed: "gate-reports",
    inspector2: { reportSeconds: 30, findings: 400 },
    s3: { buckets: ["org-findings"] },
  });
  s3 = localS3Client(t.emulator.s3Endpoint!, "us-west-2");
  // Past the seeded account's first scans: the scope is scanned, so its coverage is evidence.
  t.clock.advance(3_600_000);
  policy = await loadPolicy({
    text: `version: 1\nseverity: { fail-on: Medium }\n${INACTIVE_WARN}`,
    file: "p.yml",
  });
  critical = await loadPolicy({
    text: `version: 1\nseverity: { fail-on: Critical }\n${INACTIVE_WARN}`,
    file: "c.yml",
  });
});

afterAll(async () => {
  s3.destroy();
  await t.stop();
});

afterEach(() => {
  t.emulator.inspector2.reportFaults({});
  t.emulator.inspector2.setReportWriter(new S3ReportWriter(s3));
  t.emulator.inspector2.deny([]);
});

async function gate(
  options: {
    prefix?: string;
    bucket?: string;
    policy?: Policy;
    timeoutMs?: number;
    signal?: AbortSignal;
    onEvent?: (e: ProgressEvent) => void;
  } = {},
) {
  const events: ProgressEvent[] = [];
  const result = await runGate(
    {
      policy: options.policy ?? policy,
      source: {
        kind: "inspector2",
        allResources: true,
        report: {
          bucket: options.bucket ?? "org-findings",
          kmsKeyArn: KMS,
          prefix: options.prefix ?? "gate",
          s3Endpoint: t.emulator.s3Endpoint!,
        },
      },
      pollIntervalMs: 5_000,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      inspector: { region: "us-west-2" },
    },
    {
      clients: { inspector2: t.client },
      clock: t.clock,
      random: () => 0.5,
      progress: (e) => {
        events.push(e);
        options.onEvent?.(e);
      },
    },
  );
  return { result, events, said: events.map((e) => e.message) };
}

/** What ListFindings-based ground truth says the policy sees: ACTIVE findings by severity. */
function activeCount(): number {
  return t.emulator.inspector2.findings().filter((f) => f.status === "ACTIVE").length;
}

describe("the gate through a findings report", () => {
  it("reads every ACTIVE finding of the report, in a handful of calls", async () => {
    const { result, said } = await gate();
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(result.findings.evaluated).toBe(activeCount());
    expect(result.apiCalls["CreateFindingsReport"]).toBe(1);
    expect(result.apiCalls["ListFindings"]).toBeUndefined();
    expect(result.apiCalls["GetObject"]).toBe(1);
    expect(said.some((m) => /findings report .* SUCCEEDED/.test(m))).toBe(true);
  });

  it("reads only this report's objects, not older reports under the same prefix", async () => {
    await s3.send(
      new PutObjectCommand({
        Bucket: "org-findings",
        Key: "gate/00000000-0000-4000-8000-000000000000.json",
        Body: '{"findings":[{"findingArn":"arn:aws:inspector2:us-west-2:1:finding/stale"}]}',
      }),
    );
    const { result } = await gate();
    expect(result.error).toBeUndefined();
    expect(result.findings.evaluated).toBe(activeCount());
  });

  it.each(REPORT_ERROR_CODES.filter((c) => c !== "NO_FINDINGS_FOUND"))(
    "FAILED with %s: exit 3 quoting the code and message, with a hint",
    async (code) => {
      t.emulator.inspector2.reportFaults({ fail: code });
      const { result } = await gate();
      expect(result.exitCode).toBe(3);
      expect(result.error?.code).toBe("REPORT_FAILED");
      expect(result.error?.message).toContain(code);
      expect(result.error?.message).toContain(REPORT_ERROR_HINTS[code]!);
    },
  );

  it("FAILED because the bucket does not exist: BUCKET_NOT_FOUND from the destination itself", async () => {
    const { result } = await gate({ bucket: "no-such-bucket" });
    expect(result.error?.message).toMatch(/BUCKET_NOT_FOUND: The specified bucket does not exist/);
  });

  it("CANCELLED: exit 3", async () => {
    t.emulator.inspector2.reportFaults({ cancel: true });
    const { result } = await gate();
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("REPORT_CANCELLED");
  });

  it("NO_FINDINGS_FOUND: zero findings, a pass because the coverage of the scope is evidence", async () => {
    t.emulator.inspector2.reportFaults({ fail: "NO_FINDINGS_FOUND" });
    const { result } = await gate();
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(result.findings.evaluated).toBe(0);
    expect(result.coverage).toMatchObject({ kind: "inspector2" });
    expect((result.coverage as { scanned: number }).scanned).toBeGreaterThan(0);
  });

  it("NO_FINDINGS_FOUND is never a pass when the coverage is not evidence", async () => {
    t.emulator.inspector2.reportFaults({ fail: "NO_FINDINGS_FOUND" });
    const strict = await loadPolicy({ text: "version: 1\nseverity: { fail-on: Medium }\n", file: "s.yml" });
    const { result } = await gate({ policy: strict });
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toMatch(/^COVERAGE_/);
  });

  it("a report echoing another destination is never read", async () => {
    t.emulator.inspector2.reportFaults({
      echoDestination: { bucketName: "org-findings", keyPrefix: "elsewhere", kmsKeyArn: KMS },
    });
    const { result } = await gate();
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("REPORT_MISMATCH");
    expect(result.error?.message).toMatch(/destination/);
  });

  it("a report echoing another filter is never evaluated", async () => {
    t.emulator.inspector2.reportFaults({
      echoFilter: { severity: [{ comparison: "EQUALS", value: "LOW" }] },
    });
    const { result } = await gate();
    expect(result.error?.code).toBe("REPORT_MISMATCH");
    expect(result.error?.message).toMatch(/filter/);
  });

  it("SUCCEEDED without an object: exit 3 naming where it looked", async () => {
    t.emulator.inspector2.reportFaults({ missingObject: true });
    const { result } = await gate({ prefix: "empty-prefix" });
    expect(result.error?.code).toBe("REPORT_UNREADABLE");
    expect(result.error?.message).toContain("s3://org-findings/empty-prefix/");
  });

  it("a truncated object: exit 3 naming the object", async () => {
    t.emulator.inspector2.reportFaults({ truncatedObject: true });
    const { result } = await gate({ prefix: "truncated" });
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("REPORT_UNREADABLE");
    expect(result.error?.message).toMatch(/s3:\/\/org-findings\/truncated\/[0-9a-f-]+\.json/);
  });

  it("a slow report past the deadline: exit 3, and the report the gate created is cancelled", async () => {
    t.emulator.inspector2.reportFaults({ slowSeconds: 3600 });
    const { result, said } = await gate({ timeoutMs: 60_000 });
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("TIMEOUT");
    expect(said.some((m) => /findings report .* cancelled/.test(m))).toBe(true);
    expect(result.apiCalls["CancelFindingsReport"]).toBe(1);
  });

  it("aborted while waiting (SIGTERM): the report is cancelled", async () => {
    t.emulator.inspector2.reportFaults({ slowSeconds: 1_000_000 });
    const abort = new AbortController();
    const { result, said } = await gate({
      signal: abort.signal,
      onEvent: (e) => {
        if (/findings report .*: IN_PROGRESS/.test(e.message)) abort.abort(new Error("SIGTERM"));
      },
    });
    expect(result.exitCode).toBe(3);
    expect(said.some((m) => /findings report .* cancelled/.test(m))).toBe(true);
    expect(result.apiCalls["CancelFindingsReport"]).toBe(1);
  });

  it("a report of another shape (CSV): exit 3 naming the object", async () => {
    t.emulator.inspector2.setReportWriter({
      async write(rec) {
        const Key = `${rec.destination.keyPrefix}/${rec.reportId}.json`;
        await s3.send(
          new PutObjectCommand({ Bucket: "org-findings", Key, Body: "findingArn,severity\na,HIGH\n" }),
        );
        return undefined;
      },
    });
    const { result } = await gate({ prefix: "odd" });
    expect(result.exitCode).toBe(3);
    expect(result.error?.code).toBe("REPORT_UNREADABLE");
    expect(result.error?.message).toMatch(
      /s3:\/\/org-findings\/odd\/[0-9a-f-]+\.json is not a findings report/,
    );
  });

  it("a report written as JSON Lines of findings is read as well", async () => {
    t.emulator.inspector2.setReportWriter({
      async write(rec, findings) {
        const Key = `${rec.destination.keyPrefix}/${rec.reportId}.json`;
        const Body = [...findings].map((f) => JSON.stringify(f)).join("\n");
        await s3.send(new PutObjectCommand({ Bucket: "org-findings", Key, Body }));
        return undefined;
      },
    });
    const { result } = await gate({ prefix: "lines" });
    expect(result.error).toBeUndefined();
    expect(result.findings.evaluated).toBe(activeCount());
  });

  it("the report is created with the filter ListFindings would use, and the result shows it", async () => {
    const { result } = await gate({ policy: critical });
    expect(result.error).toBeUndefined();
    const sent = (result.source as { filterCriteria?: Record<string, unknown> }).filterCriteria;
    expect(sent?.["findingStatus"]).toBeDefined();
    expect(result.findings.evaluated).toBeLessThanOrEqual(activeCount());
  });
});
