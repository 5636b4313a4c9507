/**
 * The AWS CLI as a second, independent client of the emulator (botocore's own serializers, signer,
 * paginators and error parser), run with dummy credentials and a HOME of its own, so no profile or
 * credential on this machine is read. Tests using it are skipped only when `aws` is not installed.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function hasAwsCli(): boolean {
  try {
    execFileSync("aws", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

let env: Record<string, string> | undefined;

/** The environment `aws` runs in: dummy credentials, us-west-2, an empty HOME, no pager. */
export function awsCliEnv(): Record<string, string> {
  if (env === undefined) {
    const home = mkdtempSync(join(tmpdir(), "inspector-gate-aws-cli-"));
    env = {
      PATH: process.env["PATH"] ?? "",
      HOME: home,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_DEFAULT_REGION: "us-west-2",
      AWS_CONFIG_FILE: join(home, "config"),
      AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_PAGER: "",
      PYTHONWARNINGS: "ignore",
    };
  }
  return env;
}

export interface AwsResult {
  readonly code: number;
  /** stdout parsed as JSON ({} when empty). */
  readonly json: Record<string, unknown>;
  readonly stderr: string;
}

/** Runs `aws ARGS...` and parses what it prints. */
export function runAws(args: readonly string[]): Promise<AwsResult> {
  return new Promise((resolve) => {
    execFile(
      "aws",
      [...args],
      { env: awsCliEnv(), timeout: 30_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, json: stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {}, stderr });
      },
    );
  });
}

/** `aws SERVICE ARGS... --endpoint-url ENDPOINT --region us-west-2 --output json`. */
export function awsClient(service: "inspector" | "inspector2", endpoint: () => string) {
  return (args: readonly string[]): Promise<AwsResult> =>
    runAws([service, ...args, "--endpoint-url", endpoint(), "--region", "us-west-2", "--output", "json"]);
}
