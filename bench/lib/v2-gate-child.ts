/**
 * One gate over Inspector (v2), in a process of its own, for bench/report-v2.bench.ts: every resource
 * of the emulator's account, through ListFindings or through a findings report (BENCH_REPORT=1),
 * printing its calls, wall time, exit code and its own peak RSS as one JSON line.
 */
import { runGate } from "../../src/gate.js";
import { loadPolicy } from "../../src/policy/load.js";

const endpoint = process.env["BENCH_ENDPOINT"]!;
const s3Endpoint = process.env["BENCH_S3_ENDPOINT"];
const viaReport = process.env["BENCH_REPORT"] === "1";
const policy = await loadPolicy({
  text:
    "version: 1\nseverity: { fail-on: Critical }\ncoverage: { inactive-resources: ignore }\n" +
    "rules:\n  - id: any\n    level: warning\n    max: 10000000\n    match:\n      title: '*'\n",
  file: "bench.yml",
});
const start = performance.now();
const result = await runGate({
  policy,
  source: {
    kind: "inspector2",
    allResources: true,
    ...(viaReport
      ? {
          report: {
            bucket: "bench-reports",
            kmsKeyArn: "arn:aws:kms:us-west-2:123456789012:key/1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b",
            prefix: "gate",
            ...(s3Endpoint ? { s3Endpoint } : {}),
          },
        }
      : {}),
  },
  pollIntervalMs: 1_000,
  inspector: { endpoint, region: "us-west-2" },
});
process.stdout.write(
  `${JSON.stringify({
    exitCode: result.exitCode,
    error: result.error ?? null,
    evaluated: result.findings.evaluated,
    calls: Object.values(result.apiCalls).reduce((a, b) => a + b, 0),
    apiCalls: result.apiCalls,
    wallMs: performance.now() - start,
    maxRssKiB: process.resourceUsage().maxRSS,
  })}\n`,
);
