// Fails when dist/ (or the generated policy validator) differs from a fresh build of the sources: what is
// committed must be what they build.
import { execFileSync } from "node:child_process";

execFileSync("node", ["scripts/build.mjs"], { stdio: "inherit" });
const status = execFileSync(
  "git",
  [
    "status",
    "--porcelain",
    "--untracked-files=all",
    "--",
    "dist",
    "src/policy/schema-validator.generated.ts",
  ],
  { encoding: "utf8" },
);
if (status.trim() !== "") {
  process.stderr.write(
    `dist/ is stale: a fresh build differs from what is committed:\n${status}\nRun 'npm run build' and commit dist/ (and src/policy/schema-validator.generated.ts).\n`,
  );
  process.exit(1);
}
process.stdout.write("dist/ is fresh\n");
