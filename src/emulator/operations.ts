/**
 * The Inspector Classic operations. Each handler receives a request already validated against the
 * service model and answers in the wire shape (timestamps in epoch seconds). Semantics follow the
 * API reference: name uniqueness, agents busy in another run, runs in progress that cannot be
 * deleted, failedItems for unknown ARNs in batch calls, any-of within a filter field and all-of
 * across fields.
 */
import { randomUUID } from "node:crypto";
import type { Agent } from "./agents.js";
import { UNHEALTHY_DETAILS } from "./agents.js";
import { type ArnKind, encodeFindingId, parseArn } from "./arn.js";
import {
  accessDenied,
  agentsAlreadyRunning,
  invalidInput,
  limitExceeded,
  noSuchEntity,
  runInProgress,
} from "./errors.js";
import type { FaultConfig } from "./faults.js";
import {
  CompiledFilter,
  type FindingContext,
  type FindingFilterInput,
  type WireAttribute,
} from "./findings.js";
import type { PageTokens } from "./pagination.js";
import { hash, unit } from "./random.js";
import { type Notification, RUN_STATES, type Run } from "./runs.js";
import { pageLimitOf } from "./service-model.js";
import { LIMITS, type Store, type TargetRec, type TemplateRec } from "./store.js";
import { checkMaxResults } from "./validate.js";

/** Everything a handler may touch, besides the request. */
export interface Emulation {
  readonly store: Store;
  readonly tokens: PageTokens;
  faults(): FaultConfig;
  /** Finding ARNs that already failed once under the "retryable-once" failedItems fault. */
  readonly failedOnce: Set<string>;
  /** Report requests: when each run's report was first asked for. */
  readonly reports: Map<string, number>;
  readonly endpoint: () => string;
  readonly filterCache: Map<string, CompiledFilter>;
}

// biome-ignore lint/suspicious/noExplicitAny: requests are validated against the service model before they get here
type Input = Record<string, any>;
type Output = Record<string, unknown> | undefined;
export type Handler = (input: Input, em: Emulation, now: number) => Output;

const sec = (ms: number) => ms / 1000;
const PAGE_DEFAULT = 10;

interface KindCodes {
  readonly invalid: string;
  readonly missing: string;
  readonly denied: string;
  readonly label: string;
}

const CODES: Readonly<
  Record<"target" | "template" | "run" | "finding" | "resourcegroup" | "rulespackage", KindCodes>
> = {
  target: {
    invalid: "INVALID_ASSESSMENT_TARGET_ARN",
    missing: "ASSESSMENT_TARGET_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_TARGET",
    label: "assessment target",
  },
  template: {
    invalid: "INVALID_ASSESSMENT_TEMPLATE_ARN",
    missing: "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE",
    label: "assessment template",
  },
  run: {
    invalid: "INVALID_ASSESSMENT_RUN_ARN",
    missing: "ASSESSMENT_RUN_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_ASSESSMENT_RUN",
    label: "assessment run",
  },
  finding: {
    invalid: "INVALID_FINDING_ARN",
    missing: "FINDING_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_FINDING",
    label: "finding",
  },
  resourcegroup: {
    invalid: "INVALID_RESOURCE_GROUP_ARN",
    missing: "RESOURCE_GROUP_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_RESOURCE_GROUP",
    label: "resource group",
  },
  rulespackage: {
    invalid: "INVALID_RULES_PACKAGE_ARN",
    missing: "RULES_PACKAGE_DOES_NOT_EXIST",
    denied: "ACCESS_DENIED_TO_RULES_PACKAGE",
    label: "rules package",
  },
};

type Lookup = "ok" | "invalid" | "denied" | "missing";

/** Classifies an ARN of `kind` against our account: malformed, another account's, unknown, or ours. */
function classify(
  store: Store,
  kind: keyof typeof CODES,
  arn: string,
  exists: (arn: string) => boolean,
): Lookup {
  const parsed = parseArn(arn);
  if (parsed === undefined || parsed.kind !== (kind as ArnKind)) return "invalid";
  if (kind !== "rulespackage" && parsed.account !== store.account) return "denied";
  return exists(arn) ? "ok" : "missing";
}

function find<T>(store: Store, kind: keyof typeof CODES, arn: string, map: ReadonlyMap<string, T>): T {
  const codes = CODES[kind];
  switch (classify(store, kind, arn, (a) => map.has(a))) {
    case "invalid":
      throw invalidInput(codes.invalid, `'${arn}' is not a valid ${codes.label} ARN.`);
    case "denied":
      throw accessDenied(codes.denied, `You do not have access to the ${codes.label} '${arn}'.`);
    case "missing":
      throw noSuchEntity(codes.missing, `The ${codes.label} '${arn}' does not exist.`);
    case "ok":
      return map.get(arn)!;
  }
}

function runOf(em: Emulation, arn: string, now: number): Run {
  const run = find(em.store, "run", arn, em.store.runs);
  run.advance(now);
  return run;
}

interface FailedItem {
  failureCode: string;
  retryable: boolean;
}

/** Batch describe: the items found, and failedItems for the others (duplicates described once). */
function describeBatch<T>(
  store: Store,
  kind: keyof typeof CODES,
  arns: readonly string[],
  map: ReadonlyMap<string, T>,
): { found: T[]; failedItems: Record<string, FailedItem> } {
  const found: T[] = [];
  const failedItems: Record<string, FailedItem> = {};
  for (const arn of new Set(arns)) {
    const result = classify(store, kind, arn, (a) => map.has(a));
    if (result === "ok") found.push(map.get(arn)!);
    else failedItems[arn] = { failureCode: FAILURE_CODE[result], retryable: false };
  }
  return { found, failedItems };
}

const FAILURE_CODE: Readonly<Record<Exclude<Lookup, "ok">, string>> = {
  invalid: "INVALID_ARN",
  denied: "ACCESS_DENIED",
  missing: "ITEM_DOES_NOT_EXIST",
};

/** One page of `items` for a paginated operation; the page never exceeds what the model allows. */
function paginate<T>(
  em: Emulation,
  operation: string,
  resultKey: string,
  input: Input,
  scope: unknown,
  items: readonly T[],
): { page: T[]; nextToken?: string } {
  const max = checkMaxResults(input["maxResults"]) ?? PAGE_DEFAULT;
  const limit = Math.min(max, pageLimitOf(operation, resultKey));
  const [start = 0] = input["nextToken"] ? em.tokens.read(operation, scope, input["nextToken"]) : [0];
  const page = items.slice(start, start + limit);
  return start + limit < items.length
    ? { page, nextToken: em.tokens.issue(operation, scope, [start + limit]) }
    : { page };
}

/** Inspector's name patterns: `*` any run of characters, `?` one character, otherwise exact. */
export function namePattern(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")))
    .join("");
  return new RegExp(`^${body}$`, "s");
}

interface Range {
  beginDate?: number;
  endDate?: number;
}

function checkRange(range: Range | undefined, code: string, label: string): Range | undefined {
  if (range === undefined) return undefined;
  if (range.beginDate !== undefined && range.endDate !== undefined && range.beginDate > range.endDate) {
    throw invalidInput(code, `${label}: beginDate must not be after endDate.`);
  }
  return range;
}

function inRange(ms: number | undefined, range: Range | undefined): boolean {
  if (range === undefined) return true;
  if (ms === undefined) return false;
  if (range.beginDate !== undefined && ms < range.beginDate * 1000) return false;
  if (range.endDate !== undefined && ms > range.endDate * 1000) return false;
  return true;
}

function checkDurationRange(range: { minSeconds?: number; maxSeconds?: number } | undefined, code: string) {
  if (
    range?.minSeconds !== undefined &&
    range.maxSeconds !== undefined &&
    range.minSeconds > range.maxSeconds
  ) {
    throw invalidInput(code, "durationRange: minSeconds must not exceed maxSeconds.");
  }
  return range;
}

function inDuration(
  seconds: number,
  range: { minSeconds?: number; maxSeconds?: number } | undefined,
): boolean {
  if (range === undefined) return true;
  if (range.minSeconds !== undefined && seconds < range.minSeconds) return false;
  if (range.maxSeconds !== undefined && seconds > range.maxSeconds) return false;
  return true;
}

// --- wire shapes

function targetWire(t: TargetRec) {
  return {
    arn: t.arn,
    name: t.name,
    ...(t.resourceGroupArn ? { resourceGroupArn: t.resourceGroupArn } : {}),
    createdAt: sec(t.createdAt),
    updatedAt: sec(t.updatedAt),
  };
}

function templateWire(store: Store, t: TemplateRec) {
  const runs = store.runsOfTemplate(t.arn);
  const last = runs[runs.length - 1];
  return {
    arn: t.arn,
    name: t.name,
    assessmentTargetArn: t.targetArn,
    durationInSeconds: t.durationInSeconds,
    rulesPackageArns: t.rulesPackageArns,
    userAttributesForFindings: t.userAttributesForFindings,
    assessmentRunCount: runs.length,
    ...(last ? { lastAssessmentRunArn: last.arn } : {}),
    createdAt: sec(t.createdAt),
  };
}

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

const TELEMETRY_TYPES: readonly [string, number, number][] = [
  ["InspectorDuplicateProcess", 2, 345],
  ["InspectorTimeEventMsg", 3, 255],
  ["InspectorNetworkInterface", 4, 1082],
  ["InspectorDnsEntry", 2, 349],
  ["InspectorDirectoryInfoMsg", 11, 2514],
  ["InspectorTcpV4ListeningPort", 1, 184],
  ["InspectorTerminal", 101, 10949],
  ["InspectorUser", 26, 5916],
  ["InspectorDynamicallyLoadedCodeModule", 282, 32148],
  ["InspectorCreateProcess", 18, 10172],
  ["InspectorProcessPerformance", 3, 8001],
  ["InspectorOperatingSystem", 1, 360],
  ["InspectorInstanceMetaData", 1, 1553],
  ["InspectorPackageInfo", 474, 2960322],
  ["InspectorKernelModule", 18, 8362],
  ["InspectorConfigurationInfo", 29, 48788],
];

/** Telemetry an agent sent during a run: grows while data is collected. */
function telemetryOf(
  run: Run,
  agent: Agent | undefined,
  now: number,
): { messageType: string; count: number; dataSize: number }[] {
  const started = run.startedAt;
  if (agent === undefined || agent.unhealthyCode !== undefined || started === undefined) return [];
  const collectMs = (run.durationInSeconds * 1000) / run.timeScale;
  const stopped = run.changes.find(
    (c) => RUN_STATES.indexOf(c.state) > RUN_STATES.indexOf("COLLECTING_DATA"),
  )?.at;
  const share = Math.min(1, Math.max(0.05, ((stopped ?? now) - started) / collectMs));
  return TELEMETRY_TYPES.map(([messageType, count, size]) => {
    const factor = 0.75 + (hash(agent.agentId, messageType) % 50) / 100;
    const n = Math.max(1, Math.round(count * factor * share));
    return { messageType, count: n, dataSize: Math.round((size / count) * n) };
  });
}

function agentHealth(run: Run, agent: Agent | undefined) {
  if (agent === undefined) {
    return {
      agentHealth: "UNKNOWN",
      agentHealthCode: "UNKNOWN",
      agentHealthDetails: UNHEALTHY_DETAILS["UNKNOWN"]!,
    };
  }
  if (agent.unhealthyCode !== undefined) {
    return {
      agentHealth: agent.unhealthyCode === "UNKNOWN" ? "UNKNOWN" : "UNHEALTHY",
      agentHealthCode: agent.unhealthyCode,
      agentHealthDetails: UNHEALTHY_DETAILS[agent.unhealthyCode]!,
    };
  }
  const index = RUN_STATES.indexOf(run.state);
  const collecting =
    index >= RUN_STATES.indexOf("START_DATA_COLLECTION_IN_PROGRESS") &&
    index <= RUN_STATES.indexOf("STOP_DATA_COLLECTION_PENDING");
  return { agentHealth: "HEALTHY", agentHealthCode: collecting ? "RUNNING" : "IDLE" };
}

// --- findings

/** Where a finding ARN leads: its run and index, or why it cannot be described. */
function findingFailure(em: Emulation, arn: string, now: number): FailedItem | { run: Run; index: number } {
  const store = em.store;
  let runArn = store.explicitFindings.get(arn);
  if (runArn === undefined) {
    const parsed = parseArn(arn);
    if (parsed === undefined || parsed.kind !== "finding")
      return { failureCode: "INVALID_ARN", retryable: false };
    if (parsed.account !== store.account) return { failureCode: "ACCESS_DENIED", retryable: false };
    runArn = parsed.parent!;
  }
  const run = store.runs.get(runArn);
  if (run !== undefined) {
    run.advance(now);
    const index = run.findings.indexOf(arn, run.arn);
    if (index >= 0 && index < run.visibleFindings()) return { run, index };
  }
  return { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false };
}

function compiledFilter(em: Emulation, run: Run, filter: FindingFilterInput): CompiledFilter {
  const key = `${run.arn}\u0000${run.state}\u0000${JSON.stringify(filter)}`;
  let compiled = em.filterCache.get(key);
  if (compiled === undefined) {
    compiled = new CompiledFilter(run.findings, filter, run.findingContext());
    if (em.filterCache.size >= 64) em.filterCache.delete(em.filterCache.keys().next().value!);
    em.filterCache.set(key, compiled);
  }
  return compiled;
}

function editUserAttributes(
  em: Emulation,
  input: Input,
  now: number,
  edit: (current: WireAttribute[]) => WireAttribute[] | "LIMIT_EXCEEDED",
): Output {
  const failedItems: Record<string, FailedItem> = {};
  for (const arn of new Set<string>(input["findingArns"])) {
    const found = findingFailure(em, arn, now);
    if ("failureCode" in found) {
      failedItems[arn] = found;
      continue;
    }
    const { run, index } = found;
    const current = [...run.findings.userAttributesOf(index, run.findingContext())];
    const next = edit(current);
    if (next === "LIMIT_EXCEEDED") {
      failedItems[arn] = { failureCode: "LIMIT_EXCEEDED", retryable: false };
      continue;
    }
    run.findings.userOverrides.set(index, next);
    run.findings.updatedAt.set(index, now);
  }
  return { failedItems };
}

// --- the operations

function uniqueTargetName(store: Store, name: string, except?: string) {
  for (const t of store.targets.values()) {
    if (t.name === name && t.arn !== except) {
      throw invalidInput(
        "ASSESSMENT_TARGET_NAME_ALREADY_TAKEN",
        `An assessment target named '${name}' already exists.`,
      );
    }
  }
}

function checkRulesPackages(store: Store, arns: readonly string[]) {
  const known = new Map(store.rulesPackages.map((p) => [p.arn, p]));
  for (const arn of arns) find(store, "rulespackage", arn, known);
}

function busyAgents(store: Store, agents: readonly Agent[], now: number) {
  const busy: { agentId: string; assessmentRunArn: string }[] = [];
  const ids = new Set(agents.map((a) => a.agentId));
  for (const run of store.activeRuns(now)) {
    for (const id of run.agentIds) if (ids.has(id)) busy.push({ agentId: id, assessmentRunArn: run.arn });
  }
  return busy;
}

function runsInProgress(store: Store, templates: readonly TemplateRec[], now: number): string[] {
  const arns = new Set(templates.map((t) => t.arn));
  return store
    .activeRuns(now)
    .filter((r) => arns.has(r.templateArn))
    .map((r) => r.arn);
}

function templateForResource(store: Store, arn: string): TemplateRec {
  const parsed = parseArn(arn);
  if (parsed === undefined || parsed.kind !== "template") {
    throw invalidInput("INVALID_RESOURCE_ARN", `'${arn}' is not an assessment template ARN.`);
  }
  return find(store, "template", arn, store.templates);
}

function exclusionArnsOf(em: Emulation, run: Run): { arn: string; agentId: string }[] {
  const key = hash(em.store.seed, "exclusions", run.arn);
  return run.agentIds
    .filter((id) => em.store.agentById(id)?.unhealthyCode !== undefined)
    .map((agentId, i) => ({ arn: `${run.arn}/exclusion/${encodeFindingId(i, key)}`, agentId }));
}

function exclusionFor(em: Emulation, agentId: string, arn?: string) {
  const agent = em.store.agentById(agentId);
  return {
    ...(arn ? { arn } : {}),
    title: `Agent on instance ${agentId} is not healthy`,
    description: `Amazon Inspector could not assess instance ${agentId}: ${
      agent?.unhealthyCode ? UNHEALTHY_DETAILS[agent.unhealthyCode] : "the agent is not reporting."
    }`,
    recommendation:
      "Check that the Amazon Inspector agent is installed and running, then start a new assessment run.",
    scopes: [{ key: "INSTANCE_ID", value: agentId }],
    attributes: [],
  };
}

const SNS_TOPIC = /^arn:aws:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$/;
const IAM_ROLE = /^arn:aws:iam::[0-9]{12}:role\/[\w+=,.@/-]{1,512}$/;

export const HANDLERS: Readonly<Record<string, Handler>> = {
  CreateResourceGroup(input, em, now) {
    const store = em.store;
    if (store.resourceGroups.size >= LIMITS.resourceGroups) {
      throw limitExceeded(
        "RESOURCE_GROUP_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.resourceGroups} resource groups.`,
      );
    }
    const arn = `${store.prefix}resourcegroup/${store.newId()}`;
    store.resourceGroups.set(arn, { arn, createdAt: now, tags: input["resourceGroupTags"] });
    return { resourceGroupArn: arn };
  },

  DescribeResourceGroups(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "resourcegroup",
      input["resourceGroupArns"],
      em.store.resourceGroups,
    );
    return {
      resourceGroups: found.map((g) => ({ arn: g.arn, tags: g.tags, createdAt: sec(g.createdAt) })),
      failedItems,
    };
  },

  CreateAssessmentTarget(input, em, now) {
    const store = em.store;
    const name: string = input["assessmentTargetName"];
    const groupArn: string | undefined = input["resourceGroupArn"];
    if (groupArn !== undefined) find(store, "resourcegroup", groupArn, store.resourceGroups);
    uniqueTargetName(store, name);
    if (store.targets.size >= LIMITS.targets) {
      throw limitExceeded(
        "ASSESSMENT_TARGET_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.targets} assessment targets.`,
      );
    }
    const arn = `${store.prefix}target/${store.newId()}`;
    store.targets.set(arn, {
      arn,
      name,
      ...(groupArn !== undefined ? { resourceGroupArn: groupArn } : {}),
      createdAt: now,
      updatedAt: now,
    });
    return { assessmentTargetArn: arn };
  },

  UpdateAssessmentTarget(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const groupArn: string | undefined = input["resourceGroupArn"];
    if (groupArn !== undefined) find(store, "resourcegroup", groupArn, store.resourceGroups);
    uniqueTargetName(store, input["assessmentTargetName"], target.arn);
    target.name = input["assessmentTargetName"];
    if (groupArn !== undefined) target.resourceGroupArn = groupArn;
    target.updatedAt = now;
    return undefined;
  },

  DeleteAssessmentTarget(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const templates = store.templatesOfTarget(target.arn);
    const running = runsInProgress(store, templates, now);
    if (running.length > 0) {
      throw runInProgress("The assessment target has assessment runs in progress.", running);
    }
    for (const t of templates) store.deleteTemplate(t);
    store.targets.delete(target.arn);
    return undefined;
  },

  DescribeAssessmentTargets(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "target",
      input["assessmentTargetArns"],
      em.store.targets,
    );
    return { assessmentTargets: found.map(targetWire), failedItems };
  },

  ListAssessmentTargets(input, em) {
    const pattern: string | undefined = input["filter"]?.["assessmentTargetNamePattern"];
    const re = pattern !== undefined ? namePattern(pattern) : undefined;
    const arns = [...em.store.targets.values()]
      .filter((t) => re === undefined || re.test(t.name))
      .map((t) => t.arn);
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentTargets",
      "assessmentTargetArns",
      input,
      input["filter"],
      arns,
    );
    return { assessmentTargetArns: page, ...(nextToken ? { nextToken } : {}) };
  },

  PreviewAgents(input, em) {
    const store = em.store;
    const target = find(store, "target", input["previewAgentsArn"], store.targets);
    const previews = store.agentsOf(target).map((a) => ({
      agentId: a.agentId,
      hostname: a.hostname,
      ipv4Address: a.ipv4Address,
      agentHealth:
        a.unhealthyCode === undefined ? "HEALTHY" : a.unhealthyCode === "UNKNOWN" ? "UNKNOWN" : "UNHEALTHY",
      agentVersion: a.agentVersion,
      operatingSystem: a.operatingSystem,
      kernelVersion: a.kernelVersion,
      ...(a.autoScalingGroup ? { autoScalingGroup: a.autoScalingGroup } : {}),
    }));
    const { page, nextToken } = paginate(em, "PreviewAgents", "agentPreviews", input, target.arn, previews);
    return { agentPreviews: page, ...(nextToken ? { nextToken } : {}) };
  },

  CreateAssessmentTemplate(input, em, now) {
    const store = em.store;
    const target = find(store, "target", input["assessmentTargetArn"], store.targets);
    const name: string = input["assessmentTemplateName"];
    if (store.templatesOfTarget(target.arn).some((t) => t.name === name)) {
      throw invalidInput(
        "ASSESSMENT_TEMPLATE_NAME_ALREADY_TAKEN",
        `The assessment target already has an assessment template named '${name}'.`,
      );
    }
    const packages: string[] = input["rulesPackageArns"];
    checkRulesPackages(store, packages);
    if (store.templates.size >= LIMITS.templates) {
      throw limitExceeded(
        "ASSESSMENT_TEMPLATE_LIMIT_EXCEEDED",
        `You can create up to ${LIMITS.templates} assessment templates.`,
      );
    }
    const arn = `${target.arn}/template/${store.newId()}`;
    store.templates.set(arn, {
      arn,
      name,
      targetArn: target.arn,
      durationInSeconds: input["durationInSeconds"],
      rulesPackageArns: [...new Set(packages)],
      userAttributesForFindings: input["userAttributesForFindings"] ?? [],
      createdAt: now,
      tags: [],
    });
    return { assessmentTemplateArn: arn };
  },

  DeleteAssessmentTemplate(input, em, now) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    const running = runsInProgress(store, [template], now);
    if (running.length > 0) {
      throw runInProgress("The assessment template has assessment runs in progress.", running);
    }
    store.deleteTemplate(template);
    return undefined;
  },

  DescribeAssessmentTemplates(input, em) {
    const { found, failedItems } = describeBatch(
      em.store,
      "template",
      input["assessmentTemplateArns"],
      em.store.templates,
    );
    return { assessmentTemplates: found.map((t) => templateWire(em.store, t)), failedItems };
  },

  ListAssessmentTemplates(input, em) {
    const store = em.store;
    const targets: string[] | undefined = input["assessmentTargetArns"];
    const wanted = targets?.length
      ? new Set(targets.map((arn) => find(store, "target", arn, store.targets).arn))
      : undefined;
    const filter = input["filter"] ?? {};
    const re = filter.namePattern !== undefined ? namePattern(filter.namePattern) : undefined;
    const duration = checkDurationRange(filter.durationRange, "INVALID_ASSESSMENT_TEMPLATE_DURATION_RANGE");
    const packages: string[] = filter.rulesPackageArns ?? [];
    const arns = [...store.templates.values()]
      .filter(
        (t) =>
          (wanted === undefined || wanted.has(t.targetArn)) &&
          (re === undefined || re.test(t.name)) &&
          inDuration(t.durationInSeconds, duration) &&
          packages.every((p) => t.rulesPackageArns.includes(p)),
      )
      .map((t) => t.arn);
    const scope = { targets: targets ?? null, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentTemplates",
      "assessmentTemplateArns",
      input,
      scope,
      arns,
    );
    return { assessmentTemplateArns: page, ...(nextToken ? { nextToken } : {}) };
  },

  ListTagsForResource(input, em) {
    return { tags: templateForResource(em.store, input["resourceArn"]).tags };
  },

  SetTagsForResource(input, em) {
    templateForResource(em.store, input["resourceArn"]).tags = input["tags"] ?? [];
    return undefined;
  },

  SubscribeToEvent(input, em, now) {
    const store = em.store;
    const template = templateForResource(store, input["resourceArn"]);
    const topicArn: string = input["topicArn"];
    if (!SNS_TOPIC.test(topicArn))
      throw invalidInput("INVALID_SNS_TOPIC_ARN", `'${topicArn}' is not an SNS topic ARN.`);
    let sub = store.subscriptions.find((s) => s.resourceArn === template.arn && s.topicArn === topicArn);
    const total = store.subscriptions
      .filter((s) => s.resourceArn === template.arn)
      .reduce((n, s) => n + s.events.length, 0);
    if (sub?.events.some((e) => e.event === input["event"])) return undefined;
    if (total >= LIMITS.subscriptionsPerTemplate) {
      throw limitExceeded(
        "EVENT_SUBSCRIPTION_LIMIT_EXCEEDED",
        "Too many event subscriptions for this template.",
      );
    }
    if (sub === undefined) {
      sub = { resourceArn: template.arn, topicArn, events: [] };
      store.subscriptions.push(sub);
    }
    sub.events.push({ event: input["event"], subscribedAt: now });
    return undefined;
  },

  UnsubscribeFromEvent(input, em) {
    const store = em.store;
    const template = templateForResource(store, input["resourceArn"]);
    const sub = store.subscriptions.find(
      (s) => s.resourceArn === template.arn && s.topicArn === input["topicArn"],
    );
    const at = sub?.events.findIndex((e) => e.event === input["event"]) ?? -1;
    if (sub === undefined || at < 0) {
      throw noSuchEntity(
        "SNS_TOPIC_DOES_NOT_EXIST",
        "No such event subscription for this template and topic.",
      );
    }
    sub.events.splice(at, 1);
    if (sub.events.length === 0) store.subscriptions.splice(store.subscriptions.indexOf(sub), 1);
    return undefined;
  },

  ListEventSubscriptions(input, em) {
    const store = em.store;
    const resourceArn: string | undefined = input["resourceArn"];
    if (resourceArn !== undefined) templateForResource(store, resourceArn);
    const subs = store.subscriptions
      .filter((s) => resourceArn === undefined || s.resourceArn === resourceArn)
      .map((s) => ({
        resourceArn: s.resourceArn,
        topicArn: s.topicArn,
        eventSubscriptions: s.events.map((e) => ({ event: e.event, subscribedAt: sec(e.subscribedAt) })),
      }));
    const { page, nextToken } = paginate(
      em,
      "ListEventSubscriptions",
      "subscriptions",
      input,
      resourceArn ?? null,
      subs,
    );
    return { subscriptions: page, ...(nextToken ? { nextToken } : {}) };
  },

  ListRulesPackages(input, em) {
    const arns = em.store.rulesPackages.map((p) => p.arn);
    const { page, nextToken } = paginate(em, "ListRulesPackages", "rulesPackageArns", input, null, arns);
    return { rulesPackageArns: page, ...(nextToken ? { nextToken } : {}) };
  },

  DescribeRulesPackages(input, em) {
    const known = new Map(em.store.rulesPackages.map((p) => [p.arn, p]));
    const { found, failedItems } = describeBatch(em.store, "rulespackage", input["rulesPackageArns"], known);
    return {
      rulesPackages: found.map((p) => ({
        arn: p.arn,
        name: p.name,
        version: p.version,
        provider: p.provider,
        description: p.description,
      })),
      failedItems,
    };
  },

  DescribeCrossAccountAccessRole(_input, em) {
    const role = em.store.crossAccountRole;
    return { roleArn: role.roleArn, valid: role.valid, registeredAt: sec(role.registeredAt) };
  },

  RegisterCrossAccountAccessRole(input, em, now) {
    const roleArn: string = input["roleArn"];
    if (!IAM_ROLE.test(roleArn))
      throw invalidInput("INVALID_IAM_ROLE_ARN", `'${roleArn}' is not an IAM role ARN.`);
    em.store.crossAccountRole = { roleArn, registeredAt: now, valid: true };
    return undefined;
  },

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

  ListAssessmentRunAgents(input, em, now) {
    const store = em.store;
    const run = runOf(em, input["assessmentRunArn"], now);
    const healths = input["filter"]?.agentHealths?.length
      ? new Set<string>(input["filter"].agentHealths)
      : undefined;
    const codes = input["filter"]?.agentHealthCodes?.length
      ? new Set<string>(input["filter"].agentHealthCodes)
      : undefined;
    const agents = run.agentIds
      .map((id) => {
        const agent = store.agentById(id);
        return {
          agentId: id,
          assessmentRunArn: run.arn,
          ...agentHealth(run, agent),
          ...(agent?.autoScalingGroup ? { autoScalingGroup: agent.autoScalingGroup } : {}),
          telemetryMetadata: telemetryOf(run, agent, now),
        };
      })
      .filter(
        (a) =>
          (healths === undefined || healths.has(a.agentHealth)) &&
          (codes === undefined || codes.has(a.agentHealthCode)),
      );
    const scope = { run: run.arn, filter: input["filter"] ?? null };
    const { page, nextToken } = paginate(
      em,
      "ListAssessmentRunAgents",
      "assessmentRunAgents",
      input,
      scope,
      agents,
    );
    return { assessmentRunAgents: page, ...(nextToken ? { nextToken } : {}) };
  },

  GetTelemetryMetadata(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    const totals = new Map<string, { count: number; dataSize: number }>();
    for (const id of run.agentIds) {
      for (const t of telemetryOf(run, em.store.agentById(id), now)) {
        const sum = totals.get(t.messageType) ?? { count: 0, dataSize: 0 };
        sum.count += t.count;
        sum.dataSize += t.dataSize;
        totals.set(t.messageType, sum);
      }
    }
    const list = [...totals].map(([messageType, t]) => ({ messageType, ...t }));
    if (list.length > 0) {
      list.push({
        messageType: "Total",
        count: list.reduce((n, t) => n + t.count, 0),
        dataSize: list.reduce((n, t) => n + t.dataSize, 0),
      });
    }
    return { telemetryMetadata: list };
  },

  ListFindings(input, em, now) {
    const store = em.store;
    const max = checkMaxResults(input["maxResults"]) ?? PAGE_DEFAULT;
    const limit = Math.min(max, pageLimitOf("ListFindings", "findingArns"));
    const runArns: string[] | undefined = input["assessmentRunArns"];
    const runs = runArns?.length
      ? [...new Set(runArns)].map((arn) => find(store, "run", arn, store.runs))
      : [...store.runs.values()];
    const filter: FindingFilterInput = input["filter"] ?? {};
    checkRange(filter.creationTimeRange, "INVALID_ASSESSMENT_RUN_START_TIME_RANGE", "creationTimeRange");
    const scope = { runs: runArns ?? null, filter: input["filter"] ?? null };
    let [runPos = 0, cursor = 0] = input["nextToken"]
      ? em.tokens.read("ListFindings", scope, input["nextToken"])
      : [];
    const findingArns: string[] = [];
    while (runPos < runs.length && findingArns.length < limit) {
      const run = runs[runPos]!;
      run.advance(now);
      const { indices, next } = compiledFilter(em, run, filter).page(
        cursor,
        limit - findingArns.length,
        run.visibleFindings(),
      );
      for (const i of indices) findingArns.push(run.findings.arnOf(i, run.arn));
      if (next === undefined) {
        runPos++;
        cursor = 0;
      } else {
        cursor = next;
      }
    }
    const more = runPos < runs.length;
    return {
      findingArns,
      ...(more ? { nextToken: em.tokens.issue("ListFindings", scope, [runPos, cursor]) } : {}),
    };
  },

  DescribeFindings(input, em, now) {
    const faults = em.faults().failedItems;
    const findings: Record<string, unknown>[] = [];
    const failedItems: Record<string, FailedItem> = {};
    const contexts = new Map<Run, FindingContext>();
    for (const arn of new Set<string>(input["findingArns"])) {
      const found = findingFailure(em, arn, now);
      if ("failureCode" in found) {
        failedItems[arn] = found;
        continue;
      }
      if (faults !== null && faults.rate > 0 && unit(em.store.seed, "failed-item", arn) < faults.rate) {
        if (faults.mode === "permanent") {
          failedItems[arn] = { failureCode: "INTERNAL_ERROR", retryable: false };
          continue;
        }
        if (!em.failedOnce.has(arn)) {
          em.failedOnce.add(arn);
          failedItems[arn] = { failureCode: "INTERNAL_ERROR", retryable: true };
          continue;
        }
      }
      let ctx = contexts.get(found.run);
      if (ctx === undefined) {
        ctx = found.run.findingContext();
        contexts.set(found.run, ctx);
      }
      findings.push(found.run.findings.describe(found.index, ctx));
    }
    return { findings, failedItems };
  },

  AddAttributesToFindings(input, em, now) {
    const adding: WireAttribute[] = input["attributes"];
    return editUserAttributes(em, input, now, (current) => {
      const next = current.filter((c) => !adding.some((a) => a.key === c.key));
      next.push(...adding);
      return next.length > 10 ? "LIMIT_EXCEEDED" : next;
    });
  },

  RemoveAttributesFromFindings(input, em, now) {
    const keys = new Set<string>(input["attributeKeys"]);
    return editUserAttributes(em, input, now, (current) => current.filter((c) => !keys.has(c.key)));
  },

  GetAssessmentReport(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    if (!run.terminal) {
      throw runInProgress("A report can be generated only once the assessment run has ended.", [run.arn]);
    }
    if (run.state !== "COMPLETED" && run.state !== "COMPLETED_WITH_ERRORS") return { status: "FAILED" };
    const key = `${run.arn}|${input["reportType"]}|${input["reportFileFormat"]}`;
    const asked = em.reports.get(key);
    if (asked === undefined) {
      em.reports.set(key, now);
      return { status: "WORK_IN_PROGRESS" };
    }
    if (now - asked < 2000 / run.timeScale) return { status: "WORK_IN_PROGRESS" };
    const id = run.arn.slice(run.arn.lastIndexOf("/") + 1);
    const ext = input["reportFileFormat"] === "PDF" ? "pdf" : "html";
    const url = `${em.endpoint()}/_emulator/reports/${id}-${String(input["reportType"]).toLowerCase()}.${ext}?run=${encodeURIComponent(run.arn)}`;
    return { status: "COMPLETED", url };
  },

  CreateExclusionsPreview(input, em, now) {
    const template = find(em.store, "template", input["assessmentTemplateArn"], em.store.templates);
    const token = randomUUID();
    em.store.previews.set(token, { templateArn: template.arn, createdAt: now });
    return { previewToken: token };
  },

  GetExclusionsPreview(input, em) {
    const store = em.store;
    const template = find(store, "template", input["assessmentTemplateArn"], store.templates);
    const preview = store.previews.get(input["previewToken"]);
    if (preview === undefined || preview.templateArn !== template.arn) {
      throw noSuchEntity(
        "ASSESSMENT_TEMPLATE_DOES_NOT_EXIST",
        "No exclusions preview with this token for this template.",
      );
    }
    const target = store.targets.get(template.targetArn);
    const previews = (target ? store.agentsOf(target) : [])
      .filter((a) => a.unhealthyCode !== undefined)
      .map((a) => exclusionFor(em, a.agentId));
    const scope = { template: template.arn, token: input["previewToken"] };
    const { page, nextToken } = paginate(
      em,
      "GetExclusionsPreview",
      "exclusionPreviews",
      input,
      scope,
      previews,
    );
    return { previewStatus: "COMPLETED", exclusionPreviews: page, ...(nextToken ? { nextToken } : {}) };
  },

  ListExclusions(input, em, now) {
    const run = runOf(em, input["assessmentRunArn"], now);
    const arns = run.startedAt === undefined ? [] : exclusionArnsOf(em, run).map((e) => e.arn);
    const { page, nextToken } = paginate(em, "ListExclusions", "exclusionArns", input, run.arn, arns);
    return { exclusionArns: page, ...(nextToken ? { nextToken } : {}) };
  },

  DescribeExclusions(input, em, now) {
    const exclusions: Record<string, unknown> = {};
    const failedItems: Record<string, FailedItem> = {};
    for (const arn of new Set<string>(input["exclusionArns"])) {
      const parsed = parseArn(arn);
      if (parsed === undefined || parsed.kind !== "exclusion") {
        failedItems[arn] = { failureCode: "INVALID_ARN", retryable: false };
        continue;
      }
      const run = em.store.runs.get(parsed.parent!);
      run?.advance(now);
      const match =
        run && run.startedAt !== undefined ? exclusionArnsOf(em, run).find((e) => e.arn === arn) : undefined;
      if (match === undefined) failedItems[arn] = { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false };
      else exclusions[arn] = exclusionFor(em, match.agentId, arn);
    }
    return { exclusions, failedItems };
  },
};
