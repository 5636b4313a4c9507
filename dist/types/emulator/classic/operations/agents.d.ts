import { type Handler } from "../context.js";
export declare const AGENT_OPERATIONS: Readonly<Record<string, Handler>>;
