/**
 * The S3 client a findings report is read with: the v2 connection's region, profile and credentials,
 * the standard retry mode and bounded socket timeouts, and path-style addressing whenever the endpoint
 * is a custom one (`--s3-endpoint`, or AWS_ENDPOINT_URL_S3 as the door passes it): against `localhost`
 * virtual-hosted addressing would ask for `BUCKET.localhost`.
 */
import { S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { VERSION } from "../../version.js";
import { DEFAULT_MAX_ATTEMPTS, loopbackCredentials } from "../classic/client.js";
import { type Inspector2Connection, withoutSdkNodeWarning } from "./client.js";

export function createS3Client(connection: Inspector2Connection, endpoint: string | undefined): S3Client {
  const config: S3ClientConfig & { profile?: string } = {
    retryMode: "standard",
    maxAttempts: connection.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: `inspector-gate/${VERSION}`,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: connection.requestTimeoutMs ?? 30_000 },
    // Checksums are validated when the object carries one; S3-compatible stores often do not.
    responseChecksumValidation: "WHEN_REQUIRED",
  };
  if (connection.region !== undefined) config.region = connection.region;
  if (endpoint !== undefined) {
    config.endpoint = endpoint;
    config.forcePathStyle = true;
  }
  if (connection.credentials !== undefined) config.credentials = connection.credentials;
  if (connection.profile !== undefined) config.profile = connection.profile;
  return withoutSdkNodeWarning(() => {
    const client = new S3Client(config);
    if (connection.credentials !== undefined || connection.profile !== undefined) return client;
    const credentials = loopbackCredentials(endpoint, client.config.credentials);
    if (credentials === undefined) return client;
    client.destroy();
    return new S3Client({ ...config, credentials });
  });
}
