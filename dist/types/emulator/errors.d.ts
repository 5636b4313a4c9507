/**
 * Errors the emulator answers with, shaped as Inspector's modeled exceptions: an HTTP status, the
 * `__type` the SDK dispatches on, a `message`, and the modeled members (errorCode, canRetry, ...).
 */
export declare class ServiceError extends Error {
    readonly type: string;
    readonly status: number;
    readonly members: Readonly<Record<string, unknown>>;
    constructor(type: string, status: number, message: string, members?: Record<string, unknown>);
    /** The JSON body on the wire. */
    body(): Record<string, unknown>;
}
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
