import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { formatReport } from "../../src/report/index.js";
import { CTX, injectionResult, PAYLOADS, SCENARIOS } from "./scenarios.js";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["testcase", "property", "testsuite"].includes(name),
  processEntities: true,
  htmlEntities: false,
});

/** The Jenkins xUnit plugin's JUnit schema (see test/fixtures/report/README.md). */
const XSD = readFileSync(new URL("../fixtures/report/junit-10.xsd", import.meta.url), "utf8");

/** Validates with libxml2 (xmllint, compiled to WebAssembly); returns its error messages. */
async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "junit.xml", contents: xml }], schema: [XSD] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

interface Case {
  name: string;
  classname: string;
  failure?: { message: string; type: string; "#text": string };
  error?: { message: string; type: string; "#text": string };
  "system-out"?: string;
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml);
  const suites = doc.testsuites;
  const suite = suites.testsuite[0];
  return { suites, suite, cases: (suite.testcase ?? []) as Case[] };
}

describe("JUnit XML against the Jenkins xUnit plugin's JUnit schema", () => {
  const all = { ...SCENARIOS, injection: injectionResult };
  it.each(Object.keys(all))("%s is valid", async (name) => {
    const xml = formatReport(all[name as keyof typeof all](), "junit", CTX);
    expect(await schemaErrors(xml)).toEqual([]);
  });

  it("the validator does reject what the schema forbids", async () => {
    const xml = formatReport(SCENARIOS.fail!(), "junit", CTX);
    const withFile = xml.replace(
      '<testcase classname="inspector-gate.severity"',
      '<testcase file="a.yml" classname="inspector-gate.severity"',
    );
    expect(withFile).not.toBe(xml);
    expect((await schemaErrors(withFile)).join("\n")).toMatch(/attribute 'file' is not allowed/);
    const skipped = xml.replace(
      '<testsuites name="inspector-gate"',
      '<testsuites skipped="0" name="inspector-gate"',
    );
    expect((await schemaErrors(skipped)).join("\n")).toMatch(/attribute 'skipped' is not allowed/);
  });
});

describe("JUnit XML", () => {
  it.each(Object.keys(SCENARIOS))("%s is well-formed and parses back", (name) => {
    const { suites, suite, cases } = parse(formatReport(SCENARIOS[name]!(), "junit", CTX));
    expect(Number(suites.tests)).toBe(cases.length);
    expect(Number(suite.tests)).toBe(cases.length);
    expect(Number(suite.failures)).toBe(cases.filter((c) => c.failure).length);
    expect(Number(suite.errors)).toBe(cases.filter((c) => c.error).length);
  });

  it("has a test case per severity limit and per rule; failures list the findings", () => {
    const { suite, cases } = parse(formatReport(SCENARIOS.fail!(), "junit", CTX));
    expect(cases.map((c) => c.name)).toEqual([
      "severity:High",
      "severity:Medium",
      "no-log4shell",
      "ssh-hardening",
      "no-telnet",
    ]);
    const high = cases[0]!;
    expect(high).toEqual(expect.objectContaining({ classname: "inspector-gate.severity", time: "0" }));
    expect(high.failure!.message).toBe("severity:High: 3 findings (max 0)");
    // Where the limit is defined is in the failure's text: the schema allows no file or line attribute.
    expect(high.failure!["#text"]).toContain("defined at .github/inspector-gate.yml:4");
    expect(high.failure!["#text"]).toContain("High CVE-2021-44228 Apache Log4j2 JNDI features");
    expect(high.failure!["#text"]).toContain("finding/0-golden001");
    expect(cases[1]!.failure!["#text"]).toContain("… and 11 more");
    // A violated warning-level rule does not fail the gate: it passes and says why in system-out.
    expect(cases[3]!.failure).toBeUndefined();
    expect(cases[3]!["system-out"]).toContain("warning: ssh-hardening: 2 findings (max 0)");
    expect(cases[4]!.failure).toBeUndefined();
    const props = Object.fromEntries(
      suite.properties.property.map((p: { name: string; value: string }) => [p.name, p.value]),
    );
    expect(props).toMatchObject({ verdict: "fail", exitCode: "1", "run.state": "COMPLETED" });
  });

  it("an error verdict is an <error> test case with the message", () => {
    const { cases, suite } = parse(formatReport(SCENARIOS.error!(), "junit", CTX));
    expect(cases).toHaveLength(1);
    expect(cases[0]!.error).toMatchObject({ type: "RUN_FAILED" });
    expect(cases[0]!.error!.message).toContain("ended in state FAILED");
    expect(suite.errors).toBe("1");
  });

  it("keeps hostile titles as text: no element, no illegal character, content round-trips", () => {
    const xml = formatReport(injectionResult(), "junit", CTX);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toContain("<img");
    expect(xml).not.toContain("<details>");
    const { cases } = parse(xml);
    const text = cases[0]!.failure!["#text"];
    expect(text).toContain(PAYLOADS[0]);
    expect(text).toContain("<details><summary>open me</summary>hidden</details>");
    expect(text).not.toContain("\u001b");
    expect(cases.map((c) => c.name)).toEqual(["severity:High", "evil"]);
  });
});
