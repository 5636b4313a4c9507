/** The gates a merged verdict is made of (`inspector-gate merge`). */
import type { Verdict } from "../result.js";

/** One gate of a fleet, as its JSON report described it. */
export interface FleetMember {
  /** The report file, as given (shown in every report of the merge). */
  readonly file: string;
  /** The kind of source of that gate (inspector-classic-run, inspector2, file), when it says. */
  readonly source: string | null;
  /** What it looked at, in a few words: a run ARN, an assessment template, accounts and regions, files. */
  readonly scope: string;
  readonly verdict: Verdict;
  readonly exitCode: number;
  /** Findings its source held. */
  readonly findings: number;
  readonly error?: { readonly code: string; readonly message: string };
}
