/**
 * Golden files: the exact output of every format for each scenario. After an intended change, regenerate
 * with `UPDATE_GOLDEN=1 npx vitest run test/report` and review the diff like code.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatReport, planAnnotations } from "../../src/report/index.js";
import type { Format } from "../../src/report/types.js";
import { CTX, SCENARIOS } from "./scenarios.js";

const GOLDEN = fileURLToPath(new URL("../fixtures/report/golden/", import.meta.url));
const EXTENSIONS: Record<Format, string> = {
  text: "txt",
  json: "json",
  markdown: "md",
  sarif: "sarif",
  junit: "xml",
};

function matchGolden(name: string, actual: string): void {
  const path = `${GOLDEN}${name}`;
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    writeFileSync(path, actual);
    if (process.env.UPDATE_GOLDEN !== "1")
      throw new Error(`golden file ${name} was missing and has been written: review it`);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe.each(Object.keys(SCENARIOS))("golden: %s", (scenario) => {
  const result = SCENARIOS[scenario]!();
  it.each(Object.keys(EXTENSIONS) as Format[])("%s", (format) => {
    matchGolden(`${scenario}.${EXTENSIONS[format]}`, formatReport(result, format, CTX));
  });
  it("annotations", () => {
    matchGolden(`${scenario}.annotations.json`, `${JSON.stringify(planAnnotations(result, CTX), null, 2)}\n`);
  });
});

describe("golden: colour", () => {
  it("text with ANSI colour", () => {
    matchGolden("fail.color.txt", formatReport(SCENARIOS.fail!(), "text", { ...CTX, color: true }));
  });
});
