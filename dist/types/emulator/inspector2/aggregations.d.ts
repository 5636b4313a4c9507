import type { Handler2 } from "./operations.js";
export declare const listFindingAggregations: Handler2;
