/**
 * Assessment runs through the API: starting one (unique names, agents busy in another run, the run
 * limit), stopping, deleting once ended, describing (state history, notifications, findingCounts)
 * and listing by template and filter. The state machine itself is in run-lifecycle.ts.
 */
import {
  checkDurationRange,
  checkRange,
  describeBatch,
  type Emulation,
  find,
  type Handler,
  inDuration,
  inRange,
  namePattern,
  paginate,
  runOf,
  sec,
} from "../context.js";
import { agentsAlreadyRunning, invalidInput, limitExceeded, runInProgress } from "../errors.js";
import { type Agent, UNHEALTHY_DETAILS } from "../fleet.js";
import type { Notification, Run } from "../run-lifecycle.js";
import { LIMITS, type Store } from "../store.js";

/**
 * A run's notifications: its template's subscribed events, and errors (unhealthy agents, a run that
 * did not complete cleanly), oldest first, at most 50.
 */
function notificationsOf(em: Emulation, run: Run): Notification[] {
  const store = em.store;
  const out: Notification[] = [];
  const ended = run.completedAt;
  for (const sub of store.subscriptions) {
    if (sub.resourceArn !== run.templateArn) continue;
    const sns = { snsTopicArn: sub.topicArn, snsPublishStatusCode: "SUCCESS" };
    for (const { event } of sub.events) {
      if (event === "ASSESSMENT_RUN_STARTED") {
        out.push({
          date: run.createdAt,
          event,
          error: false,
          message: `Assessment run '${run.name}' started.`,
          ...sns,
        });
      } else if (event === "ASSESSMENT_RUN_STATE_CHANGED") {
        for (const c of run.changes.slice(1)) {
          out.push({
            date: c.at,
            event,
            error: false,
            message: `Assessment run state changed to ${c.state}.`,
            ...sns,
          });
        }
      } else if (event === "ASSESSMENT_RUN_COMPLETED" && ended !== undefined) {
        out.push({
          date: ended,
          event,
          error: run.state !== "COMPLETED",
          message: `Assessment run '${run.name}' ended in state ${run.state}.`,
          ...sns,
        });
      } else if (event === "FINDING_REPORTED" && ended !== undefined && run.visibleFindings() > 0) {
        out.push({
          date: ended,
          event,
          error: false,
          message: `${run.visibleFindings()} findings reported.`,
          ...sns,
        });
      }
    }
  }
  const started = run.startedAt;
  if (started !== undefined) {
    for (const id of run.agentIds) {
      const code = store.agentById(id)?.unhealthyCode;
      if (code !== undefined) {
        out.push({
          date: started,
          event: "OTHER",
          error: true,
          message: `Agent ${id} is ${code}: ${UNHEALTHY_DETAILS[code]}`,
        });
      }
    }
  }
  if (ended !== undefined) {
    const message =
      run.state === "FAILED"
        ? run.agentIds.length === 0
          ? "The assessment run failed: the assessment target has no agents."
          : "The assessment run failed while collecting data."
        : run.state === "ERROR"
          ? "The assessment run failed while evaluating rules."
          : run.state === "COMPLETED_WITH_ERRORS"
            ? "The assessment run completed, but some rules could not be evaluated on some agents."
            : undefined;
    if (message !== undefined) out.push({ date: ended, event: "OTHER", error: true, message });
  }
  out.sort((a, b) => a.date - b.date);
  return out.slice(0, 50);
}

/** A run in the wire shape (timestamps in epoch seconds), its findingCounts skewed when that fault is set. */
function runWire(em: Emulation, run: Run) {
  const counts = run.findingCounts();
  const skew = em.faults().findingCountsSkew;
  if (skew !== 0) counts.High = Math.max(0, counts.High + skew);
  const started = run.startedAt;
  const completed = run.completedAt;
  return {
    arn: run.arn,
    name: run.name,
    assessmentTemplateArn: run.templateArn,
    state: run.state,
    durationInSeconds: run.durationInSeconds,
    rulesPackageArns: run.rulesPackageArns,
    userAttributesForFindings: run.userAttributesForFindings,
    createdAt: sec(run.createdAt),
    ...(started !== undefined ? { startedAt: sec(started) } : {}),
    ...(completed !== undefined ? { completedAt: sec(completed) } : {}),
    stateChangedAt: sec(run.stateChangedAt),
    dataCollected: run.dataCollected,
    stateChanges: run.changes.slice(-50).map((c) => ({ state: c.state, stateChangedAt: sec(c.at) })),
    notifications: notificationsOf(em, run).map((n) => ({ ...n, date: sec(n.date) })),
    findingCounts: counts,
  };
}

/** The agents among `agents` that are in a run that has not ended, with that run. */
function busyAgents(store: Store, agents: readonly Agent[], now: number) {
  const busy: { agentId: string; assessmentRunArn: string }[] = [];
  const ids = new Set(agents.map((a) => a.agentId));
  for (const run of store.activeRuns(now)) {
    for (const id of run.agentIds) if (ids.has(id)) busy.push({ agentId: id, assessmentRunArn: run.arn });
  }
  return busy;
}

export const RUN_OPERATIONS: Readonly<Record<string, Handler>> = {
  StartAssessmentRun(input, em, now) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    if (template.rulesPackageArns.length === 0) {
      throw invalidInput(
        "INVALID_NUMBER_OF_RULES_PACKAGE_ARNS",
        "The assessment template has no rules packages; an assessment run needs at least one.",
      );
    }
    const runs = store.runsOfTemplate(template.arn);
    let name: string | undefined = input["assessmentRunName"];
    if (name !== undefined && runs.some((r) => r.name === name)) {
      throw invalidInput(
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        `The assessment template already has an assessment run named '${name}'.`,
      );
    }
    if (name === undefined) {
      for (let n = runs.length + 1; ; n++) {
        const candidate = `Run ${n} for ${template.name}`.slice(0, 140);
        if (!runs.some((r) => r.name === candidate)) {
          name = candidate;
          break;
        }
      }
    }
    const target = store.targets.get(template.targetArn);
    const agents = target ? store.agentsOf(target) : [];
    const busy = busyAgents(store, agents, now);
    if (busy.length > 0) {
      throw agentsAlreadyRunning(
        `${busy.length} agent(s) of the assessment target are already participating in an assessment run.`,
        busy,
      );
    }
    if (store.runs.size >= LIMITS.runs) {
      throw limitExceeded(
        "ASSESSMENT_RUN_LIMIT_EXCEEDED",
        `You can keep up to ${LIMITS.runs} assessment runs.`,
      );
    }
    const run = store.startRun(template, name, now, agents);
    return { assessmentRunArn: run.arn };
  },

  StopAssessmentRun(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    run.stop(input["stopAction"] ?? "START_EVALUATION", now);
    return undefined;
  },

  DeleteAssessmentRun(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    if (!run.terminal) {
      throw runInProgress("The assessment run is in progress; stop it or wait until it ends.", [run.arn]);
    }
    em.store.deleteRun(run);
    return undefined;
  },

  DescribeAssessmentRuns(input, em, now) {
    const { found, failedItems } = describeBatch(em.store, "run", input["assessmentRunArns"], em.store.runs);
    return {
      assessmentRuns: found.map((run) => {
        run.advance(now);
        return runWire(em, run);
      }),
      failedItems,
    };
  },

  ListAssessmentRuns(input, em, now) {
    const store = em.store;
    const templates: string[] | undefined = input["assessmentTemplateArns"];
    const wanted = templates?.length
      ? new Set(templates.map((arn) => find(store, "template", arn, store.templates).arn))
      : undefined;
    const filter = input["filter"] ?? {};
    const re = filter.namePattern !== undefined ? namePattern(filter.namePattern) : undefined;
    const states = filter.states?.length ? new Set<string>(filter.states) : undefined;
    const duration = checkDurationRange(filter.durationRange, "INVALID_ASSESSMENT_RUN_DURATION_RANGE");
    const start = checkRange(
      filter.startTimeRange,
      "INVALID_ASSESSMENT_RUN_START_TIME_RANGE",
      "startTimeRange",
    );
    const completion = checkRange(
      filter.completionTimeRange,
      "INVALID_ASSESSMENT_RUN_COMPLETION_TIME_RANGE",
      "completionTimeRange",
    );
    const changed = checkRange(
      filter.stateChangeTimeRange,
      "INVALID_ASSESSMENT_RUN_STATE_CHANGE_TIME_RANGE",
      "stateChangeTimeRange",
    );
    const packages: string[] = filter.rulesPackageArns ?? [];
    const arns: string[] = [];
    for (const run of store.runs.values()) {
      if (wanted !== undefined && !wanted.has(run.templateArn)) continue;
      run.advance(now);
      if (re !== undefined && !re.test(run.name)) continue;
      if (states !== undefined && !states.has(run.state)) continue;
      if (!inDuration(run.durationInSeconds, duration)) continue;
      if (!inRange(run.startedAt, start)) continue;
      if (!inRange(run.completedAt, completion)) continue;
      if (!inRange(run.stateChangedAt, changed)) continue;
      if (!packages.every((p) => run.rulesPackageArns.includes(p))) continue;
      arns.push(run.arn);
    }
    const scope = { templates: templates ?? null, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(em, "ListAssessmentRuns", "assessmentRunArns", input, scope, arns);
    return { assessmentRunArns: page, ...(nextToken ? { nextToken } : {}) };
  },
};
