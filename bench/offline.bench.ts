/**
 * Offline evaluation of 100,000 exported findings (the JSON `aws inspector describe-findings` prints), as a
 * user runs it: `node dist/cli.js check --findings FILE --policy ...`, with the shipped default policy and
 * with the policy bench's 50-rule policy. Compared, side by side in the same rounds, with the floor (a bare
 * node process that reads the file, JSON.parse()s it and loops over the findings counting High ones) and
 * with jq counting High findings (what people script today). Each figure is the median of several rounds;
 * each ratio is the median of the rounds' ratios.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeExport } from "./lib/export.js";
import { CLI, median, ROOT, requireDist, timeCommand } from "./lib/measure.js";
import { benchPolicyText } from "./policy.bench.js";
import type { BenchRow } from "./types.js";

const FINDINGS = 100_000;
const ROUNDS = 7;

const FLOOR = `
const { readFileSync } = require("node:fs");
const doc = JSON.parse(readFileSync(process.argv[1], "utf8"));
let high = 0;
for (const f of doc.findings) if (f.severity === "High") high++;
process.stdout.write(high + "\\n");
`;

function hasJq(): boolean {
  try {
    execFileSync("jq", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function run(): Promise<BenchRow[]> {
  requireDist();
  const dir = mkdtempSync(join(tmpdir(), "ig-bench-offline-"));
  try {
    const file = join(dir, "findings.json");
    const bytes = await writeExport(file, FINDINGS);
    const fiftyRules = join(dir, "fifty-rules.yml");
    writeFileSync(fiftyRules, benchPolicyText());
    const defaultPolicy = join(ROOT, "policies/default.yml");
    const jq = hasJq();

    const commands: Record<string, [string, string[]]> = {
      floor: [process.execPath, ["-e", FLOOR, file]],
      defaultPolicy: [process.execPath, [CLI, "check", "--findings", file, "--policy", defaultPolicy]],
      fiftyRules: [process.execPath, [CLI, "check", "--findings", file, "--policy", fiftyRules]],
      ...(jq ? { jq: ["jq", ['[.findings[] | select(.severity == "High")] | length', file]] } : {}),
    } as Record<string, [string, string[]]>;
    const names = Object.keys(commands);
    const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const codes: Record<string, number | null> = {};
    // One warm-up round (file cache), then rounds in rotating order.
    for (let round = -1; round < ROUNDS; round++) {
      const order = names.map((_, i) => names[(i + Math.max(0, round)) % names.length]!);
      for (const name of order) {
        const [command, args] = commands[name]!;
        const t = await timeCommand(command, args, { stdout: "ignore" });
        codes[name] = t.code;
        if (round >= 0) times[name]!.push(t.wallMs);
      }
    }
    const ratio = (name: string) => median(times[name]!.map((t, i) => t / times.floor![i]!));
    const rss = async (name: string) => {
      const [command, args] = commands[name]!;
      return (await timeCommand(command, args, { stdout: "ignore", rss: true })).maxRssKiB / 1024;
    };

    const group = "offline";
    const mb = (bytes / 2 ** 20).toFixed(0);
    const rows: BenchRow[] = [
      {
        group,
        name: `floor: node JSON.parse + loop, ${FINDINGS.toLocaleString("en-US")} findings (${mb} MiB export)`,
        value: median(times.floor!),
        unit: "ms",
        note: `median of ${ROUNDS} runs, process start to exit`,
      },
    ];
    if (jq) {
      rows.push({
        group,
        name: "jq counting High findings",
        value: median(times.jq!),
        unit: "ms",
        note: `${ratio("jq").toFixed(2)}× the floor`,
      });
    }
    for (const [name, label] of [
      ["defaultPolicy", "check --findings, default policy"],
      ["fiftyRules", "check --findings, 50-rule policy"],
    ] as const) {
      rows.push(
        {
          group,
          name: label,
          value: median(times[name]!),
          unit: "ms",
          note: `exit ${codes[name]}; ${jq ? `${(median(times[name]!) / median(times.jq!)).toFixed(2)}× jq; ` : ""}peak RSS ${(await rss(name)).toFixed(0)} MiB`,
        },
        {
          group,
          name: `${label}: time vs the floor`,
          value: ratio(name),
          unit: "×",
          target: "≤ 1.5×",
          pass: ratio(name) <= 1.5,
        },
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
