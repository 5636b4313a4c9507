/**
 * Is the run evidence at all? A run that completed while its agents were unhealthy, or that received no
 * telemetry, has few or no findings because nothing was looked at. This reads the run's agents and its
 * telemetry and judges them against the policy's coverage settings.
 */
import { GetTelemetryMetadataCommand, paginateListAssessmentRunAgents } from "@aws-sdk/client-inspector";
import { InspectorError } from "../../errors.js";
import type { CoverageSettings } from "../../policy/types.js";
import type { CoverageInfo } from "../../result.js";
import type { InspectorApi } from "./api.js";

/** Unhealthy agents listed by id in the result (the counts are always complete). */
export const UNHEALTHY_AGENTS_SHOWN = 20;

export async function readCoverage(
  api: InspectorApi,
  runArn: string,
  settings: CoverageSettings,
): Promise<CoverageInfo> {
  let agents = 0;
  let healthy = 0;
  let reporting = 0;
  const unhealthyAgents: { agentId: string; healthCode?: string }[] = [];
  const listAgents = async () => {
    for await (const page of api.pages("ListAssessmentRunAgents", (o) =>
      paginateListAssessmentRunAgents(
        { client: api.client, pageSize: 500, stopOnSameToken: true },
        { assessmentRunArn: runArn },
        o,
      ),
    )) {
      for (const agent of page.assessmentRunAgents ?? []) {
        agents++;
        if (agent.agentHealth === "HEALTHY") {
          healthy++;
          const messages = (agent.telemetryMetadata ?? []).reduce((sum, t) => sum + (t.count ?? 0), 0);
          if (messages > 0) reporting++;
        } else if (unhealthyAgents.length < UNHEALTHY_AGENTS_SHOWN) {
          const entry: { agentId: string; healthCode?: string } = { agentId: agent.agentId ?? "unknown" };
          if (agent.agentHealthCode !== undefined) entry.healthCode = agent.agentHealthCode;
          unhealthyAgents.push(entry);
        }
      }
    }
  };
  // The agents and the telemetry do not depend on each other: both are asked for at once (the agents'
  // failure is the one reported when both fail).
  const [listed, read] = await Promise.allSettled([
    listAgents(),
    api.call("GetTelemetryMetadata", (o) =>
      api.client.send(new GetTelemetryMetadataCommand({ assessmentRunArn: runArn }), o),
    ),
  ]);
  if (listed.status === "rejected") throw listed.reason;
  if (read.status === "rejected") throw read.reason;
  const telemetry = read.value;
  const telemetryMessages: Record<string, number> = {};
  for (const t of telemetry.telemetryMetadata ?? []) {
    const type = t.messageType ?? "unknown";
    telemetryMessages[type] = (telemetryMessages[type] ?? 0) + (t.count ?? 0);
  }
  return {
    agents,
    healthy,
    unhealthy: agents - healthy,
    reporting,
    telemetryMessages,
    unhealthyAgents,
    minAgents: settings.minAgents,
    unhealthyPolicy: settings.unhealthyAgents,
  };
}

/** Whether the coverage settings can change the verdict at all (if not, the gate skips the calls). */
export function coverageMatters(settings: CoverageSettings): boolean {
  return settings.minAgents > 0 || settings.unhealthyAgents !== "ignore";
}

/**
 * Judges coverage: an InspectorError when too few healthy agents reported (or unhealthy agents under
 * "fail"), else the warnings to show.
 */
export function judgeCoverage(info: CoverageInfo): { error?: InspectorError; warnings: string[] } {
  const warnings: string[] = [];
  const unhealthyList = info.unhealthyAgents
    .map((a) => (a.healthCode ? `${a.agentId} (${a.healthCode})` : a.agentId))
    .join(", ");
  const more =
    info.unhealthy > info.unhealthyAgents.length
      ? ` and ${info.unhealthy - info.unhealthyAgents.length} more`
      : "";
  if (info.reporting < info.minAgents) {
    const unhealthyNote = info.unhealthy > 0 ? `; unhealthy: ${unhealthyList}${more}` : "";
    return {
      error: new InspectorError(
        "COVERAGE_INSUFFICIENT",
        `only ${info.reporting} of ${info.agents} agent${info.agents === 1 ? "" : "s"} were healthy and ` +
          `reported telemetry; the policy requires at least ${info.minAgents} (coverage.min-agents)` +
          `${unhealthyNote}. Too little was assessed for the findings to be evidence.`,
      ),
      warnings,
    };
  }
  if (info.unhealthy > 0) {
    const message =
      `${info.unhealthy} of ${info.agents} agent${info.agents === 1 ? "" : "s"} ` +
      `${info.unhealthy === 1 ? "was" : "were"} unhealthy during the run: ` +
      `${unhealthyList}${more}`;
    if (info.unhealthyPolicy === "fail") {
      return {
        error: new InspectorError(
          "COVERAGE_UNHEALTHY_AGENTS",
          `${message} (coverage.unhealthy-agents: fail)`,
        ),
        warnings,
      };
    }
    if (info.unhealthyPolicy === "warn") warnings.push(message);
  }
  return { warnings };
}
