/**
 * Inspector Classic's wire protocol, awsJson1_1: `POST /` with `X-Amz-Target: InspectorService.<Op>`
 * and a JSON body, checked against the service model before the operation runs; answers in JSON, and
 * errors as the SDK parses them (`__type` in the body and `x-amzn-ErrorType`).
 */
import type { ControlRoutes } from "../control.js";
import type { Protocol, ServiceRequest } from "../server.js";
import type { ServiceError } from "../shared/errors.js";
import type { Answer } from "../shared/http.js";
import type { Emulation } from "./context.js";
import { accessDenied, internalError, serialization, throttling, unknownOperation } from "./errors.js";
import { handlerOf } from "./router.js";
import { serviceModel, TARGET_PREFIX } from "./service-model.js";
import { validateInput } from "./validate.js";

const JSON_TYPE = "application/x-amz-json-1.1";
const JSON_HEADERS: Readonly<Record<string, string>> = { "Content-Type": JSON_TYPE };

/** The AccessDeniedErrorCode that fits an operation, for requests refused before they are read. */
function deniedCode(operation: string): string {
  if (/Finding/.test(operation)) return "ACCESS_DENIED_TO_FINDING";
  if (/AssessmentRun|Telemetry|Report|Exclusion/.test(operation)) return "ACCESS_DENIED_TO_ASSESSMENT_RUN";
  if (/Template|Subscri|Event|Tags/.test(operation)) return "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE";
  if (/ResourceGroup/.test(operation)) return "ACCESS_DENIED_TO_RESOURCE_GROUP";
  if (/RulesPackage/.test(operation)) return "ACCESS_DENIED_TO_RULES_PACKAGE";
  if (/CrossAccount/.test(operation)) return "ACCESS_DENIED_TO_IAM_ROLE";
  return "ACCESS_DENIED_TO_ASSESSMENT_TARGET";
}

function errorAnswer(error: ServiceError): Answer {
  return {
    status: error.status,
    headers: { "Content-Type": JSON_TYPE, "x-amzn-ErrorType": error.type },
    body: JSON.stringify(error.body()),
  };
}

function parseBody(body: Buffer | undefined): unknown {
  if (body === undefined) throw serialization("The request body is too large.");
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw serialization("The request body is not valid JSON.");
  }
}

export function classicProtocol(em: Emulation, control: ControlRoutes): Protocol {
  return {
    signingName: "inspector",
    operations: Object.keys(serviceModel.operations),
    control,

    claims: (request: ServiceRequest) =>
      request.headers["x-amz-target"] !== undefined || request.path === "/",

    route(request) {
      if (request.method !== "POST") {
        return {
          status: 404,
          headers: JSON_HEADERS,
          body: JSON.stringify({
            __type: "UnknownOperationException",
            message: "Send POST / with X-Amz-Target.",
          }),
        };
      }
      const target = request.headers["x-amz-target"];
      const operation =
        typeof target === "string" && target.startsWith(`${TARGET_PREFIX}.`)
          ? target.slice(TARGET_PREFIX.length + 1)
          : "";
      if (handlerOf(operation) === undefined) {
        return errorAnswer(unknownOperation(`Unknown operation: X-Amz-Target '${String(target ?? "")}'.`));
      }
      return operation;
    },

    call(operation, _request, body, now) {
      const input = parseBody(body);
      validateInput(operation, input);
      const output = handlerOf(operation)!(input as Record<string, unknown>, em, now);
      return { status: 200, headers: JSON_HEADERS, body: output === undefined ? "" : JSON.stringify(output) };
    },

    errorAnswer,
    unsigned: (operation) =>
      accessDenied(
        deniedCode(operation),
        "Missing Authentication Token: sign requests with AWS Signature Version 4.",
        403,
      ),
    throttled: throttling,
    internalError,
  };
}
