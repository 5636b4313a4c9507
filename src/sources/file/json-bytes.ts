/**
 * Byte-level looks at JSON text, for the findings stream's fast path (json-stream.ts): where an object that
 * starts at a given byte ends, and the name of its first member. Neither parses nor checks anything: each
 * only finds bounds, in one chunk, and answers "not here" (-1, undefined) for whatever it cannot see whole
 * or does not expect; the streaming parser then reads those bytes itself and judges them.
 */

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const LEFT_BRACE = 0x7b;
export const RIGHT_BRACE = 0x7d;
export const LEFT_BRACKET = 0x5b;
export const RIGHT_BRACKET = 0x5d;
export const COMMA = 0x2c;

/** JSON's four whitespace bytes. */
export function isJsonSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** The index of the quote that closes the string whose opening quote is at `open`; -1 if not in `bytes`. */
export function stringEnd(bytes: Uint8Array, open: number): number {
  let q = open;
  for (;;) {
    q = bytes.indexOf(QUOTE, q + 1);
    if (q === -1) return -1;
    // Escaped when an odd number of backslashes precede it (the opening quote stops the count).
    let k = q - 1;
    while (bytes[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q;
  }
}

/**
 * The index of the bracket that closes the object or list opened at `open`, counting brackets outside
 * strings; -1 when it does not close within `bytes`. Which bracket closes it is not checked: a mismatch is
 * invalid JSON, which the caller's parser refuses.
 */
export function valueEnd(bytes: Uint8Array, open: number): number {
  let depth = 0;
  const n = bytes.length;
  for (let i = open; i < n; i++) {
    const b = bytes[i] as number;
    if (b === QUOTE) {
      i = stringEnd(bytes, i);
      if (i === -1) return -1;
    } else if (b === LEFT_BRACE || b === LEFT_BRACKET) depth++;
    else if (b === RIGHT_BRACE || b === RIGHT_BRACKET) {
      if (--depth === 0) return i;
    }
  }
  return -1;
}

/**
 * The name of the first member of the object opened at `open`, when it is a plain string (no escapes) seen
 * whole in `bytes`; undefined otherwise (an empty object, an escape, the end of the chunk, invalid JSON).
 */
export function firstMemberName(bytes: Uint8Array, open: number): string | undefined {
  let i = open + 1;
  while (i < bytes.length && isJsonSpace(bytes[i] as number)) i++;
  if (bytes[i] !== QUOTE) return undefined;
  const end = bytes.indexOf(QUOTE, i + 1);
  if (end === -1) return undefined;
  const name = bytes.subarray(i + 1, end);
  if (name.includes(BACKSLASH)) return undefined;
  return Buffer.from(name.buffer, name.byteOffset, name.length).toString("utf8");
}
