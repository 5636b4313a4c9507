/**
 * Errors the emulator answers with, shaped as Inspector's modeled exceptions: an HTTP status, the
 * `__type` the SDK dispatches on, a `message`, and the modeled members (errorCode, canRetry, ...).
 */

export class ServiceError extends Error {
  readonly type: string;
  readonly status: number;
  readonly members: Readonly<Record<string, unknown>>;

  constructor(type: string, status: number, message: string, members: Record<string, unknown> = {}) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
    this.members = members;
  }

  /** The JSON body on the wire. */
  body(): Record<string, unknown> {
    return { __type: this.type, message: this.message, ...this.members };
  }
}

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
