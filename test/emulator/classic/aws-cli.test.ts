/**
 * The AWS CLI as a second, independent client (botocore's own serializers, signer, paginators and
 * error parser): start a run, wait for it, list findings with pagination, describe them, and read
 * an error. Virtual time cannot cross processes, so the emulator runs on the real clock with a high
 * time scale. Skipped only when `aws` is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../src/emulator/index.js";
import { awsClient, hasAwsCli } from "../../helpers/aws-cli.js";

let emulator: Emulator;

/** botocore prints timestamps as epoch seconds (CLI v1) or ISO-8601 (v2). */
function ms(value: unknown): number {
  return typeof value === "number" ? Math.round(value * 1000) : Date.parse(String(value));
}

const aws = awsClient("inspector", () => emulator.endpoint);

describe.skipIf(!hasAwsCli())("the AWS CLI against the emulator", () => {
  let runArn: string;

  beforeAll(async () => {
    emulator = await startEmulator({ findings: 137, timeScale: 4000, seed: "aws-cli" });
  });

  afterAll(async () => {
    await emulator?.stop();
  });

  it("starts a run and waits for it to complete", async () => {
    const started = await aws([
      "start-assessment-run",
      "--assessment-template-arn",
      emulator.seeded.templateArn,
      "--assessment-run-name",
      "from the cli",
    ]);
    expect(started.stderr).toBe("");
    runArn = started.json["assessmentRunArn"] as string;
    expect(runArn.startsWith(`${emulator.seeded.templateArn}/run/0-`)).toBe(true);
    let run: Record<string, unknown> = {};
    for (let i = 0; i < 20; i++) {
      const out = await aws(["describe-assessment-runs", "--assessment-run-arns", runArn]);
      run = (out.json["assessmentRuns"] as Record<string, unknown>[])[0]!;
      if (run["state"] === "COMPLETED") break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(run["state"]).toBe("COMPLETED");
    expect(run["name"]).toBe("from the cli");
    const counts = run["findingCounts"] as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(137);
    // botocore parsed the epoch-second timestamps.
    expect(ms(run["completedAt"])).toBeGreaterThan(ms(run["createdAt"]));
  });

  it("lists findings page by page (--filter, --page-size, --max-items, --starting-token)", async () => {
    const truth = emulator
      .findingsOf(runArn)
      .filter((f) => f.severity === "High" || f.severity === "Low")
      .map((f) => f.arn);
    expect(truth.length).toBeGreaterThan(30);
    const list = [
      "list-findings",
      "--assessment-run-arns",
      runArn,
      "--filter",
      '{"severities":["High","Low"]}',
    ];
    const first = await aws([...list, "--page-size", "10", "--max-items", "25"]);
    expect(first.json["findingArns"]).toEqual(truth.slice(0, 25));
    const token = first.json["NextToken"] as string;
    expect(token).toBeTruthy();
    const rest = await aws([...list, "--starting-token", token]);
    expect(rest.json["findingArns"]).toEqual(truth.slice(25));
    expect(rest.json["NextToken"]).toBeUndefined();
  });

  it("describes findings", async () => {
    const truth = emulator.findingsOf(runArn).slice(0, 3);
    const out = await aws(["describe-findings", "--finding-arns", ...truth.map((f) => f.arn!)]);
    const findings = out.json["findings"] as Record<string, unknown>[];
    expect(out.json["failedItems"]).toEqual({});
    expect(findings.map((f) => [f["arn"], f["id"], f["severity"], f["title"]])).toEqual(
      truth.map((f) => [f.arn, f.id, f.severity, f.title]),
    );
    expect(ms(findings[0]!["createdAt"])).toBe(truth[0]!.createdAt!.getTime());
  });

  it("reports a modeled error by its code", async () => {
    const missing = `${emulator.seeded.templateArn.slice(0, -8)}AAAAAAAA`;
    const out = await aws(["start-assessment-run", "--assessment-template-arn", missing]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain(
      "An error occurred (NoSuchEntityException) when calling the StartAssessmentRun operation",
    );
  });
});
