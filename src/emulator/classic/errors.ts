/**
 * The errors Inspector Classic answers with, shaped as its modeled exceptions: an HTTP status, the
 * `__type` the SDK dispatches on, a `message`, and the modeled members (errorCode, canRetry, ...).
 */
import { ServiceError } from "../shared/errors.js";

export function invalidInput(errorCode: string, message: string): ServiceError {
  return new ServiceError("InvalidInputException", 400, message, { errorCode, canRetry: false });
}

export function noSuchEntity(errorCode: string, message: string): ServiceError {
  return new ServiceError("NoSuchEntityException", 400, message, { errorCode, canRetry: false });
}

export function accessDenied(errorCode: string, message: string, status = 400): ServiceError {
  return new ServiceError("AccessDeniedException", status, message, { errorCode, canRetry: false });
}

export function limitExceeded(errorCode: string, message: string): ServiceError {
  return new ServiceError("LimitExceededException", 400, message, { errorCode, canRetry: false });
}

export function internalError(message = "Internal server error."): ServiceError {
  return new ServiceError("InternalException", 500, message, { canRetry: true });
}

export function throttling(): ServiceError {
  return new ServiceError("ThrottlingException", 400, "Rate exceeded");
}

export function runInProgress(message: string, runArns: readonly string[]): ServiceError {
  return new ServiceError("AssessmentRunInProgressException", 400, message, {
    assessmentRunArns: runArns.slice(0, 10),
    assessmentRunArnsTruncated: runArns.length > 10,
    canRetry: false,
  });
}

export function agentsAlreadyRunning(
  message: string,
  agents: readonly { agentId: string; assessmentRunArn: string }[],
): ServiceError {
  return new ServiceError("AgentsAlreadyRunningAssessmentException", 400, message, {
    agents: agents.slice(0, 10),
    agentsTruncated: agents.length > 10,
    canRetry: false,
  });
}

export function serialization(message: string): ServiceError {
  return new ServiceError("SerializationException", 400, message);
}

export function unknownOperation(message: string): ServiceError {
  return new ServiceError("UnknownOperationException", 400, message);
}

/** A pagination token this emulator did not issue, or issued for another request. */
export function invalidPageToken(operation: string): ServiceError {
  return invalidInput(
    "INVALID_PAGINATION_TOKEN",
    `The pagination token is invalid or does not belong to this ${operation} request.`,
  );
}
