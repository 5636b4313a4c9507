/** The index of the first byte of `bytes` that does not start a well-formed character (error path only). */
export declare function firstInvalidUtf8(bytes: Uint8Array): number;
export declare class Utf8Check {
    /** The first bytes of a character the last chunk ended inside. */
    private carry;
    /**
     * Where the text stops being UTF-8, as an index in `bytes` (negative for a character begun in the chunks
     * before: the index of its first byte), or undefined while it is UTF-8.
     */
    write(bytes: Uint8Array): number | undefined;
    /** Whether the stream ended inside a character. */
    endsInside(): boolean;
}
