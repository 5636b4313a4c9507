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
    readonly tags: readonly {
        key: string;
        value?: string;
    }[];
    /** Unhealthy agents collect nothing; their health code says why. */
    readonly unhealthyCode?: "UNHEALTHY" | "SHUTDOWN" | "THROTTLED" | "UNKNOWN";
}
/** `count` agents, the last `unhealthy` of them unhealthy, all derived from the seed. */
export declare function seedAgents(seed: number, region: string, count: number, unhealthy: number): Agent[];
/** Whether a resource group (tags: any of, a tag without value matching any value) selects the agent. */
export declare function groupSelects(tags: readonly {
    key: string;
    value?: string;
}[], agent: Agent): boolean;
export declare const UNHEALTHY_DETAILS: Readonly<Record<string, string>>;
