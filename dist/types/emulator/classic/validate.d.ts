/** The error code for a failure at `path` (list indices included), or undefined when none is mapped. */
export declare function errorCodeFor(operation: string, path: readonly (string | number)[], kind: "list" | "value"): string | undefined;
/** Throws the ServiceError Inspector would answer when `input` does not fit the operation's input shape. */
export declare function validateInput(operation: string, input: unknown): void;
/** Pages: `maxResults` is documented as 1..500 (the model leaves it unbounded). */
export declare function checkMaxResults(value: unknown): number | undefined;
