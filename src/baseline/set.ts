/**
 * A baseline in memory: its fingerprints as a multiset (two findings that share a fingerprint are two
 * entries), each with the severity and the rules it counted for. Pure: read from a report or a baseline
 * file by read.ts. One set serves many evaluations: each takes entries out of its own counter.
 */
import { SEVERITY_RANK } from "../model.js";
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

export class BaselineSet {
  private readonly byFingerprint = new Map<string, BaselineSlot | BaselineSlot[]>();
  private readonly slotList: BaselineSlot[] = [];
  private readonly samples = new Map<string, BaselineSample>();
  /** Findings in the baseline. */
  readonly size: number;

  constructor(groups: readonly FingerprintGroup[], samples: readonly BaselineSample[] = []) {
    let size = 0;
    for (const group of groups) {
      const rank = SEVERITY_RANK[group.severity];
      // Repeated fingerprints within a group become one slot counting them.
      const counts = new Map<string, number>();
      for (const fp of group.fingerprints) counts.set(fp, (counts.get(fp) ?? 0) + 1);
      for (const [fp, count] of counts) {
        const slot: BaselineSlot = { id: this.slotList.length, fingerprint: fp, rank, group, count };
        this.slotList.push(slot);
        size += count;
        const known = this.byFingerprint.get(fp);
        if (known === undefined) this.byFingerprint.set(fp, slot);
        else if (Array.isArray(known)) known.push(slot);
        else this.byFingerprint.set(fp, [known, slot]);
      }
    }
    this.size = size;
    for (const sample of samples) this.samples.set(sample.fingerprint, sample);
  }

  static empty(): BaselineSet {
    return new BaselineSet([]);
  }

  /** A fresh counter of what is left to take: one per evaluation. */
  counter(): Uint32Array {
    return Uint32Array.from(this.slotList, (slot) => slot.count);
  }

  /**
   * Takes one finding of this fingerprint and severity out of `left`; undefined when none is left (the
   * finding is new). A finding whose severity changed takes nothing: it is new at its new severity, and
   * the old one is reported gone. Taking only exact matches keeps the outcome independent of the order
   * findings arrive in.
   */
  take(fingerprint: string, rank: number, left: Uint32Array): BaselineSlot | undefined {
    const known = this.byFingerprint.get(fingerprint);
    if (known === undefined) return undefined;
    for (const slot of Array.isArray(known) ? known : [known]) {
      if (slot.rank === rank && left[slot.id]! > 0) {
        left[slot.id]!--;
        return slot;
      }
    }
    return undefined;
  }

  /** Every slot, for what is left in a counter once an evaluation is done. */
  slots(): readonly BaselineSlot[] {
    return this.slotList;
  }

  /** The name the baseline gave this fingerprint's finding, when it gave one. */
  sample(fingerprint: string): BaselineSample | undefined {
    return this.samples.get(fingerprint);
  }
}
