/**
 * Builds the Amazon Inspector Classic client the gate speaks through: region, endpoint and credentials
 * from the SDK's default chain unless given, the SDK's standard retry mode (throttling and 5xx are the
 * SDK's job, not ours; the source paces its requests to the rate the service accepts, so the adaptive
 * mode's own limiter, which cuts the rate by 30 % at each throttle and recovers slowly, is not used),
 * bounded socket timeouts and our user agent.
 */
import { InspectorClient, type InspectorClientConfig } from "@aws-sdk/client-inspector";
export interface InspectorConnection {
    /** AWS region; default: the SDK chain (AWS_REGION, the shared config's profile). */
    readonly region?: string;
    /** Endpoint URL, e.g. the emulator's "http://127.0.0.1:4566"; default: the region's Inspector endpoint. */
    readonly endpoint?: string;
    /** Shared-config profile whose credentials are used (the SDK's default chain otherwise). */
    readonly profile?: string;
    /** Attempts per call, first try included, for throttling, 5xx and network errors (default 6). */
    readonly maxAttempts?: number;
    /** Explicit credentials (tests, the demo); default: the SDK's default provider chain. */
    readonly credentials?: InspectorClientConfig["credentials"];
    /** Socket inactivity timeout per request in ms (default 30 s). */
    readonly requestTimeoutMs?: number;
}
export declare const DEFAULT_MAX_ATTEMPTS = 6;
export declare function createInspectorClient(connection?: InspectorConnection): InspectorClient;
