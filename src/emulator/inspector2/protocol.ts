/**
 * Inspector v2's wire protocol, restJson1: a request without `X-Amz-Target` whose method and path are
 * a route of the v2 model is v2. The body is checked against the model before the operation runs;
 * answers carry JSON, errors the type in `x-amzn-ErrorType`, the modeled members in the body and the
 * header-bound ones (Retry-After) as headers. Calls are counted, and faults scoped, as
 * `inspector2.<Operation>`.
 */
import type { ControlRoutes } from "../control.js";
import type { Protocol, ServiceRequest } from "../server.js";
import type { ServiceError } from "../shared/errors.js";
import type { Answer } from "../shared/http.js";
import { accessDenied, internalServer, invalidField, missingToken, notServed, throttled } from "./errors.js";
import { model2, routeOf, SIGNING_NAME } from "./model.js";
import { type Context2, HANDLERS2 } from "./operations.js";
import { validateInput2 } from "./validate.js";

/** Stats and fault scopes name v2 operations with this prefix ("inspector2.ListFindings"). */
export const STATS_PREFIX = "inspector2.";

const JSON_HEADERS: Readonly<Record<string, string>> = { "Content-Type": "application/json" };

function errorAnswer(error: ServiceError): Answer {
  return {
    status: error.status,
    headers: { ...JSON_HEADERS, "x-amzn-ErrorType": error.type, ...error.headers },
    body: JSON.stringify({ message: error.message, ...error.members }),
  };
}

function parseBody(body: Buffer | undefined): unknown {
  if (body === undefined) throw invalidField("(request)", "The request body is too large.", "CANNOT_PARSE");
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw invalidField("(request)", "The request body is not valid JSON.", "CANNOT_PARSE");
  }
}

export interface Inspector2Wiring {
  /** The account and its state, created on first use. */
  ctx(): Context2;
  /** Operations the caller's (emulated) IAM policy does not allow. */
  readonly denied: ReadonlySet<string>;
  readonly control: ControlRoutes;
  /** Seeds the decisions of the faults on v2 operations. */
  readonly faultSeed: number;
}

export function inspector2Protocol(wiring: Inspector2Wiring): Protocol {
  const { ctx, denied } = wiring;
  return {
    signingName: SIGNING_NAME,
    operations: Object.keys(model2.operations).map((name) => STATS_PREFIX + name),
    control: wiring.control,
    faultSeed: wiring.faultSeed,

    claims: (request: ServiceRequest) =>
      request.headers["x-amz-target"] === undefined && routeOf(request.method, request.path) !== undefined,

    route: (request) => STATS_PREFIX + routeOf(request.method, request.path)!,

    refuse(qualified) {
      const operation = qualified.slice(STATS_PREFIX.length);
      if (HANDLERS2[operation] === undefined) return notServed(operation);
      if (denied.has(operation)) return accessDenied(operation, ctx().acct.accountId);
      return undefined;
    },

    async call(qualified, _request, body, now) {
      const operation = qualified.slice(STATS_PREFIX.length);
      const input = parseBody(body);
      validateInput2(operation, input);
      const output = await HANDLERS2[operation]!(input as Record<string, unknown>, ctx(), now);
      return { status: 200, headers: JSON_HEADERS, body: JSON.stringify(output) };
    },

    errorAnswer,
    unsigned: missingToken,
    throttled: (requestsPerSecond) => throttled(Math.max(1, Math.ceil(1 / requestsPerSecond))),
    internalError: internalServer,
  };
}
