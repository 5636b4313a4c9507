/**
 * Listing an Inspector (v2) scope's findings: ListFindings through the SDK paginator (maxResults 100; a
 * page holds at most 25) with the criteria built from the scope and the policy, each page checked and
 * each finding normalised and held against what was asked. KEV details, when the policy needs them, are
 * fetched for the candidates of each page with bounded concurrency while the listing goes on.
 *
 * Distrust: a finding the normaliser refuses, one listed twice, one outside the criteria sent (another
 * resource, account, status or severity), a page without its list or a repeated token are all errors
 * (exit 3), never a shorter list. SUPPRESSED findings are set apart (counted and shown, not evaluated)
 * unless they are to be evaluated; CLOSED ones are never asked for.
 */
import { type FilterCriteria, paginateListFindings } from "@aws-sdk/client-inspector2";
import { chunks } from "../../core/batch.js";
import { InspectorError } from "../../errors.js";
import type { Clock } from "../../logging.js";
import { type Finding, subjectLabel } from "../../model.js";
import type { SuppressedFinding } from "../../result.js";
import type { CallOptions } from "../shared/aws.js";
import { checkedPages, DETAILS_BATCH, type Inspector2Api } from "./api.js";
import { unmetCriterion } from "./criteria.js";
import { type KevAnswer, kevOf, withKev } from "./kev.js";
import { Inspector2FindingReader } from "./normalize.js";

/** ListFindings' maxResults (the model's bound; a page still holds at most 25). */
export const LIST_PAGE_SIZE = 100;
/** Suppressed findings listed by name in the result (all are counted). */
export const SUPPRESSED_SHOWN = 50;

export interface ListFindingsOptions {
  readonly criteria: FilterCriteria;
  readonly includeSuppressed: boolean;
  /** Present when KEV data is needed: it is fetched for the findings `candidate` accepts. */
  readonly kev?: { candidate(finding: Finding): boolean };
  /** BatchGetFindingDetails calls in flight at once. */
  readonly concurrency: number;
  readonly clock: Clock;
  /** The fetch's own signal (sleeps between KEV retries end with it). */
  readonly signal: AbortSignal;
  /** Receives the findings to evaluate, a page at a time (KEV set), in no particular order. */
  readonly onBatch: (batch: readonly Finding[]) => Promise<void>;
  readonly onProgress?: (stats: ListStats) => void;
}

export interface ListStats {
  pages: number;
  active: number;
  suppressed: number;
  /** Findings handed on to be evaluated. */
  evaluated: number;
  listingDone: boolean;
  readonly accounts: Set<string>;
  readonly suppressedShown: SuppressedFinding[];
  kevCandidates: number;
  kevCalls: number;
  inKev: number;
  kevUnknown: number;
}

/** At most `n` tasks at once. */
class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly n: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.running >= this.n) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

function inconsistent(message: string): InspectorError {
  return new InspectorError("FINDINGS_INCONSISTENT", `${message}; refusing to decide on inconsistent data`);
}

/** The figures of a listing before its first finding. */
export function emptyListStats(listingDone = false): ListStats {
  return {
    pages: 0,
    active: 0,
    suppressed: 0,
    evaluated: 0,
    listingDone,
    accounts: new Set(),
    suppressedShown: [],
    kevCandidates: 0,
    kevCalls: 0,
    inKev: 0,
    kevUnknown: 0,
  };
}

/** Where the service returned the findings `admit` holds against what was asked, in its error messages. */
export interface Intake {
  readonly criteria: FilterCriteria;
  readonly includeSuppressed: boolean;
  readonly seen: Set<string>;
  readonly stats: ListStats;
  /** "Inspector ListFindings listed ARN twice", as the place says it. */
  twice(arn: string): string;
  /** "Inspector ListFindings returned ARN", as the place says it. */
  returned(arn: string): string;
}

/**
 * One finding the service returned (by ListFindings or in a findings report), held against what was asked:
 * one returned before, or outside the criteria sent, is inconsistent data (exit 3); a SUPPRESSED one is
 * counted and shown apart unless it is to be evaluated. True when it is to be evaluated.
 */
export function admit(finding: Finding, intake: Intake): boolean {
  const { seen, stats } = intake;
  if (seen.has(finding.arn)) throw inconsistent(intake.twice(finding.arn));
  seen.add(finding.arn);
  const unmet = unmetCriterion(finding, intake.criteria);
  if (unmet !== undefined) {
    throw inconsistent(`${intake.returned(finding.arn)}, which is outside the filter asked for: ${unmet}`);
  }
  if (finding.awsAccountId !== undefined) stats.accounts.add(finding.awsAccountId);
  if (finding.status !== "SUPPRESSED") {
    stats.active++;
    return true;
  }
  stats.suppressed++;
  if (intake.includeSuppressed) return true;
  if (stats.suppressedShown.length < SUPPRESSED_SHOWN) {
    stats.suppressedShown.push({
      arn: finding.arn,
      severity: finding.severity,
      ...(finding.title !== undefined ? { title: finding.title } : {}),
      ...(finding.resources?.length ? { resource: subjectLabel(finding) } : {}),
    });
  }
  return false;
}

/** Lists every finding the criteria select; resolves with what was seen once all are handed on. */
export async function listFindings(api: Inspector2Api, options: ListFindingsOptions): Promise<ListStats> {
  const stats = emptyListStats();
  const problems: string[] = [];
  const reader = new Inspector2FindingReader({
    problems: { add: (p) => problems.push(p) },
    where: (i) => `finding ${i + 1} of ListFindings page ${stats.pages}`,
  });
  const intake: Intake = {
    criteria: options.criteria,
    includeSuppressed: options.includeSuppressed,
    seen: new Set(),
    stats,
    twice: (arn) => `Inspector ListFindings listed ${arn} twice`,
    returned: (arn) => `Inspector ListFindings returned ${arn}`,
  };
  const limiter = new Limiter(Math.max(1, options.concurrency));
  const inflight = new Set<Promise<void>>();
  const maxPagesInFlight = Math.max(2, options.concurrency * 2);

  const deliver = async (batch: Finding[]) => {
    if (batch.length === 0) return;
    await options.onBatch(batch);
    stats.evaluated += batch.length;
    options.onProgress?.(stats);
  };
  const enrich = async (batch: Finding[]): Promise<void> => {
    const candidates = batch.filter((f) => options.kev!.candidate(f));
    stats.kevCandidates += candidates.length;
    const answers = new Map<string, KevAnswer>();
    await Promise.all(
      chunks(candidates, DETAILS_BATCH).map((group) =>
        limiter.run(async () => {
          stats.kevCalls++;
          for (const [arn, answer] of await kevOf(api, group, options)) answers.set(arn, answer);
        }),
      ),
    );
    const out = batch.map((f) => {
      const answer = answers.get(f.arn);
      if (answer?.kev === true) stats.inKev++;
      if (answer !== undefined && answer.kev === undefined) stats.kevUnknown++;
      return withKev(f, answer);
    });
    await deliver(out);
  };

  for await (const page of checkedPages(
    api,
    "ListFindings",
    "findings",
    (o: CallOptions) =>
      paginateListFindings(
        { client: api.client, pageSize: LIST_PAGE_SIZE, stopOnSameToken: true },
        { filterCriteria: options.criteria },
        o,
      ),
    "FINDINGS_INCOMPLETE",
  )) {
    stats.pages++;
    const batch: Finding[] = [];
    const raw = page.findings ?? [];
    for (let i = 0; i < raw.length; i++) {
      const finding = reader.convert(raw[i], i);
      if (finding === undefined) {
        throw new InspectorError(
          "FINDINGS_INVALID",
          `Inspector ListFindings returned a finding the gate cannot read: ${problems.slice(0, 3).join("; ")}` +
            `${problems.length > 3 ? ` and ${problems.length - 3} more problems` : ""}`,
        );
      }
      if (admit(finding, intake)) batch.push(finding);
    }
    options.onProgress?.(stats);
    if (options.kev === undefined) {
      await deliver(batch);
      continue;
    }
    const task = enrich(batch);
    task.catch(() => {}); // awaited below; a failure ends the listing there
    inflight.add(task);
    void task.then(
      () => inflight.delete(task),
      () => {},
    );
    while (inflight.size >= maxPagesInFlight) await Promise.race(inflight);
  }
  stats.listingDone = true;
  await Promise.all(inflight);
  options.onProgress?.(stats);
  return stats;
}
