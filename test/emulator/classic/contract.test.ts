/**
 * Contract: every operation through the real @aws-sdk/client-inspector over HTTP, paginators
 * included. After each test, every raw response recorded is held against the service model
 * (outputs, and error bodies against the errors the operation declares).
 */
import {
  AddAttributesToFindingsCommand,
  CreateAssessmentTargetCommand,
  CreateAssessmentTemplateCommand,
  CreateExclusionsPreviewCommand,
  CreateResourceGroupCommand,
  DeleteAssessmentRunCommand,
  DeleteAssessmentTargetCommand,
  DeleteAssessmentTemplateCommand,
  DescribeAssessmentRunsCommand,
  DescribeAssessmentTargetsCommand,
  DescribeAssessmentTemplatesCommand,
  DescribeCrossAccountAccessRoleCommand,
  DescribeExclusionsCommand,
  DescribeFindingsCommand,
  DescribeResourceGroupsCommand,
  DescribeRulesPackagesCommand,
  type Finding,
  GetAssessmentReportCommand,
  GetTelemetryMetadataCommand,
  ListAssessmentRunAgentsCommand,
  ListAssessmentRunsCommand,
  ListFindingsCommand,
  ListTagsForResourceCommand,
  paginateGetExclusionsPreview,
  paginateListAssessmentRunAgents,
  paginateListAssessmentRuns,
  paginateListAssessmentTargets,
  paginateListAssessmentTemplates,
  paginateListEventSubscriptions,
  paginateListExclusions,
  paginateListFindings,
  paginateListRulesPackages,
  paginatePreviewAgents,
  RegisterCrossAccountAccessRoleCommand,
  RemoveAttributesFromFindingsCommand,
  SetTagsForResourceCommand,
  StartAssessmentRunCommand,
  StopAssessmentRunCommand,
  SubscribeToEventCommand,
  UnsubscribeFromEventCommand,
  UpdateAssessmentTargetCommand,
} from "@aws-sdk/client-inspector";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  collect,
  describeRun,
  runToEnd,
  startTestEmulator,
  type TestEmulator,
} from "../../helpers/emulator.js";
import { errorProblems, MODEL, outputProblems } from "../../helpers/shape-check.js";

let t: TestEmulator;
const seen = new Set<string>();

beforeAll(async () => {
  t = await startTestEmulator({ findings: 230, agents: 5, unhealthyAgents: 1, seed: "contract" });
});

afterAll(async () => {
  await t.stop();
  // Every operation of the model went through the SDK and had its responses checked.
  expect(Object.keys(MODEL.operations).filter((op) => !seen.has(op))).toEqual([]);
});

afterEach(() => {
  const problems: string[] = [];
  for (const r of t.responses.splice(0)) {
    seen.add(r.operation);
    expect(r.headers["x-amzn-requestid"], `${r.operation} x-amzn-RequestId`).toMatch(/^[0-9a-f-]{36}$/);
    const found = r.status === 200 ? outputProblems(r.operation, r.body) : errorProblems(r.operation, r.body);
    problems.push(...found.map((p) => `${r.operation} (${r.status}): ${p}`));
  }
  expect(problems).toEqual([]);
});

describe("rules packages", () => {
  it("lists the four packages (paginator, one per page) and describes them with Inspector's names", async () => {
    const pages = await collect(paginateListRulesPackages({ client: t.client, pageSize: 1 }, {}));
    expect(pages).toHaveLength(4);
    const arns = pages.flatMap((p) => p.rulesPackageArns ?? []);
    expect(arns).toEqual(t.emulator.seeded.rulesPackageArns);
    for (const arn of arns)
      expect(arn).toMatch(/^arn:aws:inspector:us-west-2:\d{12}:rulespackage\/0-[0-9A-Za-z]{8}$/);
    const described = await t.client.send(
      new DescribeRulesPackagesCommand({ rulesPackageArns: arns, locale: "EN_US" }),
    );
    expect(described.rulesPackages?.map((p) => p.name)).toEqual([
      "Common Vulnerabilities and Exposures",
      "CIS Operating System Security Configuration Benchmarks",
      "Security Best Practices",
      "Network Reachability",
    ]);
    expect(described.failedItems).toEqual({});
  });
});

describe("resource groups, targets, templates", () => {
  let groupArn: string;
  let targetArn: string;
  let templateArn: string;

  it("creates and describes a resource group", async () => {
    const created = await t.client.send(
      new CreateResourceGroupCommand({
        resourceGroupTags: [
          { key: "Role", value: "web" },
          { key: "Role", value: "api" },
        ],
      }),
    );
    groupArn = created.resourceGroupArn!;
    const out = await t.client.send(new DescribeResourceGroupsCommand({ resourceGroupArns: [groupArn] }));
    expect(out.resourceGroups?.[0]?.tags).toEqual([
      { key: "Role", value: "web" },
      { key: "Role", value: "api" },
    ]);
    expect(out.resourceGroups?.[0]?.createdAt).toEqual(new Date(t.clock.now()));
  });

  it("creates, updates, lists and previews an assessment target", async () => {
    const created = await t.client.send(
      new CreateAssessmentTargetCommand({ assessmentTargetName: "web-and-api", resourceGroupArn: groupArn }),
    );
    targetArn = created.assessmentTargetArn!;
    t.clock.advance(1000);
    await t.client.send(
      new UpdateAssessmentTargetCommand({
        assessmentTargetArn: targetArn,
        assessmentTargetName: "web-and-api-2",
        resourceGroupArn: groupArn,
      }),
    );
    const described = await t.client.send(
      new DescribeAssessmentTargetsCommand({ assessmentTargetArns: [targetArn] }),
    );
    const target = described.assessmentTargets?.[0];
    expect(target?.name).toBe("web-and-api-2");
    expect(target!.updatedAt!.getTime() - target!.createdAt!.getTime()).toBe(1000);

    const pages = await collect(
      paginateListAssessmentTargets(
        { client: t.client, pageSize: 1 },
        { filter: { assessmentTargetNamePattern: "web-*-?" } },
      ),
    );
    expect(pages.flatMap((p) => p.assessmentTargetArns)).toEqual([targetArn]);

    const previews = (
      await collect(paginatePreviewAgents({ client: t.client, pageSize: 1 }, { previewAgentsArn: targetArn }))
    ).flatMap((p) => p.agentPreviews ?? []);
    // The seeded fleet has one web and one api instance.
    expect(previews.map((a) => a.autoScalingGroup).sort()).toEqual(["api-asg", "web-asg"]);
    expect(previews.every((a) => /^i-[0-9a-f]{17}$/.test(a.agentId ?? ""))).toBe(true);
  });

  it("creates, describes, lists, tags and subscribes a template", async () => {
    const created = await t.client.send(
      new CreateAssessmentTemplateCommand({
        assessmentTargetArn: targetArn,
        assessmentTemplateName: "cve-only",
        durationInSeconds: 180,
        rulesPackageArns: [t.emulator.seeded.rulesPackageArns[0]!],
        userAttributesForFindings: [{ key: "team", value: "payments" }],
      }),
    );
    templateArn = created.assessmentTemplateArn!;
    expect(templateArn.startsWith(`${targetArn}/template/0-`)).toBe(true);
    const described = await t.client.send(
      new DescribeAssessmentTemplatesCommand({ assessmentTemplateArns: [templateArn] }),
    );
    expect(described.assessmentTemplates?.[0]).toMatchObject({
      name: "cve-only",
      durationInSeconds: 180,
      assessmentRunCount: 0,
      userAttributesForFindings: [{ key: "team", value: "payments" }],
    });

    const listed = await collect(
      paginateListAssessmentTemplates(
        { client: t.client, pageSize: 1 },
        { filter: { namePattern: "cve*", durationRange: { minSeconds: 180, maxSeconds: 600 } } },
      ),
    );
    expect(listed.flatMap((p) => p.assessmentTemplateArns)).toEqual([templateArn]);
    const byTarget = await collect(
      paginateListAssessmentTemplates(
        { client: t.client },
        { assessmentTargetArns: [t.emulator.seeded.targetArn] },
      ),
    );
    expect(byTarget.flatMap((p) => p.assessmentTemplateArns)).toEqual([t.emulator.seeded.templateArn]);

    await t.client.send(
      new SetTagsForResourceCommand({ resourceArn: templateArn, tags: [{ key: "owner", value: "ci" }] }),
    );
    const tags = await t.client.send(new ListTagsForResourceCommand({ resourceArn: templateArn }));
    expect(tags.tags).toEqual([{ key: "owner", value: "ci" }]);

    const topicArn = "arn:aws:sns:us-west-2:123456789012:gate-events";
    await t.client.send(
      new SubscribeToEventCommand({ resourceArn: templateArn, event: "ASSESSMENT_RUN_STARTED", topicArn }),
    );
    await t.client.send(
      new SubscribeToEventCommand({ resourceArn: templateArn, event: "ASSESSMENT_RUN_COMPLETED", topicArn }),
    );
    const subs = (
      await collect(paginateListEventSubscriptions({ client: t.client }, { resourceArn: templateArn }))
    ).flatMap((p) => p.subscriptions ?? []);
    expect(subs).toHaveLength(1);
    expect(subs[0]?.eventSubscriptions?.map((e) => e.event)).toEqual([
      "ASSESSMENT_RUN_STARTED",
      "ASSESSMENT_RUN_COMPLETED",
    ]);
    await t.client.send(
      new UnsubscribeFromEventCommand({
        resourceArn: templateArn,
        event: "ASSESSMENT_RUN_STARTED",
        topicArn,
      }),
    );
    const after = await collect(
      paginateListEventSubscriptions({ client: t.client }, { resourceArn: templateArn }),
    );
    expect(after.flatMap((p) => p.subscriptions ?? [])[0]?.eventSubscriptions?.map((e) => e.event)).toEqual([
      "ASSESSMENT_RUN_COMPLETED",
    ]);
  });

  it("runs the template: the run only covers the group's agents and the template's package", async () => {
    const runArn = await runToEnd(t, { templateArn });
    const run = await describeRun(t.client, runArn);
    expect(run.state).toBe("COMPLETED");
    expect(run.rulesPackageArns).toEqual([t.emulator.seeded.rulesPackageArns[0]]);
    // ASSESSMENT_RUN_STARTED was unsubscribed above.
    expect(run.notifications?.map((n) => n.event)).toEqual(["ASSESSMENT_RUN_COMPLETED"]);
    const findings = t.emulator.findingsOf(runArn);
    expect(findings).toHaveLength(230);
    expect(new Set(findings.map((f) => f.serviceAttributes?.rulesPackageArn))).toEqual(
      new Set([t.emulator.seeded.rulesPackageArns[0]]),
    );
    expect(new Set(findings.map((f) => f.assetAttributes?.autoScalingGroup))).toEqual(
      new Set(["web-asg", "api-asg"]),
    );
    expect(
      findings.every((f) => f.userAttributes?.some((a) => a.key === "team" && a.value === "payments")),
    ).toBe(true);

    await t.client.send(new DeleteAssessmentRunCommand({ assessmentRunArn: runArn }));
    await t.client.send(new DeleteAssessmentTemplateCommand({ assessmentTemplateArn: templateArn }));
    await t.client.send(new DeleteAssessmentTargetCommand({ assessmentTargetArn: targetArn }));
    const gone = await t.client.send(
      new DescribeAssessmentTargetsCommand({ assessmentTargetArns: [targetArn] }),
    );
    expect(gone.failedItems?.[targetArn]).toEqual({ failureCode: "ITEM_DOES_NOT_EXIST", retryable: false });
  });
});

describe("a run of the seeded template", () => {
  let runArn: string;
  let truth: Finding[];

  beforeAll(async () => {
    runArn = await runToEnd(t, { name: "contract run" });
    truth = t.emulator.findingsOf(runArn);
  });

  it("describes the completed run with consistent findingCounts", async () => {
    const out = await t.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [runArn] }));
    const run = out.assessmentRuns![0]!;
    expect(run.name).toBe("contract run");
    expect(run.state).toBe("COMPLETED");
    expect(run.dataCollected).toBe(true);
    const total = Object.values(run.findingCounts ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBe(truth.length);
    expect(truth.length).toBe(230);
    for (const [severity, n] of Object.entries(run.findingCounts ?? {})) {
      expect(truth.filter((f) => f.severity === severity)).toHaveLength(n);
    }
  });

  it("lists every finding with paginateListFindings (pages capped at 100) and describes them in batches of 10", async () => {
    const pages = await collect(
      paginateListFindings({ client: t.client, pageSize: 500 }, { assessmentRunArns: [runArn] }),
    );
    expect(pages.map((p) => p.findingArns?.length)).toEqual([100, 100, 30]);
    const arns = pages.flatMap((p) => p.findingArns ?? []);
    expect(arns).toEqual(truth.map((f) => f.arn));
    const described: Finding[] = [];
    for (let i = 0; i < arns.length; i += 10) {
      const out = await t.client.send(
        new DescribeFindingsCommand({ findingArns: arns.slice(i, i + 10), locale: "EN_US" }),
      );
      expect(out.failedItems).toEqual({});
      described.push(...(out.findings ?? []));
    }
    expect(described).toEqual(truth);
  });

  it("finds findings by run, severity and attribute, and lists the run by template and filter", async () => {
    const cve = truth.find((f) => f.attributes?.some((a) => a.key === "CVE_ID"))!;
    const cveId = cve.attributes!.find((a) => a.key === "CVE_ID")!.value!;
    const listed = await t.client.send(
      new ListFindingsCommand({
        assessmentRunArns: [runArn],
        filter: { attributes: [{ key: "CVE_ID", value: cveId }], severities: [cve.severity!] },
        maxResults: 100,
      }),
    );
    expect(listed.findingArns).toContain(cve.arn);
    const runs = await collect(
      paginateListAssessmentRuns(
        { client: t.client, pageSize: 1 },
        {
          assessmentTemplateArns: [t.emulator.seeded.templateArn],
          filter: { namePattern: "contract*", states: ["COMPLETED"] },
        },
      ),
    );
    expect(runs.flatMap((p) => p.assessmentRunArns)).toEqual([runArn]);
  });

  it("adds and removes user attributes; DescribeFindings and ListFindings see them", async () => {
    const target = truth[3]!.arn!;
    const added = await t.client.send(
      new AddAttributesToFindingsCommand({
        findingArns: [target, `${runArn}/finding/0-zzzzzzzz`],
        attributes: [{ key: "ticket", value: "SEC-1" }],
      }),
    );
    expect(added.failedItems).toEqual({
      [`${runArn}/finding/0-zzzzzzzz`]: { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false },
    });
    const described = await t.client.send(new DescribeFindingsCommand({ findingArns: [target] }));
    expect(described.findings?.[0]?.userAttributes).toEqual([
      { key: "Environment", value: "ci" },
      { key: "ticket", value: "SEC-1" },
    ]);
    const listed = await t.client.send(
      new ListFindingsCommand({
        assessmentRunArns: [runArn],
        filter: { userAttributes: [{ key: "ticket", value: "SEC-1" }] },
      }),
    );
    expect(listed.findingArns).toEqual([target]);
    await t.client.send(
      new RemoveAttributesFromFindingsCommand({ findingArns: [target], attributeKeys: ["ticket"] }),
    );
    const after = await t.client.send(new DescribeFindingsCommand({ findingArns: [target] }));
    expect(after.findings?.[0]?.userAttributes).toEqual([{ key: "Environment", value: "ci" }]);
    expect(after.findings![0]!.updatedAt!.getTime()).toBe(t.clock.now());
  });

  it("lists the run's agents with their health and telemetry", async () => {
    const agents = (
      await collect(
        paginateListAssessmentRunAgents({ client: t.client, pageSize: 2 }, { assessmentRunArn: runArn }),
      )
    ).flatMap((p) => p.assessmentRunAgents ?? []);
    expect(agents).toHaveLength(5);
    expect(agents.filter((a) => a.agentHealth === "HEALTHY")).toHaveLength(4);
    expect(
      agents.filter((a) => a.agentHealth === "HEALTHY").every((a) => (a.telemetryMetadata?.length ?? 0) > 0),
    ).toBe(true);
    const unhealthy = await t.client.send(
      new ListAssessmentRunAgentsCommand({
        assessmentRunArn: runArn,
        filter: { agentHealths: ["UNHEALTHY", "UNKNOWN"], agentHealthCodes: [] },
      }),
    );
    expect(unhealthy.assessmentRunAgents).toHaveLength(1);
    // No finding comes from the unhealthy agent.
    const bad = unhealthy.assessmentRunAgents![0]!.agentId;
    expect(truth.some((f) => f.assetAttributes?.agentId === bad)).toBe(false);
    const telemetry = await t.client.send(new GetTelemetryMetadataCommand({ assessmentRunArn: runArn }));
    expect(telemetry.telemetryMetadata?.at(-1)?.messageType).toBe("Total");
  });

  it("lists and describes exclusions for the unhealthy agent; previews them for the template", async () => {
    const arns = (
      await collect(paginateListExclusions({ client: t.client }, { assessmentRunArn: runArn }))
    ).flatMap((p) => p.exclusionArns ?? []);
    expect(arns).toHaveLength(1);
    const described = await t.client.send(new DescribeExclusionsCommand({ exclusionArns: arns }));
    expect(described.exclusions?.[arns[0]!]?.scopes?.[0]?.key).toBe("INSTANCE_ID");
    const { previewToken } = await t.client.send(
      new CreateExclusionsPreviewCommand({ assessmentTemplateArn: t.emulator.seeded.templateArn }),
    );
    const previews = await collect(
      paginateGetExclusionsPreview(
        { client: t.client },
        { assessmentTemplateArn: t.emulator.seeded.templateArn, previewToken: previewToken! },
      ),
    );
    expect(previews[0]?.previewStatus).toBe("COMPLETED");
    expect(previews.flatMap((p) => p.exclusionPreviews ?? [])).toHaveLength(1);
  });

  it("generates the assessment report: work in progress, then a URL serving it", async () => {
    const ask = () =>
      t.client.send(
        new GetAssessmentReportCommand({
          assessmentRunArn: runArn,
          reportFileFormat: "HTML",
          reportType: "FINDING",
        }),
      );
    expect((await ask()).status).toBe("WORK_IN_PROGRESS");
    t.clock.advance(5000);
    const done = await ask();
    expect(done.status).toBe("COMPLETED");
    const html = await (await fetch(done.url!)).text();
    expect(html).toContain("<h1>Assessment report: contract run</h1>");
    expect(html.match(/<tr><td>/g)).toHaveLength(230);
    const pdf = t.client.send(
      new GetAssessmentReportCommand({
        assessmentRunArn: runArn,
        reportFileFormat: "PDF",
        reportType: "FULL",
      }),
    );
    expect((await pdf).status).toBe("WORK_IN_PROGRESS");
    t.clock.advance(5000);
    const pdfDone = await t.client.send(
      new GetAssessmentReportCommand({
        assessmentRunArn: runArn,
        reportFileFormat: "PDF",
        reportType: "FULL",
      }),
    );
    const bytes = Buffer.from(await (await fetch(pdfDone.url!)).arrayBuffer());
    expect(bytes.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
  });
});

describe("stopping runs", () => {
  it("START_EVALUATION evaluates what was collected; SKIP_EVALUATION cancels with no findings", async () => {
    const { assessmentRunArn: first } = await t.client.send(
      new StartAssessmentRunCommand({ assessmentTemplateArn: t.emulator.seeded.templateArn }),
    );
    t.clock.advance((10 + 450) * 1000); // half of the 900 s collection
    await t.client.send(
      new StopAssessmentRunCommand({ assessmentRunArn: first!, stopAction: "START_EVALUATION" }),
    );
    t.clock.advance(3600 * 1000);
    const evaluated = await describeRun(t.client, first!);
    expect(evaluated.state).toBe("COMPLETED");
    expect(evaluated.stateChanges?.map((c) => c.state)).toContain("STOP_DATA_COLLECTION_PENDING");
    const total = Object.values(evaluated.findingCounts ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBe(115);
    expect(t.emulator.findingsOf(first!)).toHaveLength(115);

    const { assessmentRunArn: second } = await t.client.send(
      new StartAssessmentRunCommand({ assessmentTemplateArn: t.emulator.seeded.templateArn }),
    );
    t.clock.advance(60_000);
    await t.client.send(
      new StopAssessmentRunCommand({ assessmentRunArn: second!, stopAction: "SKIP_EVALUATION" }),
    );
    const canceled = await describeRun(t.client, second!);
    expect(canceled.state).toBe("CANCELED");
    expect(canceled.completedAt).toEqual(new Date(t.clock.now()));
    expect(Object.values(canceled.findingCounts ?? {}).every((n) => n === 0)).toBe(true);
    const listed = await t.client.send(new ListFindingsCommand({ assessmentRunArns: [second!] }));
    expect(listed.findingArns).toEqual([]);
    const runs = await t.client.send(new ListAssessmentRunsCommand({ filter: { states: ["CANCELED"] } }));
    expect(runs.assessmentRunArns).toEqual([second]);
  });
});

describe("cross-account role", () => {
  it("describes and registers the role", async () => {
    const before = await t.client.send(new DescribeCrossAccountAccessRoleCommand({}));
    expect(before).toMatchObject({ roleArn: "arn:aws:iam::123456789012:role/inspector", valid: true });
    await t.client.send(
      new RegisterCrossAccountAccessRoleCommand({ roleArn: "arn:aws:iam::123456789012:role/other" }),
    );
    const after = await t.client.send(new DescribeCrossAccountAccessRoleCommand({}));
    expect(after.roleArn).toBe("arn:aws:iam::123456789012:role/other");
  });
});
