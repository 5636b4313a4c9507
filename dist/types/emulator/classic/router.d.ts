/**
 * Inspector Classic's operations by name: one handler per operation of the service model, gathered
 * from the modules that group them by resource.
 */
import type { Handler } from "./context.js";
export declare const OPERATIONS: Readonly<Record<string, Handler>>;
/** The handler of `operation`, or undefined when Inspector Classic has no such operation. */
export declare function handlerOf(operation: string): Handler | undefined;
