/**
 * Timestamps in every form Inspector's findings reach the gate in: the SDK's Date, the epoch seconds the
 * AWS CLI v1 prints, the ISO-8601 strings of the CLI v2 and of exports (with microseconds, with offsets).
 */
/**
 * Epoch seconds (milliseconds above 10^11), an ISO-8601 string or a Date (as the SDK parses one) →
 * ISO-8601; undefined when invalid.
 */
export declare function timestamp(value: unknown): string | undefined;
