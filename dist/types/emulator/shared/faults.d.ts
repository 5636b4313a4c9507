export interface OperationScope {
    /**
     * Only these operations (by name, e.g. "ListFindings"; a plain name reaches the operation of that
     * name in every service, "inspector2.ListFindings" only v2's); every operation when absent.
     */
    readonly operations?: readonly string[];
}
export interface FaultConfig {
    /** Delay in ms before answering, per operation name (see OperationScope); "*": every other one. */
    readonly latencyMs: Readonly<Record<string, number>>;
    /** A token bucket (real time): requests beyond it are answered with ThrottlingException. */
    readonly rateLimit: ({
        readonly requestsPerSecond: number;
        readonly burst: number;
    } & OperationScope) | null;
    /** Share (0..1) of requests answered with InternalException (HTTP 500). */
    readonly internalErrors: ({
        readonly rate: number;
    } & OperationScope) | null;
    /** Share (0..1) of requests whose connection is destroyed without an answer. */
    readonly dropConnections: ({
        readonly rate: number;
    } & OperationScope) | null;
    /**
     * DescribeFindings (v2: BatchGetFindingDetails): share (0..1) of the requested finding ARNs
     * reported in failedItems (v2: errors) with INTERNAL_ERROR. "retryable-once": retryable, and the same ARN succeeds when asked again;
     * "permanent": not retryable, and the same ARN always fails.
     */
    readonly failedItems: {
        readonly rate: number;
        readonly mode: "retryable-once" | "permanent";
    } | null;
    /** Added to the High count of every run's findingCounts (0 = counts agree with the findings). */
    readonly findingCountsSkew: number;
}
export declare const NO_FAULTS: FaultConfig;
/**
 * Checks a fault update (from a user, a file or the control endpoint) whose operation names must
 * satisfy `isOperation`; throws a readable Error.
 */
export declare function parseFaults(input: unknown, isOperation: (name: string) => boolean): Partial<FaultConfig>;
/**
 * "ListFindings" for "inspector2.ListFindings": a fault naming an operation plainly reaches that
 * operation in every service; one naming it with its service's prefix, only that service's.
 */
export declare function plainName(operation: string): string | undefined;
export declare function applies(scope: OperationScope, operation: string): boolean;
/** The latency of `operation`: its own name first, then its plain name, then "*". */
export declare function latencyFor(config: FaultConfig, operation: string): number;
/** A token bucket on a monotonic real-time clock. */
export declare class TokenBucket {
    private readonly rate;
    private readonly burst;
    private readonly now;
    private tokens;
    private last;
    constructor(rate: number, burst: number, now?: () => number);
    take(): boolean;
}
/** Which fault strikes a request: seeded decisions, and a token bucket rebuilt when the limit changes. */
export declare class FaultInjector {
    private readonly random;
    private bucket?;
    constructor(seed: number);
    /** Whether the connection of a request for `operation` is dropped without an answer. */
    drops(config: FaultConfig, operation: string): boolean;
    /** Whether a request for `operation` is beyond the rate limit. */
    throttles(config: FaultConfig, operation: string): boolean;
    /** Whether a request for `operation` is answered with an internal error. */
    failsInternally(config: FaultConfig, operation: string): boolean;
}
