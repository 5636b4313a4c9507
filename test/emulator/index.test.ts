/**
 * The emulator's package entry, `inspector-gate/emulator`, as a user's code reaches it: resolved
 * through package.json "exports" to the built bundle, apart from the library's surface, with its
 * type declarations, and sharing the library's error classes.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

describe("inspector-gate/emulator", () => {
  it("is served by dist/emulator.js; the library no longer carries the emulator", () => {
    const script = [
      'import * as library from "inspector-gate";',
      'import { startEmulator } from "inspector-gate/emulator";',
      "const emulator = await startEmulator({ findings: 3 });",
      'const health = await (await fetch(emulator.endpoint + "/_emulator/health")).json();',
      "await emulator.stop();",
      "let error;",
      "try { await startEmulator({ port: -1 }); } catch (e) { error = e; }",
      "console.log(JSON.stringify({",
      '  inLibrary: "startEmulator" in library,',
      "  health,",
      "  endpoint: emulator.endpoint,",
      "  sameConfigError: error instanceof library.ConfigError,",
      "  code: error?.code,",
      "}));",
    ].join("\n");
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual({
      inLibrary: false,
      health: { status: "ok" },
      endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      sameConfigError: true,
      code: "EMULATOR_OPTION_INVALID",
    });
  });

  it("declares its types, and is published", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.exports["./emulator"]).toEqual({
      types: "./dist/types/emulator/index.d.ts",
      import: "./dist/emulator.js",
    });
    expect(pkg.files).toEqual(expect.arrayContaining(["dist/emulator.js", "dist/chunks/", "dist/types/"]));
    const types = readFileSync(join(ROOT, "dist/types/emulator/index.d.ts"), "utf8");
    expect(types).toMatch(
      /export declare function startEmulator\(options\?: EmulatorOptions\): Promise<Emulator>/,
    );
    expect(readFileSync(join(ROOT, "dist/types/index.d.ts"), "utf8")).not.toMatch(/emulator/i);
  });

  it("imports nothing but Node's modules and its shared chunk", () => {
    const bundle = readFileSync(join(ROOT, "dist/emulator.js"), "utf8");
    const imports = [...bundle.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((spec) => !/^node:|^\.\/chunks\//.test(spec!))).toEqual([]);
  });
});
