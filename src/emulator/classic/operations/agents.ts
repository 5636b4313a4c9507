/**
 * Agents: those a target covers (previewed), those of a run with their health (busy while collecting)
 * and the telemetry they sent (growing while data is collected, and its totals), and exclusions
 * (previewed for a template, listed and described for a run) for the agents that are not healthy.
 */
import { randomUUID } from "node:crypto";
import { hash } from "../../shared/random.js";
import { encodeFindingId, parseArn } from "../arn.js";
import { type Emulation, type FailedItem, find, type Handler, paginate, runOf } from "../context.js";
import { noSuchEntity } from "../errors.js";
import { type Agent, UNHEALTHY_DETAILS } from "../fleet.js";
import { RUN_STATES, type Run } from "../run-lifecycle.js";

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

/** An agent's health in a run: unhealthy agents say why; healthy ones are RUNNING while data is collected. */
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

/** The exclusions of a run: one per unhealthy agent, with an id derived from the seed. */
function exclusionArnsOf(em: Emulation, run: Run): { arn: string; agentId: string }[] {
  const key = hash(em.store.seed, "exclusions", run.arn);
  return run.agentIds
    .filter((id) => em.store.agentById(id)?.unhealthyCode !== undefined)
    .map((agentId, i) => ({ arn: `${run.arn}/exclusion/${encodeFindingId(i, key)}`, agentId }));
}

/** An exclusion (or its preview, without an ARN) for an agent that could not be assessed. */
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

export const AGENT_OPERATIONS: Readonly<Record<string, Handler>> = {
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
