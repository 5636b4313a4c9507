import { InspectorError } from "../../errors.js";
/** What this module needs of an SDK v3 client (any service's): its middleware stack. */
export interface SdkClient {
    readonly middlewareStack: {
        add(middleware: unknown, options: unknown): void;
        remove(name: string): boolean;
    };
}
/** Calls per Inspector operation. Counts HTTP attempts, so a call the SDK retried twice counts 3. */
export declare class ApiCallCounter {
    private readonly counts;
    record(operation: string): void;
    get(operation: string): number;
    snapshot(): Record<string, number>;
    /**
     * Counts every attempt `client` sends (retries included) until the returned function is called. The
     * middleware sits in the deserialize step, which runs once per attempt inside the SDK's retry loop.
     */
    attach(client: SdkClient): () => void;
}
/**
 * The SDK (@smithy/middleware-serde 2.x, under @aws-sdk/client-inspector 3.523) loses the HTTP status of a
 * response whose body it cannot parse, such as a proxy's HTML 502 page: the SyntaxError it throws carries
 * no `$metadata`, so the standard retry strategy, which retries 500, 502, 503 and 504 by their status,
 * takes it for a client-side failure and gives up at once. This middleware sits in the deserialize step
 * around the deserializer, inside the retry loop, and gives such an error the status of the response it
 * came from (as later versions of the SDK do), so the SDK's own strategy retries it like any 5xx. It
 * retries nothing itself.
 */
export declare function keepStatusOfUnreadableBodies(client: SdkClient): () => void;
/** What the SDK passes to the HTTP handler; Node's AbortSignal satisfies it. */
export interface CallOptions {
    readonly abortSignal: AbortSignal;
}
export declare class AwsApi<C extends SdkClient> {
    readonly client: C;
    /** Aborted when the gate gives up (deadline, SIGINT, a fatal error elsewhere). */
    readonly signal: AbortSignal;
    /** The service its failures are worded with ("Inspector ListFindings failed: …"). */
    protected readonly service: string;
    constructor(client: C, 
    /** Aborted when the gate gives up (deadline, SIGINT, a fatal error elsewhere). */
    signal: AbortSignal);
    /** Runs one SDK call with a signal of its own; converts SDK and network failures. */
    call<T>(operation: string, send: (options: CallOptions) => Promise<T>): Promise<T>;
    /**
     * Iterates an SDK paginator (build it with `stopOnSameToken`), converting its failures like `call`. A
     * page whose `nextToken` an earlier page already gave (the same token again, or a cycle of tokens) is
     * a listing that would never end: PAGINATION_LOOP, before the paginator follows it.
     */
    pages<T>(operation: string, paginate: (options: CallOptions) => AsyncIterable<T>): AsyncGenerator<T>;
    private convert;
}
/**
 * Maps what the SDK throws to a coded InspectorError (exit 3), or undefined when the value is not an SDK,
 * network or credentials failure (a bug, to be rethrown as is).
 */
export declare function toInspectorError(error: unknown, operation: string, service?: string): InspectorError | undefined;
