/**
 * An S3-compatible endpoint for the emulator's findings reports: s3rver (a well-kept fake S3 server),
 * started in-process on loopback with its objects in a temporary directory removed on close. s3rver is
 * an optional dependency of the emulator (a development dependency of this package: it brings some 170
 * packages, a few deprecated, that no gate needs), loaded only when an S3 endpoint is asked for; without
 * it that request fails saying how to install it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";

export interface S3Options {
  /** Buckets that exist from the start (a report to any other ends BUCKET_NOT_FOUND). */
  readonly buckets?: readonly string[];
  /** Default "127.0.0.1". */
  readonly host?: string;
  /** Default 0: any free port. */
  readonly port?: number;
}

export interface S3Endpoint {
  /** "http://127.0.0.1:PORT": path-style addressing, any credentials. */
  readonly endpoint: string;
  /** A client of this endpoint (path-style, dummy credentials). */
  client(region: string): S3Client;
  close(): Promise<void>;
}

/** Credentials s3rver accepts (it accepts any: these say what they are). */
export const S3_LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

/**
 * A client of a local endpoint. Checksums only when an operation requires one: s3rver predates the
 * SDK's default aws-chunked uploads with trailing checksums and would store the chunk framing.
 */
export function localS3Client(endpoint: string, region: string): S3Client {
  return new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    credentials: S3_LOCAL_CREDENTIALS,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

interface S3rverAccounts {
  readonly registry: Map<string, unknown>;
  readonly DUMMY_ACCOUNT: unknown;
}

/**
 * s3rver knows one access key (S3RVER) and refuses others with InvalidAccessKeyId; it does not check
 * SigV4 signatures. The emulator accepts any credentials, as its Inspector endpoints do: every unknown
 * access key is s3rver's one account.
 */
async function acceptAnyAccessKey(): Promise<void> {
  const accounts = (await import(`${S3RVER}/lib/models/account.js`)) as {
    default?: S3rverAccounts;
  } & S3rverAccounts;
  const { registry, DUMMY_ACCOUNT } = accounts.default ?? accounts;
  if ((registry as { anyKey?: boolean }).anyKey) return;
  const get = registry.get.bind(registry);
  registry.get = (key: string) => get(key) ?? DUMMY_ACCOUNT;
  (registry as { anyKey?: boolean }).anyKey = true;
}

/** Held in a variable so that bundles leave it to be resolved at run time (it is optional). */
const S3RVER = "s3rver";

async function loadS3rver(): Promise<typeof import("s3rver")> {
  try {
    return ((await import(S3RVER)) as { default: typeof import("s3rver") }).default;
  } catch (error) {
    throw new Error(
      `the emulator's S3 endpoint needs the s3rver package (npm install s3rver@3): ${(error as Error).message}`,
    );
  }
}

export async function startS3(options: S3Options = {}): Promise<S3Endpoint> {
  const S3rver = await loadS3rver();
  await acceptAnyAccessKey();
  const directory = await mkdtemp(join(tmpdir(), "inspector-gate-s3-"));
  const server = new S3rver({
    address: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    silent: true,
    directory,
  });
  let address: { address: string; port: number };
  try {
    address = await server.run();
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  const host = address.address.includes(":") ? `[${address.address}]` : address.address;
  const endpoint = `http://${host}:${address.port}`;
  const admin = localS3Client(endpoint, "us-east-1");
  try {
    for (const bucket of options.buckets ?? []) await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  } finally {
    admin.destroy();
  }
  let closing: Promise<void> | undefined;
  return {
    endpoint,
    client: (region) => localS3Client(endpoint, region),
    close() {
      closing ??= (async () => {
        await server.close();
        await rm(directory, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}
