/**
 * A local Amazon Inspector for the demo, the tests and the benchmarks (the package entry
 * `inspector-gate/emulator`): `startEmulator()` serves Inspector Classic (API 2016-02-16, awsJson1_1)
 * and Inspector v2 (API 2020-06-08, restJson1) on one loopback port, with seeded accounts, states
 * computed from the clock on each request, and faults on demand.
 */
import type { Finding } from "@aws-sdk/client-inspector";
import type { S3Client } from "@aws-sdk/client-s3";
import { ConfigError } from "../errors.js";
import { type Clock, systemClock } from "../logging.js";
import { isOutcome, OUTCOMES } from "./classic/run-lifecycle.js";
import { type SeededArns, startClassic } from "./classic/service.js";
import { createInspector2, type Inspector2Emulator, type Inspector2Options } from "./inspector2/index.js";
import { readSaved2 } from "./inspector2/state.js";
import type { S3Endpoint } from "./s3/server.js";
import { EmulatorServer } from "./server.js";
import type { FaultConfig } from "./shared/faults.js";
import { hash } from "./shared/random.js";
import { readStateFile, writeStateFile } from "./shared/state-file.js";

export type { Outcome } from "./classic/run-lifecycle.js";
export type { SeededArns } from "./classic/service.js";
export type {
  DeployedFunction,
  DeployFunctionInput,
  Inspector2Emulator,
  Inspector2Options,
  PagingQuirks,
  PushedImage,
  PushImageInput,
  ReportErrorCode,
  ReportFaults,
  ReportRec,
  ReportWriter,
  ScanStatusInput,
  Seeded2,
} from "./inspector2/index.js";
export type { FaultConfig, OperationScope } from "./shared/faults.js";

export interface EmulatorOptions {
  /** Default "127.0.0.1" (loopback only unless the user asks). */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Everything seeded (ids, fleet, findings) derives from it. Default "inspector-gate". */
  seed?: string | number;
  /** Findings per run. Default 120. */
  findings?: number;
  /** Divides every run timing (the seeded template's 900 s collection takes 9 s at 100). Default 1. */
  timeScale?: number;
  /** Agents in the fleet. Default 5. */
  agents?: number;
  /** How many of them are unhealthy (the last ones). Default 0. */
  unhealthyAgents?: number;
  /** Load both accounts (Classic and v2) from this JSON file when it exists, and save them there on stop(). */
  statePath?: string;
  /** Run states are computed lazily from clock.now() on each request (no timers). Default systemClock. */
  clock?: Clock;
  faults?: Partial<FaultConfig>;
  /** Default "us-west-2". */
  region?: string;
  /** How every run ends unless setOutcome says otherwise. Default "COMPLETED". */
  outcome?: string;
  /** Inspector v2 (restJson1), served on the same port: its seeded account and behaviour. */
  inspector2?: Inspector2Options;
  /**
   * An S3-compatible endpoint (s3rver, in-process, loopback) that v2 findings reports are written to,
   * with these buckets created. Without it, a v2 report with findings ends FAILED (INTERNAL_ERROR).
   */
  s3?: { buckets?: readonly string[] };
}

export interface Emulator {
  /** "http://127.0.0.1:PORT" */
  readonly endpoint: string;
  readonly seeded: SeededArns;
  /** Stops listening, closes connections and saves the state file (when one was given). Idempotent. */
  stop(): Promise<void>;
  /** Calls per operation (throttled and failed calls included); injected faults as "fault.<kind>". */
  stats(): Record<string, number>;
  resetStats(): void;
  /** Changes faults at run time; every key given replaces that fault. */
  faults(update: Partial<FaultConfig>): void;
  /** Ground truth for tests and benches: the findings a run lists now, in the SDK's Finding shape. */
  findingsOf(runArn: string): Finding[];
  /** Sets the outcome of one run (or of every future run with "*"): COMPLETED | COMPLETED_WITH_ERRORS | FAILED | ERROR | NEVER. */
  setOutcome(runArnOrStar: string, outcome: string): void;
  /** Inspector v2 on the same endpoint: its seeded account, controls and ground truth. */
  readonly inspector2: Inspector2Emulator;
  /** The S3 endpoint findings reports are written to ("http://127.0.0.1:PORT"), when started. */
  readonly s3Endpoint?: string;
}

const DEFAULTS = { host: "127.0.0.1", seed: "inspector-gate", findings: 120, agents: 5, region: "us-west-2" };

function optionError(name: string, value: unknown, expected: string): ConfigError {
  return new ConfigError(
    "EMULATOR_OPTION_INVALID",
    `Invalid emulator option ${name} '${String(value)}': expected ${expected}.`,
  );
}

function checkInteger(name: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw optionError(name, value, `an integer from ${min} to ${max}`);
  }
  return value;
}

function faultsError(error: unknown): ConfigError {
  return new ConfigError("EMULATOR_OPTION_INVALID", `Invalid emulator faults: ${(error as Error).message}.`);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? DEFAULTS.host;
  const port = checkInteger("port", options.port, 0, 65535) ?? 0;
  const findings = checkInteger("findings", options.findings, 0, 5_000_000) ?? DEFAULTS.findings;
  const agents = checkInteger("agents", options.agents, 0, 10_000) ?? DEFAULTS.agents;
  const unhealthy = checkInteger("unhealthyAgents", options.unhealthyAgents, 0, agents) ?? 0;
  const timeScale = options.timeScale ?? 1;
  if (typeof timeScale !== "number" || !Number.isFinite(timeScale) || timeScale <= 0) {
    throw optionError("timeScale", timeScale, "a number greater than 0, such as 1, 60 or 1000");
  }
  const region = options.region ?? DEFAULTS.region;
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw optionError("region", region, "an AWS region such as us-west-2");
  const outcome = options.outcome;
  if (outcome !== undefined && !isOutcome(outcome)) {
    throw optionError("outcome", outcome, OUTCOMES.join(", "));
  }
  const clock = options.clock ?? systemClock;
  const { statePath } = options;
  const state = statePath === undefined ? undefined : await readStateFile(statePath);

  let server: EmulatorServer | undefined;
  const classic = startClassic({
    seed: String(options.seed ?? DEFAULTS.seed),
    region,
    findingsPerRun: findings,
    timeScale,
    agents,
    unhealthyAgents: unhealthy,
    clock,
    ...(state !== undefined ? { state: { data: state, file: statePath! } } : {}),
    ...(outcome !== undefined ? { outcome } : {}),
    faults: () => server!.faults,
    endpoint: () => server!.endpoint,
  });
  let inspector2: ReturnType<typeof createInspector2>;
  try {
    inspector2 = createInspector2({
      options: options.inspector2 ?? {},
      seed: classic.store.seedText,
      region: classic.store.region,
      account: classic.store.account,
      timeScale,
      clock,
      faults: () => server!.faults,
      ...(state?.["inspector2"] !== undefined
        ? { saved: { account: readSaved2(state["inspector2"], statePath!), file: statePath! } }
        : {}),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      "EMULATOR_OPTION_INVALID",
      `Invalid emulator option inspector2: ${(error as Error).message}.`,
    );
  }
  server = new EmulatorServer(clock, hash(classic.store.seed, "faults"));
  server.register(classic.protocol);
  server.register(inspector2.protocol);
  try {
    server.updateFaults(options.faults ?? {});
  } catch (error) {
    throw faultsError(error);
  }
  try {
    await server.listen(host, port);
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_LISTEN_FAILED",
      `The emulator cannot listen on ${host}:${port}: ${(error as Error).message}.`,
      [],
      { cause: error },
    );
  }

  let s3: S3Endpoint | undefined;
  let s3Client: S3Client | undefined;
  if (options.s3 !== undefined) {
    // Loaded only when asked for: the S3 client and server are no part of an emulator without reports.
    const { startS3 } = await import("./s3/server.js");
    const { S3ReportWriter } = await import("./s3/report-writer.js");
    try {
      s3 = await startS3({ host, ...(options.s3.buckets ? { buckets: options.s3.buckets } : {}) });
    } catch (error) {
      await server.close();
      throw new ConfigError(
        "EMULATOR_LISTEN_FAILED",
        `The emulator cannot start its S3 endpoint on ${host}: ${(error as Error).message}.`,
        [],
        { cause: error },
      );
    }
    s3Client = s3.client(region);
    inspector2.api.setReportWriter(new S3ReportWriter(s3Client));
  }

  const running = server;
  let stopping: Promise<void> | undefined;
  return {
    endpoint: running.endpoint,
    seeded: classic.seeded,
    inspector2: inspector2.api,
    ...(s3 ? { s3Endpoint: s3.endpoint } : {}),
    stop() {
      stopping ??= (async () => {
        await running.close();
        s3Client?.destroy();
        await s3?.close();
        if (statePath === undefined) return;
        const now = clock.now();
        const v2 = inspector2.snapshot();
        await writeStateFile(statePath, { ...classic.snapshot(now), ...(v2 ? { inspector2: v2 } : {}) });
      })();
      return stopping;
    },
    stats: () => Object.fromEntries(running.stats),
    resetStats: () => running.stats.clear(),
    faults(update) {
      try {
        running.updateFaults(update);
      } catch (error) {
        throw faultsError(error);
      }
    },
    findingsOf(runArn) {
      const found = classic.findingsOf(runArn);
      if (found === undefined) throw new Error(`no assessment run ${runArn} in the emulator`);
      return found;
    },
    setOutcome(runArnOrStar, outcome) {
      if (!isOutcome(outcome)) throw optionError("outcome", outcome, OUTCOMES.join(", "));
      if (!classic.setOutcome(runArnOrStar, outcome))
        throw new Error(`no assessment run ${runArnOrStar} in the emulator`);
    },
  };
}
