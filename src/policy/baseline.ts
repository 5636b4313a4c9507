/**
 * The evaluator's view of a baseline: for each finding, whether it is new for each limit and rule, and
 * its fingerprint for the report. A finding is old for a severity limit when the baseline held it (same
 * fingerprint) with that severity, and old for a rule when the baseline recorded that it matched that rule;
 * otherwise it is new there. So a finding that grew more severe, or now matches a rule it did not, is new
 * where it newly counts, and a rule added since the baseline counts every finding it matches as new: a
 * baseline can only ever take away findings the baseline itself accepted at that very place.
 */
import { FINGERPRINT_ALGORITHM, fingerprint } from "../baseline/fingerprint.js";
import type { BaselineSet, BaselineSlot } from "../baseline/set.js";
import type {
  BaselineComparison,
  BaselineSample,
  FingerprintGroup,
  FingerprintLog,
  TargetBaseline,
} from "../baseline/types.js";
import { type Finding, SEVERITIES, SEVERITY_RANK, type SeverityCounts } from "../model.js";
import type { FleetLimits, Policy, Rule, SeverityLimit } from "./types.js";

/** Absent findings named in a comparison, at most. */
export const ABSENT_SAMPLE_LIMIT = 100;

/** Whether a limit or rule counts only new findings: its own setting, else the policy's, else not. */
export function newOnlyOf(item: SeverityLimit | Rule, policy: Policy): boolean {
  return item.newOnly ?? policy.baseline?.newOnly ?? false;
}

/** How a limit's or rule's max applies across a fleet: its own setting, else the policy's, else per gate. */
export function fleetOf(item: SeverityLimit | Rule, policy: Policy): FleetLimits {
  return item.fleet ?? policy.fleet?.limits ?? "per-gate";
}

/** True when any limit or rule of the policy counts only new findings. */
export function usesBaseline(policy: Policy): boolean {
  return (
    policy.baseline !== undefined ||
    policy.severityLimits.some((l) => l.newOnly !== undefined) ||
    policy.rules.some((r) => r.newOnly !== undefined)
  );
}

/** True when some limit or rule counts only new findings (against a baseline). */
export function countsNewOnly(policy: Policy): boolean {
  return (
    policy.severityLimits.some((l) => newOnlyOf(l, policy)) || policy.rules.some((r) => newOnlyOf(r, policy))
  );
}

/** Per-target state of one finding: unknown (no baseline), new, or counted by the baseline here. */
export const STATE_NONE = 0;
export const STATE_NEW = 1;
export const STATE_UNCHANGED = 2;

const HIGHEST_FIRST = [...SEVERITIES].reverse();

function counts(byRank: ArrayLike<number>): SeverityCounts {
  const out: Partial<SeverityCounts> = {};
  for (const s of HIGHEST_FIRST) out[s] = byRank[SEVERITY_RANK[s]]!;
  return out as SeverityCounts;
}

/** Collects fingerprints by (severity, rules matched) as findings are added. */
class FingerprintCollector {
  private readonly groups = new Map<string, { severity: number; rules: number[]; prints: string[] }>();
  unfingerprinted = 0;

  add(print: string | undefined, rank: number, rules: readonly number[], n: number): void {
    if (print === undefined) {
      this.unfingerprinted++;
      return;
    }
    let key = String(rank);
    for (let i = 0; i < n; i++) key += `,${rules[i]}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { severity: rank, rules: Array.from(rules.slice(0, n)).sort((a, b) => a - b), prints: [] };
      this.groups.set(key, group);
    }
    group.prints.push(print);
  }

  finish(policy: Policy): FingerprintLog {
    const groups: FingerprintGroup[] = [...this.groups.values()]
      .sort((a, b) => b.severity - a.severity || a.rules.join(",").localeCompare(b.rules.join(",")))
      .map((g) => ({
        severity: SEVERITIES[g.severity]!,
        rules: g.rules.map((i) => policy.rules[i]!.id),
        fingerprints: g.prints.sort(),
      }));
    return { algorithm: FINGERPRINT_ALGORITHM, unfingerprinted: this.unfingerprinted, groups };
  }
}

/** Baseline bookkeeping for one evaluation. */
export class BaselineTracker {
  readonly limitNewOnly: Uint8Array;
  readonly ruleNewOnly: Uint8Array;
  private readonly limitNew: number[];
  private readonly ruleNew: number[];
  private readonly left: Uint32Array | undefined;
  private readonly collector: FingerprintCollector | undefined;
  /** Baseline rule-id lists bound to this policy's rule indexes. */
  private readonly masks = new Map<FingerprintGroup, Uint8Array>();
  private readonly ruleIndex = new Map<string, number>();
  private readonly limitByRank: readonly number[];
  private readonly newByRank = SEVERITIES.map(() => 0);
  private readonly unchangedByRank = SEVERITIES.map(() => 0);
  private unfingerprinted = 0;
  // The finding being added.
  private print: string | undefined;
  private slot: BaselineSlot | undefined;
  private rank = 0;
  private readonly matched: number[] = [];
  private matchedCount = 0;

  constructor(
    private readonly policy: Policy,
    private readonly baseline: BaselineSet | undefined,
    collect: boolean,
    limitByRank: readonly number[],
  ) {
    this.limitNewOnly = Uint8Array.from(policy.severityLimits, (l) => (newOnlyOf(l, policy) ? 1 : 0));
    this.ruleNewOnly = Uint8Array.from(policy.rules, (r) => (newOnlyOf(r, policy) ? 1 : 0));
    this.limitNew = policy.severityLimits.map(() => 0);
    this.ruleNew = policy.rules.map(() => 0);
    this.left = baseline?.counter();
    this.collector = collect ? new FingerprintCollector() : undefined;
    for (const [i, r] of policy.rules.entries()) this.ruleIndex.set(r.id, i);
    this.limitByRank = limitByRank;
  }

  private maskOf(group: FingerprintGroup): Uint8Array {
    let mask = this.masks.get(group);
    if (mask === undefined) {
      mask = new Uint8Array(this.policy.rules.length);
      for (const id of group.rules) {
        const i = this.ruleIndex.get(id);
        if (i !== undefined) mask[i] = 1;
      }
      this.masks.set(group, mask);
    }
    return mask;
  }

  /** Starts a finding: its fingerprint, and the baseline entry it takes (if any). */
  begin(finding: Finding, rank: number): void {
    this.print = fingerprint(finding);
    this.rank = rank;
    this.matchedCount = 0;
    this.slot =
      this.print !== undefined && this.baseline !== undefined
        ? this.baseline.take(this.print, rank, this.left!)
        : undefined;
    if (this.baseline === undefined) return;
    if (this.print === undefined) this.unfingerprinted++;
    if (this.slot !== undefined) this.unchangedByRank[rank]!++;
    else this.newByRank[rank]!++;
  }

  /** The finding's state for the severity limit of its severity. */
  limitState(): number {
    if (this.baseline === undefined) return STATE_NONE;
    return this.slot !== undefined ? STATE_UNCHANGED : STATE_NEW;
  }

  /** The finding's state for a rule it matches. */
  ruleState(rule: number): number {
    if (this.baseline === undefined) return STATE_NONE;
    return this.slot !== undefined && this.maskOf(this.slot.group)[rule] === 1 ? STATE_UNCHANGED : STATE_NEW;
  }

  /** The finding matched this rule (before exceptions): it could count for it. */
  matchedRule(rule: number): void {
    this.matched[this.matchedCount++] = rule;
  }

  /** The finding counted (after exceptions) for a limit or a rule, in this state. */
  countedLimit(limit: number, state: number): void {
    if (state === STATE_NEW) this.limitNew[limit]!++;
  }
  countedRule(rule: number, state: number): void {
    if (state === STATE_NEW) this.ruleNew[rule]!++;
  }

  end(): void {
    this.collector?.add(this.print, this.rank, this.matched, this.matchedCount);
  }

  /** Whether a limit or rule with this count is violated. */
  limitViolated(limit: number, count: number, max: number): boolean {
    return (
      (this.baseline !== undefined && this.limitNewOnly[limit] === 1 ? this.limitNew[limit]! : count) > max
    );
  }
  ruleViolated(rule: number, count: number, max: number): boolean {
    return (this.baseline !== undefined && this.ruleNewOnly[rule] === 1 ? this.ruleNew[rule]! : count) > max;
  }

  /** Only new findings are worth listing for a new-only target. */
  listLimit(limit: number, state: number): boolean {
    return state !== STATE_UNCHANGED || this.limitNewOnly[limit] === 0;
  }
  listRule(rule: number, state: number): boolean {
    return state !== STATE_UNCHANGED || this.ruleNewOnly[rule] === 0;
  }

  get hasBaseline(): boolean {
    return this.baseline !== undefined;
  }

  fingerprints(): FingerprintLog | undefined {
    return this.collector?.finish(this.policy);
  }

  /**
   * What is left of the baseline: absent findings per severity, per limit and per rule, and the named ones.
   * Undefined without a baseline.
   */
  finish(
    limitCounts: readonly number[],
    ruleCounts: readonly number[],
  ): { comparison: BaselineComparison; limits: TargetBaseline[]; rules: TargetBaseline[] } | undefined {
    const baseline = this.baseline;
    const left = this.left;
    if (baseline === undefined || left === undefined) return undefined;
    const absentByRank = SEVERITIES.map(() => 0);
    const limitAbsent = this.policy.severityLimits.map(() => 0);
    const ruleAbsent = this.policy.rules.map(() => 0);
    const named: BaselineSample[] = [];
    for (const slot of baseline.slots()) {
      const n = left[slot.id]!;
      if (n === 0) continue;
      absentByRank[slot.rank]! += n;
      const limit = this.limitByRank[slot.rank]!;
      if (limit >= 0) limitAbsent[limit]! += n;
      const mask = this.maskOf(slot.group);
      for (let i = 0; i < mask.length; i++) if (mask[i] === 1) ruleAbsent[i]! += n;
      const sample = baseline.sample(slot.fingerprint);
      if (sample !== undefined) named.push(sample);
    }
    named.sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0),
    );
    const target = (newOnly: number, count: number, fresh: number, absent: number): TargetBaseline => ({
      mode: newOnly === 1 ? "new-only" : "all",
      new: fresh,
      unchanged: count - fresh,
      absent,
    });
    return {
      comparison: {
        new: counts(this.newByRank),
        unchanged: counts(this.unchangedByRank),
        absent: counts(absentByRank),
        unfingerprinted: this.unfingerprinted,
        absentSamples: named.slice(0, ABSENT_SAMPLE_LIMIT),
      },
      limits: limitCounts.map((c, i) => target(this.limitNewOnly[i]!, c, this.limitNew[i]!, limitAbsent[i]!)),
      rules: ruleCounts.map((c, i) => target(this.ruleNewOnly[i]!, c, this.ruleNew[i]!, ruleAbsent[i]!)),
    };
  }
}
