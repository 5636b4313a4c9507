/**
 * Bounded samples of findings, worst first, independent of the order findings arrive in: what the
 * evaluator keeps of each limit, rule and exception (the findings a report lists).
 */
import type { Finding } from "../model.js";
import { STATE_NONE } from "./baseline.js";

// ---------------------------------------------------------------------------------------------------
// Bounded samples, worst first

export interface Entry {
  readonly finding: Finding;
  readonly rank: number;
  readonly numeric: number;
  /** arnKey(finding.arn), kept so that ordering the heap rarely reads the finding again. */
  readonly key: number;
  readonly seq: number;
  /** Against a baseline, new (STATE_NEW) or not (STATE_UNCHANGED) for the limit or rule sampled. */
  readonly state: number;
}

function numericOf(finding: Finding): number {
  const n = finding.numericSeverity;
  return typeof n === "number" && !Number.isNaN(n) ? n : -1;
}

/**
 * A fixed total order on ARNs, cheap for the ARNs of one run (they share a long prefix and differ at the
 * end): shorter first, then by characters from the end. Any fixed total order keeps samples independent
 * of the order findings arrive in.
 */
function arnBefore(x: string, y: string): boolean {
  if (x.length !== y.length) return x.length < y.length;
  for (let i = x.length - 1; i >= 0; i--) {
    const a = x.charCodeAt(i);
    const b = y.charCodeAt(i);
    if (a !== b) return a < b;
  }
  return false;
}

/**
 * A number ordered like arnBefore on the ARN's length and last two characters: most comparisons of a
 * large run (where findings tie on severity) are then decided without reading the findings again, which
 * saves about a tenth of the evaluation time. Ties fall back to arnBefore.
 */
function arnKey(arn: string): number {
  const n = arn.length;
  return n * 4294967296 + (n > 0 ? arn.charCodeAt(n - 1) * 65536 : 0) + (n > 1 ? arn.charCodeAt(n - 2) : 0);
}

/** True when a should be listed before b: higher severity, higher numeric severity, then ARN, then arrival. */
export function worse(a: Entry, b: Entry): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.numeric !== b.numeric) return a.numeric > b.numeric;
  if (a.key !== b.key) return a.key < b.key;
  const x = a.finding.arn;
  const y = b.finding.arn;
  if (x !== y) return arnBefore(x, y);
  return a.seq < b.seq;
}

/** Keeps the `limit` worst entries in a heap whose root is the least bad one kept. */
export class Sample {
  private readonly heap: Entry[] = [];
  constructor(private readonly limit: number) {}

  /** Considers a finding; allocates only when it is kept. */
  offer(finding: Finding, rank: number, seq: number, state = STATE_NONE): void {
    const h = this.heap;
    if (h.length < this.limit) {
      this.push({ finding, rank, numeric: numericOf(finding), key: arnKey(finding.arn), seq, state });
      return;
    }
    if (h.length === 0) return;
    const root = h[0]!;
    // Quick rejections before building an entry: not worse than the least bad kept.
    if (rank < root.rank) return;
    const numeric = numericOf(finding);
    if (rank === root.rank && numeric < root.numeric) return;
    const key = arnKey(finding.arn);
    if (rank === root.rank && numeric === root.numeric && key > root.key) return;
    const entry = { finding, rank, numeric, key, seq, state };
    if (worse(entry, root)) this.replaceRoot(entry);
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(h[parent]!, h[i]!)) break;
      const swap = h[parent]!;
      h[parent] = h[i]!;
      h[i] = swap;
      i = parent;
    }
  }

  private replaceRoot(e: Entry): void {
    const h = this.heap;
    h[0] = e;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < h.length && worse(h[least]!, h[l]!)) least = l;
      if (r < h.length && worse(h[least]!, h[r]!)) least = r;
      if (least === i) break;
      const swap = h[least]!;
      h[least] = h[i]!;
      h[i] = swap;
      i = least;
    }
  }

  get size(): number {
    return this.heap.length;
  }

  sorted(): Entry[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? -1 : worse(b, a) ? 1 : 0));
  }
}
