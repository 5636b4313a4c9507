/**
 * Assessment runs through the API: starting one (unique names, agents busy in another run, the run
 * limit), stopping, deleting once ended, describing (state history, notifications, findingCounts)
 * and listing by template and filter. The state machine itself is in run-lifecycle.ts.
 */
import { type Handler } from "../context.js";
export declare const RUN_OPERATIONS: Readonly<Record<string, Handler>>;
