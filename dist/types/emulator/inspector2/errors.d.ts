/**
 * The errors Inspector v2 answers with, as restJson1 carries them: the HTTP status of the modeled
 * exception, the type in the `x-amzn-ErrorType` header, the modeled members in the JSON body
 * (`message`, ValidationException's `reason` and `fields`) and the header-bound members
 * (`retryAfterSeconds` travels as `Retry-After`).
 */
import { ServiceError } from "../errors.js";
export declare class ServiceError2 extends ServiceError {
    /** Response headers of header-bound members, e.g. Retry-After. */
    readonly headers: Readonly<Record<string, string>>;
    constructor(type: string, status: number, message: string, members?: Record<string, unknown>, headers?: Record<string, string>);
    /** The JSON body on the wire: the modeled members, no `__type` (the header names the error). */
    body(): Record<string, unknown>;
}
export interface FieldProblem {
    readonly name: string;
    readonly message: string;
}
export type ValidationReason = "CANNOT_PARSE" | "FIELD_VALIDATION_FAILED" | "OTHER";
export declare function validation(fields: readonly FieldProblem[], reason?: ValidationReason): ServiceError2;
/** A single invalid field, with the service's own message rather than a constraint. */
export declare function invalidField(name: string, message: string, reason?: ValidationReason): ServiceError2;
/** What IAM answers when the caller's policies do not allow the action. */
export declare function accessDenied(operation: string, account: string): ServiceError2;
export declare function resourceNotFound(message: string): ServiceError2;
export declare function internalServer(message?: string): ServiceError2;
/** ThrottlingException: HTTP 429 with the seconds to wait in Retry-After. */
export declare function throttled(retryAfterSeconds: number): ServiceError2;
/** A request the front end refuses before the service reads it (missing or malformed signature). */
export declare function unauthenticated(type: string, status: number, message: string): ServiceError2;
