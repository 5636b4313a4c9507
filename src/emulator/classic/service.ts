/**
 * The emulated Inspector Classic service: the account (seeded, or loaded from a state file), the
 * protocol that serves it, and what tests and tools reach past the API for (findings as the SDK
 * returns them, the outcome of runs, saving the account).
 */
import type { Finding } from "@aws-sdk/client-inspector";
import type { Protocol } from "../server.js";
import type { FaultConfig } from "../shared/faults.js";
import { PageTokens } from "../shared/pagination.js";
import type { Emulation } from "./context.js";
import { classicControl } from "./control.js";
import { invalidPageToken } from "./errors.js";
import type { CompiledFilter } from "./finding-filter.js";
import { classicProtocol } from "./protocol.js";
import type { Outcome } from "./run-lifecycle.js";
import { restore, snapshot, stateBasics } from "./state-file.js";
import { Store, type StoreOptions } from "./store.js";

export interface ClassicOptions extends StoreOptions {
  /** A state file's content (`file` names it in errors): the account is restored from it, its seed and region win. */
  readonly state?: { readonly data: Record<string, unknown>; readonly file: string };
  readonly outcome?: Outcome;
  /** The faults in force now (DescribeFindings' failedItems, findingCounts' skew). */
  faults(): FaultConfig;
  /** The emulator's "http://HOST:PORT", for the URLs it hands out. */
  endpoint(): string;
}

export interface SeededArns {
  readonly resourceGroupArn: string;
  readonly targetArn: string;
  readonly templateArn: string;
  readonly rulesPackageArns: string[];
}

export interface ClassicService {
  readonly protocol: Protocol;
  readonly store: Store;
  readonly seeded: SeededArns;
  /** The findings a run lists now, in the SDK's Finding shape; undefined for an unknown run. */
  findingsOf(runArn: string): Finding[] | undefined;
  /** Sets the outcome of a run, or of every future run with "*"; false for an unknown run. */
  setOutcome(run: string, outcome: Outcome): boolean;
  /** The account as the state file holds it. */
  snapshot(now: number): Record<string, unknown>;
}

/** Turns wire timestamps (epoch seconds) of a described finding into the SDK's Dates. */
function toSdkFinding(wire: Record<string, unknown>): Finding {
  return {
    ...wire,
    createdAt: new Date((wire["createdAt"] as number) * 1000),
    updatedAt: new Date((wire["updatedAt"] as number) * 1000),
  } as Finding;
}

export function startClassic(options: ClassicOptions): ClassicService {
  const { clock } = options;
  const data = options.state?.data;
  const basics = data ? stateBasics(data) : {};
  const store = new Store({
    ...options,
    seed: basics.seed ?? options.seed,
    region: basics.region ?? options.region,
  });
  let seededArns: { resourceGroupArn: string; targetArn: string; templateArn: string };
  if (data) {
    restore(store, data, options.state!.file);
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
  if (options.outcome !== undefined) store.defaultOutcome = options.outcome;
  const seeded = { ...seededArns, rulesPackageArns: store.rulesPackages.map((p) => p.arn) };

  const em: Emulation = {
    store,
    tokens: new PageTokens(invalidPageToken),
    faults: options.faults,
    failedOnce: new Set(),
    reports: new Map(),
    endpoint: options.endpoint,
    filterCache: new Map<string, CompiledFilter>(),
  };
  const setOutcome = (run: string, outcome: Outcome): boolean => {
    if (run === "*") {
      store.defaultOutcome = outcome;
      return true;
    }
    const found = store.runs.get(run);
    if (found === undefined) return false;
    found.setOutcome(outcome, clock.now());
    return true;
  };
  const protocol = classicProtocol(em, classicControl(em, { seeded, setOutcome }));
  return {
    protocol,
    store,
    seeded,
    findingsOf(runArn) {
      const run = store.runs.get(runArn);
      if (run === undefined) return undefined;
      run.advance(clock.now());
      const ctx = run.findingContext();
      return Array.from({ length: run.visibleFindings() }, (_, i) =>
        toSdkFinding(run.findings.describe(i, ctx)),
      );
    },
    setOutcome,
    snapshot: (now) => snapshot(store, now, { ...seededArns }),
  };
}
