/**
 * A local Amazon Inspector Classic (API 2016-02-16) for the demo, the tests and the benchmarks:
 * `startEmulator()` serves the awsJson1_1 API on loopback, with a seeded account, runs whose state
 * is computed from the clock on each request, and faults on demand.
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Finding } from "@aws-sdk/client-inspector";
import { ConfigError } from "../errors.js";
import { type Clock, systemClock } from "../logging.js";
import { type FaultConfig, NO_FAULTS, parseFaults } from "./faults.js";
import type { CompiledFilter } from "./findings.js";
import { createInspector2, type Inspector2Emulator, type Inspector2Options } from "./inspector2/index.js";
import type { Emulation } from "./operations.js";
import { PageTokens } from "./pagination.js";
import { hash } from "./random.js";
import { isOutcome, OUTCOMES } from "./runs.js";
import { RequestHandler, type ServerState } from "./server.js";
import { readStateFile, restore, saveState, stateBasics } from "./state.js";
import { Store } from "./store.js";

export type { FaultConfig, OperationScope } from "./faults.js";
export type {
  DeployedFunction,
  DeployFunctionInput,
  Inspector2Emulator,
  Inspector2Options,
  PagingQuirks,
  PushedImage,
  PushImageInput,
  ScanStatusInput,
  Seeded2,
} from "./inspector2/index.js";
export type { Outcome } from "./runs.js";

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
  /** Load the account from this JSON file when it exists, and save it there on stop(). */
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
}

export interface Emulator {
  /** "http://127.0.0.1:PORT" */
  readonly endpoint: string;
  readonly seeded: {
    resourceGroupArn: string;
    targetArn: string;
    templateArn: string;
    rulesPackageArns: string[];
  };
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

/** Turns wire timestamps (epoch seconds) of a described finding into the SDK's Dates. */
function toSdkFinding(wire: Record<string, unknown>): Finding {
  return {
    ...wire,
    createdAt: new Date((wire["createdAt"] as number) * 1000),
    updatedAt: new Date((wire["updatedAt"] as number) * 1000),
  } as Finding;
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
  if (options.outcome !== undefined && !isOutcome(options.outcome)) {
    throw optionError("outcome", options.outcome, OUTCOMES.join(", "));
  }
  let faults: FaultConfig = NO_FAULTS;
  try {
    faults = { ...NO_FAULTS, ...parseFaults(options.faults ?? {}) };
  } catch (error) {
    throw new ConfigError("EMULATOR_OPTION_INVALID", `Invalid emulator faults: ${(error as Error).message}.`);
  }
  const clock = options.clock ?? systemClock;

  const data = options.statePath ? await readStateFile(options.statePath) : undefined;
  const basics = data ? stateBasics(data) : {};
  const store = new Store({
    seed: basics.seed ?? String(options.seed ?? DEFAULTS.seed),
    region: basics.region ?? region,
    findingsPerRun: findings,
    timeScale,
    agents,
    unhealthyAgents: unhealthy,
    clock,
  });
  let seededArns: { resourceGroupArn: string; targetArn: string; templateArn: string };
  if (data) {
    restore(store, data, options.statePath!);
    const saved = (data["seeded"] ?? {}) as Record<string, unknown>;
    const first = <T>(m: Map<string, T>) => m.keys().next().value ?? "";
    seededArns = {
      resourceGroupArn:
        typeof saved["resourceGroupArn"] === "string"
          ? saved["resourceGroupArn"]
          : first(store.resourceGroups),
      targetArn: typeof saved["targetArn"] === "string" ? saved["targetArn"] : first(store.targets),
      templateArn: typeof saved["templateArn"] === "string" ? saved["templateArn"] : first(store.templates),
    };
  } else {
    seededArns = store.seedAccount();
  }
  if (options.outcome !== undefined && isOutcome(options.outcome)) store.defaultOutcome = options.outcome;
  const seeded = { ...seededArns, rulesPackageArns: store.rulesPackages.map((p) => p.arn) };

  let endpoint = "";
  const em: Emulation = {
    store,
    tokens: new PageTokens(),
    faults: () => state.faults,
    failedOnce: new Set(),
    reports: new Map(),
    endpoint: () => endpoint,
    filterCache: new Map<string, CompiledFilter>(),
  };
  const setOutcome = (run: string, outcome: string): boolean => {
    if (!isOutcome(outcome)) throw optionError("outcome", outcome, OUTCOMES.join(", "));
    if (run === "*") {
      store.defaultOutcome = outcome;
      return true;
    }
    const found = store.runs.get(run);
    if (found === undefined) return false;
    found.setOutcome(outcome, clock.now());
    return true;
  };
  const stats = new Map<string, number>();
  let inspector2: ReturnType<typeof createInspector2>;
  try {
    inspector2 = createInspector2({
      options: options.inspector2 ?? {},
      seed: store.seedText,
      region: store.region,
      account: store.account,
      timeScale,
      clock,
      stats,
      faults: () => state.faults,
    });
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_OPTION_INVALID",
      `Invalid emulator option inspector2: ${(error as Error).message}.`,
    );
  }
  const state: ServerState = { em, clock, stats, faults, seeded, setOutcome, inspector2 };
  const handler = new RequestHandler(state, hash(store.seed, "faults"));
  const server = createServer({ keepAliveTimeout: 10_000 }, handler.handle);
  server.listen(port, host);
  try {
    await Promise.race([
      once(server, "listening"),
      once(server, "error").then(([error]) => {
        throw error;
      }),
    ]);
  } catch (error) {
    throw new ConfigError(
      "EMULATOR_LISTEN_FAILED",
      `The emulator cannot listen on ${host}:${port}: ${(error as Error).message}.`,
      [],
      { cause: error },
    );
  }
  const address = server.address() as AddressInfo;
  endpoint = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;

  let stopping: Promise<void> | undefined;
  return {
    endpoint,
    seeded,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        if (options.statePath) {
          const snapshotSeeded = { ...seededArns };
          await saveState(store, options.statePath, clock.now(), snapshotSeeded);
        }
      })();
      return stopping;
    },
    inspector2: inspector2.api,
    stats: () => Object.fromEntries(state.stats),
    resetStats: () => state.stats.clear(),
    faults(update) {
      try {
        state.faults = { ...state.faults, ...parseFaults(update) };
      } catch (error) {
        throw new ConfigError(
          "EMULATOR_OPTION_INVALID",
          `Invalid emulator faults: ${(error as Error).message}.`,
        );
      }
    },
    findingsOf(runArn) {
      const run = store.runs.get(runArn);
      if (run === undefined) throw new Error(`no assessment run ${runArn} in the emulator`);
      run.advance(clock.now());
      const ctx = run.findingContext();
      return Array.from({ length: run.visibleFindings() }, (_, i) =>
        toSdkFinding(run.findings.describe(i, ctx)),
      );
    },
    setOutcome(runArnOrStar, outcome) {
      if (!setOutcome(runArnOrStar, outcome))
        throw new Error(`no assessment run ${runArnOrStar} in the emulator`);
    },
  };
}
