/**
 * `npm run bench`: runs every bench/*.bench.ts module in turn, prints one table and writes
 * bench/results.json and bench/results.md (the table with the machine it ran on, for docs/bench.md).
 * Figures are measured side by side in one run; nothing here is asserted by a test.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchModule, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  loadAtStart: Number(loadavg()[0]?.toFixed(2) ?? 0),
};
const machineLine = `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}, load ${machine.loadAtStart} at start`;
process.stdout.write(`machine: ${machineLine}\n`);

const rows: BenchRow[] = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}\n`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  rows.push(...(await mod.run()));
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 3 : 1));
const table = [
  ["group", "figure", "value", "target", "result"],
  ...rows.map((r) => [
    r.group,
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.target ?? "",
    r.pass === undefined ? "" : r.pass ? "PASS" : "MISS",
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join("  ")}\n`);

const date = new Date().toISOString();
mkdirSync(join(here), { recursive: true });
writeFileSync(join(here, "results.json"), `${JSON.stringify({ date, machine, rows }, null, 2)}\n`);

// The same table in Markdown. Cells are our own text, but a pipe or a newline would still break a row.
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const markdown = [
  "<!-- written by `npm run bench` (bench/index.ts); do not edit -->",
  `Measured ${date.slice(0, 10)} on ${cell(machineLine)}${only.length > 0 ? ` (modules: ${cell(only.join(", "))})` : ""}.`,
  "",
  "| Area | Figure | Value | Target | Result | Note |",
  "| --- | --- | --: | --- | :-: | --- |",
  ...rows.map(
    (r) =>
      `| ${cell(r.group)} | ${cell(r.name)} | ${cell(`${fmt(r.value)} ${r.unit}`.trim())} | ${cell(r.target ?? "")} | ${
        r.pass === undefined ? "" : r.pass ? "PASS" : "**MISS**"
      } | ${cell(r.note ?? "")} |`,
  ),
  "",
].join("\n");
writeFileSync(join(here, "results.md"), markdown);

// A full run also refreshes the table in docs/bench.md (between its bench markers), so it always shows the
// last complete run and the machine it ran on.
if (only.length === 0) {
  const docPath = join(here, "..", "docs", "bench.md");
  const doc = readFileSync(docPath, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) {
    writeFileSync(docPath, `${doc.slice(0, from + start.length)}\n${markdown}${doc.slice(to)}`);
  }
}
