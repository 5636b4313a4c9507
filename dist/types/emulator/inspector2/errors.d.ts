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
export declare function validation(fields: readonly FieldProblem[], reason?: ValidationReason): ServiceError;
/** A single invalid field, with the service's own message rather than a constraint. */
export declare function invalidField(name: string, message: string, reason?: ValidationReason): ServiceError;
/** What IAM answers when the caller's policies do not allow the action. */
export declare function accessDenied(operation: string, account: string): ServiceError;
export declare function resourceNotFound(message: string): ServiceError;
export declare function internalServer(message?: string): ServiceError;
/** ThrottlingException: HTTP 429 with the seconds to wait in Retry-After. */
export declare function throttled(retryAfterSeconds: number): ServiceError;
/** What the front end answers a request that carries no signature at all. */
export declare function missingToken(): ServiceError;
/** An operation of the model that the emulator does not serve (HTTP 501, naming it). */
export declare function notServed(operation: string): ServiceError;
