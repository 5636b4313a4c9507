/**
 * The emulated account: resource groups, targets, templates, runs, event subscriptions, the fleet
 * and the rules packages, all deterministic from the seed. Maps keep insertion order, so every
 * listing comes back in creation order.
 */
import type { Clock } from "../../logging.js";
import { type RulesPackageInfo } from "./catalog.js";
import { type WireAttribute } from "./finding-set.js";
import { type Agent } from "./fleet.js";
import { type Outcome, Run } from "./run-lifecycle.js";
export declare const ACCOUNT_ID = "123456789012";
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
    readonly events: {
        event: string;
        subscribedAt: number;
    }[];
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
export declare const LIMITS: {
    readonly resourceGroups: 500;
    readonly targets: 50;
    readonly templates: 500;
    readonly runs: 50000;
    readonly subscriptionsPerTemplate: 50;
};
export declare class Store {
    readonly account = "123456789012";
    readonly region: string;
    readonly seedText: string;
    /** The seed as a number: the catalogue and the fleet derive from it. */
    readonly seed: number;
    readonly clock: Clock;
    findingsPerRun: number;
    timeScale: number;
    defaultOutcome: Outcome;
    agents: Agent[];
    readonly rulesPackages: readonly RulesPackageInfo[];
    readonly resourceGroups: Map<string, ResourceGroupRec>;
    readonly targets: Map<string, TargetRec>;
    readonly templates: Map<string, TemplateRec>;
    readonly runs: Map<string, Run>;
    readonly subscriptions: SubscriptionRec[];
    crossAccountRole: {
        roleArn: string;
        registeredAt: number;
        valid: boolean;
    };
    /** Exclusion previews by token. */
    readonly previews: Map<string, {
        templateArn: string;
        createdAt: number;
    }>;
    /** Where a finding given explicitly (state file) lives: its ARN need not follow our ID scheme. */
    readonly explicitFindings: Map<string, string>;
    private readonly ids;
    private readonly usedIds;
    constructor(options: StoreOptions);
    get prefix(): string;
    /** A fresh "0-XXXXXXXX" id, deterministic from the seed. */
    newId(): string;
    /** Marks ids taken by loaded entities, so new ones never collide. */
    reserveIdsOf(arn: string): void;
    /** The seeded resource group, target and template (and a subscription and tags on the template). */
    seedAccount(): {
        resourceGroupArn: string;
        targetArn: string;
        templateArn: string;
    };
    /** The agents a target covers: those its resource group selects, or every agent without a group. */
    agentsOf(target: TargetRec): Agent[];
    agentById(agentId: string): Agent | undefined;
    /** Every run not yet ended, after bringing it up to `now`. */
    activeRuns(now: number): Run[];
    runsOfTemplate(templateArn: string): Run[];
    templatesOfTarget(targetArn: string): TemplateRec[];
    /** Starts a run of `template` named `name` at `now`, with findings drawn for its healthy agents. */
    startRun(template: TemplateRec, name: string, now: number, agents: readonly Agent[]): Run;
    deleteRun(run: Run): void;
    deleteTemplate(template: TemplateRec): void;
}
