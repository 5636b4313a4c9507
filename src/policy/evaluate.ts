/**
 * Pure evaluation: (policy, findings, now) -> Evaluation. Streaming: findings are added one at a time and
 * only bounded samples (the worst findings of each limit, rule and exception) are kept, so any number of
 * findings needs no array. The verdict does not depend on the order findings arrive in.
 * Over 500 lines: the evaluator is one hot loop (every finding of a run passes through add()) whose state
 * (counts, samples, the baseline tracker, undecided reasons) lives in one class; what is off that path sits
 * beside it (sample.ts, baseline.ts, notes.ts, compile.ts).
 */
import { type Finding, SEVERITIES, SEVERITY_RANK, type SeverityCounts } from "../model.js";
import { BaselineTracker, fleetOf, STATE_NEW, STATE_UNCHANGED } from "./baseline.js";
import {
  type CompiledException,
  type CompiledItem,
  type CompiledPolicy,
  type CompiledRule,
  collect,
  compilePolicy,
  rankOf,
} from "./compile.js";
import { type ConditionKey, FINDING_KINDS, findingKind, KIND_V2, undecidedReason } from "./conditions.js";
import { notApplicableError } from "./notes.js";
import { type Entry, Sample, worse } from "./sample.js";
import type {
  AppliedException,
  EvaluateOptions,
  Evaluation,
  ExceptionStatus,
  NotApplicable,
  Policy,
  PolicyException,
  RuleLevel,
  SourceLocation,
  Violation,
} from "./types.js";

export const DEFAULT_SAMPLE_LIMIT = 100;
export const DEFAULT_EXPIRING_WITHIN_DAYS = 14;

const DAY_MS = 86_400_000;

/** Whole days from `now`'s UTC day to the `expires` day: 0 on the last valid day, negative once expired. */
export function daysLeft(expires: string, now: Date): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expires);
  if (!m) return Number.NEGATIVE_INFINITY; // unreadable: treat as expired, never as valid
  const expiresDay = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  const today = Math.floor(now.getTime() / DAY_MS);
  return expiresDay - today;
}

export function exceptionStatus(exception: PolicyException, now: Date): ExceptionStatus {
  return {
    id: exception.id,
    reason: exception.reason,
    expires: exception.expires,
    ...(exception.owner !== undefined ? { owner: exception.owner } : {}),
    ...(exception.ticket !== undefined ? { ticket: exception.ticket } : {}),
    source: exception.source,
    daysLeft: daysLeft(exception.expires, now),
  };
}

// ---------------------------------------------------------------------------------------------------

export interface Evaluator {
  /** Accounts for one finding. */
  add(finding: Finding): void;
  /** The evaluation of every finding added so far. */
  finish(): Evaluation;
}

/** Severities highest first, as counts are listed. */
const HIGHEST_FIRST = [...SEVERITIES].reverse();

function countsOf(byRank: readonly number[]): SeverityCounts {
  const counts: Partial<SeverityCounts> = {};
  for (const s of HIGHEST_FIRST) counts[s] = byRank[SEVERITY_RANK[s]]!;
  return counts as SeverityCounts;
}

function zeroes(): number[] {
  return SEVERITIES.map(() => 0);
}

function checkOptions(options: EvaluateOptions): { now: Date; sampleLimit: number; within: number } {
  const now = options.now;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new TypeError("evaluate: options.now must be a valid Date");
  }
  const sampleLimit = Math.max(0, Math.floor(options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT));
  const within = options.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS;
  return { now, sampleLimit, within };
}

/** A streaming evaluator: add findings one at a time, then finish(). */
export function createEvaluator(policy: Policy, options: EvaluateOptions): Evaluator {
  return new StreamingEvaluator(policy, options);
}

/** The hot path allocates nothing per finding beyond the sample entries it keeps. */
class StreamingEvaluator implements Evaluator {
  private readonly within: number;
  private readonly compiled: CompiledPolicy;
  private readonly statuses: ExceptionStatus[];
  private readonly raw = zeroes();
  private readonly after = zeroes();
  private readonly limitCounts: number[];
  private readonly limitSamples: Sample[];
  private readonly ruleMatched: number[];
  private readonly ruleWaived: number[];
  private readonly ruleSamples: Sample[];
  private readonly exceptionCounts: number[];
  private readonly exceptionSamples: Sample[];
  private readonly creditedAt: number[];
  /** Findings each rule (exception) could not be decided for, and per condition and kind why. */
  private readonly ruleUndecided: number[];
  private readonly ruleReasons: Uint32Array[];
  private readonly exceptionUndecided: number[];
  private readonly exceptionReasons: Uint32Array[];
  /** Scratch, per finding: exceptions it could not be decided for, rules that count it. */
  private readonly undecidedNow: CompiledException[] = [];
  private readonly countedNow: number[] = [];
  private readonly activeFlags: Uint8Array;
  private readonly hasActive: boolean;
  /** seen[slot] === seq: the item is already among this finding's candidates. */
  private readonly seen: Int32Array;
  private readonly matchedNow: CompiledException[] = [];
  /** Scratch space for the candidates an index lookup returns. */
  private readonly candidates: CompiledItem[] = [];
  /** Per rules package counts: a run has a handful of packages, found faster by comparison than by hashing. */
  private readonly packageNames: string[] = [];
  private readonly packageRows: number[][] = [];
  private readonly packageIndex = new Map<string, number>();
  private readonly extraNames: string[] = [];
  private seq = 0;
  /** Fingerprints and the baseline, when asked for. */
  private readonly tracker: BaselineTracker | undefined;

  constructor(
    private readonly policy: Policy,
    options: EvaluateOptions,
  ) {
    const { now, sampleLimit, within } = checkOptions(options);
    this.within = within;
    this.compiled = compilePolicy(policy);
    this.statuses = policy.exceptions.map((e) => exceptionStatus(e, now));
    this.activeFlags = Uint8Array.from(this.statuses, (status) => (status.daysLeft >= 0 ? 1 : 0));
    this.hasActive = this.activeFlags.includes(1);
    this.seen = new Int32Array(policy.rules.length + policy.exceptions.length).fill(-1);
    this.limitCounts = policy.severityLimits.map(() => 0);
    this.limitSamples = policy.severityLimits.map(() => new Sample(sampleLimit));
    this.ruleMatched = policy.rules.map(() => 0);
    this.ruleWaived = policy.rules.map(() => 0);
    this.ruleSamples = policy.rules.map(() => new Sample(sampleLimit));
    this.exceptionCounts = policy.exceptions.map(() => 0);
    this.exceptionSamples = policy.exceptions.map(() => new Sample(sampleLimit));
    this.creditedAt = policy.exceptions.map(() => -1);
    const reasons = (m: { match: { conditions: readonly unknown[] } }) =>
      new Uint32Array(m.match.conditions.length * FINDING_KINDS);
    this.ruleUndecided = policy.rules.map(() => 0);
    this.ruleReasons = this.compiled.rules.map(reasons);
    this.exceptionUndecided = policy.exceptions.map(() => 0);
    this.exceptionReasons = this.compiled.exceptions.map(reasons);
    this.tracker =
      options.baseline !== undefined || options.fingerprints === true
        ? new BaselineTracker(
            policy,
            options.baseline,
            options.fingerprints === true,
            this.compiled.limitByRank,
          )
        : undefined;
  }

  private countPackage(name: string, rank: number): void {
    const names = this.packageNames;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === name) {
        this.packageRows[i]![rank]!++;
        return;
      }
    }
    // Past a handful of names (unusual input), a map keeps this linear in the number of findings.
    if (names.length >= 16) {
      let index = this.packageIndex.get(name);
      if (index === undefined) {
        index = this.packageRows.length;
        this.packageIndex.set(name, index);
        this.packageRows.push(zeroes());
        this.extraNames.push(name);
      }
      this.packageRows[index]![rank]!++;
      return;
    }
    const row = zeroes();
    row[rank]!++;
    names.push(name);
    this.packageRows.push(row);
  }

  private credit(e: CompiledException, finding: Finding, rank: number, seq: number): void {
    if (this.creditedAt[e.index] === seq) return;
    this.creditedAt[e.index] = seq;
    this.exceptionCounts[e.index]!++;
    this.exceptionSamples[e.index]!.offer(finding, rank, seq);
  }

  /** Counts a rule the finding matches (the caller has tested it). True when it counts (not waived). */
  private rule(rule: CompiledRule, finding: Finding, rank: number, seq: number, matched: number): boolean {
    const t = this.tracker;
    t?.matchedRule(rule.index);
    let waived = false;
    for (let k = 0; k < matched; k++) {
      const e = this.matchedNow[k]!;
      if (e.rules === "all" || e.rules.has(rule.index)) {
        waived = true;
        this.credit(e, finding, rank, seq);
      }
    }
    if (waived) this.ruleWaived[rule.index]!++;
    else {
      this.ruleMatched[rule.index]!++;
      if (t === undefined) this.ruleSamples[rule.index]!.offer(finding, rank, seq);
      else {
        const state = t.ruleState(rule.index);
        t.countedRule(rule.index, state);
        if (t.listRule(rule.index, state)) this.ruleSamples[rule.index]!.offer(finding, rank, seq, state);
      }
    }
    return !waived;
  }

  /**
   * A rule the finding may or may not match (a condition could not be decided). Unless an exception that
   * does match waives it from the rule anyway, the rule could not be decided for it. True when so.
   */
  private undecidedRule(rule: CompiledRule, finding: Finding, kind: number, matched: number): boolean {
    for (let k = 0; k < matched; k++) {
      const e = this.matchedNow[k]!;
      if (e.rules === "all" || e.rules.has(rule.index)) return false;
    }
    this.ruleUndecided[rule.index]!++;
    rule.match.explain(finding, kind, this.ruleReasons[rule.index]!);
    return true;
  }

  add(finding: Finding): void {
    const seq = this.seq++;
    const rank = rankOf(finding.severity);
    const kind = findingKind(finding);
    this.raw[rank]!++;
    const t = this.tracker;
    t?.begin(finding, rank);
    // Rules packages are Inspector Classic's: an Inspector (v2) finding is not counted under "unknown".
    if (kind < KIND_V2)
      this.countPackage(finding.rulesPackageName ?? finding.rulesPackageArn ?? "unknown", rank);

    // Candidates from the index: exceptions are tested now, rules once we know which exceptions match.
    const { index, openRules, openExceptions, limitByRank } = this.compiled;
    const candidates = this.candidates;
    const n = index.empty ? 0 : collect(index, finding, kind, rank, candidates, this.seen, seq);
    const matchedNow = this.matchedNow;
    const undecidedNow = this.undecidedNow;
    if (undecidedNow.length > 0) undecidedNow.length = 0;
    let matched = 0;
    if (this.hasActive) {
      const open = openExceptions[rank]!;
      for (let i = 0; i < open.length; i++) {
        const e = open[i]!;
        if (this.activeFlags[e.index] !== 1) continue;
        if (e.match.test(finding, rank)) matchedNow[matched++] = e;
        else if (((e.match.unsureKinds >> kind) & 1) === 1 && e.match.undecided(finding, rank, kind)) {
          undecidedNow.push(e);
        }
      }
      for (let i = 0; i < n; i++) {
        const e = candidates[i]!;
        if (e.kind !== "exception" || this.activeFlags[e.index] !== 1) continue;
        if (e.match.test(finding, rank)) matchedNow[matched++] = e;
        else if (((e.match.unsureKinds >> kind) & 1) === 1 && e.match.undecided(finding, rank, kind)) {
          undecidedNow.push(e);
        }
      }
    }

    const limit = limitByRank[rank]!;
    let severityWaived = false;
    for (let k = 0; k < matched; k++) {
      const e = matchedNow[k]!;
      if (e.severity) {
        severityWaived = true;
        if (limit >= 0) this.credit(e, finding, rank, seq);
      }
    }
    if (!severityWaived) {
      this.after[rank]!++;
      if (limit >= 0) {
        this.limitCounts[limit]!++;
        if (t === undefined) this.limitSamples[limit]!.offer(finding, rank, seq);
        else {
          const state = t.limitState();
          t.countedLimit(limit, state);
          if (t.listLimit(limit, state)) this.limitSamples[limit]!.offer(finding, rank, seq, state);
        }
      }
    }

    const open = openRules[rank]!;
    if (undecidedNow.length === 0) {
      for (let i = 0; i < open.length; i++) {
        const rule = open[i]!;
        if (rule.match.test(finding, rank)) this.rule(rule, finding, rank, seq, matched);
        else if (((rule.match.unsureKinds >> kind) & 1) === 1 && rule.match.undecided(finding, rank, kind)) {
          this.undecidedRule(rule, finding, kind, matched);
        }
      }
      for (let i = 0; i < n; i++) {
        const item = candidates[i]!;
        if (item.kind !== "rule") continue;
        if (item.match.test(finding, rank)) this.rule(item, finding, rank, seq, matched);
        else if (((item.match.unsureKinds >> kind) & 1) === 1 && item.match.undecided(finding, rank, kind)) {
          this.undecidedRule(item, finding, kind, matched);
        }
      }
      t?.end();
      return;
    }
    // Some exception could not be decided for the finding: note which rules count it, to say so.
    const counted = this.countedNow;
    counted.length = 0;
    const testRule = (rule: CompiledRule) => {
      const counts = rule.match.test(finding, rank)
        ? this.rule(rule, finding, rank, seq, matched)
        : ((rule.match.unsureKinds >> kind) & 1) === 1 &&
          rule.match.undecided(finding, rank, kind) &&
          this.undecidedRule(rule, finding, kind, matched);
      if (counts) counted.push(rule.index);
    };
    for (let i = 0; i < open.length; i++) testRule(open[i]!);
    for (let i = 0; i < n; i++) {
      const item = candidates[i]!;
      if (item.kind === "rule") testRule(item);
    }
    this.undecidedExceptions(finding, kind, !severityWaived && limit >= 0);
    t?.end();
  }

  /**
   * Exceptions that could not be decided for the finding waive nothing; each says so when the finding
   * counts for something it applies to (a severity limit, or a rule that counts or could not decide it).
   */
  private undecidedExceptions(finding: Finding, kind: number, limitCounts: boolean): void {
    for (const e of this.undecidedNow) {
      let relevant = e.severity && limitCounts;
      for (let i = 0; !relevant && i < this.countedNow.length; i++) {
        relevant = e.rules === "all" || e.rules.has(this.countedNow[i]!);
      }
      if (!relevant) continue;
      this.exceptionUndecided[e.index]!++;
      e.match.explain(finding, kind, this.exceptionReasons[e.index]!);
    }
  }

  finish(): Evaluation {
    const { policy, statuses, within, tracker } = this;
    const compared = tracker?.finish(this.limitCounts, this.ruleMatched);
    const fingerprints = tracker?.fingerprints();
    let failed = false;
    let truncated = false;
    const picked: { entry: Entry; order: number; ruleId: string; level: RuleLevel }[] = [];
    const severity = policy.severityLimits.map((l, i) => {
      const count = this.limitCounts[i]!;
      const violated = tracker ? tracker.limitViolated(i, count, l.max) : count > l.max;
      if (violated) {
        failed = true;
        const sample = this.limitSamples[i]!;
        const listed = compared?.limits[i]?.mode === "new-only" ? compared.limits[i]!.new : count;
        if (listed > sample.size) truncated = true;
        for (const entry of sample.sorted()) {
          picked.push({ entry, order: i, ruleId: `severity:${l.severity}`, level: "error" });
        }
      }
      return {
        severity: l.severity,
        count,
        max: l.max,
        violated,
        source: l.source,
        ...(compared ? { baseline: compared.limits[i]! } : {}),
        ...(l.fleet !== undefined || policy.fleet !== undefined ? { fleet: fleetOf(l, policy) } : {}),
      };
    });
    const rules = policy.rules.map((r, i) => {
      const matched = this.ruleMatched[i]!;
      const violated = tracker ? tracker.ruleViolated(i, matched, r.max) : matched > r.max;
      if (violated) {
        if (r.level === "error") failed = true;
        const sample = this.ruleSamples[i]!;
        const listed = compared?.rules[i]?.mode === "new-only" ? compared.rules[i]!.new : matched;
        if (listed > sample.size) truncated = true;
        for (const entry of sample.sorted()) {
          picked.push({ entry, order: policy.severityLimits.length + i, ruleId: r.id, level: r.level });
        }
      }
      return {
        id: r.id,
        ...(r.description !== undefined ? { description: r.description } : {}),
        level: r.level,
        matched,
        waived: this.ruleWaived[i]!,
        max: r.max,
        violated,
        source: r.source,
        ...(compared ? { baseline: compared.rules[i]! } : {}),
        ...(r.fleet !== undefined || policy.fleet !== undefined ? { fleet: fleetOf(r, policy) } : {}),
      };
    });
    picked.sort((a, b) => (worse(a.entry, b.entry) ? -1 : worse(b.entry, a.entry) ? 1 : a.order - b.order));
    const violations: Violation[] = picked.map((p) => ({
      ruleId: p.ruleId,
      level: p.level,
      finding: p.entry.finding,
      ...(p.entry.state === STATE_NEW
        ? { baselineState: "new" as const }
        : p.entry.state === STATE_UNCHANGED
          ? { baselineState: "unchanged" as const }
          : {}),
    }));

    const applied: AppliedException[] = [];
    const expired: ExceptionStatus[] = [];
    const unused: ExceptionStatus[] = [];
    const expiring: ExceptionStatus[] = [];
    statuses.forEach((status, i) => {
      if (status.daysLeft < 0) {
        expired.push(status);
        return;
      }
      if (status.daysLeft <= within) expiring.push(status);
      const count = this.exceptionCounts[i]!;
      if (count === 0) unused.push(status);
      else
        applied.push({
          ...status,
          count,
          findings: this.exceptionSamples[i]!.sorted().map((e) => e.finding),
        });
    });

    const byRulesPackage: Record<string, SeverityCounts> = Object.create(null);
    const order = [...this.packageNames, ...this.extraNames]
      .map((name, i) => [name, i] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const [name, i] of order) byRulesPackage[name] = countsOf(this.packageRows[i]!);

    const notApplicable = this.notApplicable();
    const error = notApplicableError(notApplicable);
    return {
      verdict: error ? "error" : failed ? "fail" : "pass",
      ...(error ? { error } : {}),
      findings: { evaluated: this.seq },
      counts: { raw: countsOf(this.raw), afterExceptions: countsOf(this.after), byRulesPackage },
      severity,
      rules,
      violations,
      violationsTruncated: truncated,
      exceptions: { applied, expired, unused, expiring },
      notApplicable,
      ...(compared ? { baseline: compared.comparison } : {}),
      ...(fingerprints !== undefined ? { fingerprints } : {}),
    };
  }

  /** Every rule, then every exception, that some findings could not be decided for. */
  private notApplicable(): NotApplicable[] {
    const out: NotApplicable[] = [];
    const add = (
      kind: "rule" | "exception",
      item: { id: string; source: SourceLocation },
      level: RuleLevel,
      findings: number,
      conditions: readonly ConditionKey[],
      counts: Uint32Array,
    ) => {
      if (findings === 0) return;
      const reasons = new Map<string, number>();
      conditions.forEach((condition, c) => {
        for (let k = 0; k < FINDING_KINDS; k++) {
          const n = counts[c * FINDING_KINDS + k]!;
          if (n === 0) continue;
          const reason = undecidedReason(condition, k);
          reasons.set(reason, (reasons.get(reason) ?? 0) + n);
        }
      });
      out.push({
        kind,
        id: item.id,
        level,
        findings,
        reasons: [...reasons]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([reason, n]) => ({ reason, findings: n })),
        source: item.source,
      });
    };
    this.policy.rules.forEach((rule, i) => {
      const compiled = this.compiled.rules[i]!;
      add("rule", rule, rule.level, this.ruleUndecided[i]!, compiled.match.conditions, this.ruleReasons[i]!);
    });
    this.policy.exceptions.forEach((exception, i) => {
      const compiled = this.compiled.exceptions[i]!;
      add(
        "exception",
        exception,
        "warning",
        this.exceptionUndecided[i]!,
        compiled.match.conditions,
        this.exceptionReasons[i]!,
      );
    });
    return out;
  }
}

/** Evaluates every finding of an iterable (arrays, generators, anything iterable). */
export function evaluate(policy: Policy, findings: Iterable<Finding>, options: EvaluateOptions): Evaluation {
  const evaluator = createEvaluator(policy, options);
  for (const finding of findings) evaluator.add(finding);
  return evaluator.finish();
}

/**
 * Decides from per-severity counts alone. Only valid when planFetch(policy).severityOnly (no rules and no
 * exceptions); no finding is known, so violated limits come with no sample (violationsTruncated).
 */
export function evaluateCounts(policy: Policy, counts: SeverityCounts, options: EvaluateOptions): Evaluation {
  if (policy.rules.length > 0 || policy.exceptions.length > 0) {
    throw new TypeError("evaluateCounts: the policy has rules or exceptions; evaluate its findings instead");
  }
  checkOptions(options);
  const raw = countsOf(SEVERITIES.map((s) => counts[s] ?? 0));
  const severity = policy.severityLimits.map((l) => {
    const count = raw[l.severity];
    return { severity: l.severity, count, max: l.max, violated: count > l.max, source: l.source };
  });
  const failed = severity.some((s) => s.violated);
  return {
    verdict: failed ? "fail" : "pass",
    findings: { evaluated: SEVERITIES.reduce((n, s) => n + raw[s], 0) },
    counts: { raw, afterExceptions: { ...raw } },
    severity,
    rules: [],
    violations: [],
    violationsTruncated: failed,
    exceptions: { applied: [], expired: [], unused: [], expiring: [] },
    notApplicable: [],
  };
}
