import type { BaselineSample, FingerprintGroup } from "./types.js";
/** Findings of one group under one fingerprint. */
export interface BaselineSlot {
    readonly id: number;
    readonly fingerprint: string;
    /** SEVERITY_RANK of its severity. */
    readonly rank: number;
    readonly group: FingerprintGroup;
    /** How many findings of the baseline it stands for. */
    readonly count: number;
}
export declare class BaselineSet {
    private readonly byFingerprint;
    private readonly slotList;
    private readonly samples;
    /** Findings in the baseline. */
    readonly size: number;
    constructor(groups: readonly FingerprintGroup[], samples?: readonly BaselineSample[]);
    static empty(): BaselineSet;
    /** A fresh counter of what is left to take: one per evaluation. */
    counter(): Uint32Array;
    /**
     * Takes one finding of this fingerprint and severity out of `left`; undefined when none is left (the
     * finding is new). A finding whose severity changed takes nothing: it is new at its new severity, and
     * the old one is reported gone. Taking only exact matches keeps the outcome independent of the order
     * findings arrive in.
     */
    take(fingerprint: string, rank: number, left: Uint32Array): BaselineSlot | undefined;
    /** Every slot, for what is left in a counter once an evaluation is done. */
    slots(): readonly BaselineSlot[];
    /** The name the baseline gave this fingerprint's finding, when it gave one. */
    sample(fingerprint: string): BaselineSample | undefined;
}
