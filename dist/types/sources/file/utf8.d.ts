/** The index of the first byte of `bytes` that does not start a well-formed character (error path only). */
export declare function firstInvalidUtf8(bytes: Uint8Array): number;
export declare class Utf8Check {
    /** The first bytes of a character the last chunk ended inside. */
    private carry;
    /** The index in `bytes` where the text stops being UTF-8 (0 for a character begun before), or -1. */
    write(bytes: Uint8Array): number;
    /** Whether the stream ended inside a character. */
    endsInside(): boolean;
}
