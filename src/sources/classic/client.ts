/**
 * Builds the Amazon Inspector Classic client the gate speaks through: region, endpoint and credentials
 * from the SDK's default chain unless given, the SDK's standard retry mode (throttling and 5xx are the
 * SDK's job, not ours; the source paces its requests to the rate the service accepts, so the adaptive
 * mode's own limiter, which cuts the rate by 30 % at each throttle and recovers slowly, is not used),
 * bounded socket timeouts and our user agent.
 */
import { InspectorClient, type InspectorClientConfig } from "@aws-sdk/client-inspector";
import { VERSION } from "../../version.js";

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

export const DEFAULT_MAX_ATTEMPTS = 6;

export function createInspectorClient(connection: InspectorConnection = {}): InspectorClient {
  const config: InspectorClientConfig & { profile?: string } = {
    retryMode: "standard",
    maxAttempts: connection.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: `inspector-gate/${VERSION}`,
    requestHandler: {
      connectionTimeout: 5_000,
      requestTimeout: connection.requestTimeoutMs ?? 30_000,
    },
  };
  if (connection.region !== undefined) config.region = connection.region;
  if (connection.endpoint !== undefined) config.endpoint = connection.endpoint;
  if (connection.credentials !== undefined) config.credentials = connection.credentials;
  // The client passes its whole configuration to the default credential provider, which honours
  // `profile` (the shared config's profile to read) the same way AWS_PROFILE does.
  if (connection.profile !== undefined) config.profile = connection.profile;
  const client = new InspectorClient(config);
  rememberEndpoint(client);
  return client;
}

/**
 * The SDK works the endpoint out from its rules on every call, though its parameters (region, endpoint,
 * FIPS, dual-stack) never change for a client: remember the answer per parameters.
 */
function rememberEndpoint(client: InspectorClient): void {
  const config = client.config as { endpointProvider: (params: object, context?: object) => unknown };
  const resolve = config.endpointProvider;
  const known = new Map<string, unknown>();
  config.endpointProvider = (params, context) => {
    const key = JSON.stringify(params);
    let endpoint = known.get(key);
    if (endpoint === undefined) {
      endpoint = resolve(params, context);
      if (known.size < 16) known.set(key, endpoint);
    }
    return endpoint;
  };
}
