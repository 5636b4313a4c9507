// `npm run bench [prefix...]`: runs bench/index.ts under tsx with the GC exposed (memory figures).
import { spawnSync } from "node:child_process";

const r = spawnSync(
  process.execPath,
  ["--expose-gc", "--import", "tsx", "bench/index.ts", ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exit(r.status ?? 1);
