/**
 * A FindingSource driven by a script, able to misbehave: lie about its severities, fail its evidence or
 * its completeness check, hang until aborted, throw mid-stream. For tests of what the gate itself owns
 * (streaming, evidence beside the findings, the verdict, giving up); real sources are tested against the
 * emulator.
 */
import { GateAborted } from "../../src/core/abort.js";
import type { GateError } from "../../src/errors.js";
import { type Finding, SEVERITIES, type Severity, type SeverityCounts } from "../../src/model.js";
import type { PolicyNeeds } from "../../src/policy/plan.js";
import type { CoverageInfo, SourceInfo } from "../../src/result.js";
import type {
  CountsPath,
  Evidence,
  FindingSource,
  GiveUpReason,
  SourceContext,
  Totals,
} from "../../src/sources/types.js";

export interface FakeScript {
  /** The severities the source claims to report (default: all of Classic's and v2's). */
  readonly severities?: readonly Severity[];
  readonly batches?: readonly (readonly Finding[])[];
  /** Thrown by findings() after the batches. */
  readonly failAfterBatches?: unknown;
  /** findings() waits for its signal after the batches (a hanging listing). */
  readonly hang?: boolean;
  /** ready() waits this long on the gate's clock. */
  readonly waitMs?: number;
  readonly evidence?: {
    readonly coverage?: CoverageInfo;
    readonly error?: GateError;
    readonly delayMs?: number;
  };
  readonly counts?: SeverityCounts;
  /** Thrown by counts.verifyPass (counts that under-report). */
  readonly verifyError?: unknown;
  /** Thrown by complete(). */
  readonly completeError?: unknown;
}

export interface FakeRecord {
  needs?: PolicyNeeds;
  findingsSignal?: AbortSignal;
  streamAbortedBy?: unknown;
  verified?: ReadonlyMap<Severity, number>;
  gaveUp?: { reason: GiveUpReason; signalAborted: boolean };
  closed: boolean;
}

const EVERY: readonly Severity[] = SEVERITIES;

export function fakeSource(script: FakeScript): {
  create: (ctx: SourceContext) => FindingSource;
  record: FakeRecord;
} {
  const record: FakeRecord = { closed: false };
  const severities = script.severities ?? EVERY;
  const create = (ctx: SourceContext): FindingSource => {
    let read = 0;
    const counts: CountsPath | undefined = script.counts
      ? {
          read: async () => script.counts as SeverityCounts,
          verifyPass: async (limits) => {
            record.verified = limits;
            if (script.verifyError !== undefined) throw script.verifyError;
          },
        }
      : undefined;
    const source: FindingSource = {
      info: (): SourceInfo => ({
        kind: "inspector2",
        severities,
        scope: {},
        allResources: true,
        region: null,
        accounts: [],
        filterCriteria: null,
        includeSuppressed: false,
        listed: { active: 0, suppressed: 0, closed: 0 },
        suppressed: [],
        waiting: { forScan: false, checks: 0, waitedMs: 0 },
        kev: null,
      }),
      async ready() {
        ctx.phase("getting ready");
        if (script.waitMs) await ctx.clock.sleep(script.waitMs, ctx.signal);
        return script.waitMs !== undefined ? { waitMs: script.waitMs } : {};
      },
      ...(script.evidence
        ? {
            async evidence(): Promise<Evidence> {
              const e = script.evidence as NonNullable<FakeScript["evidence"]>;
              if (e.delayMs) await new Promise((r) => setTimeout(r, e.delayMs));
              return {
                ...(e.coverage ? { coverage: e.coverage } : {}),
                ...(e.error ? { error: e.error } : {}),
              };
            },
          }
        : {}),
      ...(counts ? { counts } : {}),
      async *findings(needs, signal) {
        record.needs = needs;
        record.findingsSignal = signal;
        ctx.phase("reading findings");
        for (const batch of script.batches ?? []) {
          read += batch.length;
          ctx.fetched({ listed: read, described: read, listingDone: false }, `findings: ${read}`);
          yield batch;
        }
        if (script.failAfterBatches !== undefined) throw script.failAfterBatches;
        if (script.hang) {
          await new Promise<void>((_, reject) => {
            const stop = () => {
              record.streamAbortedBy = signal.reason;
              reject(new GateAborted(signal.reason));
            };
            if (signal.aborted) stop();
            else signal.addEventListener("abort", stop, { once: true });
          });
        }
      },
      async complete(raw): Promise<Totals> {
        if (script.completeError !== undefined) throw script.completeError;
        return { total: read, counts: raw };
      },
      totals: () => undefined,
      async giveUp(reason, signal) {
        record.gaveUp = { reason, signalAborted: signal.aborted };
        return reason === "error" ? "" : "; stopped what it started";
      },
      close() {
        record.closed = true;
      },
    };
    return source;
  };
  return { create, record };
}
