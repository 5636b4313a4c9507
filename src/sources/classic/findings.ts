/**
 * Fetching a run's findings: ListFindings through the SDK paginator (maxResults 500; a page holds at most
 * 100) feeding DescribeFindings in full batches of 10 with bounded concurrency, listing and describing
 * overlapped through a small bounded queue (so memory holds a few pages of ARNs, not the whole run).
 * Retryable failedItems are described again after a backoff; any other failedItem, a missing finding or
 * one that was not asked for fails the fetch: incomplete data never reaches a verdict.
 *
 * The listing is checked as it arrives (ListingCheck): every page must carry its required findingArns,
 * every ARN must be a finding of the run asked for and appear once in the whole listing (a repeated Low
 * ARN must not stand in for a High one), and a repeated page token ends the walk (AwsApi.pages). Each
 * described finding must name the run asked for in its serviceAttributes.
 */

import { setMaxListeners } from "node:events";
import {
  DescribeFindingsCommand,
  type FindingFilter,
  type ListFindingsResponse,
  paginateListFindings,
  type Finding as SdkFinding,
} from "@aws-sdk/client-inspector";
import { GateAborted } from "../../core/abort.js";
import { DeadlineExceeded } from "../../core/deadline.js";
import { InspectorError } from "../../errors.js";
import type { Clock } from "../../logging.js";
import { DESCRIBE_BATCH, InspectorApi } from "./api.js";

export { DeadlineExceeded };

export const LIST_PAGE_SIZE = 500;
export const DEFAULT_CONCURRENCY = 8;
/** Further attempts for a finding reported as a retryable failedItem. */
export const DEFAULT_ITEM_RETRIES = 4;

export interface FetchFindingsOptions {
  readonly runArn: string;
  /** Inspector's server-side filter; undefined lists every finding of the run. */
  readonly filter?: FindingFilter;
  /** DescribeFindings calls in flight at once (default 8); the listing is one more sequential stream. */
  readonly concurrency?: number;
  readonly clock: Clock;
  readonly deadline: number;
  /**
   * Receives each described finding exactly once, in no particular order, a DescribeFindings answer at a
   * time; the describer waits for it (so a slow consumer holds the fetch back rather than filling memory).
   */
  readonly onFindings: (findings: SdkFinding[]) => void | Promise<void>;
  readonly onProgress?: (progress: FetchProgress) => void;
  readonly itemRetries?: number;
  readonly random?: () => number;
}

export interface FetchProgress {
  readonly listed: number;
  readonly described: number;
  readonly listingDone: boolean;
}

export interface FetchStats {
  readonly listed: number;
  readonly described: number;
  readonly pages: number;
  /** Findings described again after a retryable failedItem. */
  readonly retriedItems: number;
}

/**
 * What a run's ListFindings pages must be: each has its required findingArns (a page without them is
 * not an empty page), each ARN is a string naming a finding of the run asked for, and no ARN comes twice
 * in the whole listing. Remembers the finding ids (the short part after the run's prefix), not the ARNs.
 */
export class ListingCheck {
  private readonly prefix: string;
  private readonly seen = new Set<string>();
  private pages = 0;

  constructor(readonly runArn: string) {
    this.prefix = `${runArn}/finding/`;
  }

  /** The page's finding ARNs, checked; throws an InspectorError when the page is not what was asked for. */
  arnsOf(page: ListFindingsResponse): readonly string[] {
    this.pages++;
    const arns: unknown = page.findingArns;
    if (!Array.isArray(arns)) {
      throw new InspectorError(
        "FINDINGS_LISTING_INVALID",
        `ListFindings page ${this.pages} of run ${this.runArn} has no findingArns (a required member), ` +
          "which is not an empty page; refusing to decide on a listing that cannot be read",
      );
    }
    for (const arn of arns as unknown[]) {
      if (typeof arn !== "string" || !arn.startsWith(this.prefix) || arn.length === this.prefix.length) {
        throw new InspectorError(
          "FINDINGS_FOREIGN",
          `ListFindings listed ${typeof arn === "string" ? `finding ${arn}` : `a ${typeof arn} for a finding ARN`}, ` +
            `which is not a finding of run ${this.runArn}; refusing to decide on another run's findings`,
        );
      }
      const id = arn.slice(this.prefix.length);
      if (this.seen.has(id)) {
        throw new InspectorError(
          "FINDINGS_DUPLICATE",
          `ListFindings listed finding ${arn} twice (again on page ${this.pages}); a listing that repeats ` +
            "findings cannot be counted, refusing to decide on it",
        );
      }
      this.seen.add(id);
    }
    return arns as string[];
  }
}

/** A bounded FIFO of ARNs shared by the lister (producer) and the describers (consumers). */
class ArnQueue {
  private items: string[] = [];
  private head = 0;
  private closed = false;
  private failed = false;
  private wakeups: (() => void)[] = [];

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.items.length - this.head;
  }

  private wake(): void {
    const waiting = this.wakeups;
    this.wakeups = [];
    for (const w of waiting) w();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.wakeups.push(resolve));
  }

  async push(arns: readonly string[]): Promise<void> {
    while (this.size >= this.capacity && !this.failed) await this.changed();
    if (this.failed) return;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    for (const arn of arns) this.items.push(arn);
    this.wake();
  }

  /** Up to `n` ARNs: a full batch unless the queue is closed; undefined once closed and drained. */
  async take(n: number): Promise<string[] | undefined> {
    while (this.size < n && !this.closed && !this.failed) await this.changed();
    if (this.failed || this.size === 0) return undefined;
    const batch = this.items.slice(this.head, this.head + n);
    this.head += batch.length;
    this.wake();
    return batch;
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  fail(): void {
    this.failed = true;
    this.wake();
  }
}

export async function fetchFindings(api: InspectorApi, options: FetchFindingsOptions): Promise<FetchStats> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const itemRetries = options.itemRetries ?? DEFAULT_ITEM_RETRIES;
  const random = options.random ?? Math.random;
  const { clock, deadline } = options;
  // Aborted when the gate aborts, or when one task fails (stopping the lister and the other describers).
  const stop = new AbortController();
  // Every call in flight listens to this signal (the lister, the describers and their retries).
  setMaxListeners(concurrency + 8, stop.signal);
  const onParentAbort = () => stop.abort(api.signal.reason);
  if (api.signal.aborted) stop.abort(api.signal.reason);
  else api.signal.addEventListener("abort", onParentAbort, { once: true });
  const inner = new InspectorApi(api.client, stop.signal);
  const queue = new ArnQueue(Math.max(2 * LIST_PAGE_SIZE, 4 * concurrency * DESCRIBE_BATCH));

  let listed = 0;
  let described = 0;
  let pages = 0;
  let retriedItems = 0;
  let listingDone = false;
  let firstError: unknown;

  const progress = () => options.onProgress?.({ listed, described, listingDone });
  const checkDeadline = (phase: string) => {
    if (clock.now() >= deadline) throw new DeadlineExceeded(phase);
  };

  const lister = async () => {
    const input = {
      assessmentRunArns: [options.runArn],
      maxResults: LIST_PAGE_SIZE,
      ...(options.filter ? { filter: options.filter } : {}),
    };
    checkDeadline("listing findings");
    const check = new ListingCheck(options.runArn);
    for await (const page of inner.pages("ListFindings", (o) =>
      paginateListFindings(
        { client: inner.client, pageSize: LIST_PAGE_SIZE, stopOnSameToken: true },
        { ...input },
        o,
      ),
    )) {
      pages++;
      const arns = check.arnsOf(page);
      listed += arns.length;
      progress();
      await queue.push(arns);
      checkDeadline("listing findings");
    }
    listingDone = true;
    queue.close();
    progress();
  };

  const describe = async (batch: string[]) => {
    let pending = batch;
    for (let attempt = 0; ; attempt++) {
      checkDeadline("describing findings");
      const asked = pending;
      const out = await inner.call("DescribeFindings", (o) =>
        inner.client.send(new DescribeFindingsCommand({ findingArns: asked }), o),
      );
      const open = new Set(asked);
      const batch: SdkFinding[] = [];
      for (const finding of out.findings ?? []) {
        if (finding.arn === undefined || !open.delete(finding.arn)) {
          throw new InspectorError(
            "FINDINGS_INCONSISTENT",
            `DescribeFindings returned finding ${finding.arn ?? "(no ARN)"}, which was not asked for or came twice`,
          );
        }
        const ofRun = finding.serviceAttributes?.assessmentRunArn;
        if (ofRun !== undefined && ofRun !== options.runArn) {
          throw new InspectorError(
            "FINDINGS_FOREIGN",
            `DescribeFindings described finding ${finding.arn} as one of run ${ofRun}, not of run ` +
              `${options.runArn}; refusing to decide on another run's findings`,
          );
        }
        batch.push(finding);
      }
      const retry: string[] = [];
      const codes = new Set<string>();
      for (const [arn, item] of Object.entries(out.failedItems ?? {})) {
        if (!open.delete(arn)) {
          if (asked.includes(arn)) continue; // described and failed at once: the finding stands
          throw new InspectorError(
            "FINDINGS_INCONSISTENT",
            `DescribeFindings reported a failed item for ${arn}, which was not asked for`,
          );
        }
        if (item.retryable === true) {
          retry.push(arn);
          codes.add(item.failureCode ?? "UNKNOWN");
        } else {
          throw new InspectorError(
            "FINDINGS_INCOMPLETE",
            `DescribeFindings could not describe finding ${arn}: ${item.failureCode ?? "UNKNOWN"} ` +
              "(not retryable); refusing to decide on incomplete data",
          );
        }
      }
      if (open.size > 0) {
        throw new InspectorError(
          "FINDINGS_INCOMPLETE",
          `DescribeFindings returned neither a finding nor a failed item for ${open.size} of the ` +
            `${asked.length} findings asked for (e.g. ${[...open][0]}); refusing to decide on incomplete data`,
        );
      }
      if (batch.length > 0) {
        described += batch.length;
        await options.onFindings(batch);
      }
      progress();
      if (retry.length === 0) return;
      if (attempt >= itemRetries) {
        throw new InspectorError(
          "FINDINGS_INCOMPLETE",
          `DescribeFindings still could not describe ${retry.length} finding${retry.length === 1 ? "" : "s"} ` +
            `(${[...codes].join(", ")}) after ${attempt + 1} attempts; refusing to decide on incomplete data`,
        );
      }
      retriedItems += retry.length;
      const delay = Math.min(2_000, 100 * 2 ** attempt * (0.5 + random()));
      try {
        await clock.sleep(Math.min(delay, Math.max(0, deadline - clock.now())), stop.signal);
      } catch (error) {
        if (stop.signal.aborted) throw new GateAborted(stop.signal.reason);
        throw error;
      }
      pending = retry;
    }
  };

  const worker = async () => {
    while (true) {
      const batch = await queue.take(DESCRIBE_BATCH);
      if (batch === undefined) return;
      await describe(batch);
    }
  };

  const guard = (task: () => Promise<void>) =>
    task().catch((error: unknown) => {
      // The first failure is the one to report; the others are its consequences (aborted calls).
      if (firstError === undefined) firstError = error;
      queue.fail();
      if (!stop.signal.aborted) stop.abort(new Error("fetching findings failed"));
    });
  try {
    await Promise.all([guard(lister), ...Array.from({ length: concurrency }, () => guard(worker))]);
  } finally {
    api.signal.removeEventListener("abort", onParentAbort);
  }
  if (api.signal.aborted) throw new GateAborted(api.signal.reason);
  if (firstError !== undefined) throw firstError;
  return { listed, described, pages, retriedItems };
}

export interface ListedUpTo {
  /** ARNs seen: the exact number when `complete`, otherwise a lower bound (more than the limit). */
  readonly listed: number;
  /** True when the listing ended (no nextToken) before more than the limit were seen. */
  readonly complete: boolean;
  readonly pages: number;
}

/**
 * Lists the findings of a run that `filter` selects only until more than `limit` ARNs have been seen, with
 * pages of min(500, limit + 1): the fewest calls that tell "at most `limit`" (and exactly how many) from
 * "more than `limit`". For a limit of 0 that is one call with maxResults 1. Nothing is described.
 */
export async function listFindingsUpTo(
  api: InspectorApi,
  runArn: string,
  filter: FindingFilter,
  limit: number,
): Promise<ListedUpTo> {
  const pageSize = Math.min(LIST_PAGE_SIZE, Math.max(0, Math.floor(limit)) + 1);
  let listed = 0;
  let pages = 0;
  const check = new ListingCheck(runArn);
  for await (const page of api.pages("ListFindings", (o) =>
    paginateListFindings(
      { client: api.client, pageSize, stopOnSameToken: true },
      { assessmentRunArns: [runArn], filter, maxResults: pageSize },
      o,
    ),
  )) {
    pages++;
    listed += check.arnsOf(page).length;
    if (listed > limit) return { listed, complete: false, pages };
  }
  return { listed, complete: true, pages };
}
