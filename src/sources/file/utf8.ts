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
    if (i + n > bytes.length) return i;
    const second = bytes[i + 1] as number;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < n; k++) {
      const b = bytes[i + k] as number;
      if (b < 0x80 || b > 0xbf) return i;
    }
    i += n;
  }
  return bytes.length;
}

export class Utf8Check {
  /** The first bytes of a character the last chunk ended inside. */
  private carry: Uint8Array = EMPTY;

  /** The index in `bytes` where the text stops being UTF-8 (0 for a character begun before), or -1. */
  write(bytes: Uint8Array): number {
    let start = 0;
    if (this.carry.length > 0) {
      const need = sequenceLength(this.carry[0] as number) - this.carry.length;
      const joined = new Uint8Array(this.carry.length + Math.min(need, bytes.length));
      joined.set(this.carry);
      joined.set(bytes.subarray(0, need), this.carry.length);
      if (bytes.length < need) {
        if (firstInvalidUtf8(joined) < this.carry.length) return 0;
        this.carry = joined;
        return -1;
      }
      if (!isUtf8(joined)) return 0;
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
    return -1;
  }

  /** Whether the stream ended inside a character. */
  endsInside(): boolean {
    return this.carry.length > 0;
  }
}
