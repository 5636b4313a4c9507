/**
 * The gate: resolve a run → wait for it → check coverage → fetch findings → evaluate → GateResult.
 * No door logic here: no process.env, no terminal, no GitHub. Inspector, run and data failures come back
 * as verdict "error" (exit 3); a bad option is a ConfigError (exit 2); anything else is a bug and throws.
 */
import type { AssessmentRun, InspectorClient } from "@aws-sdk/client-inspector";
import { GateAborted } from "./core/abort.js";
import { armDeadline, DeadlineExceeded } from "./core/deadline.js";
import { formatDuration } from "./core/duration.js";
import { ConfigError, ExitCode, errorMessage, InspectorError } from "./errors.js";
import { type Clock, type Logger, silentLogger, systemClock } from "./logging.js";
import {
  CLASSIC_SEVERITIES,
  emptySeverityCounts,
  SEVERITIES,
  type Severity,
  type SeverityCounts,
} from "./model.js";
import { createEvaluator, evaluateCounts } from "./policy/evaluate.js";
import { applicablePolicy, planFetch } from "./policy/plan.js";
import type { Evaluation, Policy } from "./policy/types.js";
import type { ClassicRunSourceInfo, CoverageInfo, GateResult, RunInfo, Verdict } from "./result.js";
import { InspectorApi } from "./sources/classic/api.js";
import { createInspectorClient, type InspectorConnection } from "./sources/classic/client.js";
import { coverageMatters, judgeCoverage, readCoverage } from "./sources/classic/coverage.js";
import { isSeverityOnlyFilter, toFindingFilter } from "./sources/classic/filter.js";
import { DEFAULT_CONCURRENCY, fetchFindings, listFindingsUpTo } from "./sources/classic/findings.js";
import { normalizeFinding } from "./sources/classic/normalize.js";
import { rulesPackageNames } from "./sources/classic/packages.js";
import {
  describeRun,
  describeTemplate,
  findLatestCompletedRun,
  startOrReuseRun,
  stopRun,
} from "./sources/classic/runs.js";
import { isTerminalState, PARTIAL_STATES, waitUntilRunFinished } from "./sources/classic/wait.js";
import { evaluateFindings, loadFindingsFile } from "./sources/file/index.js";
import { ApiCallCounter, toInspectorError } from "./sources/shared/aws.js";

export { evaluateFindings, loadFindingsFile };

export type RunSource =
  | { readonly kind: "run"; readonly runArn: string }
  | { readonly kind: "template"; readonly templateArn: string; readonly runName: string }
  | { readonly kind: "latest"; readonly templateArn: string; readonly maxAgeMs?: number };

export interface GateOptions {
  /** Loaded by the door with loadPolicy. */
  readonly policy: Policy;
  readonly source: RunSource;
  /** Deadline for the whole gate (default 2 h). */
  readonly timeoutMs?: number;
  /** First delay between polls of the run (default 10 s), growing ×1.5 up to 60 s. */
  readonly pollIntervalMs?: number;
  /** What to do with a run the gate started when the deadline passes or the gate is aborted (default stop). */
  readonly onTimeout?: "stop" | "leave";
  /** Evaluate a COMPLETED_WITH_ERRORS run instead of failing with an error. */
  readonly allowPartial?: boolean;
  /** DescribeFindings calls in flight at once (default 8). */
  readonly concurrency?: number;
  /** A violated policy exits 0 (the verdict stays "fail"); errors still exit 3. */
  readonly warnOnly?: boolean;
  readonly inspector?: {
    readonly region?: string;
    readonly endpoint?: string;
    readonly profile?: string;
    readonly maxAttempts?: number;
  };
  /** Aborting is handled like the deadline: the run is stopped if the gate started it. */
  readonly signal?: AbortSignal;
}

export interface GateDeps {
  /**
   * Built from options.inspector when absent (and destroyed at the end). The gate counts the calls sent
   * through this client while it runs: gates running at the same time on one client count each other's.
   */
  readonly client?: InspectorClient;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly progress?: (event: ProgressEvent) => void;
  /** The evaluation instant (exception expiry); default: the clock's now. */
  readonly now?: () => Date;
  /** [0, 1) source for poll jitter (tests make it deterministic). */
  readonly random?: () => number;
}

interface ProgressBase {
  /** One human-readable line describing the event. */
  readonly message: string;
  /** Milliseconds since the gate started (clock time). */
  readonly elapsedMs: number;
}

/** What the gate reports while it works; doors render `message` (or the fields) as they see fit. */
export type ProgressEvent = ProgressBase &
  (
    | {
        readonly type: "run";
        readonly action: "started" | "reused" | "given" | "latest";
        readonly runArn: string;
        readonly runName: string;
      }
    | {
        readonly type: "agents-busy";
        readonly heldBy: readonly string[];
        readonly agents: readonly string[];
        readonly retryInMs: number;
      }
    | {
        readonly type: "state";
        readonly runArn: string;
        readonly runName: string;
        readonly state: string;
        readonly previous?: string;
      }
    | { readonly type: "coverage"; readonly coverage: CoverageInfo }
    | {
        readonly type: "fetch";
        readonly listed: number;
        readonly described: number;
        /** Findings the run holds (sum of findingCounts), when known. */
        readonly total?: number;
        readonly listingDone: boolean;
      }
    | { readonly type: "stop"; readonly runArn: string; readonly reason: "timeout" | "interrupted" | "error" }
    | { readonly type: "verdict"; readonly verdict: Verdict; readonly exitCode: number }
  );

export const DEFAULT_TIMEOUT_MS = 2 * 60 * 60 * 1000;
export const DEFAULT_POLL_INTERVAL_MS = 10_000;
/** Real time allowed for StopAssessmentRun once the gate has given up (retries included). */
const STOP_BUDGET_MS = 8_000;

/** Runs the gate. Never throws for Inspector, run or data failures: they come back as verdict "error". */
export async function runGate(options: GateOptions, deps: GateDeps = {}): Promise<GateResult> {
  checkOptions(options);
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const ownClient = deps.client === undefined;
  const client = deps.client ?? createInspectorClient(connectionOf(options));
  const counter = new ApiCallCounter();
  const detach = counter.attach(client);
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  // A Classic run's findings carry Classic severities only: limits on the others count nothing.
  const applied = { ...options, policy: applicablePolicy(options.policy, CLASSIC_SEVERITIES) };
  const gate = new Gate(applied, { ...deps, clock, logger }, client, counter, controller.signal);
  // The deadline cancels whatever is in flight when it passes, rather than waiting for it to return.
  const deadline = armDeadline(clock, gate.deadline, () =>
    controller.abort(new DeadlineExceeded(gate.currentPhase)),
  );
  try {
    return await gate.run();
  } finally {
    deadline.disarm();
    options.signal?.removeEventListener("abort", onAbort);
    detach();
    if (ownClient) client.destroy();
  }
}

/** The region an Inspector ARN lives in ("arn:aws:inspector:us-west-2:…" → "us-west-2"). */
export function regionOfArn(arn: string): string | undefined {
  const region = arn.split(":")[3];
  return region !== undefined && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : undefined;
}

function connectionOf(options: GateOptions): InspectorConnection {
  const i = options.inspector ?? {};
  // Inspector resources are regional: the ARN's region is the one to call unless told otherwise.
  const source = options.source;
  const region = i.region ?? regionOfArn(source.kind === "run" ? source.runArn : source.templateArn);
  return {
    ...(region !== undefined ? { region } : {}),
    ...(i.endpoint !== undefined ? { endpoint: i.endpoint } : {}),
    ...(i.profile !== undefined ? { profile: i.profile } : {}),
    ...(i.maxAttempts !== undefined ? { maxAttempts: i.maxAttempts } : {}),
  };
}

function checkOptions(options: GateOptions): void {
  const positive = (name: string, value: number | undefined, integer = false) => {
    if (value === undefined) return;
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid ${name} '${value}': expected a positive ${integer ? "integer" : "number"}.`,
      );
    }
  };
  positive("timeout", options.timeoutMs);
  positive("poll interval", options.pollIntervalMs);
  positive("concurrency", options.concurrency, true);
  positive("max attempts", options.inspector?.maxAttempts, true);
  const s = options.source;
  const arn = (name: string, value: string) => {
    if (typeof value !== "string" || !value.startsWith("arn:")) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid ${name} '${value}': expected an ARN (arn:aws:inspector:…).`,
      );
    }
  };
  if (s.kind === "run") arn("run ARN", s.runArn);
  else {
    arn("template ARN", s.templateArn);
    if (s.kind === "template" && (s.runName.length < 1 || s.runName.length > 140)) {
      throw new ConfigError(
        "OPTION_INVALID",
        `Invalid run name '${s.runName}': expected 1 to 140 characters.`,
      );
    }
    if (s.kind === "latest") positive("max age", s.maxAgeMs);
  }
}

function sumCounts(counts: SeverityCounts): number {
  return SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
}

function countsOf(run: AssessmentRun): SeverityCounts | undefined {
  if (run.findingCounts === undefined) return undefined;
  const counts = emptySeverityCounts();
  for (const s of CLASSIC_SEVERITIES) counts[s] = run.findingCounts[s] ?? 0;
  return counts;
}

function iso(date: Date | undefined): string | undefined {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

function runInfo(run: AssessmentRun, startedByGate: boolean): RunInfo {
  const info: { -readonly [K in keyof RunInfo]: RunInfo[K] } = {
    arn: run.arn ?? "",
    name: run.name ?? "",
    templateArn: run.assessmentTemplateArn ?? "",
    state: run.state ?? "UNKNOWN",
    stateChanges: (run.stateChanges ?? [])
      .map((c) => ({ state: c.state ?? "UNKNOWN", at: iso(c.stateChangedAt) ?? "" }))
      .sort((a, b) => a.at.localeCompare(b.at)),
    startedByGate,
  };
  const createdAt = iso(run.createdAt);
  if (createdAt) info.createdAt = createdAt;
  const startedAt = iso(run.startedAt);
  if (startedAt) info.startedAt = startedAt;
  const completedAt = iso(run.completedAt);
  if (completedAt) info.completedAt = completedAt;
  if (run.durationInSeconds !== undefined) info.durationInSeconds = run.durationInSeconds;
  const counts = countsOf(run);
  if (counts) info.findingCounts = counts;
  if (run.rulesPackageArns) info.rulesPackageArns = run.rulesPackageArns;
  return info;
}

function runLabel(run: { name?: string | undefined; arn?: string | undefined }): string {
  return `'${run.name ?? "?"}' (${run.arn ?? "?"})`;
}

/** Why a run ended badly: its error notifications and its last state changes. */
function runFailure(run: AssessmentRun, allowPartialHint: boolean): InspectorError {
  const state = run.state ?? "UNKNOWN";
  const notes = (run.notifications ?? [])
    .filter((n) => n.error === true)
    .slice(-3)
    .map((n) => `${iso(n.date) ?? "?"} ${n.event ?? "?"}: ${n.message ?? "(no message)"}`);
  const changes = [...(run.stateChanges ?? [])]
    .sort((a, b) => (a.stateChangedAt?.getTime() ?? 0) - (b.stateChangedAt?.getTime() ?? 0))
    .slice(-4)
    .map((c) => `${c.state ?? "?"} at ${iso(c.stateChangedAt) ?? "?"}`);
  const parts = [`assessment run ${runLabel(run)} ended ${state}`];
  if (PARTIAL_STATES.has(state) && allowPartialHint) {
    parts[0] +=
      ": some of it failed, so its findings may be incomplete (allow-partial evaluates them anyway)";
  }
  parts.push(notes.length > 0 ? `error notifications: ${notes.join("; ")}` : "no error notifications");
  if (changes.length > 0) parts.push(`last state changes: ${changes.join(", ")}`);
  const code = PARTIAL_STATES.has(state) ? "RUN_COMPLETED_WITH_ERRORS" : `RUN_${state}`;
  return new InspectorError(code, parts.join(". "));
}

interface GateContext {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly progress?: (event: ProgressEvent) => void;
  readonly now?: () => Date;
  readonly random?: () => number;
}

type Distribute<T> = T extends unknown ? Omit<T, "elapsedMs"> : never;

/** One gate run's state: what is known so far, so an error at any point still yields a full result. */
class Gate {
  private readonly startMs: number;
  private readonly startedAt: string;
  /** Clock time after which the gate gives up (TIMEOUT). */
  readonly deadline: number;
  private readonly api: InspectorApi;
  private current?: AssessmentRun;
  private startedByGate = false;
  private coverage?: CoverageInfo;
  private evaluation?: Evaluation;
  private counts: SeverityCounts = emptySeverityCounts();
  private total = 0;
  private evaluated = 0;
  private readonly warnings: string[] = [];
  private waitMs?: number;
  private fetchMs?: number;
  private evaluateMs?: number;
  private phase = "resolving the assessment run";
  private fetched = { listed: 0, described: 0 };

  constructor(
    private readonly options: GateOptions,
    private readonly ctx: GateContext,
    client: InspectorClient,
    private readonly counter: ApiCallCounter,
    private readonly signal: AbortSignal,
  ) {
    this.startMs = ctx.clock.now();
    this.startedAt = new Date(this.startMs).toISOString();
    this.deadline = this.startMs + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.api = new InspectorApi(client, signal);
  }

  /** What the gate is doing now, for messages. */
  get currentPhase(): string {
    return this.phase;
  }

  private elapsed(): number {
    return Math.max(0, this.ctx.clock.now() - this.startMs);
  }

  private emit(event: Distribute<ProgressEvent>): void {
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

  async run(): Promise<GateResult> {
    try {
      await this.resolveAndWait();
      await this.checkCoverage();
      const evaluation = await this.decide();
      return this.result(evaluation.verdict);
    } catch (error) {
      return this.failed(error);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Run resolution and waiting

  private async resolveAndWait(): Promise<void> {
    const { source } = this.options;
    const clock = this.ctx.clock;
    let initial: AssessmentRun | undefined;
    let runArn: string;
    if (source.kind === "run") {
      initial = await describeRun(this.api, source.runArn);
      runArn = source.runArn;
      this.current = initial;
      this.emit({
        type: "run",
        action: "given",
        runArn,
        runName: initial.name ?? "",
        message: `evaluating assessment run ${runLabel(initial)}`,
      });
    } else if (source.kind === "latest") {
      const run = await findLatestCompletedRun(this.api, source.templateArn, {
        ...(source.maxAgeMs !== undefined ? { maxAgeMs: source.maxAgeMs } : {}),
        now: clock.now(),
      });
      initial = run;
      runArn = run.arn ?? "";
      this.current = run;
      this.emit({
        type: "run",
        action: "latest",
        runArn,
        runName: run.name ?? "",
        message: `using the latest COMPLETED run ${runLabel(run)}, completed ${iso(run.completedAt) ?? "?"}`,
      });
    } else {
      // Fail early and clearly when the template does not exist.
      await describeTemplate(this.api, source.templateArn);
      const started = await startOrReuseRun(this.api, source.templateArn, source.runName, {
        clock,
        deadline: this.deadline,
        pollIntervalMs: this.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
        abortSignal: this.signal,
        ...(this.ctx.random ? { random: this.ctx.random } : {}),
        onBusy: (busy) => {
          const holders = busy.heldBy.length > 0 ? busy.heldBy.join(", ") : "another run";
          this.emit({
            type: "agents-busy",
            heldBy: busy.heldBy,
            agents: busy.agents,
            retryInMs: busy.retryInMs,
            message:
              `the template's agents are busy in ${holders}` +
              `${busy.agents.length > 0 ? ` (${busy.agents.slice(0, 5).join(", ")}${busy.agents.length > 5 || busy.agentsTruncated ? ", …" : ""})` : ""}; ` +
              `trying again in ${formatDuration(busy.retryInMs)}`,
          });
        },
      });
      runArn = started.arn;
      this.startedByGate = started.started;
      initial = started.run;
      this.current =
        started.run ??
        ({
          arn: runArn,
          name: source.runName,
          assessmentTemplateArn: source.templateArn,
          state: "CREATED",
        } as AssessmentRun);
      this.emit({
        type: "run",
        action: started.started ? "started" : "reused",
        runArn,
        runName: source.runName,
        message: started.started
          ? `started assessment run '${source.runName}' (${runArn})`
          : `reusing assessment run '${source.runName}' (${runArn}), started earlier with the same name`,
      });
    }

    this.phase = "waiting for the assessment run";
    const waitStart = clock.now();
    const outcome = await waitUntilRunFinished(this.api, runArn, {
      clock,
      pollIntervalMs: this.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      deadline: this.deadline,
      allowPartial: this.options.allowPartial === true,
      abortSignal: this.signal,
      ...(this.ctx.random ? { random: this.ctx.random } : {}),
      ...(initial ? { initial } : {}),
      onState: (run, previous) => {
        this.current = run;
        this.emit({
          type: "state",
          runArn,
          runName: run.name ?? "",
          state: run.state ?? "UNKNOWN",
          ...(previous !== undefined ? { previous } : {}),
          message: `run '${run.name ?? "?"}': ${run.state ?? "UNKNOWN"} (${formatDuration(this.elapsed())})`,
        });
      },
    });
    this.waitMs = clock.now() - waitStart;
    if (outcome.reason) this.current = outcome.reason;
    switch (outcome.state) {
      case "SUCCESS": {
        const run = outcome.reason as AssessmentRun;
        if (PARTIAL_STATES.has(run.state ?? "")) {
          this.warn(
            `assessment run ${runLabel(run)} ended COMPLETED_WITH_ERRORS; evaluating its findings anyway ` +
              "(allow-partial): they may be incomplete",
          );
        }
        return;
      }
      case "FAILURE":
        throw runFailure(outcome.reason as AssessmentRun, this.options.allowPartial !== true);
      case "TIMEOUT":
        throw new DeadlineExceeded(this.phase);
      case "ABORTED":
        throw new GateAborted(this.signal.reason);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Coverage

  private async checkCoverage(): Promise<void> {
    const run = this.current as AssessmentRun;
    const settings = this.options.policy.coverage;
    if (!coverageMatters(settings)) return;
    this.phase = "reading the run's agents and telemetry";
    const coverage = await readCoverage(this.api, run.arn ?? "", settings);
    this.coverage = coverage;
    // Inspector reports a "Total" message type beside the others.
    const telemetry =
      coverage.telemetryMessages.Total ??
      Object.values(coverage.telemetryMessages).reduce((a, b) => a + b, 0);
    this.emit({
      type: "coverage",
      coverage,
      message:
        `coverage: ${coverage.agents} agent${coverage.agents === 1 ? "" : "s"}, ${coverage.healthy} healthy, ` +
        `${coverage.reporting} reporting, ${telemetry} telemetry message${telemetry === 1 ? "" : "s"}`,
    });
    const judged = judgeCoverage(coverage);
    for (const w of judged.warnings) this.warn(w);
    if (judged.error) throw judged.error;
  }

  // ---------------------------------------------------------------------------------------------
  // Fetching and evaluating

  private evaluationInstant(): Date {
    return this.ctx.now?.() ?? new Date(this.ctx.clock.now());
  }

  private async decide(): Promise<Evaluation> {
    const clock = this.ctx.clock;
    let run = this.current as AssessmentRun;
    const policy = this.options.policy;
    let runCounts = countsOf(run);
    if (runCounts === undefined) {
      throw new InspectorError(
        "FINDING_COUNTS_MISSING",
        `assessment run ${runLabel(run)} reports no findingCounts, so the completeness of its findings ` +
          "cannot be checked",
      );
    }
    this.total = sumCounts(runCounts);
    this.counts = runCounts;
    const plan = planFetch(policy);
    const now = this.evaluationInstant();

    if (plan.severityOnly) {
      // Severity limits alone: findingCounts decide, with no DescribeFindings call. A fail stands as it
      // is; a pass is checked against the findings first, since counts that under-report would pass a
      // run that holds findings beyond a limit.
      const t0 = performance.now();
      const evaluation = evaluateCounts(policy, runCounts, { now });
      this.evaluateMs = Math.round(performance.now() - t0);
      if (evaluation.verdict === "pass") await this.verifyPassingCounts(run, runCounts);
      this.evaluation = evaluation;
      this.evaluated = evaluation.findings.evaluated;
      return evaluation;
    }

    this.phase = "fetching findings";
    const fetchStart = clock.now();
    const names = await rulesPackageNames(this.api, run.rulesPackageArns ?? []);
    const filter = toFindingFilter(plan.filter, names);
    const evaluator = createEvaluator(policy, { now });
    let addMs = 0;
    const stats = await fetchFindings(this.api, {
      runArn: run.arn ?? "",
      ...(filter ? { filter } : {}),
      concurrency: this.options.concurrency ?? DEFAULT_CONCURRENCY,
      clock,
      deadline: this.deadline,
      ...(this.ctx.random ? { random: this.ctx.random } : {}),
      onFinding: (finding) => {
        const t = performance.now();
        evaluator.add(normalizeFinding(finding, names));
        addMs += performance.now() - t;
      },
      onProgress: (p) => {
        this.fetched = { listed: p.listed, described: p.described };
        const total = this.total;
        this.emit({
          type: "fetch",
          listed: p.listed,
          described: p.described,
          total,
          listingDone: p.listingDone,
          message: `findings: ${p.described} described, ${p.listed} listed${filter ? "" : ` of ${total}`}`,
        });
      },
    });
    this.fetchMs = clock.now() - fetchStart;
    this.evaluated = stats.described;

    // Completeness: what was listed must add up to what the run says it holds.
    const expectedOf = (counts: SeverityCounts): number | undefined => {
      if (filter === undefined) return sumCounts(counts);
      if (isSeverityOnlyFilter(filter)) return filter.severities.reduce((sum, s) => sum + counts[s], 0);
      return undefined;
    };
    const expected = expectedOf(runCounts);
    if (expected !== undefined && stats.listed !== expected) {
      // findingCounts may have been read before the last findings were recorded: re-check once.
      this.ctx.logger.debug(`listed ${stats.listed} findings, findingCounts say ${expected}: re-checking`);
      run = await describeRun(this.api, run.arn ?? "");
      this.current = run;
      runCounts = countsOf(run) ?? runCounts;
      const again = expectedOf(runCounts);
      if (again !== stats.listed) {
        throw new InspectorError(
          "FINDINGS_COUNT_MISMATCH",
          `ListFindings returned ${stats.listed} finding${stats.listed === 1 ? "" : "s"}${filter ? " (filtered)" : ""} ` +
            `but the run's findingCounts add up to ${again} (${CLASSIC_SEVERITIES.slice()
              .reverse()
              .map((s) => `${s} ${runCounts?.[s] ?? 0}`)
              .join(", ")}), also after a re-check; refusing to decide on incomplete data`,
        );
      }
      this.total = sumCounts(runCounts);
    }
    const t0 = performance.now();
    const evaluation = evaluator.finish();
    this.evaluateMs = Math.round(addMs + (performance.now() - t0));
    this.evaluation = evaluation;
    this.counts = filter === undefined ? evaluation.counts.raw : runCounts;
    return evaluation;
  }

  /**
   * Before a severity-only policy passes on findingCounts: for each limited severity S (max m), lists the
   * run's findings of severity S only until more than m have been seen (pages of min(500, m + 1); for
   * `fail-on: High` one call with maxResults 1). More than m listed means the counts under-report; a full
   * listing that differs from the count in any way means they cannot be trusted either. Both are an error,
   * never a pass. Nothing is described.
   */
  private async verifyPassingCounts(run: AssessmentRun, counts: SeverityCounts): Promise<void> {
    this.phase = "checking findingCounts against ListFindings";
    const limits = new Map<Severity, number>();
    for (const limit of this.options.policy.severityLimits) {
      limits.set(limit.severity, Math.min(limit.max, limits.get(limit.severity) ?? Number.POSITIVE_INFINITY));
    }
    for (const severity of CLASSIC_SEVERITIES.slice().reverse()) {
      const max = limits.get(severity);
      if (max === undefined) continue;
      const reported = counts[severity];
      const seen = await listFindingsUpTo(this.api, run.arn ?? "", { severities: [severity] }, max);
      if (seen.complete && seen.listed === reported) continue;
      const listed = seen.complete ? `${seen.listed}` : `at least ${seen.listed}`;
      const why = seen.complete
        ? "refusing to decide on counts that disagree with the findings"
        : `more than the limit of ${max}: the counts under-report, and the run must not pass on them`;
      throw new InspectorError(
        "FINDINGS_COUNT_MISMATCH",
        `the run's findingCounts report ${reported} ${severity} finding${reported === 1 ? "" : "s"} but ` +
          `ListFindings lists ${listed} ${severity} finding${seen.listed === 1 ? "" : "s"}; ${why}`,
      );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  private async failed(error: unknown): Promise<GateResult> {
    let failure: { code: string; message: string };
    if (error instanceof DeadlineExceeded || error instanceof GateAborted) {
      // An abort whose reason is the deadline is a timeout; any other abort is an interruption.
      const interrupted = error instanceof GateAborted && !(error.reason instanceof DeadlineExceeded);
      const what = interrupted
        ? `interrupted (${errorMessage(error.reason)})`
        : `timed out after ${formatDuration(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS)}`;
      const during = this.fetchProgressNote();
      const stopNote = await this.stopIfOurs(interrupted ? "interrupted" : "timeout");
      failure = {
        code: interrupted ? "INTERRUPTED" : "TIMEOUT",
        message: `${what} while ${this.phase}${during}${stopNote}`,
      };
    } else if (error instanceof InspectorError) {
      // Giving up on a run the gate started (Inspector kept failing while we waited): do not leave it
      // holding the agents. A run that ended by itself is terminal and left alone.
      const stopNote = this.phase === "waiting for the assessment run" ? await this.stopIfOurs("error") : "";
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
    if (this.phase !== "fetching findings") return "";
    return ` (${this.fetched.described} of ${this.total} findings described)`;
  }

  /** When the gate gives up: stop the run if the gate started it and it is still going (unless "leave"). */
  private async stopIfOurs(reason: "timeout" | "interrupted" | "error"): Promise<string> {
    const run = this.current;
    if (run?.arn === undefined || isTerminalState(run.state)) return "";
    const label = runLabel(run);
    if (!this.startedByGate) return `; run ${label} was not started by the gate and is left as it is`;
    if (this.options.onTimeout === "leave") return `; run ${label} is left running (on-timeout: leave)`;
    this.emit({ type: "stop", runArn: run.arn, reason, message: `stopping assessment run ${label}` });
    // A fresh signal: the gate's own is aborted by now, but the stop must still go out, briefly enough
    // that the gate still ends within its deadline's grace.
    const api = new InspectorApi(this.api.client, AbortSignal.timeout(STOP_BUDGET_MS));
    try {
      await stopRun(api, run.arn);
      return `; stopped run ${label} (StopAssessmentRun, SKIP_EVALUATION)`;
    } catch (error) {
      const converted =
        error instanceof InspectorError ? error : toInspectorError(error, "StopAssessmentRun");
      if (converted === undefined && !(error instanceof GateAborted)) throw error;
      const message = `could not stop run ${label}: ${errorMessage(converted ?? error)}`;
      this.warn(message);
      return `; ${message}`;
    }
  }

  private sourceInfo(): ClassicRunSourceInfo {
    const asked = this.options.source;
    return {
      kind: "inspector-classic-run",
      severities: CLASSIC_SEVERITIES,
      selection: asked.kind,
      ...(asked.kind === "run" ? { runArn: asked.runArn } : { templateArn: asked.templateArn }),
      ...(asked.kind === "template" ? { runName: asked.runName } : {}),
      run: this.current?.arn !== undefined ? runInfo(this.current, this.startedByGate) : null,
    };
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
    const result: { -readonly [K in keyof GateResult]: GateResult[K] } = {
      verdict,
      exitCode,
      policyFiles: policy.files,
      source: this.sourceInfo(),
      findings: { total: this.total, evaluated: this.evaluated },
      counts: this.counts,
      apiCalls: this.counter.snapshot(),
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
    if (verdict !== "error" && this.evaluation) result.evaluation = this.evaluation;
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
