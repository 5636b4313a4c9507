/**
 * The Inspector (v2) source: a scope of resources (an image by digest, a repository, functions, instances,
 * an account), its coverage as evidence, optionally waiting for their scans, and their live findings
 * through ListFindings narrowed by the scope and the policy, with CISA KEV details when the policy asks.
 */
import type { FilterCriteria, Inspector2Client } from "@aws-sdk/client-inspector2";
import { GateAborted } from "../../core/abort.js";
import { Channel } from "../../core/channel.js";
import { DeadlineExceeded } from "../../core/deadline.js";
import { formatDuration } from "../../core/duration.js";
import { type Finding, INSPECTOR2_SEVERITIES, type SeverityCounts } from "../../model.js";
import type { PolicyNeeds } from "../../policy/plan.js";
import type { Policy } from "../../policy/types.js";
import type { Inspector2SourceInfo } from "../../result.js";
import { toInspectorError } from "../shared/aws.js";
import { Pacer } from "../shared/pacer.js";
import type { Evidence, FindingSource, SourceContext, Totals } from "../types.js";
import { Inspector2Api } from "./api.js";
import { createInspector2Client, type Inspector2Connection } from "./client.js";
import { type CoverageView, coverageInfo, judgeCoverage, readCoverage } from "./coverage.js";
import { findingCriteria } from "./criteria.js";
import { type ListStats, listFindings } from "./findings.js";
import type { Inspector2Event } from "./progress.js";
import type { ReportDestination } from "./report.js";
import { findingsThroughReport } from "./report-findings.js";
import { S3Api } from "./report-read.js";
import { createS3Client } from "./s3.js";
import { type Inspector2Scope, scopeWords } from "./scope.js";
import { waitForScans } from "./wait.js";

/** What the gate is told to gate on Inspector (v2). */
export interface Inspector2Spec {
  readonly kind: "inspector2";
  /** The resources to gate; required unless `allResources`. */
  readonly scope?: Inspector2Scope;
  /** Gate every resource of the account (no scope). */
  readonly allResources?: boolean;
  /** Wait until every resource in scope has been scanned (and named digests are in coverage). */
  readonly waitForScan?: boolean;
  /** Evaluate SUPPRESSED findings as ACTIVE ones (by default they are shown apart, not counted). */
  readonly includeSuppressed?: boolean;
  /** Read the findings through a findings report written to S3 rather than ListFindings. */
  readonly report?: ReportDestination;
}

/** Batches of findings (a ListFindings page each) queued between the listing and the gate. */
const QUEUED_BATCHES = 16;

export class Inspector2Source implements FindingSource {
  private readonly client: Inspector2Client;
  private readonly ownClient: boolean;
  private readonly detach: () => void;
  private readonly api: Inspector2Api;
  private readonly scope: Inspector2Scope;
  private region: string | null = null;
  private view?: CoverageView;
  private criteria?: FilterCriteria;
  private stats?: ListStats;
  private done = false;
  private kevAsked = false;
  private waitChecks = 0;
  private waitedMs = 0;
  private readonly coverageAccounts = new Set<string>();

  constructor(
    private readonly spec: Inspector2Spec,
    private readonly ctx: SourceContext,
    client: Inspector2Client | undefined,
    private readonly connection: Inspector2Connection,
  ) {
    this.scope = spec.scope ?? {};
    this.ownClient = client === undefined;
    this.client = client ?? createInspector2Client(connection);
    const uncount = ctx.calls.attach(this.client);
    const unpace = new Pacer().attach(this.client);
    this.detach = () => {
      unpace();
      uncount();
    };
    this.api = new Inspector2Api(this.client, ctx.signal);
  }

  private emit(event: Inspector2Event): void {
    this.ctx.emit(event);
  }

  info(): Inspector2SourceInfo {
    const stats = this.stats;
    const kev = this.kevAsked ? stats : undefined;
    return {
      kind: "inspector2",
      severities: INSPECTOR2_SEVERITIES,
      scope: this.scope,
      allResources: this.spec.allResources === true,
      region: this.region,
      accounts: [...new Set([...this.coverageAccounts, ...(stats?.accounts ?? [])])].sort(),
      filterCriteria: this.criteria
        ? (JSON.parse(JSON.stringify(this.criteria)) as Record<string, unknown>)
        : null,
      includeSuppressed: this.spec.includeSuppressed === true,
      listed: { active: stats?.active ?? 0, suppressed: stats?.suppressed ?? 0, closed: 0 },
      suppressed: stats?.suppressedShown ?? [],
      waiting: { forScan: this.spec.waitForScan === true, checks: this.waitChecks, waitedMs: this.waitedMs },
      kev: this.kevAsked
        ? { candidates: kev?.kevCandidates ?? 0, inKev: kev?.inKev ?? 0, unknown: kev?.kevUnknown ?? 0 }
        : null,
    };
  }

  totals(): Totals | undefined {
    return undefined;
  }

  close(): void {
    this.detach();
    if (this.ownClient) this.client.destroy();
  }

  private noteView(view: CoverageView): void {
    this.view = view;
    for (const account of view.accounts) this.coverageAccounts.add(account);
  }

  // ---------------------------------------------------------------------------------------------
  // Ready: the region, and the scans when asked to wait for them

  async ready(): Promise<{ waitMs?: number }> {
    this.ctx.phase("resolving the Inspector (v2) region");
    try {
      this.region = await this.client.config.region();
    } catch (error) {
      throw toInspectorError(error, "ListFindings") ?? error;
    }
    const words = scopeWords(this.scope);
    this.emit({
      type: "inspector2-scope",
      scope: words,
      region: this.region,
      message: `Inspector (v2) in ${this.region}: gating ${words}`,
    });
    if (this.spec.waitForScan !== true) return {};

    this.ctx.phase("waiting for Inspector to scan the resources in scope");
    const { clock, settings } = this.ctx;
    const start = clock.now();
    const outcome = await waitForScans(this.api, this.scope, {
      clock,
      pollIntervalMs: settings.pollIntervalMs,
      deadline: this.ctx.deadline,
      abortSignal: this.ctx.signal,
      random: this.ctx.random,
      // Whether an INACTIVE resource fails the gate is the policy's to say, once nothing is pending.
      inactive: "ignore",
      scopeWords: words,
      onView: (view, waiting) => {
        this.noteView(view);
        const pending = view.resources.filter((r) => r.status === "PENDING");
        const message = waiting
          ? waitMessage(view, pending)
          : `scans: ${view.resources.length} resource${view.resources.length === 1 ? "" : "s"} in scope, ` +
            `${view.resources.filter((r) => r.status === "SCANNED").length} scanned`;
        this.ctx.phase(waiting ? `waiting for scans (${waitMessage(view, pending)})` : "reading findings");
        this.emit({
          type: "inspector2-wait",
          resources: view.resources.length,
          pending: pending.length,
          missing: view.missingDigests.length,
          message: `${message} (${formatDuration(this.ctx.elapsed())})`,
        });
      },
    });
    this.waitChecks = outcome.checks;
    this.waitedMs = clock.now() - start;
    if (outcome.reason) this.noteView(outcome.reason);
    switch (outcome.state) {
      case "SUCCESS":
      case "FAILURE": // not evidence, and waiting cannot change that: evidence() says why
        return { waitMs: this.waitedMs };
      case "TIMEOUT":
        throw new DeadlineExceeded(
          outcome.reason ? `waiting for scans (${waitMessage(outcome.reason)})` : "waiting for scans",
        );
      case "ABORTED":
        throw new GateAborted(this.ctx.signal.reason);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Evidence: the coverage of the scope

  async evidence(policy: Policy): Promise<Evidence> {
    const inactive = policy.coverage.inactiveResources ?? "fail";
    // After a wait, its last listing is the coverage; otherwise it is read now, beside the first page.
    const view = this.view ?? (await readCoverage(this.api, this.scope));
    this.noteView(view);
    const coverage = coverageInfo(view, inactive);
    this.emit({
      type: "inspector2-coverage",
      coverage,
      message:
        `coverage: ${coverage.resources} resource${coverage.resources === 1 ? "" : "s"} in scope, ${coverage.scanned} scanned` +
        `${coverage.pending > 0 ? `, ${coverage.pending} pending` : ""}${coverage.inactive > 0 ? `, ${coverage.inactive} inactive` : ""}`,
    });
    const judged = judgeCoverage(view, {
      inactive,
      waitForScan: this.spec.waitForScan === true,
      scopeWords: scopeWords(this.scope),
    });
    for (const w of judged.warnings) this.ctx.warn(w);
    return judged.error ? { coverage, error: judged.error } : { coverage };
  }

  // ---------------------------------------------------------------------------------------------
  // Findings

  async *findings(needs: PolicyNeeds, signal: AbortSignal): AsyncGenerator<readonly Finding[]> {
    this.ctx.phase("fetching findings");
    const criteria = findingCriteria(this.scope, needs);
    this.criteria = criteria;
    this.kevAsked = needs.kev !== undefined;
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal.reason);
    if (signal.aborted) stop.abort(signal.reason);
    else signal.addEventListener("abort", onAbort, { once: true });
    const api = new Inspector2Api(this.client, stop.signal);
    const channel = new Channel<readonly Finding[]>(QUEUED_BATCHES);
    let fetching: Promise<void> | undefined;
    try {
      if (this.spec.report !== undefined) {
        fetching = this.throughReport(this.spec.report, api, criteria, needs, stop.signal, channel);
        yield* channel;
        return;
      }
      fetching = listFindings(api, {
        criteria,
        includeSuppressed: this.spec.includeSuppressed === true,
        ...(needs.kev ? { kev: needs.kev } : {}),
        concurrency: this.ctx.settings.concurrency,
        clock: this.ctx.clock,
        signal: stop.signal,
        onBatch: (batch) => channel.push(batch),
        onProgress: (stats) => {
          this.stats = stats;
          this.ctx.fetched(
            {
              listed: stats.active + stats.suppressed,
              described: stats.evaluated,
              listingDone: stats.listingDone,
            },
            `findings: ${stats.active + stats.suppressed} listed (${stats.suppressed} suppressed), ` +
              `${stats.evaluated} to evaluate${stats.kevCalls > 0 ? `, ${stats.kevCalls} KEV look-ups` : ""}`,
          );
        },
      })
        .then((stats) => {
          this.stats = stats;
          this.done = true;
          if (stats.kevCalls > 0) {
            this.emit({
              type: "inspector2-kev",
              candidates: stats.kevCandidates,
              calls: stats.kevCalls,
              message: `KEV: ${stats.kevCandidates} candidate finding${stats.kevCandidates === 1 ? "" : "s"} looked up in ${stats.kevCalls} call${stats.kevCalls === 1 ? "" : "s"}, ${stats.inKev} in CISA's catalog`,
            });
          }
          channel.close();
        })
        .catch((error: unknown) => channel.fail(error));
      yield* channel;
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (!stop.signal.aborted && !this.done) stop.abort(new Error("the findings were not read"));
      await fetching;
    }
  }

  /** The findings through a findings report (see report-findings.ts), into the channel. */
  private throughReport(
    destination: ReportDestination,
    api: Inspector2Api,
    criteria: FilterCriteria,
    needs: PolicyNeeds,
    signal: AbortSignal,
    channel: Channel<readonly Finding[]>,
  ): Promise<void> {
    const s3Client = createS3Client(this.connection, destination.s3Endpoint);
    const uncount = this.ctx.calls.attach(s3Client);
    const s3 = new S3Api(s3Client, signal);
    const progress = (stats: ListStats & { objects?: number }) => {
      this.stats = stats;
      this.ctx.fetched(
        {
          listed: stats.active + stats.suppressed,
          described: stats.evaluated,
          listingDone: stats.listingDone,
        },
        `findings report: ${stats.active + stats.suppressed} read (${stats.suppressed} suppressed), ` +
          `${stats.evaluated} to evaluate`,
      );
    };
    return findingsThroughReport(api, s3, {
      destination,
      criteria,
      includeSuppressed: this.spec.includeSuppressed === true,
      ...(needs.kev ? { kev: needs.kev } : {}),
      clock: this.ctx.clock,
      pollIntervalMs: this.ctx.settings.pollIntervalMs,
      deadline: this.ctx.deadline,
      random: this.ctx.random,
      signal,
      elapsed: () => this.ctx.elapsed(),
      phase: (what) => this.ctx.phase(what),
      say: (message, reportId, status) => this.emit({ type: "inspector2-report", reportId, status, message }),
      onBatch: (batch) => channel.push(batch),
      onProgress: progress,
    })
      .then((outcome) => {
        progress(outcome.stats);
        this.done = true;
        channel.close();
      })
      .catch((error: unknown) => channel.fail(error))
      .finally(() => {
        uncount();
        s3Client.destroy();
      });
  }

  async complete(raw: SeverityCounts): Promise<Totals> {
    const stats = this.stats;
    if (stats?.kevUnknown) {
      this.ctx.warn(
        `Inspector had no vulnerability details for ${stats.kevUnknown} package finding${stats.kevUnknown === 1 ? "" : "s"}: ` +
          "their KEV status is unknown",
      );
    }
    return { total: stats?.evaluated ?? 0, counts: raw };
  }
}

/** What the wait is waiting for, in a few words. */
function waitMessage(
  view: CoverageView,
  pending = view.resources.filter((r) => r.status === "PENDING"),
): string {
  if (view.missingDigests.length > 0) {
    return `image ${view.missingDigests.map((d) => `${d.slice(0, 19)}…`).join(", ")} not in Inspector's coverage yet`;
  }
  if (view.resources.length === 0) return "nothing in scope is in Inspector's coverage yet";
  const first = pending
    .slice(0, 3)
    .map((r) =>
      `${r.label} ${r.scans.find((s) => s.statusCode === "ACTIVE" && s.lastScannedAt === undefined)?.reason ?? r.scans[0]?.reason ?? ""}`.trim(),
    );
  const more = pending.length > first.length ? `, and ${pending.length - first.length} more` : "";
  return `${pending.length} of ${view.resources.length} resource${view.resources.length === 1 ? "" : "s"} not scanned yet: ${first.join(", ")}${more}`;
}
