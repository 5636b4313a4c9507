/**
 * The errors Inspector Classic answers with, shaped as its modeled exceptions: an HTTP status, the
 * `__type` the SDK dispatches on, a `message`, and the modeled members (errorCode, canRetry, ...).
 */
import { ServiceError } from "../shared/errors.js";
export declare function invalidInput(errorCode: string, message: string): ServiceError;
export declare function noSuchEntity(errorCode: string, message: string): ServiceError;
export declare function accessDenied(errorCode: string, message: string, status?: number): ServiceError;
export declare function limitExceeded(errorCode: string, message: string): ServiceError;
export declare function internalError(message?: string): ServiceError;
export declare function throttling(): ServiceError;
export declare function runInProgress(message: string, runArns: readonly string[]): ServiceError;
export declare function agentsAlreadyRunning(message: string, agents: readonly {
    agentId: string;
    assessmentRunArn: string;
}[]): ServiceError;
export declare function serialization(message: string): ServiceError;
export declare function unknownOperation(message: string): ServiceError;
/** A pagination token this emulator did not issue, or issued for another request. */
export declare function invalidPageToken(operation: string): ServiceError;
