/**
 * The Inspector Classic run source: locate, start or reuse an assessment run and wait for it; its agents
 * and telemetry as evidence; its findingCounts for severity-only policies (checked against ListFindings
 * before a pass is trusted); its findings through ListFindings → DescribeFindings, filtered server-side;
 * the listing checked against findingCounts; and a run the gate started stopped when the gate gives up.
 */
import type { AssessmentRun, FindingFilter, InspectorClient } from "@aws-sdk/client-inspector";
import { GateAborted } from "../../core/abort.js";
import { Channel } from "../../core/channel.js";
import { DeadlineExceeded } from "../../core/deadline.js";
import { formatDuration } from "../../core/duration.js";
import { errorMessage, InspectorError } from "../../errors.js";
import {
  CLASSIC_SEVERITIES,
  type Finding,
  SEVERITIES,
  type Severity,
  type SeverityCounts,
} from "../../model.js";
import type { PolicyNeeds } from "../../policy/plan.js";
import type { Policy } from "../../policy/types.js";
import type { ClassicRunSourceInfo } from "../../result.js";
import { keepStatusOfUnreadableBodies, toInspectorError } from "../shared/aws.js";
import { Pacer } from "../shared/pacer.js";
import type { CountsPath, Evidence, FindingSource, GiveUpReason, SourceContext, Totals } from "../types.js";
import { InspectorApi } from "./api.js";
import { createInspectorClient, type InspectorConnection } from "./client.js";
import { coverageMatters, judgeCoverage, readCoverage } from "./coverage.js";
import { classicServerFilter, isSeverityOnlyFilter, toFindingFilter } from "./filter.js";
import { type FetchStats, fetchFindings, listFindingsUpTo } from "./findings.js";
import { ClassicFindingReader, fetchedWhere } from "./normalize.js";
import { rulesPackageNames } from "./packages.js";
import type { ClassicEvent } from "./progress.js";
import { checkedCountsOf, iso, regionOfArn, runFailure, runInfo, runLabel } from "./run-info.js";
import { describeRun, describeTemplate, findLatestCompletedRun, startOrReuseRun, stopRun } from "./runs.js";
import { isTerminalState, PARTIAL_STATES, waitUntilRunFinished } from "./wait.js";

/** How the gate is told which run to evaluate. */
export type ClassicRunSpec =
  | { readonly kind: "run"; readonly runArn: string }
  | { readonly kind: "template"; readonly templateArn: string; readonly runName: string }
  | { readonly kind: "latest"; readonly templateArn: string; readonly maxAgeMs?: number };

/** Batches of findings (one DescribeFindings answer each) queued between the describers and the gate. */
const QUEUED_BATCHES = 64;

function sumCounts(counts: SeverityCounts): number {
  return SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
}

/** Highest first, as messages list severities. */
const HIGHEST_FIRST = [...CLASSIC_SEVERITIES].reverse();

function list(counts: SeverityCounts, severities: readonly Severity[]): string {
  return severities.map((s) => `${s} ${counts[s]}`).join(", ");
}

/**
 * Why the findings read do not add up to the run's findingCounts, or undefined when they do. `raw` counts
 * the findings described, by severity; `stats.listed` the ARNs listed.
 */
export function countsDisagreement(
  counts: SeverityCounts,
  raw: SeverityCounts,
  stats: { readonly listed: number; readonly described: number },
  filter: FindingFilter | undefined,
): string | undefined {
  const compared: readonly Severity[] | undefined =
    filter === undefined
      ? HIGHEST_FIRST
      : isSeverityOnlyFilter(filter)
        ? HIGHEST_FIRST.filter((s) => filter.severities.includes(s))
        : undefined;
  const plural = (n: number) => `${n} finding${n === 1 ? "" : "s"}`;
  if (stats.described !== stats.listed) {
    return `ListFindings listed ${plural(stats.listed)} but ${stats.described} were described`;
  }
  if (compared !== undefined) {
    const expected = compared.reduce((sum, s) => sum + counts[s], 0);
    const what = filter === undefined ? "" : ` of ${compared.join(", ")}`;
    if (stats.listed !== expected) {
      return (
        `ListFindings returned ${plural(stats.listed)}${what} but the run's findingCounts add up to ` +
        `${expected} (${list(counts, compared)})`
      );
    }
    if (compared.some((s) => raw[s] !== counts[s])) {
      return (
        `the run's findingCounts say ${list(counts, compared)} but the findings described are ` +
        list(raw, compared)
      );
    }
    return undefined;
  }
  const over = HIGHEST_FIRST.filter((s) => raw[s] > counts[s]);
  if (over.length > 0) {
    return (
      `the run's findingCounts say ${list(counts, over)} but more findings than that were described ` +
      `(${list(raw, over)})`
    );
  }
  return undefined;
}

export class ClassicRunSource implements FindingSource {
  private readonly client: InspectorClient;
  private readonly ownClient: boolean;
  private readonly detach: () => void;
  /** Calls made on the gate's signal. */
  private readonly api: InspectorApi;
  private current?: AssessmentRun;
  private startedByGate = false;
  private waiting = false;
  private provisional?: Totals;
  private filter?: ReturnType<typeof toFindingFilter>;
  private stats?: FetchStats;
  readonly counts: CountsPath;

  constructor(
    private readonly spec: ClassicRunSpec,
    private readonly ctx: SourceContext,
    client: InspectorClient | undefined,
    connection: InspectorConnection,
  ) {
    this.ownClient = client === undefined;
    // Inspector resources are regional: the ARN's region is the one to call unless told otherwise.
    const region = connection.region ?? regionOfArn(spec.kind === "run" ? spec.runArn : spec.templateArn);
    this.client =
      client ?? createInspectorClient({ ...connection, ...(region !== undefined ? { region } : {}) });
    const uncount = ctx.calls.attach(this.client);
    const unpace = new Pacer().attach(this.client);
    const unkeep = keepStatusOfUnreadableBodies(this.client);
    this.detach = () => {
      unkeep();
      unpace();
      uncount();
    };
    this.api = new InspectorApi(this.client, ctx.signal);
    this.counts = {
      read: async () => this.runCounts(),
      verifyPass: (limits, counts) => this.verifyPassingCounts(limits, counts),
    };
  }

  private emit(event: ClassicEvent): void {
    this.ctx.emit(event);
  }

  info(): ClassicRunSourceInfo {
    const asked = this.spec;
    return {
      kind: "inspector-classic-run",
      severities: CLASSIC_SEVERITIES,
      selection: asked.kind,
      ...(asked.kind === "run" ? { runArn: asked.runArn } : { templateArn: asked.templateArn }),
      ...(asked.kind === "template" ? { runName: asked.runName } : {}),
      run: this.current?.arn !== undefined ? runInfo(this.current, this.startedByGate) : null,
    };
  }

  totals(): Totals | undefined {
    return this.provisional;
  }

  close(): void {
    this.detach();
    if (this.ownClient) this.client.destroy();
  }

  // ---------------------------------------------------------------------------------------------
  // Run resolution and waiting

  async ready(): Promise<{ waitMs?: number }> {
    const source = this.spec;
    const { clock, settings } = this.ctx;
    this.ctx.phase("resolving the assessment run");
    let initial: AssessmentRun | undefined;
    let runArn: string;
    if (source.kind === "run") {
      const run = await describeRun(this.api, source.runArn);
      initial = run;
      runArn = source.runArn;
      this.current = run;
      this.emit({
        type: "run",
        action: "given",
        runArn,
        runName: run.name ?? "",
        message: `evaluating assessment run ${runLabel(run)}`,
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
      const started = await startOrReuseRun(this.api, source.templateArn, source.runName, {
        // Fail early and clearly when the template does not exist (checked beside the run lookup).
        alongside: describeTemplate(this.api, source.templateArn),
        clock,
        deadline: this.ctx.deadline,
        pollIntervalMs: settings.pollIntervalMs,
        abortSignal: this.ctx.signal,
        random: this.ctx.random,
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

    this.ctx.phase("waiting for the assessment run");
    this.waiting = true;
    const waitStart = clock.now();
    const outcome = await waitUntilRunFinished(this.api, runArn, {
      clock,
      pollIntervalMs: settings.pollIntervalMs,
      deadline: this.ctx.deadline,
      allowPartial: settings.allowPartial,
      abortSignal: this.ctx.signal,
      random: this.ctx.random,
      ...(initial ? { initial } : {}),
      ...(source.kind !== "run" ? { templateArn: source.templateArn } : {}),
      onState: (run, previous) => {
        this.current = run;
        this.emit({
          type: "state",
          runArn,
          runName: run.name ?? "",
          state: run.state ?? "UNKNOWN",
          ...(previous !== undefined ? { previous } : {}),
          message: `run '${run.name ?? "?"}': ${run.state ?? "UNKNOWN"} (${formatDuration(this.ctx.elapsed())})`,
        });
      },
    });
    const waitMs = clock.now() - waitStart;
    if (outcome.reason) this.current = outcome.reason;
    switch (outcome.state) {
      case "SUCCESS": {
        const run = outcome.reason as AssessmentRun;
        if (PARTIAL_STATES.has(run.state ?? "")) {
          this.ctx.warn(
            `assessment run ${runLabel(run)} ended COMPLETED_WITH_ERRORS; evaluating its findings anyway ` +
              "(allow-partial): they may be incomplete",
          );
        }
        this.waiting = false;
        return { waitMs };
      }
      case "FAILURE":
        throw runFailure(outcome.reason as AssessmentRun, !settings.allowPartial);
      case "TIMEOUT":
        throw new DeadlineExceeded("waiting for the assessment run");
      case "ABORTED":
        throw new GateAborted(this.ctx.signal.reason);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Evidence: the run's agents and telemetry

  async evidence(policy: Policy): Promise<Evidence> {
    const settings = policy.coverage;
    if (!coverageMatters(settings)) return {};
    const run = this.current as AssessmentRun;
    const coverage = await readCoverage(this.api, run.arn ?? "", settings);
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
    for (const w of judged.warnings) this.ctx.warn(w);
    return judged.error ? { coverage, error: judged.error } : { coverage };
  }

  // ---------------------------------------------------------------------------------------------
  // Counts

  /**
   * The run's findingCounts, checked: without them, or with keys or counts that are not counts of
   * severities, the completeness of its findings cannot be checked.
   */
  private runCounts(): SeverityCounts {
    const counts = checkedCountsOf(this.current as AssessmentRun);
    this.provisional = { total: sumCounts(counts), counts };
    return counts;
  }

  /**
   * Before a severity-only policy passes on findingCounts: for each limited severity S (max m), lists the
   * run's findings of severity S only until more than m have been seen (pages of min(500, m + 1); for
   * `fail-on: High` one call with maxResults 1). More than m listed means the counts under-report; a full
   * listing that differs from the count in any way means they cannot be trusted either. Both are an error,
   * never a pass. Nothing is described.
   */
  private async verifyPassingCounts(
    limits: ReadonlyMap<Severity, number>,
    counts: SeverityCounts,
  ): Promise<void> {
    this.ctx.phase("checking findingCounts against ListFindings");
    const run = this.current as AssessmentRun;
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
  // Findings

  async *findings(needs: PolicyNeeds, signal: AbortSignal): AsyncGenerator<readonly Finding[]> {
    const run = this.current as AssessmentRun;
    const runCounts = this.runCounts();
    this.ctx.phase("fetching findings");
    // Calls on `signal` (the gate stops the stream when the evidence fails), and on `stop` so that leaving
    // the loop early also stops the describers.
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal.reason);
    if (signal.aborted) stop.abort(signal.reason);
    else signal.addEventListener("abort", onAbort, { once: true });
    const api = new InspectorApi(this.client, stop.signal);
    const channel = new Channel<readonly Finding[]>(QUEUED_BATCHES);
    let fetching: Promise<void> | undefined;
    try {
      // The rules packages' names are asked for beside the first page of findings: they are needed only
      // to name each finding's package (and, before listing, when the filter names packages by name).
      const wanted = classicServerFilter(needs);
      const namesCall = rulesPackageNames(api, run.rulesPackageArns ?? []);
      namesCall.catch(() => {}); // its failure is reported through the fetch, below
      const byName = wanted?.rulesPackages?.some((p) => !p.startsWith("arn:")) === true;
      const filter = toFindingFilter(wanted, byName ? await namesCall : new Map());
      this.filter = filter;
      const reader = namesCall.then(
        (names) => new ClassicFindingReader({ rulesPackageNames: names, where: fetchedWhere }),
      );
      reader.catch(() => {}); // awaited by the first batch, if any; a failure is reported through the fetch
      const total = sumCounts(runCounts);
      fetching = fetchFindings(api, {
        runArn: run.arn ?? "",
        ...(filter ? { filter } : {}),
        concurrency: this.ctx.settings.concurrency,
        clock: this.ctx.clock,
        deadline: this.ctx.deadline,
        random: this.ctx.random,
        onFindings: async (batch) => {
          const r = await reader;
          await channel.push(batch.map((f) => r.convert(f) as Finding));
        },
        onProgress: (p) =>
          this.ctx.fetched(
            { listed: p.listed, described: p.described, total, listingDone: p.listingDone },
            `findings: ${p.described} described, ${p.listed} listed${filter ? "" : ` of ${total}`}`,
          ),
      })
        .then(async (stats) => {
          await namesCall; // a run with no finding never needed the names; their call must still succeed
          this.stats = stats;
          channel.close();
        })
        .catch((error: unknown) => channel.fail(error));
      yield* channel;
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (!stop.signal.aborted && this.stats === undefined)
        stop.abort(new Error("the findings were not read"));
      await fetching;
    }
  }

  /**
   * Completeness: what was listed and described must add up to what the run says it holds, severity by
   * severity (all of them without a filter, the filtered ones with a severity filter; with any other
   * filter no severity may hold more findings than the run counts). findingCounts may have been read
   * before the last findings were recorded: they are re-read once, from a run that must still be the
   * one asked for, in the state the wait accepted.
   */
  async complete(raw: SeverityCounts): Promise<Totals> {
    const stats = this.stats as FetchStats;
    const filter = this.filter;
    let run = this.current as AssessmentRun;
    let runCounts = this.runCounts();
    let disagreement = countsDisagreement(runCounts, raw, stats, filter);
    if (disagreement !== undefined) {
      this.ctx.logger.debug(`${disagreement}: re-checking the run's findingCounts`);
      const accepted = run.state;
      run = await describeRun(this.api, run.arn ?? "", this.expectedTemplate());
      this.current = run;
      if (run.state !== accepted) {
        throw new InspectorError(
          "RUN_STATE_CHANGED",
          `assessment run ${runLabel(run)} was ${accepted ?? "UNKNOWN"} when its findings were read but is ` +
            `${run.state ?? "UNKNOWN"} when its findingCounts were checked again; refusing to decide on a run ` +
            "that changed under the gate",
        );
      }
      runCounts = this.runCounts();
      disagreement = countsDisagreement(runCounts, raw, stats, filter);
      if (disagreement !== undefined) {
        throw new InspectorError(
          "FINDINGS_COUNT_MISMATCH",
          `${disagreement}, also after a re-check; refusing to decide on findings that do not add up`,
        );
      }
    }
    return { total: sumCounts(runCounts), counts: filter === undefined ? raw : runCounts };
  }

  /** The template the run must belong to, when the gate was given one. */
  private expectedTemplate(): string | undefined {
    return this.spec.kind === "run" ? undefined : this.spec.templateArn;
  }

  // ---------------------------------------------------------------------------------------------
  // Giving up

  /**
   * When the gate gives up: stop the run if the gate started it and it is still going (unless "leave").
   * After an error, only while waiting for the run: a run that ended by itself is terminal and left alone.
   */
  async giveUp(reason: GiveUpReason, signal: AbortSignal): Promise<string> {
    if (reason === "error" && !this.waiting) return "";
    const run = this.current;
    if (run?.arn === undefined || isTerminalState(run.state)) return "";
    const label = runLabel(run);
    if (!this.startedByGate) return `; run ${label} was not started by the gate and is left as it is`;
    if (this.ctx.settings.onTimeout === "leave") return `; run ${label} is left running (on-timeout: leave)`;
    this.emit({ type: "stop", runArn: run.arn, reason, message: `stopping assessment run ${label}` });
    const api = new InspectorApi(this.client, signal);
    try {
      await stopRun(api, run.arn);
      return `; stopped run ${label} (StopAssessmentRun, SKIP_EVALUATION)`;
    } catch (error) {
      const converted =
        error instanceof InspectorError ? error : toInspectorError(error, "StopAssessmentRun");
      if (converted === undefined && !(error instanceof GateAborted)) throw error;
      const message = `could not stop run ${label}: ${errorMessage(converted ?? error)}`;
      this.ctx.warn(message);
      return `; ${message}`;
    }
  }
}
