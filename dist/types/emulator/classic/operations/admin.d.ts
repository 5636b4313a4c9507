/**
 * The account's settings and the service's catalogue: the rules packages (listed and described) and
 * the cross-account role Inspector assumes.
 */
import { type Handler } from "../context.js";
export declare const ADMIN_OPERATIONS: Readonly<Record<string, Handler>>;
