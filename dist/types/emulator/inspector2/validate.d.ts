/** Throws the ValidationException Inspector v2 would answer when `input` does not fit the operation. */
export declare function validateInput2(operation: string, input: unknown): void;
