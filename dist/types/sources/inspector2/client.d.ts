/**
 * Builds the Amazon Inspector (v2) client the gate speaks through, as the Classic one is built: region,
 * endpoint and credentials from the SDK's default chain unless given, the standard retry mode (the
 * source paces its requests itself), bounded socket timeouts, our user agent, and dummy credentials only
 * for an endpoint on this machine when the chain finds none.
 *
 * On Node 20 the SDK's client warns, once per process, that its releases after January 2027 will need
 * Node 22 (NodeVersionSupportWarning). The gate supports Node 20 and says so itself; that one warning is
 * held back while the client is built, and every other warning passes through untouched.
 */
import { Inspector2Client, type Inspector2ClientConfig } from "@aws-sdk/client-inspector2";
export interface Inspector2Connection {
    /** AWS region; default: the SDK chain (AWS_REGION, the shared config's profile). */
    readonly region?: string;
    /** Endpoint URL, e.g. the emulator's; default: the SDK's (AWS_ENDPOINT_URL_INSPECTOR2, else the region's). */
    readonly endpoint?: string;
    /** Shared-config profile whose credentials are used. */
    readonly profile?: string;
    /** Attempts per call, first try included, for throttling, 5xx and network errors (default 6). */
    readonly maxAttempts?: number;
    /** Explicit credentials (tests, the demo); default: the SDK's default provider chain. */
    readonly credentials?: Inspector2ClientConfig["credentials"];
    /** Socket inactivity timeout per request in ms (default 30 s). */
    readonly requestTimeoutMs?: number;
}
/** Runs `build` with the SDK's Node-version warning held back; other warnings are emitted as usual. */
export declare function withoutSdkNodeWarning<T>(build: () => T): T;
export declare function createInspector2Client(connection?: Inspector2Connection): Inspector2Client;
