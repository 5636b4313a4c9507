// Builds dist/: the CLI and the Action as self-contained ESM bundles; the library (dist/index.js) and the
// emulator (dist/emulator.js, the `inspector-gate/emulator` entry) as ESM bundles whose runtime
// dependencies stay external (npm installs them) and whose shared code (the error classes, ...) sits in
// one chunk under dist/chunks/, so `instanceof ConfigError` holds across both entries; and the type
// declarations of both.
//
// `node scripts/build.mjs [--out DIR]`: the build is made in a fresh temporary directory, then moved into
// place (DIR, default dist/) file by file, so a `node dist/cli.js` running meanwhile always finds a whole
// bundle. scripts/check-dist.mjs builds into a directory of its own and compares.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { filesUnder } from "./files.mjs";

const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
const out = resolve(values.out);

// The policy schema's validator, compiled ahead of time into src/ (committed, checked fresh like dist/).
// A build into another folder (check-dist's) builds from the committed module as it is.
if (out === resolve("dist")) {
  execFileSync(process.execPath, ["scripts/generate-validator.mjs"], { stdio: "inherit" });
}

// Bundled CommonJS dependencies (ajv, the SDK's helpers) call require(); give ESM a real one.
const banner = {
  js: [
    'import { createRequire as __igCreateRequire } from "node:module";',
    "const require = __igCreateRequire(import.meta.url);",
  ].join("\n"),
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  logLevel: "warning",
  legalComments: "none",
  charset: "utf8",
};

async function buildInto(dir) {
  await build({
    ...common,
    entryPoints: { cli: "src/cli/main.ts", action: "src/action/main.ts" },
    outdir: dir,
    banner,
    splitting: false,
  });
  await build({
    ...common,
    entryPoints: { index: "src/index.ts", emulator: "src/emulator/index.ts" },
    outdir: dir,
    packages: "external",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  });
  execFileSync(
    process.execPath,
    ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--outDir", join(dir, "types")],
    { stdio: "inherit" },
  );
}

// The temporary directory sits beside the target, so the moves below are renames on one file system.
mkdirSync(dirname(out), { recursive: true });
const staging = mkdtempSync(join(dirname(out), ".build-"));
try {
  await buildInto(staging);
  const built = filesUnder(staging);
  mkdirSync(out, { recursive: true });
  for (const file of built) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    renameSync(join(staging, file), join(out, file));
  }
  // Files of an earlier build that this one no longer makes.
  const keep = new Set(built);
  for (const file of filesUnder(out)) if (!keep.has(file)) rmSync(join(out, file));
  for (const dir of readdirSync(out, { recursive: true })
    .map((d) => join(out, String(d)))
    .reverse()) {
    if (statSync(dir).isDirectory() && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
