/**
 * Builds the Amazon Inspector Classic client the gate speaks through: region, endpoint and credentials
 * from the SDK's default chain unless given, the SDK's standard retry mode (throttling and 5xx are the
 * SDK's job, not ours; the source paces its requests to the rate the service accepts, so the adaptive
 * mode's own limiter, which cuts the rate by 30 % at each throttle and recovers slowly, is not used),
 * bounded socket timeouts and our user agent. Against an endpoint on this machine (an emulator, which
 * accepts any credentials) missing credentials are replaced by dummies.
 */
import { isIP } from "node:net";
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

type CredentialProvider = InspectorClient["config"]["credentials"];

/** What a loopback endpoint gets when the SDK finds no credentials: fixed, and no secret. */
export const LOOPBACK_DUMMY_CREDENTIALS = Object.freeze({
  accessKeyId: "inspector-gate-loopback",
  secretAccessKey: "inspector-gate-loopback",
});

/** Whether an endpoint URL names this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackEndpoint(endpoint: string): boolean {
  let host: string;
  try {
    host = new URL(endpoint).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return false;
  }
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}

/**
 * For an endpoint on this machine, `chain` (the SDK's credentials) that yields fixed dummy credentials
 * once the chain has found none, instead of failing: an emulator accepts any. Undefined for every
 * other endpoint, so dummy credentials never leave the machine.
 */
export function loopbackCredentials(
  endpoint: string | undefined,
  chain: CredentialProvider,
): CredentialProvider | undefined {
  if (endpoint === undefined || !isLoopbackEndpoint(endpoint)) return undefined;
  let none = false;
  return async (options) => {
    if (none) return LOOPBACK_DUMMY_CREDENTIALS;
    try {
      return await chain(options);
    } catch {
      none = true;
      return LOOPBACK_DUMMY_CREDENTIALS;
    }
  };
}

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
  const client = withLoopbackCredentials(new InspectorClient(config), config, connection);
  rememberEndpoint(client);
  return client;
}

/**
 * The client itself, or (an endpoint on this machine, no credentials nor profile asked for) one whose
 * credentials fall back to dummies once the SDK's chain has found none.
 */
function withLoopbackCredentials(
  client: InspectorClient,
  config: InspectorClientConfig,
  connection: InspectorConnection,
): InspectorClient {
  if (connection.credentials !== undefined || connection.profile !== undefined) return client;
  const credentials = loopbackCredentials(connection.endpoint, client.config.credentials);
  if (credentials === undefined) return client;
  client.destroy();
  return new InspectorClient({ ...config, credentials });
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
