// Fails when dist/ (or the generated policy validator) differs from a fresh build of the sources: what is
// committed must be what they build.
// The fresh build goes to a temporary directory and is compared with dist/ file by file; dist/ itself is
// never touched, so a `node dist/cli.js` running meanwhile is not disturbed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesUnder } from "./files.mjs";
import { GENERATED, validatorSource } from "./generate-validator.mjs";

const fresh = mkdtempSync(join(tmpdir(), "inspector-gate-dist-"));
try {
  execFileSync(process.execPath, ["scripts/build.mjs", "--out", fresh], { stdio: "inherit" });
  const built = filesUnder(fresh);
  const committed = filesUnder("dist");
  const problems = [
    ...(readFileSync(GENERATED, "utf8") === validatorSource()
      ? []
      : [`differs from what the schema generates: ${GENERATED}`]),
    ...built.filter((f) => !committed.includes(f)).map((f) => `missing from dist/: ${f}`),
    ...committed.filter((f) => !built.includes(f)).map((f) => `not built any more: dist/${f}`),
    ...built
      .filter((f) => committed.includes(f))
      .filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join("dist", f))))
      .map((f) => `differs from a fresh build: dist/${f}`),
  ];
  if (problems.length > 0) {
    process.stderr.write(
      `dist/ is stale:\n${problems.map((p) => `  ${p}`).join("\n")}\nRun 'npm run build' and commit dist/ (and the generated validator).\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write("dist/ is fresh\n");
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
