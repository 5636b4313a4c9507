/** The emulated fleet: EC2 instances with an Inspector agent, some of them unhealthy on demand. */
import { HEX, hash, Random } from "../shared/random.js";

export type AgentHealthCode = "IDLE" | "RUNNING" | "SHUTDOWN" | "UNHEALTHY" | "THROTTLED" | "UNKNOWN";

export interface Agent {
  readonly agentId: string;
  readonly hostname: string;
  readonly ipv4Address: string;
  readonly amiId: string;
  readonly autoScalingGroup?: string;
  readonly agentVersion: string;
  readonly operatingSystem: string;
  readonly kernelVersion: string;
  /** EC2 tags, which resource groups select on. */
  readonly tags: readonly { key: string; value?: string }[];
  /** Unhealthy agents collect nothing; their health code says why. */
  readonly unhealthyCode?: "UNHEALTHY" | "SHUTDOWN" | "THROTTLED" | "UNKNOWN";
}

const ROLES: readonly { role: string; group?: string }[] = [
  { role: "web", group: "web-asg" },
  { role: "api", group: "api-asg" },
  { role: "worker", group: "worker-asg" },
  { role: "bastion" },
  { role: "db" },
];

const UNHEALTHY_CODES = ["UNHEALTHY", "SHUTDOWN", "THROTTLED", "UNKNOWN"] as const;

/** `count` agents, the last `unhealthy` of them unhealthy, all derived from the seed. */
export function seedAgents(seed: number, region: string, count: number, unhealthy: number): Agent[] {
  const agents: Agent[] = [];
  const r = new Random(hash(seed, "agents"));
  const ami = `ami-${r.chars(17, HEX)}`;
  const perRole = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const { role, group } = ROLES[i % ROLES.length]!;
    const n = (perRole.get(role) ?? 0) + 1;
    perRole.set(role, n);
    const ip = `10.0.${1 + r.int(3)}.${10 + ((i * 37 + r.int(20)) % 240)}`;
    const bad = i >= count - unhealthy;
    agents.push({
      agentId: `i-${r.chars(17, HEX)}`,
      hostname: `ip-${ip.replaceAll(".", "-")}.${region}.compute.internal`,
      ipv4Address: ip,
      amiId: i % 4 === 3 ? `ami-${r.chars(17, HEX)}` : ami,
      ...(group ? { autoScalingGroup: group } : {}),
      agentVersion: "1.1.1987.0",
      operatingSystem: "Amazon Linux 2",
      kernelVersion: `4.14.${300 + r.int(40)}-${200 + r.int(60)}.amzn2.x86_64`,
      tags: [
        { key: "Name", value: `${role}-${n}` },
        { key: "Role", value: role },
        { key: "Inspector", value: "enabled" },
      ],
      ...(bad ? { unhealthyCode: UNHEALTHY_CODES[(count - 1 - i) % UNHEALTHY_CODES.length]! } : {}),
    });
  }
  return agents;
}

/** Whether a resource group (tags: any of, a tag without value matching any value) selects the agent. */
export function groupSelects(tags: readonly { key: string; value?: string }[], agent: Agent): boolean {
  return tags.some((t) =>
    agent.tags.some((a) => a.key === t.key && (t.value === undefined || a.value === t.value)),
  );
}

export const UNHEALTHY_DETAILS: Readonly<Record<string, string>> = {
  UNHEALTHY: "The agent is unable to send telemetry to the Amazon Inspector service.",
  SHUTDOWN: "The instance was stopped or terminated during the assessment run.",
  THROTTLED: "The agent was throttled and could not collect data for the whole run.",
  UNKNOWN: "The agent has not reported its health since the assessment run started.",
};
