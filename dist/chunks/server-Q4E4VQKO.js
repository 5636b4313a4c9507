// src/emulator/s3/server.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
var S3_LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
function localS3Client(endpoint, region) {
  return new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    credentials: S3_LOCAL_CREDENTIALS,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED"
  });
}
async function acceptAnyAccessKey() {
  const accounts = await import(`${S3RVER}/lib/models/account.js`);
  const { registry, DUMMY_ACCOUNT } = accounts.default ?? accounts;
  if (registry.anyKey) return;
  const get = registry.get.bind(registry);
  registry.get = (key) => get(key) ?? DUMMY_ACCOUNT;
  registry.anyKey = true;
}
var S3RVER = "s3rver";
async function loadS3rver() {
  try {
    return (await import(S3RVER)).default;
  } catch (error) {
    throw new Error(
      `the emulator's S3 endpoint needs the s3rver package (npm install s3rver@3): ${error.message}`
    );
  }
}
async function startS3(options = {}) {
  const S3rver = await loadS3rver();
  await acceptAnyAccessKey();
  const directory = await mkdtemp(join(tmpdir(), "inspector-gate-s3-"));
  const server = new S3rver({
    address: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    silent: true,
    directory
  });
  let address;
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
  let closing;
  return {
    endpoint,
    client: (region) => localS3Client(endpoint, region),
    close() {
      closing ??= (async () => {
        await server.close();
        await rm(directory, { recursive: true, force: true });
      })();
      return closing;
    }
  };
}
export {
  S3_LOCAL_CREDENTIALS,
  localS3Client,
  startS3
};
