/** Batching for APIs that take a bounded list per call (Classic's Describe* take 10 ARNs, v2's 10 too). */
export declare function chunks<T>(items: readonly T[], size: number): T[][];
