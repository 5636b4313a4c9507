/**
 * `npm test` checks that dist/ is what the sources build, without rebuilding dist/ in place: a
 * `node dist/cli.js` running meanwhile must always find its file.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");

function snapshot(): Map<string, number> {
  const files = readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(DIST, f)).isFile());
  return new Map(files.map((f) => [f, statSync(join(DIST, f)).mtimeMs]));
}

describe("scripts/check-dist.mjs", () => {
  it("builds elsewhere and compares: dist/ is never removed or rewritten", async () => {
    const before = snapshot();
    expect(before.size).toBeGreaterThan(3);
    let missing = 0;
    let polls = 0;
    const child = spawn(process.execPath, ["scripts/check-dist.mjs"], { cwd: ROOT, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    const poller = setInterval(() => {
      polls++;
      if (!existsSync(join(DIST, "cli.js")) || !existsSync(join(DIST, "index.js"))) missing++;
    }, 2);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearInterval(poller);
    expect(polls).toBeGreaterThan(10);
    expect(missing).toBe(0);
    expect(snapshot()).toEqual(before);
    // Fresh or stale, it says which, and nothing else happens to dist/.
    expect(output, output).toMatch(/dist\/ is (fresh|stale)/);
    expect([0, 1]).toContain(code);
  }, 120_000);
});
