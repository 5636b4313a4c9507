// Builds dist/: the CLI and the Action as self-contained ESM bundles, the library as an ESM bundle whose
// runtime dependencies stay external (npm installs them), and the library's type declarations.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { build } from "esbuild";

// The policy schema's validator, compiled ahead of time into src/ (committed, checked fresh like dist/).
execFileSync(process.execPath, ["scripts/generate-validator.mjs"], { stdio: "inherit" });

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
  entryPoints: { index: "src/index.ts" },
  outdir: "dist",
  packages: "external",
});

execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
