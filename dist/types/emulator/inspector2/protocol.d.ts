/**
 * Inspector v2's wire protocol, restJson1: a request without `X-Amz-Target` whose method and path are
 * a route of the v2 model is v2. The body is checked against the model before the operation runs;
 * answers carry JSON, errors the type in `x-amzn-ErrorType`, the modeled members in the body and the
 * header-bound ones (Retry-After) as headers. Calls are counted, and faults scoped, as
 * `inspector2.<Operation>`.
 */
import type { ControlRoutes } from "../control.js";
import type { Protocol } from "../server.js";
import { type Context2 } from "./operations.js";
/** Stats and fault scopes name v2 operations with this prefix ("inspector2.ListFindings"). */
export declare const STATS_PREFIX = "inspector2.";
export interface Inspector2Wiring {
    /** The account and its state, created on first use. */
    ctx(): Context2;
    /** Operations the caller's (emulated) IAM policy does not allow. */
    readonly denied: ReadonlySet<string>;
    readonly control: ControlRoutes;
    /** Seeds the decisions of the faults on v2 operations. */
    readonly faultSeed: number;
}
export declare function inspector2Protocol(wiring: Inspector2Wiring): Protocol;
