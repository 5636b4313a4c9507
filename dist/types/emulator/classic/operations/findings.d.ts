import { type Handler } from "../context.js";
export declare const FINDING_OPERATIONS: Readonly<Record<string, Handler>>;
