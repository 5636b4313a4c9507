/**
 * Locating, starting, reusing and stopping assessment runs.
 */
import {
  type AgentsAlreadyRunningAssessmentException,
  type AssessmentRun,
  type AssessmentTemplate,
  DescribeAssessmentRunsCommand,
  DescribeAssessmentTemplatesCommand,
  type ListAssessmentRunsRequest,
  paginateListAssessmentRuns,
  StartAssessmentRunCommand,
  StopAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import { GateAborted } from "../../core/abort.js";
import { chunks } from "../../core/batch.js";
import { formatDuration } from "../../core/duration.js";
import { backoffDelay } from "../../core/wait.js";
import { InspectorError } from "../../errors.js";
import type { Clock } from "../../logging.js";
import { DESCRIBE_BATCH, type InspectorApi } from "./api.js";

/** A run described must be one asked for and, when the gate was given a template, one of its runs. */
function checkRun(run: AssessmentRun, asked: readonly string[], templateArn: string | undefined): void {
  if (run.arn === undefined || !asked.includes(run.arn)) {
    throw new InspectorError(
      "RUN_NOT_ASKED_FOR",
      `DescribeAssessmentRuns described run ${run.arn ?? "(no ARN)"}, which was not asked for ` +
        `(${asked.slice(0, 3).join(", ")}${asked.length > 3 ? ", …" : ""}); refusing to decide on another run`,
    );
  }
  // A run's ARN extends its template's (`<template ARN>/run/<id>`): the ARN and the template it claims must agree.
  if (
    templateArn !== undefined &&
    (run.assessmentTemplateArn !== templateArn || !run.arn.startsWith(`${templateArn}/run/`))
  ) {
    throw new InspectorError(
      "RUN_TEMPLATE_MISMATCH",
      `assessment run '${run.name ?? "?"}' (${run.arn}, described as a run of template ` +
        `${run.assessmentTemplateArn ?? "(none)"}) is not a run of template ${templateArn} the gate was given; ` +
        "refusing to decide on another template's run",
    );
  }
}

/** Describes runs, each checked to be one asked for and (given `templateArn`) one of that template's. */
export async function describeRuns(
  api: InspectorApi,
  arns: readonly string[],
  templateArn?: string,
): Promise<AssessmentRun[]> {
  const runs: AssessmentRun[] = [];
  for (const batch of chunks(arns, DESCRIBE_BATCH)) {
    const out = await api.call("DescribeAssessmentRuns", (o) =>
      api.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: batch }), o),
    );
    for (const run of out.assessmentRuns ?? []) {
      checkRun(run, batch, templateArn);
      runs.push(run);
    }
  }
  return runs;
}

/** Describes one run: the answer must be that run (and, given `templateArn`, one of that template's). */
export async function describeRun(
  api: InspectorApi,
  arn: string,
  templateArn?: string,
): Promise<AssessmentRun> {
  const out = await api.call("DescribeAssessmentRuns", (o) =>
    api.client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [arn] }), o),
  );
  const runs = out.assessmentRuns ?? [];
  for (const r of runs) checkRun(r, [arn], templateArn);
  const run = runs[0];
  if (run === undefined) {
    const failure = out.failedItems?.[arn]?.failureCode;
    throw new InspectorError(
      "RUN_NOT_FOUND",
      `assessment run ${arn} was not found${failure ? ` (${failure})` : ""}`,
    );
  }
  return run;
}

export async function describeTemplate(api: InspectorApi, arn: string): Promise<AssessmentTemplate> {
  const out = await api.call("DescribeAssessmentTemplates", (o) =>
    api.client.send(new DescribeAssessmentTemplatesCommand({ assessmentTemplateArns: [arn] }), o),
  );
  const template = out.assessmentTemplates?.find((t) => t.arn === arn);
  if (template === undefined) {
    const failure = out.failedItems?.[arn]?.failureCode;
    throw new InspectorError(
      "TEMPLATE_NOT_FOUND",
      `assessment template ${arn} was not found${failure ? ` (${failure})` : ""}`,
    );
  }
  return template;
}

async function listRunArns(api: InspectorApi, input: ListAssessmentRunsRequest): Promise<string[]> {
  const arns: string[] = [];
  for await (const page of api.pages("ListAssessmentRuns", (o) =>
    paginateListAssessmentRuns({ client: api.client, pageSize: 500, stopOnSameToken: true }, { ...input }, o),
  )) {
    if (!Array.isArray(page.assessmentRunArns)) {
      throw new InspectorError(
        "INSPECTOR_RESPONSE_INVALID",
        "ListAssessmentRuns returned a page without assessmentRunArns (a required member)",
      );
    }
    arns.push(...page.assessmentRunArns);
  }
  return arns;
}

function newest(runs: readonly AssessmentRun[], at: (run: AssessmentRun) => Date | undefined) {
  let best: AssessmentRun | undefined;
  for (const run of runs) {
    const t = at(run)?.getTime() ?? 0;
    if (best === undefined || t > (at(best)?.getTime() ?? 0)) best = run;
  }
  return best;
}

/** The run of `templateArn` named exactly `name` (the newest if several), or undefined. */
export async function findRunByName(
  api: InspectorApi,
  templateArn: string,
  name: string,
): Promise<AssessmentRun | undefined> {
  // namePattern treats * and ? as wildcards, so the pattern can only narrow; the name is compared exactly.
  const arns = await listRunArns(api, {
    assessmentTemplateArns: [templateArn],
    filter: { namePattern: name },
  });
  if (arns.length === 0) return undefined;
  const runs = (await describeRuns(api, arns, templateArn)).filter((r) => r.name === name);
  return newest(runs, (r) => r.createdAt);
}

/** The most recently completed COMPLETED run of the template, refusing one older than maxAgeMs. */
export async function findLatestCompletedRun(
  api: InspectorApi,
  templateArn: string,
  options: { maxAgeMs?: number; now: number },
): Promise<AssessmentRun> {
  const base: ListAssessmentRunsRequest = {
    assessmentTemplateArns: [templateArn],
    filter: { states: ["COMPLETED"] },
  };
  const latestOf = async (input: ListAssessmentRunsRequest) => {
    const runs = await describeRuns(api, await listRunArns(api, input), templateArn);
    for (const run of runs) {
      if (run.state !== "COMPLETED") {
        throw new InspectorError(
          "RUN_STATE_CHANGED",
          `ListAssessmentRuns listed run '${run.name ?? "?"}' (${run.arn}) as COMPLETED, but it is ` +
            `${run.state ?? "UNKNOWN"}; refusing to decide on a listing that contradicts the runs`,
        );
      }
    }
    return newest(runs, (r) => r.completedAt);
  };

  if (options.maxAgeMs === undefined) {
    const run = await latestOf(base);
    if (run === undefined) throw noCompletedRun(templateArn);
    return run;
  }
  const since = new Date(options.now - options.maxAgeMs);
  const recent = await latestOf({
    ...base,
    filter: { ...base.filter, completionTimeRange: { beginDate: since } },
  });
  if (recent?.completedAt !== undefined && recent.completedAt.getTime() >= since.getTime()) return recent;
  // Nothing recent enough: name the newest one there is, so the message says how old it is.
  const older = await latestOf(base);
  if (older === undefined) throw noCompletedRun(templateArn);
  const completed = older.completedAt?.toISOString() ?? "an unknown time";
  throw new InspectorError(
    "RUN_TOO_OLD",
    `the latest COMPLETED run of template ${templateArn} is '${older.name}' (${older.arn}), completed ` +
      `${completed}, older than the maximum age of ${formatDuration(options.maxAgeMs)}`,
  );
}

function noCompletedRun(templateArn: string): InspectorError {
  return new InspectorError(
    "NO_COMPLETED_RUN",
    `assessment template ${templateArn} has no COMPLETED run to evaluate`,
  );
}

export interface BusyAgents {
  /** Runs that hold the agents. */
  readonly heldBy: readonly string[];
  readonly agents: readonly string[];
  readonly agentsTruncated: boolean;
  /** How long the gate waits before trying again. */
  readonly retryInMs: number;
}

export interface StartRunOptions {
  readonly clock: Clock;
  readonly deadline: number;
  readonly pollIntervalMs: number;
  readonly abortSignal: AbortSignal;
  readonly random?: () => number;
  readonly onBusy?: (busy: BusyAgents) => void;
  /**
   * Checked alongside the lookup of an existing run (e.g. DescribeAssessmentTemplates, so that a missing
   * template fails clearly): its failure wins over the lookup's.
   */
  readonly alongside?: Promise<unknown>;
}

export interface StartedRun {
  readonly arn: string;
  /** False when a run of that name already existed (a re-run of the same CI job) and is reused. */
  readonly started: boolean;
  /** A description already in hand (for reuse), saving a call. */
  readonly run?: AssessmentRun;
}

/**
 * Starts `name` from the template, or reuses the run of that name when one exists. While the template's
 * agents are busy in another run, waits (within the deadline) and tries again.
 */
export async function startOrReuseRun(
  api: InspectorApi,
  templateArn: string,
  name: string,
  options: StartRunOptions,
): Promise<StartedRun> {
  const [check, lookup] = await Promise.allSettled([
    options.alongside ?? Promise.resolve(),
    findRunByName(api, templateArn, name),
  ]);
  if (check.status === "rejected") throw check.reason;
  if (lookup.status === "rejected") throw lookup.reason;
  const existing = lookup.value;
  if (existing?.arn !== undefined) return { arn: existing.arn, started: false, run: existing };

  let attempt = 0;
  while (true) {
    type Outcome =
      | { kind: "started"; arn: string | undefined }
      | { kind: "busy"; error: AgentsAlreadyRunningAssessmentException }
      | { kind: "invalid"; error: Error };
    const outcome = await api.call("StartAssessmentRun", async (o): Promise<Outcome> => {
      try {
        const out = await api.client.send(
          new StartAssessmentRunCommand({ assessmentTemplateArn: templateArn, assessmentRunName: name }),
          o,
        );
        return { kind: "started", arn: out.assessmentRunArn };
      } catch (error) {
        if (error instanceof Error && error.name === "AgentsAlreadyRunningAssessmentException") {
          return { kind: "busy", error: error as AgentsAlreadyRunningAssessmentException };
        }
        if (error instanceof Error && error.name === "InvalidInputException") {
          return { kind: "invalid", error };
        }
        throw error;
      }
    });
    if (outcome.kind === "started") {
      if (outcome.arn === undefined) {
        throw new InspectorError("INSPECTOR_API", "Inspector StartAssessmentRun returned no run ARN");
      }
      return { arn: outcome.arn, started: true };
    }
    if (outcome.kind === "invalid") {
      // Another job may have started a run of that name since we looked: reuse it.
      const raced = await findRunByName(api, templateArn, name);
      if (raced?.arn !== undefined) return { arn: raced.arn, started: false, run: raced };
      throw new InspectorError(
        "INVALID_INPUT",
        `Inspector StartAssessmentRun refused run '${name}' of template ${templateArn}: ${outcome.error.message}`,
        { cause: outcome.error },
      );
    }
    const agents = outcome.error.agents ?? [];
    const heldBy = [...new Set(agents.map((a) => a.assessmentRunArn).filter((a) => a !== undefined))];
    const agentIds = agents.map((a) => a.agentId).filter((a) => a !== undefined);
    const remaining = options.deadline - options.clock.now();
    const holders = heldBy.length > 0 ? heldBy.join(", ") : "another run";
    if (remaining <= 0) {
      throw new InspectorError(
        "AGENTS_BUSY",
        `the agents of template ${templateArn} are still busy in ${holders} ` +
          `(${describeAgents(agentIds, outcome.error.agentsTruncated === true)}); gave up at the deadline`,
      );
    }
    const delay = Math.min(
      remaining,
      backoffDelay(attempt++, options.pollIntervalMs, 60_000, options.random ?? Math.random),
    );
    options.onBusy?.({
      heldBy,
      agents: agentIds,
      agentsTruncated: outcome.error.agentsTruncated === true,
      retryInMs: delay,
    });
    try {
      await options.clock.sleep(delay, options.abortSignal);
    } catch (error) {
      if (options.abortSignal.aborted) throw new GateAborted(options.abortSignal.reason);
      throw error;
    }
  }
}

function describeAgents(ids: readonly string[], truncated: boolean): string {
  if (ids.length === 0) return "agents not named";
  const shown = ids.slice(0, 5).join(", ");
  const more = ids.length > 5 || truncated ? ", …" : "";
  return `agent${ids.length === 1 ? "" : "s"} ${shown}${more}`;
}

/** Stops a run the gate started and gives up on: SKIP_EVALUATION, so no partial COMPLETED run remains. */
export async function stopRun(api: InspectorApi, arn: string): Promise<void> {
  await api.call("StopAssessmentRun", (o) =>
    api.client.send(
      new StopAssessmentRunCommand({ assessmentRunArn: arn, stopAction: "SKIP_EVALUATION" }),
      o,
    ),
  );
}
