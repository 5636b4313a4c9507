import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import type { CliIo } from "../../src/cli/io.js";
import { VERSION } from "../../src/version.js";

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stderrIsTTY: false,
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal,
  };
  return { io, out: () => out, err: () => err };
}

describe("cli dispatcher", () => {
  it("prints the package version", async () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const c = capture();
    expect(await main(["--version"], c.io)).toBe(0);
    expect(c.out()).toBe(`${pkg.version}\n`);
  });

  it("prints usage on stdout for --help and exits 0", async () => {
    const c = capture();
    expect(await main(["--help"], c.io)).toBe(0);
    expect(c.out()).toContain("Usage: inspector-gate <command>");
    expect(c.err()).toBe("");
  });

  it("exits 2 with usage on stderr when no command is given", async () => {
    const c = capture();
    expect(await main([], c.io)).toBe(2);
    expect(c.err()).toContain("Usage: inspector-gate <command>");
    expect(c.out()).toBe("");
  });

  it("names an unknown command and the expected ones", async () => {
    const c = capture();
    expect(await main(["chek"], c.io)).toBe(2);
    expect(c.err()).toContain(
      "unknown command 'chek': expected one of check, baseline, merge, validate, demo, emulator",
    );
  });
});
