/**
 * Every error path of the Classic operations, as the SDK sees it: the typed exception class, its
 * modeled members, its HTTP status. Every error body the SDK receives is also held against the
 * exception shapes the operation declares. (Refusals before an operation runs: server.test.ts.)
 */
import {
  AccessDeniedException,
  AgentsAlreadyRunningAssessmentException,
  AssessmentRunInProgressException,
  CreateAssessmentTargetCommand,
  CreateAssessmentTemplateCommand,
  CreateResourceGroupCommand,
  DeleteAssessmentRunCommand,
  DeleteAssessmentTemplateCommand,
  DescribeAssessmentRunsCommand,
  DescribeFindingsCommand,
  GetAssessmentReportCommand,
  GetTelemetryMetadataCommand,
  type InspectorClient,
  InternalException,
  InvalidInputException,
  LimitExceededException,
  ListAssessmentRunsCommand,
  ListFindingsCommand,
  ListRulesPackagesCommand,
  NoSuchEntityException,
  StartAssessmentRunCommand,
  SubscribeToEventCommand,
} from "@aws-sdk/client-inspector";
import { isThrottlingError } from "@smithy/service-error-classification";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../../src/emulator/index.js";
import { runToEnd, startTestEmulator, type TestEmulator } from "../../helpers/emulator.js";
import { failure, inspectorClient, recordingClient } from "../../helpers/inspector-client.js";
import { errorProblems } from "../../helpers/shape-check.js";

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ findings: 40, seed: "errors" }, { maxAttempts: 1 });
});

afterAll(async () => {
  await t.stop();
});

afterEach(() => {
  const problems = t.responses
    .splice(0)
    .filter((r) => r.status !== 200)
    .flatMap((r) => errorProblems(r.operation, r.body).map((p) => `${r.operation}: ${p}`));
  expect(problems).toEqual([]);
});

const OTHER_ACCOUNT_TEMPLATE =
  "arn:aws:inspector:us-west-2:999999999999:target/0-AAAAAAAA/template/0-BBBBBBBB";

describe("InvalidInputException with the model's errorCode", () => {
  const arn = (n: number) =>
    `arn:aws:inspector:us-west-2:123456789012:target/0-AAAAAAAA/template/0-BBBBBBBB/run/0-CCCCCCC${n}`;
  const cases: [string, (c: InspectorClient) => Promise<unknown>, string][] = [
    [
      "11 finding ARNs",
      (c) =>
        c.send(
          new DescribeFindingsCommand({
            findingArns: Array.from({ length: 11 }, (_, i) => `${arn(1)}/finding/0-DDDDDDD${i % 10}`),
          }),
        ),
      "INVALID_NUMBER_OF_FINDING_ARNS",
    ],
    [
      "no finding ARNs",
      (c) => c.send(new DescribeFindingsCommand({ findingArns: [] })),
      "INVALID_NUMBER_OF_FINDING_ARNS",
    ],
    [
      "a finding ARN too long",
      (c) => c.send(new DescribeFindingsCommand({ findingArns: ["x".repeat(301)] })),
      "INVALID_FINDING_ARN",
    ],
    [
      "a locale Inspector lacks",
      (c) => c.send(new DescribeFindingsCommand({ findingArns: [arn(1)], locale: "FR_FR" as "EN_US" })),
      "INVALID_LOCALE",
    ],
    [
      "11 run ARNs",
      (c) =>
        c.send(
          new DescribeAssessmentRunsCommand({
            assessmentRunArns: Array.from({ length: 11 }, (_, i) => arn(i % 10)),
          }),
        ),
      "INVALID_NUMBER_OF_ASSESSMENT_RUN_ARNS",
    ],
    ["maxResults 0", (c) => c.send(new ListFindingsCommand({ maxResults: 0 })), "INVALID_MAX_RESULTS"],
    ["maxResults 501", (c) => c.send(new ListFindingsCommand({ maxResults: 501 })), "INVALID_MAX_RESULTS"],
    [
      "an unknown severity",
      (c) => c.send(new ListFindingsCommand({ filter: { severities: ["Critical" as "High"] } })),
      "INVALID_SEVERITY",
    ],
    [
      "21 auto scaling groups",
      (c) =>
        c.send(
          new ListFindingsCommand({
            filter: { autoScalingGroups: Array.from({ length: 21 }, (_, i) => `g${i}`) },
          }),
        ),
      "INVALID_NUMBER_OF_AUTO_SCALING_GROUPS",
    ],
    [
      "a malformed run ARN",
      (c) => c.send(new ListFindingsCommand({ assessmentRunArns: ["not-an-arn"] })),
      "INVALID_ASSESSMENT_RUN_ARN",
    ],
    [
      "a token it did not issue",
      (c) => c.send(new ListFindingsCommand({ nextToken: "abc" })),
      "INVALID_PAGINATION_TOKEN",
    ],
    [
      "an unknown run state",
      (c) => c.send(new ListAssessmentRunsCommand({ filter: { states: ["DONE" as "COMPLETED"] } })),
      "INVALID_ASSESSMENT_RUN_STATE",
    ],
    [
      "a start-time range ending before it begins",
      (c) =>
        c.send(
          new ListAssessmentRunsCommand({
            filter: { startTimeRange: { beginDate: new Date(2026, 1, 2), endDate: new Date(2026, 1, 1) } },
          }),
        ),
      "INVALID_ASSESSMENT_RUN_START_TIME_RANGE",
    ],
    [
      "a duration range min > max",
      (c) =>
        c.send(
          new ListAssessmentRunsCommand({ filter: { durationRange: { minSeconds: 900, maxSeconds: 600 } } }),
        ),
      "INVALID_ASSESSMENT_RUN_DURATION_RANGE",
    ],
    [
      "a duration below 180 s",
      (c) =>
        c.send(
          new CreateAssessmentTemplateCommand({
            assessmentTargetArn: t.emulator.seeded.targetArn,
            assessmentTemplateName: "short",
            durationInSeconds: 60,
            rulesPackageArns: [],
          }),
        ),
      "INVALID_ASSESSMENT_TEMPLATE_DURATION",
    ],
    [
      "a template name taken on the target",
      (c) =>
        c.send(
          new CreateAssessmentTemplateCommand({
            assessmentTargetArn: t.emulator.seeded.targetArn,
            assessmentTemplateName: "inspector-gate-template",
            durationInSeconds: 180,
            rulesPackageArns: [],
          }),
        ),
      "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
    ],
    [
      "11 user attributes",
      (c) =>
        c.send(
          new CreateAssessmentTemplateCommand({
            assessmentTargetArn: t.emulator.seeded.targetArn,
            assessmentTemplateName: "many",
            durationInSeconds: 180,
            rulesPackageArns: [],
            userAttributesForFindings: Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: "v" })),
          }),
        ),
      "INVALID_NUMBER_OF_USER_ATTRIBUTES",
    ],
    [
      "a user attribute key too long",
      (c) =>
        c.send(
          new CreateAssessmentTemplateCommand({
            assessmentTargetArn: t.emulator.seeded.targetArn,
            assessmentTemplateName: "long",
            durationInSeconds: 180,
            rulesPackageArns: [],
            userAttributesForFindings: [{ key: "k".repeat(129), value: "v" }],
          }),
        ),
      "INVALID_USER_ATTRIBUTE_KEY",
    ],
    [
      "an empty target name",
      (c) => c.send(new CreateAssessmentTargetCommand({ assessmentTargetName: "" })),
      "INVALID_ASSESSMENT_TARGET_NAME",
    ],
    [
      "a target name taken",
      (c) => c.send(new CreateAssessmentTargetCommand({ assessmentTargetName: "inspector-gate-target" })),
      "ASSESSMENT_TARGET_NAME_ALREADY_TAKEN",
    ],
    [
      "a resource group without tags",
      (c) => c.send(new CreateResourceGroupCommand({ resourceGroupTags: [] })),
      "INVALID_NUMBER_OF_RESOURCE_GROUP_TAGS",
    ],
    [
      "a missing template ARN",
      (c) => c.send(new StartAssessmentRunCommand({} as { assessmentTemplateArn: string })),
      "INVALID_ASSESSMENT_TEMPLATE_ARN",
    ],
    [
      "a malformed rules package ARN",
      (c) =>
        c.send(
          new CreateAssessmentTemplateCommand({
            assessmentTargetArn: t.emulator.seeded.targetArn,
            assessmentTemplateName: "bad-package",
            durationInSeconds: 180,
            rulesPackageArns: ["cve"],
          }),
        ),
      "INVALID_RULES_PACKAGE_ARN",
    ],
    [
      "a topic that is not an SNS ARN",
      (c) =>
        c.send(
          new SubscribeToEventCommand({
            resourceArn: t.emulator.seeded.templateArn,
            event: "ASSESSMENT_RUN_COMPLETED",
            topicArn: "my-topic",
          }),
        ),
      "INVALID_SNS_TOPIC_ARN",
    ],
  ];
  it.each(cases)("%s", async (_label, call, errorCode) => {
    const error = await failure(call(t.client));
    expect(error).toBeInstanceOf(InvalidInputException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect((error as InvalidInputException).errorCode).toBe(errorCode);
    expect((error as InvalidInputException).canRetry).toBe(false);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it("refuses a page token reused for another request, and one from another emulator", async () => {
    await runToEnd(t);
    const first = await t.client.send(new ListFindingsCommand({ maxResults: 5 }));
    expect(first.nextToken).toBeDefined();
    const next = await t.client.send(new ListFindingsCommand({ maxResults: 7, nextToken: first.nextToken! }));
    expect(next.findingArns).toHaveLength(7);
    const reused = await failure(
      t.client.send(
        new ListFindingsCommand({ filter: { severities: ["High"] }, nextToken: first.nextToken! }),
      ),
    );
    expect((reused as InvalidInputException).errorCode).toBe("INVALID_PAGINATION_TOKEN");
    const other = await startEmulator({ seed: "errors" });
    const client = inspectorClient(other.endpoint, { maxAttempts: 1 });
    try {
      const foreign = await failure(client.send(new ListFindingsCommand({ nextToken: first.nextToken! })));
      expect((foreign as InvalidInputException).errorCode).toBe("INVALID_PAGINATION_TOKEN");
    } finally {
      client.destroy();
      await other.stop();
    }
  });

  it("refuses a run name already used on the template", async () => {
    await runToEnd(t, { name: "nightly" });
    const error = await failure(
      t.client.send(
        new StartAssessmentRunCommand({
          assessmentTemplateArn: t.emulator.seeded.templateArn,
          assessmentRunName: "nightly",
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputException);
    expect((error as InvalidInputException).errorCode).toBe("ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN");
  });
});

describe("NoSuchEntityException and AccessDeniedException", () => {
  const missingTemplate = `${"arn:aws:inspector:us-west-2:123456789012:target/0-AAAAAAAA/template/0-BBBBBBBB"}`;
  const missingRun = `${missingTemplate}/run/0-CCCCCCCC`;
  const cases: [string, (c: InspectorClient) => Promise<unknown>, string][] = [
    [
      "an unknown template",
      (c) => c.send(new StartAssessmentRunCommand({ assessmentTemplateArn: missingTemplate })),
      "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
    ],
    [
      "an unknown run in ListFindings",
      (c) => c.send(new ListFindingsCommand({ assessmentRunArns: [missingRun] })),
      "ASSESSMENT_RUN_DOES_NOT_EXIST",
    ],
    [
      "an unknown run in GetTelemetryMetadata",
      (c) => c.send(new GetTelemetryMetadataCommand({ assessmentRunArn: missingRun })),
      "ASSESSMENT_RUN_DOES_NOT_EXIST",
    ],
    [
      "an unknown resource group",
      (c) =>
        c.send(
          new CreateAssessmentTargetCommand({
            assessmentTargetName: "x",
            resourceGroupArn: "arn:aws:inspector:us-west-2:123456789012:resourcegroup/0-AAAAAAAA",
          }),
        ),
      "RESOURCE_GROUP_DOES_NOT_EXIST",
    ],
    [
      "an unknown rules package",
      (c) =>
        c.send(
          new CreateAssessmentTemplateCommand({
            assessmentTargetArn: t.emulator.seeded.targetArn,
            assessmentTemplateName: "y",
            durationInSeconds: 180,
            rulesPackageArns: ["arn:aws:inspector:us-west-2:758058086616:rulespackage/0-AAAAAAAA"],
          }),
        ),
      "RULES_PACKAGE_DOES_NOT_EXIST",
    ],
    [
      "an unknown template in ListAssessmentRuns",
      (c) => c.send(new ListAssessmentRunsCommand({ assessmentTemplateArns: [missingTemplate] })),
      "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
    ],
  ];
  it.each(cases)("NoSuchEntityException for %s", async (_label, call, errorCode) => {
    const error = await failure(call(t.client));
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect((error as NoSuchEntityException).errorCode).toBe(errorCode);
    expect((error as NoSuchEntityException).canRetry).toBe(false);
  });

  it("AccessDeniedException for a template of another account", async () => {
    const error = await failure(
      t.client.send(new StartAssessmentRunCommand({ assessmentTemplateArn: OTHER_ACCOUNT_TEMPLATE })),
    );
    expect(error).toBeInstanceOf(AccessDeniedException);
    expect((error as AccessDeniedException).errorCode).toBe("ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE");
  });

  it("batch describes put unknown, malformed and foreign ARNs in failedItems", async () => {
    const unknown =
      "arn:aws:inspector:us-west-2:123456789012:target/0-AAAAAAAA/template/0-BBBBBBBB/run/0-CCCCCCCC/finding/0-DDDDDDDD";
    const foreign = unknown.replace("123456789012", "999999999999");
    const out = await t.client.send(new DescribeFindingsCommand({ findingArns: [unknown, "nope", foreign] }));
    expect(out.findings).toEqual([]);
    expect(out.failedItems).toEqual({
      [unknown]: { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false },
      nope: { failureCode: "INVALID_ARN", retryable: false },
      [foreign]: { failureCode: "ACCESS_DENIED", retryable: false },
    });
    const runs = await t.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [missingRun] }));
    expect(runs.failedItems).toEqual({
      [missingRun]: { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false },
    });
  });
});

describe("runs in progress", () => {
  it("AgentsAlreadyRunningAssessmentException while the target's agents are in another run", async () => {
    const { assessmentRunArn } = await t.client.send(
      new StartAssessmentRunCommand({ assessmentTemplateArn: t.emulator.seeded.templateArn }),
    );
    const error = await failure(
      t.client.send(new StartAssessmentRunCommand({ assessmentTemplateArn: t.emulator.seeded.templateArn })),
    );
    expect(error).toBeInstanceOf(AgentsAlreadyRunningAssessmentException);
    const busy = error as AgentsAlreadyRunningAssessmentException;
    expect(busy.agents).toHaveLength(5);
    expect(
      busy.agents?.every((a) => a.assessmentRunArn === assessmentRunArn && /^i-/.test(a.agentId ?? "")),
    ).toBe(true);
    expect(busy.agentsTruncated).toBe(false);

    // AssessmentRunInProgressException: the run can be neither deleted nor reported, nor its template deleted.
    for (const call of [
      t.client.send(new DeleteAssessmentRunCommand({ assessmentRunArn: assessmentRunArn! })),
      t.client.send(
        new DeleteAssessmentTemplateCommand({ assessmentTemplateArn: t.emulator.seeded.templateArn }),
      ),
      t.client.send(
        new GetAssessmentReportCommand({
          assessmentRunArn: assessmentRunArn!,
          reportFileFormat: "HTML",
          reportType: "FULL",
        }),
      ),
    ]) {
      const inProgress = await failure(call);
      expect(inProgress).toBeInstanceOf(AssessmentRunInProgressException);
      expect((inProgress as AssessmentRunInProgressException).assessmentRunArns).toEqual([assessmentRunArn]);
    }
    t.clock.advance(24 * 3600 * 1000);
    await t.client.send(new DeleteAssessmentRunCommand({ assessmentRunArn: assessmentRunArn! }));
  });

  it("lists at most 10 busy agents and says the list is truncated", async () => {
    const big = await startTestEmulator({ agents: 12, findings: 10 }, { maxAttempts: 1 });
    try {
      await big.client.send(
        new StartAssessmentRunCommand({ assessmentTemplateArn: big.emulator.seeded.templateArn }),
      );
      const error = (await failure(
        big.client.send(
          new StartAssessmentRunCommand({ assessmentTemplateArn: big.emulator.seeded.templateArn }),
        ),
      )) as AgentsAlreadyRunningAssessmentException;
      expect(error.agents).toHaveLength(10);
      expect(error.agentsTruncated).toBe(true);
    } finally {
      await big.stop();
    }
  });
});

describe("limits, internal errors, throttling", () => {
  it("LimitExceededException past 50 assessment targets (the SDK classifies it as throttling)", async () => {
    const fresh = await startTestEmulator({}, { maxAttempts: 1 });
    try {
      for (let i = 1; i < 50; i++) {
        await fresh.client.send(new CreateAssessmentTargetCommand({ assessmentTargetName: `target-${i}` }));
      }
      const error = await failure(
        fresh.client.send(new CreateAssessmentTargetCommand({ assessmentTargetName: "one-too-many" })),
      );
      expect(error).toBeInstanceOf(LimitExceededException);
      expect((error as LimitExceededException).errorCode).toBe("ASSESSMENT_TARGET_LIMIT_EXCEEDED");
      expect(isThrottlingError(error)).toBe(true);
    } finally {
      await fresh.stop();
    }
  });

  it("InternalException (HTTP 500, canRetry) is retried by the SDK", async () => {
    t.emulator.faults({ internalErrors: { rate: 1, operations: ["ListRulesPackages"] } });
    try {
      t.emulator.resetStats();
      const error = await failure(t.client.send(new ListRulesPackagesCommand({})));
      expect(error).toBeInstanceOf(InternalException);
      expect(error.$metadata.httpStatusCode).toBe(500);
      expect((error as InternalException).canRetry).toBe(true);
      const retrying = recordingClient(t.emulator.endpoint, { maxAttempts: 3 });
      const again = await failure(retrying.client.send(new ListRulesPackagesCommand({})));
      expect(again.$metadata.attempts).toBe(3);
      expect(t.emulator.stats()).toMatchObject({ ListRulesPackages: 4, "fault.internalErrors": 4 });
      retrying.client.destroy();
    } finally {
      t.emulator.faults({ internalErrors: null });
    }
  });

  it("ThrottlingException beyond the rate limit, which the SDK retries as throttling", async () => {
    t.emulator.faults({ rateLimit: { requestsPerSecond: 5, burst: 1, operations: ["ListRulesPackages"] } });
    try {
      await t.client.send(new ListRulesPackagesCommand({}));
      const error = await failure(t.client.send(new ListRulesPackagesCommand({})));
      expect(error.name).toBe("ThrottlingException");
      expect(error.$metadata.httpStatusCode).toBe(400);
      expect(isThrottlingError(error)).toBe(true);
      const retrying = inspectorClient(t.emulator.endpoint, { maxAttempts: 10 });
      const out = await retrying.send(new ListRulesPackagesCommand({}));
      expect(out.rulesPackageArns).toHaveLength(4);
      retrying.destroy();
      expect(t.emulator.stats()["fault.throttled"]).toBeGreaterThanOrEqual(1);
    } finally {
      t.emulator.faults({ rateLimit: null });
    }
  });
});
