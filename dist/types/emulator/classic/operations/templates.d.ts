import { type Handler } from "../context.js";
export declare const TEMPLATE_OPERATIONS: Readonly<Record<string, Handler>>;
