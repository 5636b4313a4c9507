/**
 * Deterministic randomness: a 32-bit hash for strings and numbers, and a small counter-based
 * generator (a Weyl sequence run through a 32-bit avalanche finaliser). The same seed always gives
 * the same data, which is what makes the emulator's accounts reproducible.
 */
/** Scrambles a 32-bit integer so that nearby inputs give unrelated outputs. */
export declare function avalanche(x: number): number;
/** A 32-bit hash of any mix of strings and numbers. */
export declare function hash(...parts: readonly (string | number)[]): number;
/** A seeded generator of uniform 32-bit values. */
export declare class Random {
    private state;
    constructor(seed: number);
    static from(...parts: readonly (string | number)[]): Random;
    /** A uniform unsigned 32-bit integer. */
    next(): number;
    /** A uniform float in [0, 1). */
    float(): number;
    /** A uniform integer in [0, n). */
    int(n: number): number;
    pick<T>(items: readonly T[]): T;
    /** A string of `length` characters drawn from `alphabet`. */
    chars(length: number, alphabet: string): string;
}
export declare const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export declare const HEX = "0123456789abcdef";
/** A uniform float in [0, 1) derived from a hash: for decisions that must be the same on every ask. */
export declare function unit(...parts: readonly (string | number)[]): number;
