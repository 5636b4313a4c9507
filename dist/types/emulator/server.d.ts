import { type IncomingHttpHeaders } from "node:http";
import type { Clock } from "../logging.js";
import { type ControlRoutes } from "./control.js";
import { ServiceError } from "./shared/errors.js";
import { type FaultConfig } from "./shared/faults.js";
import { type Answer } from "./shared/http.js";
export interface ServiceRequest {
    readonly method: string;
    /** The path without its query string. */
    readonly path: string;
    /** The request target as sent (path and query). */
    readonly url: string;
    readonly headers: IncomingHttpHeaders;
}
/** One wire protocol of one service, served on the emulator's port. */
export interface Protocol {
    /** The service SigV4 credentials must be scoped to, e.g. "inspector". */
    readonly signingName: string;
    /**
     * The names its calls are counted and its faults scoped under; a second service prefixes them
     * ("inspector2.ListFindings") to keep them apart from the first's.
     */
    readonly operations: readonly string[];
    /** Whether a request is for this protocol. */
    claims(request: ServiceRequest): boolean;
    /** The operation a request calls, or the answer to a request that calls none. */
    route(request: ServiceRequest): string | Answer;
    /**
     * Refuses a signed request before the faults apply: an operation the caller may not call (an IAM
     * policy that does not allow it) or one the emulator does not serve.
     */
    refuse?(operation: string): ServiceError | undefined;
    /**
     * Runs `operation` on the body (undefined when too large), at once or later; throws (or rejects
     * with) a ServiceError to refuse it.
     */
    call(operation: string, request: ServiceRequest, body: Buffer | undefined, now: number): Answer | Promise<Answer>;
    /** An error as this protocol writes it. */
    errorAnswer(error: ServiceError): Answer;
    /** The error answering a request for `operation` that carries no signature. */
    unsigned(operation: string): ServiceError;
    /** The error answering a request beyond the rate limit of `requestsPerSecond`. */
    throttled(requestsPerSecond: number): ServiceError;
    internalError(message?: string): ServiceError;
    /** Routes it adds to the control endpoint. */
    readonly control?: ControlRoutes;
    /**
     * Seeds its own fault decisions (and gives it its own rate-limit bucket), so that traffic to one
     * service does not change which requests of another fail; default: the server's fault seed.
     */
    readonly faultSeed?: number;
}
export declare class EmulatorServer {
    private readonly clock;
    private readonly faultSeed;
    /** Calls per operation (refused, throttled and failed calls included) and "fault.<kind>" counters. */
    readonly stats: Map<string, number>;
    private config;
    private readonly protocols;
    private readonly injectors;
    /** The names a fault may scope: every operation, and the plain name of each prefixed one. */
    private readonly faultNames;
    private readonly controls;
    private readonly http;
    private url;
    /** `faultSeed` seeds the random decisions of the faults of protocols without a seed of their own. */
    constructor(clock: Clock, faultSeed: number);
    register(protocol: Protocol): void;
    get faults(): FaultConfig;
    /** Merges a fault update in (every key given replaces that fault); throws a readable Error. */
    updateFaults(update: unknown): FaultConfig;
    /** "http://HOST:PORT" once listening. */
    get endpoint(): string;
    /** Starts listening; rejects with the system's error (port in use, bad host). */
    listen(host: string, port: number): Promise<string>;
    /** Stops listening and closes every connection. */
    close(): Promise<void>;
    private readonly handle;
    private serve;
    private control;
}
