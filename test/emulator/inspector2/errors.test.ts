/**
 * Every error path of the v2 emulator, as the SDK's typed exceptions and on the wire: validation from
 * the model (bounds, enums, required members, unions, patterns, wrong JSON types), opaque tokens
 * refused for another operation or filter, IAM denial, unknown reports, internal errors, throttling
 * with Retry-After, and requests the front end refuses (unsigned, signed for another service).
 */
import {
  AccessDeniedException,
  BatchGetFindingDetailsCommand,
  GetFindingsReportStatusCommand,
  type Inspector2Client,
  InternalServerException,
  ListCoverageCommand,
  ListFindingAggregationsCommand,
  ListFindingsCommand,
  ResourceNotFoundException,
  ThrottlingException,
  ValidationException,
} from "@aws-sdk/client-inspector2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  answerProblems2,
  errorProblems2,
  startTestEmulator2,
  type TestEmulator2,
} from "../../helpers/inspector2.js";

let t: TestEmulator2;

beforeAll(async () => {
  t = await startTestEmulator2({ seed: "errors2" }, { maxAttempts: 1 });
});

afterAll(async () => {
  await t.stop();
});

afterEach(() => {
  const problems = t.responses.splice(0).flatMap(answerProblems2);
  expect(problems).toEqual([]);
});

async function refusal(client: Inspector2Client, command: unknown) {
  try {
    await client.send(command as never);
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error("the request was not refused");
}

/** A raw request with a well-formed (unverified) SigV4 header. */
function raw(path: string, body: string, service = "inspector2", headers: Record<string, string> = {}) {
  return fetch(`${t.emulator.endpoint}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `AWS4-HMAC-SHA256 Credential=test/20260115/us-west-2/${service}/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
      ...headers,
    },
    body,
  });
}

describe("ValidationException from the model", () => {
  it.each([
    ["maxResults above the model's bound", new ListFindingsCommand({ maxResults: 101 }), "maxResults"],
    ["maxResults below it", new ListFindingsCommand({ maxResults: 0 }), "maxResults"],
    ["ListCoverage's bound of 200", new ListCoverageCommand({ maxResults: 201 }), "maxResults"],
    [
      "a comparison outside the enum",
      new ListFindingsCommand({
        filterCriteria: { severity: [{ comparison: "LIKE" as never, value: "HIGH" }] },
      }),
      "filterCriteria.severity[0].comparison",
    ],
    [
      "PREFIX, which coverage filters do not take",
      new ListCoverageCommand({
        filterCriteria: { resourceId: [{ comparison: "PREFIX" as never, value: "arn:aws:ecr" }] },
      }),
      "filterCriteria.resourceId[0].comparison",
    ],
    [
      "more than 10 filters in a criterion",
      new ListFindingsCommand({
        filterCriteria: {
          vulnerabilityId: Array.from({ length: 11 }, (_, i) => ({
            comparison: "EQUALS" as const,
            value: `CVE-${i}`,
          })),
        },
      }),
      "filterCriteria.vulnerabilityId",
    ],
    [
      "an empty filter value",
      new ListFindingsCommand({ filterCriteria: { title: [{ comparison: "EQUALS", value: "" }] } }),
      "filterCriteria.title[0].value",
    ],
    [
      "a finding ARN of the wrong form",
      new BatchGetFindingDetailsCommand({
        findingArns: ["arn:aws:inspector2:us-west-2:123456789012:finding/xyz"],
      }),
      "findingArns[0]",
    ],
    [
      "more than 10 finding ARNs",
      new BatchGetFindingDetailsCommand({
        findingArns: Array.from(
          { length: 11 },
          (_, i) => `arn:aws:inspector2:us-west-2:123456789012:finding/${i.toString(16).padStart(32, "0")}`,
        ),
      }),
      "findingArns",
    ],
    ["a missing required member", new ListFindingAggregationsCommand({} as never), "aggregationType"],
  ])("%s", async (_name, command, field) => {
    const error = await refusal(t.client, command);
    expect(error).toBeInstanceOf(ValidationException);
    expect(error["reason"]).toBe("FIELD_VALIDATION_FAILED");
    expect((error["fields"] as { name: string }[]).map((f) => f.name)).toContain(field);
    expect(error.message).toMatch(/validation error/);
    expect((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBe(400);
  });

  it("lists every problem of a request at once", async () => {
    const error = await refusal(
      t.client,
      new ListFindingsCommand({
        maxResults: 500,
        filterCriteria: { severity: [{ comparison: "NOPE" as never, value: "HIGH" }] },
      }),
    );
    expect(error.message).toMatch(/^2 validation errors detected/);
    expect(error["fields"]).toHaveLength(2);
  });

  it("refuses an aggregation request that does not match its aggregationType", async () => {
    const error = await refusal(
      t.client,
      new ListFindingAggregationsCommand({
        aggregationType: "PACKAGE",
        aggregationRequest: { repositoryAggregation: {} },
      }),
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toMatch(/repositoryAggregation does not match the aggregationType PACKAGE/);
  });

  it("answers CANNOT_PARSE for a body that is not JSON or has a member of the wrong type", async () => {
    for (const body of ["{not json", JSON.stringify({ maxResults: "ten" })]) {
      const response = await raw("/findings/list", body);
      expect(response.status).toBe(400);
      expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
      const json = (await response.json()) as { reason: string; message: string };
      expect(json.reason).toBe("CANNOT_PARSE");
      expect(
        errorProblems2({
          operation: "ListFindings",
          status: 400,
          headers: { "x-amzn-errortype": "ValidationException" },
          body: json,
        }),
      ).toEqual([]);
    }
  });
});

describe("opaque tokens", () => {
  let token: string;

  beforeAll(async () => {
    const out = await t.client.send(new ListFindingsCommand({ maxResults: 5 }));
    token = out.nextToken!;
  });

  it("continues the request it was issued for", async () => {
    const out = await t.client.send(new ListFindingsCommand({ maxResults: 5, nextToken: token }));
    expect(out.findings).toHaveLength(5);
  });

  it.each([
    [
      "a token the emulator never issued",
      () => new ListFindingsCommand({ nextToken: "bm90LWEtdG9rZW4.AAAA" }),
    ],
    [
      "a token of another filter",
      () =>
        new ListFindingsCommand({
          nextToken: token,
          filterCriteria: { severity: [{ comparison: "EQUALS", value: "HIGH" }] },
        }),
    ],
    [
      "a token of another sort",
      () =>
        new ListFindingsCommand({ nextToken: token, sortCriteria: { field: "SEVERITY", sortOrder: "ASC" } }),
    ],
    ["a token of another operation", () => new ListCoverageCommand({ nextToken: token })],
  ])("refuses %s", async (_name, command) => {
    const error = await refusal(t.client, command());
    expect(error).toBeInstanceOf(ValidationException);
    expect((error["fields"] as { name: string }[])[0]?.name).toBe("nextToken");
  });
});

describe("other modeled errors", () => {
  it("AccessDeniedException for an operation the caller's IAM policy does not allow", async () => {
    t.emulator.inspector2.deny(["ListCoverage"]);
    try {
      const error = await refusal(t.client, new ListCoverageCommand({}));
      expect(error).toBeInstanceOf(AccessDeniedException);
      expect(error.message).toMatch(/not authorized to perform: inspector2:ListCoverage/);
      // Others still work.
      await t.client.send(new ListFindingsCommand({ maxResults: 1 }));
    } finally {
      t.emulator.inspector2.deny([]);
    }
  });

  it("ResourceNotFoundException for a report that does not exist", async () => {
    const error = await refusal(
      t.client,
      new GetFindingsReportStatusCommand({ reportId: "0b4a6c1e-1111-4222-8333-944455556666" }),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it("InternalServerException (HTTP 500) under the internal-errors fault", async () => {
    t.emulator.faults({ internalErrors: { rate: 1, operations: ["inspector2.ListFindings"] } });
    try {
      const error = await refusal(t.client, new ListFindingsCommand({}));
      expect(error).toBeInstanceOf(InternalServerException);
      expect(error["$fault"]).toBe("server");
    } finally {
      t.emulator.faults({ internalErrors: null });
    }
  });

  it("ThrottlingException (HTTP 429) with Retry-After beyond the rate limit", async () => {
    t.emulator.faults({ rateLimit: { requestsPerSecond: 0.5, burst: 1, operations: ["ListFindings"] } });
    try {
      await t.client.send(new ListFindingsCommand({ maxResults: 1 }));
      const error = await refusal(t.client, new ListFindingsCommand({ maxResults: 1 }));
      expect(error).toBeInstanceOf(ThrottlingException);
      expect(error["retryAfterSeconds"]).toBe(2);
      const last = t.responses.at(-1)!;
      expect(last.status).toBe(429);
      expect(last.headers["retry-after"]).toBe("2");
      expect(t.emulator.stats()["fault.throttled"]).toBeGreaterThan(0);
    } finally {
      t.emulator.faults({ rateLimit: null });
    }
  });
});

describe("requests the front end refuses", () => {
  it("without a signature: MissingAuthenticationTokenException, HTTP 403", async () => {
    const response = await fetch(`${t.emulator.endpoint}/findings/list`, { method: "POST", body: "{}" });
    expect(response.status).toBe(403);
    expect(response.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
  });

  it("signed for another service: InvalidSignatureException", async () => {
    const response = await raw("/findings/list", "{}", "inspector");
    expect(response.status).toBe(403);
    expect(response.headers.get("x-amzn-errortype")).toBe("InvalidSignatureException");
    expect(((await response.json()) as { message: string }).message).toMatch(/'inspector2'/);
  });

  it("a malformed signature: IncompleteSignatureException", async () => {
    const response = await fetch(`${t.emulator.endpoint}/coverage/list`, {
      method: "POST",
      headers: { authorization: "AWS4-HMAC-SHA256 nonsense" },
      body: "{}",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("IncompleteSignatureException");
  });

  it("a v2 operation the emulator does not serve: HTTP 501 naming it", async () => {
    const response = await raw("/filters/list", "{}");
    expect(response.status).toBe(501);
    expect(((await response.json()) as { message: string }).message).toMatch(/ListFilters/);
  });

  it("leaves Classic requests (X-Amz-Target) to Classic, even on a v2 path", async () => {
    const response = await raw("/findings/list", "{}", "inspector", {
      "x-amz-target": "InspectorService.ListRulesPackages",
      "content-type": "application/x-amz-json-1.1",
    });
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { rulesPackageArns: string[] }).rulesPackageArns.length,
    ).toBeGreaterThan(0);
  });
});

describe("the shape checker itself", () => {
  it("catches an error type the operation does not declare and a body that does not fit", () => {
    expect(
      errorProblems2({
        operation: "ListFindings",
        status: 404,
        headers: { "x-amzn-errortype": "ResourceNotFoundException" },
        body: { message: "x" },
      }),
    ).not.toEqual([]);
    expect(
      errorProblems2({
        operation: "ListFindings",
        status: 400,
        headers: { "x-amzn-errortype": "ValidationException" },
        body: { message: "x" },
      }),
    ).toEqual(["reason: required member missing"]);
  });
});
