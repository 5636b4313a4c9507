/**
 * `inspector-gate merge` over a fleet: 100 gates' JSON reports of 5,000 findings each (every finding's
 * fingerprint recorded, as under a baseline policy), merged into one verdict with the JSON report written,
 * as the merging job of a CI matrix runs it. The reports are one real gate's report, made distinct per gate
 * (its findings file and start time), so each is read, validated and combined in full. Wall time is the
 * median of a few rounds; peak RSS is measured once under GNU time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeExport } from "./lib/export.js";
import { CLI, median, requireDist, timeCommand } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const GATES = 100;
const FINDINGS = 5_000;
const ROUNDS = 3;

export async function run(): Promise<BenchRow[]> {
  requireDist();
  const dir = mkdtempSync(join(tmpdir(), "ig-bench-merge-"));
  try {
    await writeExport(join(dir, "findings.json"), FINDINGS);
    writeFileSync(
      join(dir, "policy.yml"),
      "version: 1\nbaseline: { new-only: true }\nfleet: { limits: total }\nseverity: { fail-on: High }\n",
    );
    const gate = await timeCommand(
      process.execPath,
      [CLI, "check", "--findings", "findings.json", "--policy", "policy.yml", "--json", "gate.json", "-q"],
      { cwd: dir, stdout: "ignore" },
    );
    if (gate.code !== 0 && gate.code !== 1) throw new Error(`the gate failed: ${gate.stderr}`);
    const report = JSON.parse(readFileSync(join(dir, "gate.json"), "utf8"));
    const bytes = readFileSync(join(dir, "gate.json")).length;
    const files: string[] = [];
    for (let i = 0; i < GATES; i++) {
      report.source.files[0].path = `account-${i}/findings.json`;
      report.timings.startedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
      const file = `gate-${String(i).padStart(3, "0")}.json`;
      writeFileSync(join(dir, file), JSON.stringify(report));
      files.push(file);
    }
    const args = [CLI, "merge", ...files, "--format", "json", "--output", "merged.json", "-q"];
    const times: number[] = [];
    let code: number | null = null;
    for (let round = -1; round < ROUNDS; round++) {
      const t = await timeCommand(process.execPath, args, { cwd: dir, stdout: "ignore" });
      code = t.code;
      if (code !== 0 && code !== 1) throw new Error(`merge failed: ${t.stderr}`);
      if (round >= 0) times.push(t.wallMs);
    }
    const rss = await timeCommand(process.execPath, args, { cwd: dir, stdout: "ignore", rss: true });
    const merged = JSON.parse(readFileSync(join(dir, "merged.json"), "utf8"));
    const note = `${GATES} reports of ${(bytes / 2 ** 10).toFixed(0)} KiB; merged ${merged.findings.total.toLocaleString("en-US")} findings, verdict ${merged.verdict} (exit ${code})`;
    return [
      {
        group: "merge",
        name: `merge ${GATES} reports × ${FINDINGS.toLocaleString("en-US")} findings (wall)`,
        value: Math.round(median(times)),
        unit: "ms",
        note,
      },
      {
        group: "merge",
        name: `merge ${GATES} reports × ${FINDINGS.toLocaleString("en-US")} findings (peak RSS)`,
        value: Math.round(rss.maxRssKiB / 1024),
        unit: "MiB",
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
