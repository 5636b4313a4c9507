/**
 * The emulated account: resource groups, targets, templates, runs, event subscriptions, the fleet
 * and the rules packages, all deterministic from the seed. Maps keep insertion order, so every
 * listing comes back in creation order.
 */
import type { Clock } from "../../logging.js";
import { BASE62, hash, Random } from "../shared/random.js";
import { arnPrefix } from "./arn.js";
import { type RulesPackageInfo, rulesPackages } from "./catalog.js";
import { findingKey, GeneratedFindings, type WireAttribute } from "./finding-set.js";
import { type Agent, groupSelects, seedAgents } from "./fleet.js";
import { type Outcome, Run } from "./run-lifecycle.js";

export const ACCOUNT_ID = "123456789012";

export interface ResourceGroupRec {
  readonly arn: string;
  readonly createdAt: number;
  readonly tags: readonly WireAttribute[];
}

export interface TargetRec {
  readonly arn: string;
  name: string;
  resourceGroupArn?: string;
  readonly createdAt: number;
  updatedAt: number;
}

export interface TemplateRec {
  readonly arn: string;
  readonly name: string;
  readonly targetArn: string;
  readonly durationInSeconds: number;
  readonly rulesPackageArns: readonly string[];
  readonly userAttributesForFindings: readonly WireAttribute[];
  readonly createdAt: number;
  tags: WireAttribute[];
}

export interface SubscriptionRec {
  readonly resourceArn: string;
  readonly topicArn: string;
  readonly events: { event: string; subscribedAt: number }[];
}

export interface StoreOptions {
  readonly seed: string;
  readonly region: string;
  readonly findingsPerRun: number;
  readonly timeScale: number;
  readonly agents: number;
  readonly unhealthyAgents: number;
  readonly clock: Clock;
}

export const LIMITS = {
  resourceGroups: 500,
  targets: 50,
  templates: 500,
  runs: 50_000,
  subscriptionsPerTemplate: 50,
} as const;

export class Store {
  readonly account = ACCOUNT_ID;
  readonly region: string;
  readonly seedText: string;
  /** The seed as a number: the catalogue and the fleet derive from it. */
  readonly seed: number;
  readonly clock: Clock;
  findingsPerRun: number;
  timeScale: number;
  defaultOutcome: Outcome = "COMPLETED";
  agents: Agent[];
  readonly rulesPackages: readonly RulesPackageInfo[];
  readonly resourceGroups = new Map<string, ResourceGroupRec>();
  readonly targets = new Map<string, TargetRec>();
  readonly templates = new Map<string, TemplateRec>();
  readonly runs = new Map<string, Run>();
  readonly subscriptions: SubscriptionRec[] = [];
  crossAccountRole: { roleArn: string; registeredAt: number; valid: boolean };
  /** Exclusion previews by token. */
  readonly previews = new Map<string, { templateArn: string; createdAt: number }>();
  /** Where a finding given explicitly (state file) lives: its ARN need not follow our ID scheme. */
  readonly explicitFindings = new Map<string, string>();
  private readonly ids: Random;
  private readonly usedIds = new Set<string>();

  constructor(options: StoreOptions) {
    this.region = options.region;
    this.seedText = options.seed;
    this.seed = hash("seed", options.seed);
    this.clock = options.clock;
    this.findingsPerRun = options.findingsPerRun;
    this.timeScale = options.timeScale;
    this.ids = new Random(hash(this.seed, "ids"));
    this.agents = seedAgents(this.seed, this.region, options.agents, options.unhealthyAgents);
    this.rulesPackages = rulesPackages(this.region);
    this.crossAccountRole = {
      roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/inspector`,
      registeredAt: options.clock.now(),
      valid: true,
    };
  }

  get prefix(): string {
    return arnPrefix(this.region, this.account);
  }

  /** A fresh "0-XXXXXXXX" id, deterministic from the seed. */
  newId(): string {
    for (;;) {
      const id = `0-${this.ids.chars(8, BASE62)}`;
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  /** Marks ids taken by loaded entities, so new ones never collide. */
  reserveIdsOf(arn: string): void {
    for (const m of arn.matchAll(/0-[0-9A-Za-z]{8}/g)) this.usedIds.add(m[0]);
  }

  /** The seeded resource group, target and template (and a subscription and tags on the template). */
  seedAccount(): { resourceGroupArn: string; targetArn: string; templateArn: string } {
    const now = this.clock.now();
    const resourceGroupArn = `${this.prefix}resourcegroup/${this.newId()}`;
    this.resourceGroups.set(resourceGroupArn, {
      arn: resourceGroupArn,
      createdAt: now,
      tags: [{ key: "Inspector", value: "enabled" }],
    });
    const targetArn = `${this.prefix}target/${this.newId()}`;
    this.targets.set(targetArn, {
      arn: targetArn,
      name: "inspector-gate-target",
      resourceGroupArn,
      createdAt: now,
      updatedAt: now,
    });
    const templateArn = `${targetArn}/template/${this.newId()}`;
    this.templates.set(templateArn, {
      arn: templateArn,
      name: "inspector-gate-template",
      targetArn,
      durationInSeconds: 900,
      rulesPackageArns: this.rulesPackages.map((p) => p.arn),
      userAttributesForFindings: [{ key: "Environment", value: "ci" }],
      createdAt: now,
      tags: [{ key: "Project", value: "inspector-gate" }],
    });
    this.subscriptions.push({
      resourceArn: templateArn,
      topicArn: `arn:aws:sns:${this.region}:${this.account}:inspector-gate-notifications`,
      events: [{ event: "ASSESSMENT_RUN_COMPLETED", subscribedAt: now }],
    });
    return { resourceGroupArn, targetArn, templateArn };
  }

  /** The agents a target covers: those its resource group selects, or every agent without a group. */
  agentsOf(target: TargetRec): Agent[] {
    const group = target.resourceGroupArn ? this.resourceGroups.get(target.resourceGroupArn) : undefined;
    if (target.resourceGroupArn === undefined) return this.agents;
    if (group === undefined) return [];
    return this.agents.filter((a) => groupSelects(group.tags, a));
  }

  agentById(agentId: string): Agent | undefined {
    return this.agents.find((a) => a.agentId === agentId);
  }

  /** Every run not yet ended, after bringing it up to `now`. */
  activeRuns(now: number): Run[] {
    const out: Run[] = [];
    for (const run of this.runs.values()) {
      run.advance(now);
      if (!run.terminal) out.push(run);
    }
    return out;
  }

  runsOfTemplate(templateArn: string): Run[] {
    return [...this.runs.values()].filter((r) => r.templateArn === templateArn);
  }

  templatesOfTarget(targetArn: string): TemplateRec[] {
    return [...this.templates.values()].filter((t) => t.targetArn === targetArn);
  }

  /** Starts a run of `template` named `name` at `now`, with findings drawn for its healthy agents. */
  startRun(template: TemplateRec, name: string, now: number, agents: readonly Agent[]): Run {
    const arn = `${template.arn}/run/${this.newId()}`;
    const kinds = new Map(this.rulesPackages.map((p) => [p.arn, p.kind]));
    const packages = template.rulesPackageArns.flatMap((p) => {
      const kind = kinds.get(p);
      return kind ? [{ arn: p, kind }] : [];
    });
    const findings = new GeneratedFindings({
      catalogSeed: this.seed,
      key: findingKey(this.seed, arn),
      count: this.findingsPerRun,
      agents: agents.filter((a) => a.unhealthyCode === undefined),
      packages,
    });
    const run = new Run({
      arn,
      name,
      templateArn: template.arn,
      durationInSeconds: template.durationInSeconds,
      rulesPackageArns: template.rulesPackageArns,
      userAttributesForFindings: template.userAttributesForFindings,
      createdAt: now,
      timeScale: this.timeScale,
      outcome: this.defaultOutcome,
      agentIds: agents.map((a) => a.agentId),
      findings,
    });
    this.runs.set(arn, run);
    return run;
  }

  deleteRun(run: Run): void {
    this.runs.delete(run.arn);
    for (const [arn, owner] of this.explicitFindings)
      if (owner === run.arn) this.explicitFindings.delete(arn);
  }

  deleteTemplate(template: TemplateRec): void {
    for (const run of this.runsOfTemplate(template.arn)) this.deleteRun(run);
    this.templates.delete(template.arn);
    for (let i = this.subscriptions.length - 1; i >= 0; i--) {
      if (this.subscriptions[i]!.resourceArn === template.arn) this.subscriptions.splice(i, 1);
    }
  }
}
