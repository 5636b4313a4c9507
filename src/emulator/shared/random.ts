/**
 * Deterministic randomness: a 32-bit hash for strings and numbers, and a small counter-based
 * generator (a Weyl sequence run through a 32-bit avalanche finaliser). The same seed always gives
 * the same data, which is what makes the emulator's accounts reproducible.
 */

/** Scrambles a 32-bit integer so that nearby inputs give unrelated outputs. */
export function avalanche(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  z ^= z >>> 16;
  return z >>> 0;
}

/** A 32-bit hash of any mix of strings and numbers. */
export function hash(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    if (typeof part === "number") {
      h = avalanche(h ^ avalanche(part | 0) ^ Math.floor(part / 0x100000000));
    } else {
      for (let i = 0; i < part.length; i++) {
        h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
      }
      h = avalanche(h ^ part.length);
    }
  }
  return h >>> 0;
}

/** A seeded generator of uniform 32-bit values. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  static from(...parts: readonly (string | number)[]): Random {
    return new Random(hash(...parts));
  }

  /** A uniform unsigned 32-bit integer. */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    return avalanche(this.state);
  }

  /** A uniform float in [0, 1). */
  float(): number {
    return this.next() / 0x100000000;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
}

export const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const HEX = "0123456789abcdef";

/** A uniform float in [0, 1) derived from a hash: for decisions that must be the same on every ask. */
export function unit(...parts: readonly (string | number)[]): number {
  return hash(...parts) / 0x100000000;
}
