import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/action/run.ts
async function run() {
  process.stderr.write("inspector-gate: the Action is not available in this build\n");
  process.exitCode = 1;
}

// src/action/main.ts
await run();
