/**
 * The gate, for every source: source → ready → (evidence alongside findings) → evaluate → GateResult.
 * It owns what all sources share: the deadline and abort, the give-up hook's timing, progress, streaming
 * the findings into the evaluator, the verdict and the result. What a service is, how it is called and
 * what it returns belongs to its source (src/sources/). No door logic here: no process.env, no terminal,
 * no GitHub. Inspector, run and data failures come back as verdict "error" (exit 3); a bad option or a bad
 * input file is a ConfigError (exit 2); anything else is a bug and throws.
 */
import { baselineNotes, baselineUse, checkBaselineScope } from "./baseline/gate.js";
import { declaredScope, type GateScope, ScopeObserver, scopeOf, specScope } from "./baseline/scope.js";
import { GateAborted } from "./core/abort.js";
import { armDeadline, DeadlineExceeded } from "./core/deadline.js";
import { formatDuration } from "./core/duration.js";
import { ConfigError, ExitCode, errorMessage, InspectorError } from "./errors.js";
import {
  checkOptions,
  DEFAULT_CONCURRENCY,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_TIMEOUT_MS,
  type GateDeps,
  type GateOptions,
  giveUpBudgetMs,
  type ProgressEvent,
} from "./gate-options.js";
import { type Clock, type Logger, silentLogger, systemClock } from "./logging.js";
import {
  emptySeverityCounts,
  type Finding,
  SEVERITIES,
  type Severity,
  type SeverityCounts,
} from "./model.js";
import { usesBaseline } from "./policy/baseline.js";
import { policyDigest } from "./policy/digest.js";
import { createEvaluator, evaluateCounts } from "./policy/evaluate.js";
import { evaluationWarnings } from "./policy/notes.js";
import { applicablePolicy, type PolicyNeeds, policyNeeds } from "./policy/plan.js";
import type { Evaluation, Policy } from "./policy/types.js";
import type { GateResult, SourceCoverage, Verdict } from "./result.js";
import { checkSource, createSource } from "./sources/registry.js";
import { ApiCallCounter, toInspectorError } from "./sources/shared/aws.js";
import type {
  FetchProgress,
  FindingSource,
  GiveUpReason,
  SourceContext,
  SourceEvent,
  Totals,
} from "./sources/types.js";

export {
  checkOptions,
  DEFAULT_CONCURRENCY,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_TIMEOUT_MS,
  type GateDeps,
  type GateOptions,
  GIVE_UP_BUDGET_MS,
  giveUpBudgetMs,
  type ProgressEvent,
  type RunSource,
  type SourceSpec,
} from "./gate-options.js";

/** Unresolved rules package ARNs a warning names. */
const UNRESOLVED_SHOWN = 5;

/** Runs the gate. Never throws for Inspector, run or data failures: they come back as verdict "error". */
export async function runGate(options: GateOptions, deps: GateDeps = {}): Promise<GateResult> {
  checkOptions(options);
  checkSource(options.source);
  // Before anything is started: a baseline of another template is refused at once.
  if (options.baseline) checkBaselineScope(options.baseline, specScope(options.source));
  return runGateOn(
    (ctx) => createSource(options.source, ctx, deps.clients ?? {}, options.inspector ?? {}),
    options,
    deps,
  );
}

/**
 * Runs the gate over a source the caller builds from the gate's context (runGate builds a registered
 * one from options.source; tests and library callers may bring their own FindingSource).
 */
export async function runGateOn(
  create: (ctx: SourceContext) => FindingSource,
  options: Omit<GateOptions, "source">,
  deps: Omit<GateDeps, "clients"> = {},
): Promise<GateResult> {
  checkOptions(options);
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  const gate = new Gate(options, { ...deps, clock, logger }, controller.signal);
  // The deadline cancels whatever is in flight when it passes, rather than waiting for it to return.
  const deadline = armDeadline(clock, gate.deadline, () =>
    controller.abort(new DeadlineExceeded(gate.currentPhase)),
  );
  let source: FindingSource | undefined;
  try {
    source = create(gate.context());
    return await gate.run(source);
  } finally {
    deadline.disarm();
    options.signal?.removeEventListener("abort", onAbort);
    source?.close();
  }
}

function sumCounts(counts: SeverityCounts): number {
  return SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
}

/** Each severity's strictest limit. */
function limitsOf(policy: Policy): Map<Severity, number> {
  const limits = new Map<Severity, number>();
  for (const limit of policy.severityLimits) {
    limits.set(limit.severity, Math.min(limit.max, limits.get(limit.severity) ?? Number.POSITIVE_INFINITY));
  }
  return limits;
}

type WithoutElapsed<T> = T extends unknown ? Omit<T, "elapsedMs"> : never;

interface GateContext {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly progress?: (event: ProgressEvent) => void;
  readonly now?: () => Date;
  readonly random?: () => number;
}

/** One gate run's state: what is known so far, so an error at any point still yields a full result. */
class Gate {
  private readonly startMs: number;
  private readonly startedAt: string;
  /** Clock time after which the gate gives up (TIMEOUT). */
  readonly deadline: number;
  private readonly calls = new ApiCallCounter();
  private source?: FindingSource;
  private phase = "starting";
  private coverage?: SourceCoverage;
  private evaluation?: Evaluation;
  private totals?: Totals;
  private evaluated = 0;
  private readonly warnings: string[] = [];
  private waitMs?: number;
  private fetchMs?: number;
  private evaluateMs?: number;
  /** While the findings are being read (a timeout then says how far it got). */
  private streaming = false;
  private lastFetch?: FetchProgress;
  private scope?: GateScope;
  /** Findings with facts their source could not establish, and a few of the rules package ARNs. */
  private readonly unresolved = { findings: 0, fields: new Set<string>(), packages: new Set<string>() };

  constructor(
    private readonly options: Omit<GateOptions, "source">,
    private readonly ctx: GateContext,
    private readonly signal: AbortSignal,
  ) {
    this.startMs = ctx.clock.now();
    this.startedAt = new Date(this.startMs).toISOString();
    this.deadline = this.startMs + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  /** What the gate is doing now, for messages. */
  get currentPhase(): string {
    return this.phase;
  }

  private elapsed(): number {
    return Math.max(0, this.ctx.clock.now() - this.startMs);
  }

  private emit(event: SourceEvent | WithoutElapsed<ProgressEvent>): void {
    if (!this.ctx.progress) return;
    try {
      this.ctx.progress({ ...event, elapsedMs: this.elapsed() } as ProgressEvent);
    } catch (error) {
      // Progress is for people; it must never change the verdict.
      this.ctx.logger.debug(`progress listener failed: ${errorMessage(error)}`);
    }
  }

  private warn(message: string): void {
    this.warnings.push(message);
    this.ctx.logger.warn(message);
  }

  /** What the gate lends its source. */
  context(): SourceContext {
    const o = this.options;
    return {
      clock: this.ctx.clock,
      logger: this.ctx.logger,
      random: this.ctx.random ?? Math.random,
      signal: this.signal,
      deadline: this.deadline,
      calls: this.calls,
      settings: {
        pollIntervalMs: o.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
        concurrency: o.concurrency ?? DEFAULT_CONCURRENCY,
        allowPartial: o.allowPartial === true,
        onTimeout: o.onTimeout ?? "stop",
      },
      elapsed: () => this.elapsed(),
      phase: (what) => {
        this.phase = what;
      },
      emit: (event) => this.emit(event),
      fetched: (progress, message) => {
        this.lastFetch = progress;
        this.emit({ type: "fetch", ...progress, message });
      },
      warn: (message) => this.warn(message),
    };
  }

  async run(source: FindingSource): Promise<GateResult> {
    this.source = source;
    try {
      const { waitMs } = await source.ready();
      if (waitMs !== undefined) this.waitMs = waitMs;
      this.scope = declaredScope(source.info());
      if (this.options.baseline) checkBaselineScope(this.options.baseline, this.scope);
      const digest = policyDigest(this.options.policy);
      for (const note of baselineNotes(this.options.baseline, this.options.policy, digest)) this.warn(note);
      // Limits on severities this source never reports count nothing from it: leave them out.
      const policy = applicablePolicy(this.options.policy, source.info().severities);
      const needs = policyNeeds(policy);
      // A baseline needs every finding's fingerprint: counts alone cannot say which findings are new.
      const eachFinding = this.options.baseline !== undefined || usesBaseline(policy);
      const counts = needs.severityOnly && !eachFinding ? source.counts : undefined;
      const verdict = await this.alongsideEvidence(source, policy, (signal) =>
        counts ? this.decideOnCounts(policy) : this.decideOnFindings(source, policy, needs, signal),
      );
      const evaluation = this.evaluation;
      if (evaluation) for (const warning of evaluationWarnings(policy, evaluation)) this.warn(warning);
      // An error-level rule that could not be decided: never a pass, and the evaluation says which.
      if (evaluation?.error) return this.result("error", evaluation.error);
      return this.result(verdict);
    } catch (error) {
      return this.failed(error);
    }
  }

  private evaluationInstant(): Date {
    return this.ctx.now?.() ?? new Date(this.ctx.clock.now());
  }

  /**
   * Runs `work` (deciding the verdict) while the source checks its evidence. Failed evidence stops the
   * work at once and is the error reported, whatever the work did; otherwise the work's outcome stands.
   */
  private async alongsideEvidence(
    source: FindingSource,
    policy: Policy,
    work: (signal: AbortSignal) => Promise<Verdict>,
  ): Promise<Verdict> {
    if (source.evidence === undefined) return work(this.signal);
    const stop = new AbortController();
    const onAbort = () => stop.abort(this.signal.reason);
    if (this.signal.aborted) stop.abort(this.signal.reason);
    else this.signal.addEventListener("abort", onAbort, { once: true });
    const evidence = source.evidence(policy).then(
      (found) => {
        if (found.coverage) this.coverage = found.coverage;
        if (found.error) stop.abort(found.error);
        return found;
      },
      (error: unknown) => {
        stop.abort(error);
        throw error;
      },
    );
    try {
      let outcome: { verdict: Verdict } | { error: unknown };
      try {
        outcome = { verdict: await work(stop.signal) };
      } catch (error) {
        outcome = { error };
      }
      const found = await evidence;
      if (found.error) throw found.error;
      if ("error" in outcome) throw outcome.error;
      return outcome.verdict;
    } finally {
      this.signal.removeEventListener("abort", onAbort);
    }
  }

  /** A severity-only policy, decided on the source's own counts (a pass checked against its findings). */
  private async decideOnCounts(policy: Policy): Promise<Verdict> {
    const path = (this.source as FindingSource).counts!;
    const counts = await path.read();
    this.totals = { total: sumCounts(counts), counts };
    const t0 = performance.now();
    const evaluation = evaluateCounts(policy, counts, { now: this.evaluationInstant() });
    this.evaluateMs = Math.round(performance.now() - t0);
    // A fail stands as it is; a pass is checked first, since counts that under-report would pass a
    // source that holds findings beyond a limit.
    if (evaluation.verdict === "pass") await path.verifyPass(limitsOf(policy), counts);
    this.evaluation = evaluation;
    this.evaluated = evaluation.findings.evaluated;
    return evaluation.verdict;
  }

  /** Streams the source's findings into the evaluator, then has the source check they add up. */
  private async decideOnFindings(
    source: FindingSource,
    policy: Policy,
    needs: PolicyNeeds,
    signal: AbortSignal,
  ): Promise<Verdict> {
    const clock = this.ctx.clock;
    const baseline = this.options.baseline;
    const evaluator = createEvaluator(policy, {
      now: this.evaluationInstant(),
      ...(baseline !== undefined ? { baseline: baseline.set } : {}),
      fingerprints: this.options.fingerprints !== false,
    });
    const observer = new ScopeObserver();
    const severities = source.info().severities;
    const possible: Partial<Record<string, true>> = {};
    for (const s of severities) possible[s] = true;
    const fetchStart = clock.now();
    let addMs = 0;
    let read = 0;
    this.streaming = true;
    for await (const batch of source.findings(needs, signal)) {
      const t = performance.now();
      for (let i = 0; i < batch.length; i++) {
        const finding = batch[i] as Finding;
        // The policy was applied for these severities only: a finding of any other is not to be trusted.
        if (possible[finding.severity] !== true) {
          throw new InspectorError(
            "FINDINGS_INCONSISTENT",
            `finding ${finding.arn} has severity ${finding.severity}, which this source does not report ` +
              `(${severities.join(", ")}); refusing to decide on inconsistent data`,
          );
        }
        if (finding.unresolved !== undefined) this.noteUnresolved(finding);
        evaluator.add(finding);
        observer.add(finding);
      }
      read += batch.length;
      addMs += performance.now() - t;
    }
    this.warnUnresolved();
    this.fetchMs = clock.now() - fetchStart;
    this.evaluated = read;
    const t0 = performance.now();
    const evaluation = evaluator.finish();
    const finishMs = performance.now() - t0;
    this.totals = await source.complete(evaluation.counts.raw);
    this.streaming = false;
    // What the findings showed of their scope (a file's template, a v2 account) must fit the baseline too.
    this.scope = scopeOf(source.info(), observer);
    if (baseline !== undefined) checkBaselineScope(baseline, this.scope);
    this.evaluateMs = Math.round(addMs + finishMs);
    this.evaluation = evaluation;
    return evaluation.verdict;
  }

  private noteUnresolved(finding: Finding): void {
    const u = this.unresolved;
    u.findings++;
    for (const field of finding.unresolved ?? []) u.fields.add(field);
    const arn = finding.rulesPackageArn;
    if (arn !== undefined && u.packages.size < UNRESOLVED_SHOWN + 1) u.packages.add(arn);
  }

  /** Unknown facts are said, never silently treated as a non-match. */
  private warnUnresolved(): void {
    const { findings, fields, packages } = this.unresolved;
    if (findings === 0) return;
    const some = `${findings} finding${findings === 1 ? "" : "s"}`;
    if (fields.has("rulesPackageName")) {
      const shown = [...packages].slice(0, UNRESOLVED_SHOWN).join(", ");
      const more = packages.size > UNRESOLVED_SHOWN ? ", …" : "";
      this.warn(
        `${some} name a rules package that neither Inspector nor Amazon's published list of rules ` +
          `packages names (${shown}${more}): their rules package name is unknown, and a rule on a ` +
          "rules-package name cannot be decided for them",
      );
    }
    const others = [...fields].filter((f) => f !== "rulesPackageName");
    if (others.length > 0) {
      this.warn(`${some} have facts their source could not establish (${others.join(", ")})`);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  private async failed(error: unknown): Promise<GateResult> {
    if (error instanceof ConfigError) throw error;
    let failure: { code: string; message: string };
    if (error instanceof DeadlineExceeded || error instanceof GateAborted) {
      // An abort whose reason is the deadline is a timeout; any other abort is an interruption.
      const interrupted = error instanceof GateAborted && !(error.reason instanceof DeadlineExceeded);
      const what = interrupted
        ? `interrupted (${errorMessage(error.reason)})`
        : `timed out after ${formatDuration(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS)}`;
      const during = this.fetchProgressNote();
      const stopNote = await this.giveUp(interrupted ? "interrupted" : "timeout");
      failure = {
        code: interrupted ? "INTERRUPTED" : "TIMEOUT",
        message: `${what} while ${this.phase}${during}${stopNote}`,
      };
    } else if (error instanceof InspectorError) {
      // Giving up on what the gate started (e.g. Inspector kept failing while the gate waited for a run):
      // the source decides whether anything is still going that it must stop.
      const stopNote = await this.giveUp("error");
      failure = { code: error.code, message: `${error.message}${stopNote}` };
    } else {
      const converted = toInspectorError(error, "call");
      if (converted === undefined) throw error;
      failure = { code: converted.code, message: converted.message };
    }
    this.ctx.logger.error(failure.message);
    return this.result("error", failure);
  }

  private fetchProgressNote(): string {
    if (!this.streaming) return "";
    const described = this.lastFetch?.described ?? 0;
    const total = this.lastFetch?.total ?? this.source?.totals()?.total;
    return total !== undefined
      ? ` (${described} of ${total} findings described)`
      : ` (${described} finding${described === 1 ? "" : "s"} read)`;
  }

  private async giveUp(reason: GiveUpReason): Promise<string> {
    const source = this.source;
    if (source?.giveUp === undefined) return "";
    // A fresh signal: the gate's own is aborted by now, but giving up must still go out, within what is
    // left of the grace after the deadline.
    return source.giveUp(reason, AbortSignal.timeout(giveUpBudgetMs(this.deadline, this.ctx.clock.now())));
  }

  private result(verdict: Verdict, error?: { code: string; message: string }): GateResult {
    const warnOnly = this.options.warnOnly === true;
    const exitCode =
      verdict === "pass"
        ? ExitCode.Pass
        : verdict === "fail"
          ? warnOnly
            ? ExitCode.Pass
            : ExitCode.Fail
          : ExitCode.Error;
    const policy = this.options.policy;
    const totals = this.totals ?? this.source?.totals() ?? { total: 0, counts: emptySeverityCounts() };
    const result: { -readonly [K in keyof GateResult]: GateResult[K] } = {
      verdict,
      exitCode,
      policyFiles: policy.files,
      source: this.source?.info() ?? null,
      findings: { total: totals.total, evaluated: this.evaluated },
      counts: totals.counts,
      apiCalls: this.calls.snapshot(),
      timings: {
        startedAt: this.startedAt,
        totalMs: this.elapsed(),
        ...(this.waitMs !== undefined ? { waitMs: this.waitMs } : {}),
        ...(this.fetchMs !== undefined ? { fetchMs: this.fetchMs } : {}),
        ...(this.evaluateMs !== undefined ? { evaluateMs: this.evaluateMs } : {}),
      },
      warnings: [...this.warnings],
    };
    if (policy.name !== undefined) result.policyName = policy.name;
    result.policyDigest = policyDigest(policy);
    if (this.scope) result.scope = this.scope;
    if (this.options.baseline) result.baseline = baselineUse(this.options.baseline, result.policyDigest);
    if (this.evaluation && (verdict !== "error" || error === this.evaluation.error)) {
      result.evaluation = this.evaluation;
    }
    if (this.coverage) result.coverage = this.coverage;
    if (error) result.error = error;
    if (warnOnly && verdict === "fail") result.warnOnly = true;
    this.emit({
      type: "verdict",
      verdict,
      exitCode,
      message: error ? `error: ${error.message}` : `verdict: ${verdict} (exit ${exitCode})`,
    });
    return result;
  }
}
