/**
 * Byte-level looks at JSON text, for the findings stream's fast path (json-stream.ts): where an object that
 * starts at a given byte ends, and the name of its first member. Neither parses nor checks anything: each
 * only finds bounds, in one chunk, and answers "not here" (-1, undefined) for whatever it cannot see whole
 * or does not expect; the streaming parser then reads those bytes itself and judges them.
 */
export declare const QUOTE = 34;
export declare const BACKSLASH = 92;
export declare const LEFT_BRACE = 123;
export declare const RIGHT_BRACE = 125;
export declare const LEFT_BRACKET = 91;
export declare const RIGHT_BRACKET = 93;
export declare const COMMA = 44;
/** JSON's four whitespace bytes. */
export declare function isJsonSpace(b: number): boolean;
/** The index of the quote that closes the string whose opening quote is at `open`; -1 if not in `bytes`. */
export declare function stringEnd(bytes: Uint8Array, open: number): number;
/**
 * The index of the bracket that closes the object or list opened at `open`, counting brackets outside
 * strings; -1 when it does not close within `bytes`. Which bracket closes it is not checked: a mismatch is
 * invalid JSON, which the caller's parser refuses.
 */
export declare function valueEnd(bytes: Uint8Array, open: number): number;
/**
 * The name of the first member of the object opened at `open`, when it is a plain string (no escapes) seen
 * whole in `bytes`; undefined otherwise (an empty object, an escape, the end of the chunk, invalid JSON).
 */
export declare function firstMemberName(bytes: Uint8Array, open: number): string | undefined;
