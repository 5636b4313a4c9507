/**
 * Inspector Classic's wire protocol, awsJson1_1: `POST /` with `X-Amz-Target: InspectorService.<Op>`
 * and a JSON body, checked against the service model before the operation runs; answers in JSON, and
 * errors as the SDK parses them (`__type` in the body and `x-amzn-ErrorType`).
 */
import type { ControlRoutes } from "../control.js";
import type { Protocol } from "../server.js";
import type { Emulation } from "./context.js";
export declare function classicProtocol(em: Emulation, control: ControlRoutes): Protocol;
