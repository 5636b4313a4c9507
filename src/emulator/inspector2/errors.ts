/**
 * The errors Inspector v2 answers with, as restJson1 carries them: the HTTP status of the modeled
 * exception, the type in the `x-amzn-ErrorType` header, the modeled members in the JSON body
 * (`message`, ValidationException's `reason` and `fields`) and the header-bound members
 * (`retryAfterSeconds` travels as `Retry-After`): see the protocol's errorAnswer.
 */
import { ServiceError } from "../shared/errors.js";

export interface FieldProblem {
  readonly name: string;
  readonly message: string;
}

export type ValidationReason = "CANNOT_PARSE" | "FIELD_VALIDATION_FAILED" | "OTHER";

/** At most this many field problems are listed, as AWS validation messages cap them. */
const MAX_FIELDS = 10;

export function validation(
  fields: readonly FieldProblem[],
  reason: ValidationReason = "FIELD_VALIDATION_FAILED",
): ServiceError {
  const listed = fields.slice(0, MAX_FIELDS);
  const count = fields.length;
  const message =
    count === 0
      ? "The request is invalid."
      : `${count} validation error${count === 1 ? "" : "s"} detected: ${listed.map((f) => f.message).join("; ")}`;
  return new ServiceError("ValidationException", 400, message, {
    reason,
    ...(listed.length > 0 ? { fields: listed.map((f) => ({ name: f.name, message: f.message })) } : {}),
  });
}

/** A single invalid field, with the service's own message rather than a constraint. */
export function invalidField(
  name: string,
  message: string,
  reason: ValidationReason = "FIELD_VALIDATION_FAILED",
): ServiceError {
  return new ServiceError("ValidationException", 400, message, { reason, fields: [{ name, message }] });
}

/** What IAM answers when the caller's policies do not allow the action. */
export function accessDenied(operation: string, account: string): ServiceError {
  return new ServiceError(
    "AccessDeniedException",
    403,
    `User: arn:aws:iam::${account}:user/inspector-gate is not authorized to perform: inspector2:${operation} because no identity-based policy allows the inspector2:${operation} action`,
  );
}

export function resourceNotFound(message: string): ServiceError {
  return new ServiceError("ResourceNotFoundException", 404, message);
}

export function internalServer(message = "Internal server error."): ServiceError {
  return new ServiceError("InternalServerException", 500, message);
}

/** ThrottlingException: HTTP 429 with the seconds to wait in Retry-After. */
export function throttled(retryAfterSeconds: number): ServiceError {
  return new ServiceError(
    "ThrottlingException",
    429,
    "Rate exceeded",
    {},
    { "Retry-After": String(retryAfterSeconds) },
  );
}

/** What the front end answers a request that carries no signature at all. */
export function missingToken(): ServiceError {
  return new ServiceError("MissingAuthenticationTokenException", 403, "Missing Authentication Token");
}

/** An operation of the model that the emulator does not serve (HTTP 501, naming it). */
export function notServed(operation: string): ServiceError {
  return new ServiceError(
    "NotImplementedException",
    501,
    `The emulator does not serve Inspector2 ${operation}.`,
  );
}
