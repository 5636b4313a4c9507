/**
 * `inspector-gate demo --source inspector2`: the v2 workflow end to end with no AWS account. An image is
 * pushed to the emulated ECR (as a CI job's push step would), and the gate waits for Inspector to scan it,
 * then evaluates its findings: `check --source inspector2 --ecr-repository R --ecr-image-digest D
 * --wait-for-scan`, against the embedded emulator on an accelerated clock.
 */
import { startEmulator } from "../../emulator/index.js";
import { runGate } from "../../gate.js";
import type { Policy } from "../../policy/types.js";
import type { Format } from "../../report/types.js";
import { createInspector2Client } from "../../sources/inspector2/client.js";
import type { CliIo } from "../io.js";
import { createProgress } from "../progress.js";
import { deliver } from "./check.js";

/** The repository and tag the demo pushes to (one of the seeded account's production repositories). */
export const DEMO_REPOSITORY = "storefront/web";
export const DEMO_TAG = "v2.5.0";

export interface Inspector2DemoOptions {
  readonly policy: Policy;
  readonly policyFiles: readonly string[];
  readonly seed: string;
  readonly timeScale: number;
  readonly timeoutMs: number;
  readonly quiet: boolean;
  readonly format: Format;
  readonly noColor: boolean;
  /** Findings of the pushed image (default: the emulator's). */
  readonly findings: number | undefined;
}

export async function runInspector2Demo(options: Inspector2DemoOptions, io: CliIo): Promise<number> {
  const emulator = await startEmulator({ seed: options.seed, timeScale: options.timeScale });
  const client = createInspector2Client({
    endpoint: emulator.endpoint,
    region: emulator.inspector2.seeded.region,
    credentials: { accessKeyId: "demo", secretAccessKey: "demo" },
    maxAttempts: 3,
  });
  const progress = createProgress(io, { quiet: options.quiet });
  try {
    const pushed = emulator.inspector2.pushImage({
      repository: DEMO_REPOSITORY,
      tags: [DEMO_TAG],
      ...(options.findings !== undefined ? { findings: options.findings } : {}),
    });
    if (!options.quiet) {
      io.stderr(
        `inspector-gate demo: Inspector (v2) emulator listening on ${emulator.endpoint} (seed ${options.seed})\n`,
      );
      io.stderr(
        `inspector-gate demo: pushed ${DEMO_REPOSITORY}:${DEMO_TAG} (${pushed.imageDigest}); ` +
          `policy ${options.policyFiles.join(", ")}\n`,
      );
      io.stderr(
        `inspector-gate demo: the gate, as a CI job would run it: inspector-gate check --source inspector2 ` +
          `--ecr-repository ${DEMO_REPOSITORY} --ecr-image-digest ${pushed.imageDigest} --wait-for-scan\n`,
      );
    }
    const result = await runGate(
      {
        policy: options.policy,
        source: {
          kind: "inspector2",
          scope: { ecrRepositories: [DEMO_REPOSITORY], ecrImageDigests: [pushed.imageDigest] },
          waitForScan: true,
        },
        timeoutMs: options.timeoutMs,
        pollIntervalMs: 250,
        signal: io.signal,
      },
      { clients: { inspector2: client }, logger: progress.logger, progress: progress.onEvent },
    );
    progress.done();
    return await deliver(
      result,
      { format: options.format, quiet: options.quiet, noColor: options.noColor },
      io,
    );
  } finally {
    progress.done();
    client.destroy();
    await emulator.stop();
  }
}
