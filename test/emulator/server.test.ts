/**
 * The server's wire, before any operation runs: SigV4 required (missing, malformed, scoped to another
 * service), X-Amz-Target routed (unknown, missing, not POST), bodies that are not JSON or of the wrong
 * JSON types, and an empty body counted as {}. Raw requests go over fetch. And a second protocol
 * registered beside Classic on the same port, going through the same checks, faults and counts.
 */
import { AccessDeniedException, ListRulesPackagesCommand } from "@aws-sdk/client-inspector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClassic } from "../../src/emulator/classic/service.js";
import { EmulatorServer, type Protocol } from "../../src/emulator/server.js";
import { ServiceError } from "../../src/emulator/shared/errors.js";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator.js";
import { failure, inspectorClient } from "../helpers/inspector-client.js";
import { shapeProblems } from "../helpers/shape-check.js";
import { VirtualClock } from "../helpers/virtual-clock.js";

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ findings: 10, seed: "server" }, { maxAttempts: 1 });
});

afterAll(async () => {
  await t.stop();
});

const SIGNATURE =
  "AWS4-HMAC-SHA256 Credential=test/20260115/us-west-2/inspector/aws4_request, SignedHeaders=host;x-amz-date, " +
  `Signature=${"0".repeat(64)}`;

async function raw(
  body: string,
  headers: Record<string, string>,
  method = "POST",
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const response = await fetch(`${t.emulator.endpoint}/`, {
    method,
    headers: { "content-type": "application/x-amz-json-1.1", ...headers },
    ...(method === "POST" ? { body } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : {} };
}

describe("the wire", () => {
  it("refuses an unsigned request with HTTP 403 AccessDeniedException", async () => {
    const r = await raw("{}", { "x-amz-target": "InspectorService.ListRulesPackages" });
    expect(r.status).toBe(403);
    expect(r.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get("x-amzn-errortype")).toBe("AccessDeniedException");
    expect(r.json).toMatchObject({ __type: "AccessDeniedException", canRetry: false });
    expect(r.json["message"]).toMatch(/Signature Version 4/);
    expect(shapeProblems("AccessDeniedException", r.json)).toEqual([]);
  });

  it("maps the refusal of an unsigned SDK request to a typed AccessDeniedException", async () => {
    const client = inspectorClient(t.emulator.endpoint, { maxAttempts: 1 });
    client.middlewareStack.add(
      (next) => async (args) => {
        delete (args.request as { headers: Record<string, string> }).headers["authorization"];
        return next(args);
      },
      { step: "finalizeRequest", priority: "low", name: "dropAuthorization" },
    );
    const error = await failure(client.send(new ListRulesPackagesCommand({})));
    expect(error).toBeInstanceOf(AccessDeniedException);
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect((error as AccessDeniedException).errorCode).toBe("ACCESS_DENIED_TO_RULES_PACKAGE");
    client.destroy();
  });

  it("refuses a malformed signature and one scoped to another service", async () => {
    const malformed = await raw("{}", {
      "x-amz-target": "InspectorService.ListRulesPackages",
      authorization: "Bearer x",
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json["__type"]).toBe("IncompleteSignatureException");
    const wrong = await raw("{}", {
      "x-amz-target": "InspectorService.ListRulesPackages",
      authorization: SIGNATURE.replace("/inspector/", "/inspector2/"),
    });
    expect(wrong.status).toBe(403);
    expect(wrong.json["__type"]).toBe("InvalidSignatureException");
  });

  it("refuses an unknown or missing X-Amz-Target with HTTP 400", async () => {
    for (const target of ["InspectorService.ListThings", "Inspector2.ListFindings", ""]) {
      const r = await raw("{}", { "x-amz-target": target, authorization: SIGNATURE });
      expect(r.status).toBe(400);
      expect(r.json["__type"]).toBe("UnknownOperationException");
      expect(r.headers.get("x-amzn-requestid")).toBeTruthy();
    }
    const get = await raw(
      "",
      { "x-amz-target": "InspectorService.ListRulesPackages", authorization: SIGNATURE },
      "GET",
    );
    expect(get.status).toBe(404);
  });

  it("answers a body that is not JSON, or of the wrong JSON types, with SerializationException", async () => {
    const headers = { "x-amz-target": "InspectorService.ListFindings", authorization: SIGNATURE };
    for (const body of ["{not json", "[]", '{"maxResults": "ten"}', '{"assessmentRunArns": "arn"}']) {
      const r = await raw(body, headers);
      expect(r.status, body).toBe(400);
      expect(r.json["__type"], body).toBe("SerializationException");
    }
  });

  it("answers a valid unsigned-free request: an empty body counts as {}", async () => {
    const r = await raw("", {
      "x-amz-target": "InspectorService.ListRulesPackages",
      authorization: SIGNATURE,
    });
    expect(r.status).toBe(200);
    expect((r.json["rulesPackageArns"] as string[]).length).toBe(4);
  });
});

/** A restJson1 protocol of a made-up service: `POST /things/list`, errors named by a header. */
function thingsProtocol(): Protocol {
  const error = (e: ServiceError) => ({
    status: e.status,
    headers: { "Content-Type": "application/json", "x-amzn-ErrorType": e.type },
    body: JSON.stringify({ message: e.message }),
  });
  return {
    signingName: "things",
    operations: ["things.List"],
    claims: (request) => request.path.startsWith("/things/"),
    route: (request) =>
      request.method === "POST" && request.path === "/things/list"
        ? "things.List"
        : error(new ServiceError("ResourceNotFoundException", 404, "No such path.")),
    call: (_operation, _request, body) => ({
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ things: [], asked: JSON.parse(body?.toString("utf8") || "{}") }),
    }),
    errorAnswer: error,
    unsigned: () =>
      new ServiceError("MissingAuthenticationTokenException", 403, "Missing Authentication Token"),
    throttled: () => new ServiceError("ThrottlingException", 429, "Rate exceeded"),
    internalError: (message = "Internal failure.") =>
      new ServiceError("InternalServerException", 500, message),
  };
}

describe("a second protocol on the same port", () => {
  it("gets the requests it claims, through the same signature check, faults and call counts", async () => {
    const clock = new VirtualClock();
    let server: EmulatorServer | undefined;
    const classic = await startClassic({
      seed: "two-protocols",
      region: "us-west-2",
      findingsPerRun: 5,
      timeScale: 1,
      agents: 2,
      unhealthyAgents: 0,
      clock,
      faults: () => server!.faults,
      endpoint: () => server!.endpoint,
    });
    server = new EmulatorServer(clock, 1);
    server.register(classic.protocol);
    server.register(thingsProtocol());
    const endpoint = await server.listen("127.0.0.1", 0);
    const client = inspectorClient(endpoint, { maxAttempts: 1 });
    const things = (authorization: string | undefined, path = "/things/list") =>
      fetch(`${endpoint}${path}`, {
        method: "POST",
        headers: authorization === undefined ? {} : { authorization },
        body: '{"max": 1}',
      });
    const signed = SIGNATURE.replace("/inspector/", "/things/");
    try {
      const ok = await things(signed);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ things: [], asked: { max: 1 } });
      expect((await things(SIGNATURE)).headers.get("x-amzn-errortype")).toBe("InvalidSignatureException");
      const unsigned = await things(undefined);
      expect(unsigned.status).toBe(403);
      expect(unsigned.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
      expect((await things(signed, "/things/nope")).status).toBe(404);
      // Classic keeps its own requests, on the same port.
      expect((await client.send(new ListRulesPackagesCommand({}))).rulesPackageArns).toHaveLength(4);

      server.updateFaults({ internalErrors: { rate: 1, operations: ["things.List"] } });
      const failed = await things(signed);
      expect(failed.status).toBe(500);
      expect(failed.headers.get("x-amzn-errortype")).toBe("InternalServerException");
      await client.send(new ListRulesPackagesCommand({}));
      expect(() => server!.updateFaults({ latencyMs: { "things.Nope": 5 } })).toThrow(/things\.Nope/);
      expect(Object.fromEntries(server.stats)).toEqual({
        "things.List": 4,
        ListRulesPackages: 2,
        "fault.internalErrors": 1,
      });
    } finally {
      client.destroy();
      await server.close();
    }
  });
});
