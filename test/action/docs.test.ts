/**
 * Keeps the documentation and the code honest with action.yml: the inputs and outputs tables, the
 * defaults the input reader applies, and the IAM policy listing exactly the Inspector operations the gate
 * calls.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEPRECATED_INPUTS, INPUT_DEFAULTS } from "../../src/action/inputs.js";
import { DEPRECATED_OUTPUTS } from "../../src/action/report.js";
import { HELP as CHECK_HELP } from "../../src/cli/commands/check.js";

const root = join(import.meta.dirname, "../..");
const DOC = "README.md";

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as ActionYml;
const doc = readFileSync(join(root, DOC), "utf8");

const normalise = (text: string) => text.replace(/`/g, "").replace(/\s+/g, " ").trim();

/** The rows of the first Markdown table after `heading`, as arrays of cells. */
function table(markdown: string, heading: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(heading);
  expect(start, `${DOC} has a '${heading}' section`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("## ")) break;
    if (line.startsWith("|")) {
      inTable = true;
      rows.push(
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim()),
      );
    } else if (inTable) break;
  }
  return rows.slice(2); // header and separator
}

const expectedInputsTable = () =>
  Object.entries(action.inputs)
    .map(([name, input]) => {
      const value = input.default ?? "";
      return `| \`${name}\` | ${value === "" ? "(empty)" : `\`${value}\``} | ${normalise(input.description)} |`;
    })
    .join("\n");

describe("action.yml", () => {
  it("runs the bundle on node24 and has a name, description and branding", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/action.js" });
    expect(action.name).toBe("inspector-gate");
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it("declares every input and output of the Action, each described, inputs with defaults", () => {
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining([
        "policy",
        "run-arn",
        "template-arn",
        "run-name",
        "latest",
        "max-age",
        "timeout",
        "poll-interval",
        "on-timeout",
        "allow-partial",
        "concurrency",
        "region",
        "endpoint",
        "warn-only",
        "comment-on-pr",
        "github-token",
        "findings",
        "json",
        "sarif",
        "junit",
      ]),
    );
    expect(Object.keys(action.outputs)).toEqual([
      "verdict",
      "exit-code",
      "run-arn",
      "finding-count",
      "violations",
      "counts",
      "json",
      "sarif",
      "junit",
      ...Object.keys(DEPRECATED_OUTPUTS),
    ]);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name, "kebab-case").toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(input.description, `${name} is described`).toBeTruthy();
      expect(typeof input.default, `${name} has a default`).toBe("string");
      expect(input.required ?? false, `${name} is optional`).toBe(false);
    }
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.description, `${name} is described`).toBeTruthy();
    }
  });

  it("speaks the CLI's vocabulary: an input is named as its check flag without --", () => {
    // merge is the CLI's merge command, not a check flag.
    const actionOnly = ["comment-on-pr", "github-token", "merge", "merge-expect"];
    const deprecated = Object.keys(DEPRECATED_INPUTS);
    const shared = Object.keys(action.inputs).filter(
      (n) => !actionOnly.includes(n) && !deprecated.includes(n),
    );
    expect(shared.length).toBeGreaterThan(10);
    for (const name of shared) expect(CHECK_HELP, `check has --${name}`).toMatch(new RegExp(`--${name}\\b`));
  });

  it("keeps the names of earlier versions, each described as deprecated and pointing at its replacement", () => {
    for (const [old, name] of Object.entries(DEPRECATED_INPUTS)) {
      expect(action.inputs[name], `${name} exists`).toBeDefined();
      expect(action.inputs[old]?.description).toBe(
        `Deprecated name of ${name} (a warning says so when it is used).`,
      );
    }
    for (const [old, name] of Object.entries(DEPRECATED_OUTPUTS)) {
      expect(action.outputs[name], `${name} exists`).toBeDefined();
      expect(action.outputs[old]?.description).toBe(`Deprecated name of ${name}.`);
    }
  });

  it("has the defaults the input reader applies", () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, input.default]),
    );
    expect(declared).toEqual(INPUT_DEFAULTS);
  });
});

describe(DOC, () => {
  it("has an inputs table that matches action.yml", () => {
    const rows = table(doc, "### Inputs");
    const names = rows.map((row) => row[0]?.replace(/`/g, ""));
    expect(names, `expected table:\n${expectedInputsTable()}`).toEqual(Object.keys(action.inputs));
    for (const [name, defaultCell, description] of rows) {
      const input = action.inputs[(name ?? "").replace(/`/g, "")];
      const value = input?.default ?? "";
      expect(defaultCell, `default of ${name}`).toBe(value === "" ? "(empty)" : `\`${value}\``);
      expect(normalise(description ?? ""), `description of ${name}`).toBe(
        normalise(input?.description ?? ""),
      );
    }
  });

  it("has an outputs table that matches action.yml", () => {
    const rows = table(doc, "### Outputs");
    expect(rows.map((row) => row[0]?.replace(/`/g, ""))).toEqual(Object.keys(action.outputs));
    for (const [name, description] of rows) {
      const output = action.outputs[(name ?? "").replace(/`/g, "")];
      expect(normalise(description ?? ""), `description of ${name}`).toBe(
        normalise(output?.description ?? ""),
      );
    }
  });
});
