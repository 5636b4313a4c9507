import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // In CI, also write machine-readable results so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".tmp/vitest-results.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // Generated code (the policy schema validator) is checked by its freshness test, not by coverage.
      exclude: ["src/**/*.generated.ts"],
      reporter: ["text-summary"],
    },
  },
});
