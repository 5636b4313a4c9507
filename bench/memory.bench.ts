/**
 * Peak resident memory of the gate process, measured from outside (GNU time's maximum RSS, or the child's
 * own process.resourceUsage().maxRSS when /usr/bin/time is missing), while it gates a run of 200,000
 * findings with a policy that needs every finding: `node dist/cli.js check --template-arn ...` against the
 * emulator running in its own process. And, for comparison, the offline door evaluating an export of the
 * same size.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeExport } from "./lib/export.js";
import { CLI, emulatorChild, gateEnv, requireDist, timeCommand } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const FINDINGS = 200_000;
const TARGET_MIB = 300;

const EVERYTHING = `version: 1
name: every-finding
severity:
  fail-on: High
rules:
  - id: any
    level: warning
    max: 10000000
    match:
      title: "*"
`;

/** Wraps the CLI so the child reports its own peak RSS when GNU time is not there. */
const SELF_REPORT = `
const { pathToFileURL } = require("node:url");
process.on("exit", () => process.stderr.write("IGRSS " + process.resourceUsage().maxRSS + "\\n"));
import(pathToFileURL(process.argv[1]).href);
`;

async function peakRss(args: string[], env: NodeJS.ProcessEnv) {
  if (existsSync("/usr/bin/time")) {
    return timeCommand(process.execPath, [CLI, ...args], { env, rss: true, stdout: "ignore" });
  }
  const t = await timeCommand(process.execPath, ["-e", SELF_REPORT, CLI, ...args], { env, stdout: "ignore" });
  const m = /IGRSS (\d+)\s*$/.exec(t.stderr);
  return { ...t, maxRssKiB: m ? Number(m[1]) : Number.NaN };
}

export async function run(): Promise<BenchRow[]> {
  requireDist();
  const dir = mkdtempSync(join(tmpdir(), "ig-bench-memory-"));
  const rows: BenchRow[] = [];
  const group = "memory";
  try {
    const policy = join(dir, "every-finding.yml");
    writeFileSync(policy, EVERYTHING);

    const emulator = await emulatorChild([
      "--findings",
      String(FINDINGS),
      "--time-scale",
      "1000",
      "--seed",
      "memory",
    ]);
    try {
      const gate = await peakRss(
        [
          "check",
          "--policy",
          policy,
          "--template-arn",
          emulator.templateArn,
          "--endpoint",
          emulator.endpoint,
          "--run-name",
          "memory",
          "--poll-interval",
          "200ms",
          "--format",
          "json",
          "--output",
          join(dir, "report.json"),
          "--quiet",
        ],
        gateEnv(),
      );
      if (gate.code !== 0 && gate.code !== 1) throw new Error(`the gate exited ${gate.code}: ${gate.stderr}`);
      const mib = gate.maxRssKiB / 1024;
      rows.push({
        group,
        name: `peak RSS gating ${FINDINGS.toLocaleString("en-US")} findings (every one fetched)`,
        value: mib,
        unit: "MiB",
        target: `< ${TARGET_MIB} MiB`,
        pass: mib < TARGET_MIB,
        note: `node dist/cli.js check against the emulator in its own process; ${(gate.wallMs / 1000).toFixed(1)} s`,
      });
    } finally {
      await emulator.stop();
    }

    const file = join(dir, "findings.json");
    const bytes = await writeExport(file, FINDINGS);
    const offline = await peakRss(["check", "--policy", policy, "--findings", file], gateEnv());
    const mib = offline.maxRssKiB / 1024;
    rows.push({
      group,
      name: `peak RSS evaluating an export of ${FINDINGS.toLocaleString("en-US")} findings offline`,
      value: mib,
      unit: "MiB",
      target: `< ${TARGET_MIB} MiB`,
      pass: mib < TARGET_MIB,
      note: `check --findings on a ${(bytes / 2 ** 20).toFixed(0)} MiB file (streamed); ${(offline.wallMs / 1000).toFixed(1)} s`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
