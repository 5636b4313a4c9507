/**
 * State files: an account saved on stop comes back the same (runs in progress resume where they
 * were), a hand-written file replays an exported account, and a broken file is a ConfigError that
 * names the file and every bad path.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AddAttributesToFindingsCommand,
  CreateAssessmentTargetCommand,
  DescribeAssessmentRunsCommand,
  DescribeFindingsCommand,
  ListAssessmentTargetsCommand,
  ListFindingsCommand,
  StartAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.js";
import { describeRun, PAST_ANY_RUN_MS, runToEnd, startTestEmulator } from "../../helpers/emulator.js";
import { VirtualClock } from "../../helpers/virtual-clock.js";

const dir = mkdtempSync(join(tmpdir(), "inspector-gate-emulator-state-"));

describe("saving and loading", () => {
  it("brings back the account, its runs, findings and user attributes; runs in progress resume", async () => {
    const path = join(dir, "account.json");
    const clock = new VirtualClock();
    const first = await startTestEmulator({ statePath: path, findings: 30, seed: "saved", clock });
    const done = await runToEnd(first);
    const findings = first.emulator.findingsOf(done);
    await first.client.send(
      new AddAttributesToFindingsCommand({
        findingArns: [findings[5]!.arn!],
        attributes: [{ key: "ticket", value: "T-9" }],
      }),
    );
    await first.client.send(new CreateAssessmentTargetCommand({ assessmentTargetName: "extra" }));
    const { assessmentRunArn: running } = await first.client.send(
      new StartAssessmentRunCommand({ assessmentTemplateArn: first.emulator.seeded.templateArn }),
    );
    clock.advance(100_000); // collecting data
    const before = await first.client.send(
      new DescribeAssessmentRunsCommand({ assessmentRunArns: [done, running!] }),
    );
    const truth = first.emulator.findingsOf(done);
    await first.stop();
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({
      format: "inspector-gate-emulator-state",
      version: 1,
    });

    const second = await startTestEmulator({ statePath: path, findings: 999, seed: "ignored", clock });
    try {
      expect(second.emulator.seeded).toEqual(first.emulator.seeded);
      const after = await second.client.send(
        new DescribeAssessmentRunsCommand({ assessmentRunArns: [done, running!] }),
      );
      expect(after.assessmentRuns).toEqual(before.assessmentRuns);
      expect(second.emulator.findingsOf(done)).toEqual(truth);
      expect(truth[5]!.userAttributes).toContainEqual({ key: "ticket", value: "T-9" });
      const targets = await second.client.send(new ListAssessmentTargetsCommand({}));
      expect(targets.assessmentTargetArns).toHaveLength(2);
      // The run in progress carries on from where it was, and new ids do not collide.
      clock.advance(PAST_ANY_RUN_MS);
      expect((await describeRun(second.client, running!)).state).toBe("COMPLETED");
      expect(second.emulator.findingsOf(running!)).toHaveLength(30);
      const fresh = await runToEnd(second);
      expect([done, running]).not.toContain(fresh);
    } finally {
      await second.stop();
    }
  });

  it("replays a hand-written account with explicit findings (ISO or epoch timestamps)", async () => {
    const path = join(dir, "replay.json");
    const target = "arn:aws:inspector:us-west-2:123456789012:target/0-Tgt00001";
    const template = `${target}/template/0-Tpl00001`;
    const run = `${template}/run/0-Run00001`;
    const cve = "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p";
    const finding = (id: string, severity: string, extra: Record<string, unknown> = {}) => ({
      arn: `${run}/finding/0-${id}`,
      id: `CVE-2024-${id.slice(-4)}`,
      severity,
      title: `<b>${id}</b>`,
      createdAt: "2025-06-01T10:00:00Z",
      serviceAttributes: { schemaVersion: 1, assessmentRunArn: run, rulesPackageArn: cve },
      assetAttributes: { schemaVersion: 1, agentId: "i-0123456789abcdef0", hostname: "web-1" },
      attributes: [{ key: "CVE_ID", value: `CVE-2024-${id.slice(-4)}` }],
      userAttributes: [],
      ...extra,
    });
    writeFileSync(
      path,
      JSON.stringify({
        assessmentTargets: [{ arn: target, name: "prod", createdAt: 1748772000 }],
        assessmentTemplates: [
          {
            arn: template,
            name: "weekly",
            assessmentTargetArn: target,
            durationInSeconds: 3600,
            rulesPackageArns: [cve],
            createdAt: "2025-06-01T09:00:00Z",
          },
        ],
        assessmentRuns: [
          {
            arn: run,
            name: "week 22",
            assessmentTemplateArn: template,
            rulesPackageArns: [cve],
            createdAt: "2025-06-01T09:00:00Z",
            state: "COMPLETED",
            stateChangedAt: "2025-06-01T10:00:00Z",
            findings: [
              finding("Fnd00001", "High"),
              finding("Fnd00002", "Low", { createdAt: 1748772600 }),
              finding("Fnd00003", "High"),
            ],
          },
        ],
      }),
    );
    const t = await startTestEmulator({ statePath: path });
    try {
      expect(t.emulator.seeded.templateArn).toBe(template);
      const described = await describeRun(t.client, run);
      expect(described).toMatchObject({
        state: "COMPLETED",
        name: "week 22",
        findingCounts: { High: 2, Low: 1 },
      });
      const high = await t.client.send(
        new ListFindingsCommand({ assessmentRunArns: [run], filter: { severities: ["High"] } }),
      );
      expect(high.findingArns).toEqual([`${run}/finding/0-Fnd00001`, `${run}/finding/0-Fnd00003`]);
      const out = await t.client.send(
        new DescribeFindingsCommand({ findingArns: [`${run}/finding/0-Fnd00002`] }),
      );
      expect(out.findings?.[0]).toMatchObject({ title: "<b>Fnd00002</b>", severity: "Low" });
      expect(out.findings?.[0]?.createdAt).toEqual(new Date(1748772600 * 1000));
    } finally {
      await t.stop();
    }
  });

  it("starts fresh when the file does not exist yet, and writes it on stop", async () => {
    const path = join(dir, "new.json");
    const t = await startTestEmulator({ statePath: path, seed: "fresh" });
    await t.stop();
    const saved = JSON.parse(readFileSync(path, "utf8")) as { seed: string; seeded: unknown };
    expect(saved.seed).toBe("fresh");
    expect(saved.seeded).toMatchObject({ templateArn: t.emulator.seeded.templateArn });
  });
});

describe("broken state files", () => {
  it("not JSON: a ConfigError naming the file", async () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, "{ nope");
    const error = await startTestEmulator({ statePath: path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(path);
    expect((error as ConfigError).exitCode).toBe(2);
  });

  it("bad entries: a ConfigError listing each bad path", async () => {
    const path = join(dir, "bad.json");
    writeFileSync(
      path,
      JSON.stringify({
        assessmentTargets: [
          { arn: "arn:t", name: "", createdAt: "yesterday", resourceGroupArn: "arn:missing" },
        ],
        assessmentTemplates: [{ arn: "arn:x", name: "n", assessmentTargetArn: "arn:nowhere", createdAt: 1 }],
        assessmentRuns: [
          {
            arn: "arn:r",
            name: "r",
            assessmentTemplateArn: "arn:x",
            createdAt: 1,
            findings: [{ severity: "Critical" }],
          },
        ],
      }),
    );
    const error = (await startTestEmulator({ statePath: path }).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`invalid emulator state file ${path}`);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        "assessmentTargets[0].resourceGroupArn: no resource group arn:missing in resourceGroups",
        "assessmentTargets[0].name: expected a non-empty string",
        "assessmentTargets[0].createdAt: expected a timestamp (epoch seconds or ISO-8601)",
        "assessmentTemplates[0].assessmentTargetArn: no assessment target arn:nowhere in assessmentTargets",
        "assessmentTemplates[0].durationInSeconds: expected a number",
        "assessmentRuns[0].findings[0].severity: expected one of Undefined, Informational, Low, Medium, High",
        "assessmentRuns[0].findings[0].arn: expected a non-empty string",
      ]),
    );
  });
});
