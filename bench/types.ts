/** One measured figure of `npm run bench`. */
export interface BenchRow {
  /** Which area it measures, e.g. "emulator", "policy", "gate". */
  readonly group: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Human-readable target, e.g. "≥ 1000 calls/s" or "< 100 ms". */
  readonly target?: string;
  /** Whether the target is met; undefined when the row has no target. */
  readonly pass?: boolean;
  readonly note?: string;
}

export interface BenchModule {
  run(): Promise<BenchRow[]>;
}
