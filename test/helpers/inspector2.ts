/**
 * Inspector v2 against the emulator: an SDK client (dummy credentials, recording every raw
 * response), an emulator on a virtual clock, and the v2 service model (the emulator's one copy) to
 * hold raw responses against, restJson1 errors included (the type travels in x-amzn-ErrorType).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Inspector2Client, type Inspector2ClientConfig } from "@aws-sdk/client-inspector2";
import { startWithClient, type TestEmulator, type TestEmulatorOptions } from "./emulator.js";
import { recordResponses, TEST_CREDENTIALS, type WireResponse } from "./inspector-client.js";
import { type Model, shapeChecker } from "./shape-check.js";

export const MODEL2: Model = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../src/emulator/inspector2/inspector2-2020-06-08.json", import.meta.url)),
    "utf8",
  ),
);

/**
 * ListCoverageStatistics' Counts.groupKey is typed as the GroupKey enum, but the service fills it with
 * the group's value (AWS_LAMBDA_FUNCTION, SUCCESSFUL, ...), as the AWS CLI's own example shows.
 */
export const CHECK2 = shapeChecker(MODEL2, { enumExempt: ["Counts.groupKey"] });

/** Errors the front end answers for any operation, outside the operation's model. */
const FRONT_END_ERRORS = [
  "AccessDeniedException",
  "ThrottlingException",
  "MissingAuthenticationTokenException",
  "IncompleteSignatureException",
  "InvalidSignatureException",
];

/** Problems of a v2 error answer: a declared (or front-end) type in x-amzn-ErrorType, a body that fits it. */
export function errorProblems2(r: WireResponse): string[] {
  const type = r.headers["x-amzn-errortype"];
  if (typeof type !== "string" || type === "") return ["error answer has no x-amzn-ErrorType"];
  const declared = MODEL2.operations[r.operation]?.errors?.map((e) => e.shape) ?? [];
  if (!declared.includes(type) && !FRONT_END_ERRORS.includes(type)) {
    return [`${type} is not an error ${r.operation} declares (${declared.join(", ")})`];
  }
  const status = MODEL2.shapes[type] as { error?: { httpStatusCode?: number } } | undefined;
  const problems: string[] = [];
  if (status?.error?.httpStatusCode !== undefined && status.error.httpStatusCode !== r.status) {
    problems.push(`${type} answered with HTTP ${r.status}, the model says ${status.error.httpStatusCode}`);
  }
  if (MODEL2.shapes[type] === undefined) {
    return typeof (r.body as { message?: unknown })?.message === "string"
      ? problems
      : [`${type} has no message`];
  }
  return [...problems, ...CHECK2.shapeProblems(type, r.body, "wire")];
}

/** Problems of any recorded v2 answer. */
export function answerProblems2(r: WireResponse): string[] {
  const problems = r.status === 200 ? CHECK2.outputProblems(r.operation, r.body) : errorProblems2(r);
  return problems.map((p) => `${r.operation} (${r.status}): ${p}`);
}

export function inspector2Client(
  endpoint: string,
  config: Partial<Inspector2ClientConfig> = {},
): Inspector2Client {
  return new Inspector2Client({ endpoint, region: "us-west-2", credentials: TEST_CREDENTIALS, ...config });
}

export type TestEmulator2 = TestEmulator<Inspector2Client>;

/** An emulator on a virtual clock with an Inspector v2 client recording every raw response. */
export function startTestEmulator2(
  options: TestEmulatorOptions = {},
  clientConfig: Partial<Inspector2ClientConfig> = {},
): Promise<TestEmulator2> {
  return startWithClient(options, (endpoint) => {
    const client = inspector2Client(endpoint, clientConfig);
    const responses: WireResponse[] = [];
    recordResponses(client, responses);
    return { client, responses };
  });
}
