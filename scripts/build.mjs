// Builds dist/: the CLI and the Action as self-contained ESM bundles; the library (dist/index.js) and the
// emulator (dist/emulator.js, the `inspector-gate/emulator` entry) as ESM bundles whose runtime
// dependencies stay external (npm installs them) and whose shared code (the error classes, ...) sits in
// one chunk under dist/chunks/, so `instanceof ConfigError` holds across both entries; and the type
// declarations of both.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });

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

await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts", action: "src/action/main.ts" },
  outdir: "dist",
  banner,
  splitting: false,
});

await build({
  ...common,
  entryPoints: { index: "src/index.ts", emulator: "src/emulator/index.ts" },
  outdir: "dist",
  packages: "external",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});

execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
