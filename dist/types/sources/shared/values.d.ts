/** Small checks for values read from JSON someone else wrote (exports, service responses). */
export declare function isObject(value: unknown): value is Record<string, unknown>;
export declare function describeValue(value: unknown): string;
