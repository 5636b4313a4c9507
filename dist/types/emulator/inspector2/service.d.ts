import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../../logging.js";
import { type FaultConfig } from "../faults.js";
import { ServiceError2 } from "./errors.js";
import { type Context2 } from "./operations.js";
/** Stats and fault scopes name v2 operations with this prefix ("inspector2.ListFindings"). */
export declare const STATS_PREFIX = "inspector2.";
export interface Service2Deps {
    /** The account and its state, created on first use. */
    ctx(): Context2;
    readonly clock: Clock;
    readonly stats: Map<string, number>;
    faults(): FaultConfig;
    /** Operations the caller's (emulated) IAM policy does not allow. */
    readonly denied: Set<string>;
    readonly faultSeed: number;
}
export declare function sendError2(res: ServerResponse, error: ServiceError2): void;
export declare class Inspector2Service {
    private readonly deps;
    private readonly random;
    private bucket?;
    constructor(deps: Service2Deps);
    /** The v2 operation a request addresses, or undefined when it is not a v2 request. */
    operationOf(req: IncomingMessage): string | undefined;
    private throttles;
    /** Refuses a request the front end would: no signature, a malformed one, or one for another service. */
    private unsigned;
    serve(req: IncomingMessage, res: ServerResponse, operation: string): Promise<void>;
}
