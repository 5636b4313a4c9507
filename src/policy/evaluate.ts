/**
 * Pure evaluation: (policy, findings, now) -> Evaluation. Streaming: findings are added one at a time and
 * only bounded samples (the worst findings of each limit, rule and exception) are kept, so any number of
 * findings needs no array. The verdict does not depend on the order findings arrive in.
 */
import { type Finding, SEVERITIES, type SeverityCounts } from "../model.js";
import { type CompiledException, compilePolicy, rankOf } from "./compile.js";
import type {
  AppliedException,
  EvaluateOptions,
  Evaluation,
  ExceptionStatus,
  Policy,
  PolicyException,
  RuleLevel,
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
// Bounded samples, worst first

interface Entry {
  readonly finding: Finding;
  readonly rank: number;
  readonly numeric: number;
  readonly seq: number;
}

/** True when a should be listed before b: higher severity, higher numeric severity, then ARN, then arrival. */
function worse(a: Entry, b: Entry): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.numeric !== b.numeric) return a.numeric > b.numeric;
  const x = a.finding.arn;
  const y = b.finding.arn;
  if (x !== y) return x < y;
  return a.seq < b.seq;
}

/** Keeps the `limit` worst entries in a heap whose root is the least bad one kept. */
class Sample {
  private readonly heap: Entry[] = [];
  constructor(private readonly limit: number) {}

  add(e: Entry): void {
    const h = this.heap;
    if (h.length < this.limit) {
      h.push(e);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(h[parent]!, h[i]!)) break;
        [h[parent], h[i]] = [h[i]!, h[parent]!];
        i = parent;
      }
      return;
    }
    if (h.length === 0 || !worse(e, h[0]!)) return;
    h[0] = e;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < h.length && worse(h[least]!, h[l]!)) least = l;
      if (r < h.length && worse(h[least]!, h[r]!)) least = r;
      if (least === i) break;
      [h[least], h[i]] = [h[i]!, h[least]!];
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

// ---------------------------------------------------------------------------------------------------

export interface Evaluator {
  /** Accounts for one finding. */
  add(finding: Finding): void;
  /** The evaluation of every finding added so far. */
  finish(): Evaluation;
}

function countsOf(byRank: readonly number[]): SeverityCounts {
  return {
    High: byRank[4]!,
    Medium: byRank[3]!,
    Low: byRank[2]!,
    Informational: byRank[1]!,
    Undefined: byRank[0]!,
  };
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
  const { now, sampleLimit, within } = checkOptions(options);
  const compiled = compilePolicy(policy);
  const statuses = policy.exceptions.map((e) => exceptionStatus(e, now));
  const active: CompiledException[] = compiled.exceptions.filter((e) => statuses[e.index]!.daysLeft >= 0);

  const raw = [0, 0, 0, 0, 0];
  const after = [0, 0, 0, 0, 0];
  const limitCounts = policy.severityLimits.map(() => 0);
  const limitSamples = policy.severityLimits.map(() => new Sample(sampleLimit));
  const ruleMatched = policy.rules.map(() => 0);
  const ruleWaived = policy.rules.map(() => 0);
  const ruleSamples = policy.rules.map(() => new Sample(sampleLimit));
  const exceptionCounts = policy.exceptions.map(() => 0);
  const exceptionSamples = policy.exceptions.map(() => new Sample(sampleLimit));
  const creditedAt = policy.exceptions.map(() => -1);
  const matchedNow: CompiledException[] = [];
  const { rulesByRank, limitByRank } = compiled;
  let seq = 0;

  const add = (finding: Finding): void => {
    const s = seq++;
    const rank = rankOf(finding.severity);
    raw[rank]!++;
    let entry: Entry | undefined;
    const entryOf = (): Entry => {
      if (entry === undefined) {
        const n = finding.numericSeverity;
        entry = { finding, rank, numeric: typeof n === "number" && !Number.isNaN(n) ? n : -1, seq: s };
      }
      return entry;
    };
    const credit = (e: CompiledException) => {
      if (creditedAt[e.index] === s) return;
      creditedAt[e.index] = s;
      exceptionCounts[e.index]!++;
      exceptionSamples[e.index]!.add(entryOf());
    };

    let matched = 0;
    for (let i = 0; i < active.length; i++) {
      const e = active[i]!;
      if (e.match.test(finding, rank)) matchedNow[matched++] = e;
    }

    const limit = limitByRank[rank]!;
    let severityWaived = false;
    for (let k = 0; k < matched; k++) {
      const e = matchedNow[k]!;
      if (e.severity) {
        severityWaived = true;
        if (limit >= 0) credit(e);
      }
    }
    if (!severityWaived) {
      after[rank]!++;
      if (limit >= 0) {
        limitCounts[limit]!++;
        limitSamples[limit]!.add(entryOf());
      }
    }

    const rules = rulesByRank[rank]!;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (!rule.match.test(finding, rank)) continue;
      let waived = false;
      for (let k = 0; k < matched; k++) {
        const e = matchedNow[k]!;
        if (e.rules === "all" || e.rules.has(rule.index)) {
          waived = true;
          credit(e);
        }
      }
      if (waived) ruleWaived[rule.index]!++;
      else {
        ruleMatched[rule.index]!++;
        ruleSamples[rule.index]!.add(entryOf());
      }
    }
  };

  const finish = (): Evaluation => {
    let failed = false;
    let truncated = false;
    const picked: { entry: Entry; order: number; ruleId: string; level: RuleLevel }[] = [];
    const severity = policy.severityLimits.map((l, i) => {
      const count = limitCounts[i]!;
      const violated = count > l.max;
      if (violated) {
        failed = true;
        const sample = limitSamples[i]!;
        if (count > sample.size) truncated = true;
        for (const entry of sample.sorted()) {
          picked.push({ entry, order: i, ruleId: `severity:${l.severity}`, level: "error" });
        }
      }
      return { severity: l.severity, count, max: l.max, violated, source: l.source };
    });
    const rules = policy.rules.map((r, i) => {
      const matched = ruleMatched[i]!;
      const violated = matched > r.max;
      if (violated) {
        if (r.level === "error") failed = true;
        const sample = ruleSamples[i]!;
        if (matched > sample.size) truncated = true;
        for (const entry of sample.sorted()) {
          picked.push({ entry, order: policy.severityLimits.length + i, ruleId: r.id, level: r.level });
        }
      }
      return {
        id: r.id,
        ...(r.description !== undefined ? { description: r.description } : {}),
        level: r.level,
        matched,
        waived: ruleWaived[i]!,
        max: r.max,
        violated,
        source: r.source,
      };
    });
    picked.sort((a, b) => (worse(a.entry, b.entry) ? -1 : worse(b.entry, a.entry) ? 1 : a.order - b.order));
    const violations: Violation[] = picked.map((p) => ({ ruleId: p.ruleId, level: p.level, finding: p.entry.finding }));

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
      const count = exceptionCounts[i]!;
      if (count === 0) unused.push(status);
      else applied.push({ ...status, count, findings: exceptionSamples[i]!.sorted().map((e) => e.finding) });
    });

    return {
      verdict: failed ? "fail" : "pass",
      findings: { evaluated: seq },
      counts: { raw: countsOf(raw), afterExceptions: countsOf(after) },
      severity,
      rules,
      violations,
      violationsTruncated: truncated,
      exceptions: { applied, expired, unused, expiring },
    };
  };

  return { add, finish };
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
  const raw: SeverityCounts = {
    High: counts.High ?? 0,
    Medium: counts.Medium ?? 0,
    Low: counts.Low ?? 0,
    Informational: counts.Informational ?? 0,
    Undefined: counts.Undefined ?? 0,
  };
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
  };
}
