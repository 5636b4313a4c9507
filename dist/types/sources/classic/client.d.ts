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
type CredentialProvider = InspectorClient["config"]["credentials"];
/** What a loopback endpoint gets when the SDK finds no credentials: fixed, and no secret. */
export declare const LOOPBACK_DUMMY_CREDENTIALS: Readonly<{
    accessKeyId: "inspector-gate-loopback";
    secretAccessKey: "inspector-gate-loopback";
}>;
/** Whether an endpoint URL names this machine: localhost, 127.0.0.0/8 or ::1. */
export declare function isLoopbackEndpoint(endpoint: string): boolean;
/**
 * For an endpoint on this machine, `chain` (the SDK's credentials) that yields fixed dummy credentials
 * once the chain has found none, instead of failing: an emulator accepts any. Undefined for every
 * other endpoint, so dummy credentials never leave the machine.
 */
export declare function loopbackCredentials(endpoint: string | undefined, chain: CredentialProvider): CredentialProvider | undefined;
export declare function createInspectorClient(connection?: InspectorConnection): InspectorClient;
export {};
