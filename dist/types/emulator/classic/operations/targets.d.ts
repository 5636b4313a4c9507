/**
 * Resource groups and assessment targets: creation with Inspector's limits and unique names,
 * describes with failedItems, listings by name pattern, deletion refused while a run is in progress.
 */
import { type Handler } from "../context.js";
export declare const TARGET_OPERATIONS: Readonly<Record<string, Handler>>;
