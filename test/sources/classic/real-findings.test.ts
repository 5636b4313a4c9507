/**
 * The shipped presets on real Inspector Classic findings, offline (the export as `aws inspector
 * describe-findings` prints it) and online (the same findings served over HTTP): they fail on the
 * findings they exist to catch, and both ways give the same verdict. The fixtures hold the service's own
 * DescribeFindings example and findings in the shape real ones have (a CVE finding carrying the real
 * us-east-1 CVE package ARN and no package name; a Security Best Practices finding whose only attribute
 * is INSTANCE_ID, its rule named by its id).
 */
import { readFileSync } from "node:fs";
import type { InspectorClient } from "@aws-sdk/client-inspector";
import { afterEach, describe, expect, it } from "vitest";
import { runGate } from "../../../src/gate.js";
import type { GateResult } from "../../../src/result.js";
import { type HostileInspector, startHostileInspector, type Wire } from "../../helpers/hostile-inspector.js";
import { VirtualClock } from "../../helpers/virtual-clock.js";
import { policy } from "../../integration/harness.js";

const FIXTURES = new URL("../../fixtures/classic/", import.meta.url);
const LOG4J_AND_ROOT_SSH = new URL("log4j-and-root-ssh.json", FIXTURES).pathname;
const SERVICE_EXAMPLE = new URL("service-example.json", FIXTURES).pathname;

const servers: HostileInspector[] = [];
const clients: InspectorClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.close();
});

const presetPolicy = (preset: string) =>
  policy(`version: 1\nname: real\nextends: [inspector-gate:${preset}]\n`);

async function offline(preset: string, file: string): Promise<GateResult> {
  return runGate({ policy: await presetPolicy(preset), source: { kind: "file", files: [file] } });
}

async function online(preset: string, file: string): Promise<GateResult> {
  // On the wire, timestamps are epoch seconds (the CLI prints them as text).
  const epoch = (t: unknown) => (/^[0-9.]+$/.test(String(t)) ? Number(t) : Date.parse(String(t)) / 1000);
  const findings = (JSON.parse(readFileSync(file, "utf8")) as { findings: Wire[] }).findings.map((f) => ({
    ...f,
    createdAt: epoch(f.createdAt),
    updatedAt: epoch(f.updatedAt),
  }));
  const server = await startHostileInspector({ findings, existing: true });
  servers.push(server);
  const client = server.client(1);
  clients.push(client);
  return runGate(
    { policy: await presetPolicy(preset), source: { kind: "run", runArn: server.runArn } },
    { clients: { inspector: client }, clock: new VirtualClock(), random: () => 0.5 },
  );
}

const violated = (r: GateResult) => [...new Set(r.evaluation?.violations.map((v) => v.ruleId))].sort();

describe.each([
  ["offline", offline],
  ["online", online],
] as const)("the shipped presets on real findings (%s)", (_how, gate) => {
  it("cve fails on a Medium CVE-2021-44228 (known exploited, whatever its severity)", async () => {
    const result = await gate("cve", LOG4J_AND_ROOT_SSH);
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(result.exitCode).toBe(1);
    expect(violated(result)).toEqual(["cve-known-exploited"]);
  });

  it("security-best-practices fails on a real 'Disable root login over SSH' finding", async () => {
    const result = await gate("security-best-practices", LOG4J_AND_ROOT_SSH);
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("fail");
    expect(violated(result)).toEqual(["sbp-ssh"]);
  });

  it("the service's own example (no issue found) passes the default preset", async () => {
    const result = await gate("default", SERVICE_EXAMPLE);
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(result.findings.evaluated).toBe(1);
  });
});

describe("a rules package no table names", () => {
  it("is said in the result, never silently a non-match (the example's retired us-west-2 package)", async () => {
    const result = await offline("cve", SERVICE_EXAMPLE);
    expect(result.warnings.join("\n")).toContain(
      "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-X1KXtawP",
    );
    expect(result.warnings.join("\n")).toMatch(/rules package name is unknown/);
  });
});
