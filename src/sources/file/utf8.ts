/**
 * UTF-8 checking of a byte stream read in chunks: the streaming parser decodes only the strings it
 * finishes, so an export saved in another encoding (Latin-1, UTF-16) is refused here, at the byte where it
 * stops being UTF-8, rather than misread. A character split between two chunks is carried to the next.
 */
import { isUtf8 } from "node:buffer";

const EMPTY = new Uint8Array(0);

/** Bytes of the character a lead byte starts; 1 for ASCII and for bytes that cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

/** Whether the bytes after a lead byte (as many as there are, up to its length) may continue it. */
function continues(bytes: Uint8Array, i: number, n: number): boolean {
  const lead = bytes[i] as number;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  const end = Math.min(i + n, bytes.length);
  for (let k = i + 1; k < end; k++) {
    const b = bytes[k] as number;
    if (k === i + 1 ? b < low || b > high : b < 0x80 || b > 0xbf) return false;
  }
  return true;
}

/** The index of the first byte of `bytes` that does not start a well-formed character (error path only). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const n = sequenceLength(lead);
    if (n === 1) {
      if (lead >= 0x80) return i;
      i++;
      continue;
    }
    if (i + n > bytes.length || !continues(bytes, i, n)) return i;
    i += n;
  }
  return bytes.length;
}

export class Utf8Check {
  /** The first bytes of a character the last chunk ended inside. */
  private carry: Uint8Array = EMPTY;

  /**
   * Where the text stops being UTF-8, as an index in `bytes` (negative for a character begun in the chunks
   * before: the index of its first byte), or undefined while it is UTF-8.
   */
  write(bytes: Uint8Array): number | undefined {
    let start = 0;
    if (this.carry.length > 0) {
      const need = sequenceLength(this.carry[0] as number) - this.carry.length;
      const joined = new Uint8Array(this.carry.length + Math.min(need, bytes.length));
      joined.set(this.carry);
      joined.set(bytes.subarray(0, need), this.carry.length);
      if (bytes.length < need) {
        // Still inside the character (chunks of a byte or two): carry what has come, if it may go on.
        if (!continues(joined, 0, joined.length)) return -this.carry.length;
        this.carry = joined;
        return undefined;
      }
      if (!isUtf8(joined)) return -this.carry.length;
      this.carry = EMPTY;
      start = need;
    }
    let cut = bytes.length;
    for (let i = bytes.length - 1; i >= Math.max(start, bytes.length - 3); i--) {
      const b = bytes[i] as number;
      if (b < 0x80) break;
      if (b >= 0xc0) {
        if (i + sequenceLength(b) > bytes.length) cut = i;
        break;
      }
    }
    const body = bytes.subarray(start, cut);
    if (!isUtf8(body)) return start + firstInvalidUtf8(body);
    if (cut < bytes.length) this.carry = bytes.slice(cut);
    return undefined;
  }

  /** Whether the stream ended inside a character. */
  endsInside(): boolean {
    return this.carry.length > 0;
  }
}
