/**
 * Inspector v2 on the emulator's port: the seeded account, its restJson1 protocol and its routes on
 * the control endpoint. `startEmulator` registers it beside Classic and hands out its controls and
 * ground truth as `emulator.inspector2`.
 */
import type { CoveredResource, Finding } from "@aws-sdk/client-inspector2";
import type { Clock } from "../../logging.js";
import type { Protocol } from "../server.js";
import type { FaultConfig } from "../shared/faults.js";
import { PageTokens } from "../shared/pagination.js";
import { hash } from "../shared/random.js";
import { Account2 } from "./account.js";
import type {
  DeployedFunction,
  DeployFunctionInput,
  PushedImage,
  PushImageInput,
  ScanStatusInput,
} from "./actions.js";
import { inspector2Control } from "./control.js";
import { coverageJson } from "./coverage.js";
import { invalidField } from "./errors.js";
import { Listings } from "./listing.js";
import { isOperation2, toSdkShape } from "./model.js";
import { type Context2, NO_QUIRKS, type PagingQuirks } from "./operations.js";
import { inspector2Protocol } from "./protocol.js";
import { findingJson } from "./render.js";
import { checkReportFaults, type ReportFaults, Reports, type ReportWriter } from "./reports.js";
import { type Seeded2, seedAccount } from "./seed.js";
import { Journal, replay, type SavedAccount2 } from "./state.js";

export type {
  DeployedFunction,
  DeployFunctionInput,
  PushedImage,
  PushImageInput,
  ScanStatusInput,
} from "./actions.js";
export type { PagingQuirks } from "./operations.js";
export type { ReportErrorCode, ReportFaults, ReportRec, ReportWriter } from "./reports.js";
export type { Seeded2 } from "./seed.js";

export interface Inspector2Options {
  /** Package-vulnerability findings in the seeded account (network and code findings come on top). Default 150. */
  findings?: number;
  /** Seconds from a push or deploy to the end of its first scan, before the time scale. Default 90. */
  scanSeconds?: number;
  /** Seconds a findings report stays IN_PROGRESS, before the time scale. Default 30. */
  reportSeconds?: number;
  /** Real-service paging behaviour to reproduce (empty pages, a trailing token). Default off. */
  quirks?: Partial<PagingQuirks>;
  /** Operations the caller is not allowed to call (AccessDeniedException), as a missing IAM permission. */
  deny?: readonly string[];
}

/** `emulator.inspector2`: the v2 account's controls and ground truth. */
export interface Inspector2Emulator {
  readonly seeded: Seeded2;
  /** Pushes an image: in coverage after discoverySeconds, PENDING_INITIAL_SCAN until its scan completes. */
  pushImage(input: PushImageInput): PushedImage;
  /** Deploys (or redeploys) a Lambda function, scanned after scanSeconds. */
  deployFunction(input: DeployFunctionInput): DeployedFunction;
  /** Sets a resource's scan status (e.g. INACTIVE with UNMANAGED_EC2_INSTANCE) from now on. */
  setScanStatus(input: ScanStatusInput): { updated: number };
  /** Replaces the list of operations answered with AccessDeniedException. */
  deny(operations: readonly string[]): void;
  /** Changes the paging quirks; every key given replaces that quirk. */
  quirks(update: Partial<PagingQuirks>): void;
  /** Ground truth: every finding visible now (any status), in the SDK's Finding shape. */
  findings(): Finding[];
  /** Ground truth: every coverage record now, in the SDK's CoveredResource shape. */
  coverage(): CoveredResource[];
  /** Lets findings reports be written somewhere (an S3 endpoint); without one they end FAILED. */
  setReportWriter(writer: ReportWriter | undefined): void;
  /** Replaces the findings-report faults; reports created from now on take them. */
  reportFaults(faults: ReportFaults): ReportFaults;
}

export interface Inspector2Setup {
  readonly options: Inspector2Options;
  readonly seed: string;
  readonly region: string;
  readonly account: string;
  readonly timeScale: number;
  readonly clock: Clock;
  /** The faults in force now (BatchGetFindingDetails' failed items). */
  faults(): FaultConfig;
  /** The account saved in a state file (`file` names it in errors), restored at once. */
  readonly saved?: { readonly account: SavedAccount2; readonly file: string };
}

export interface Inspector2 {
  readonly protocol: Protocol;
  readonly api: Inspector2Emulator;
  /** The account as the state file keeps it; undefined when it was never used nor restored. */
  snapshot(): SavedAccount2 | undefined;
}

/** A page token this emulator did not issue, or issued for another request. */
function invalidToken(operation: string) {
  return invalidField(
    "nextToken",
    `The nextToken is invalid or does not belong to this ${operation} request.`,
  );
}

function checkedOperations(list: readonly string[]): string[] {
  const unknown = list.filter((o) => !isOperation2(o));
  if (unknown.length > 0) throw new Error(`unknown Inspector2 operation(s): ${unknown.join(", ")}`);
  return [...list];
}

function checkedQuirks(update: Partial<PagingQuirks>): Partial<PagingQuirks> {
  const out: { emptyPages?: number; trailingToken?: boolean } = {};
  for (const [key, value] of Object.entries(update ?? {})) {
    if (key === "emptyPages" && typeof value === "number" && value >= 0 && value <= 1) out.emptyPages = value;
    else if (key === "trailingToken" && typeof value === "boolean") out.trailingToken = value;
    else
      throw new Error(
        `invalid quirk ${key}=${JSON.stringify(value)}: expected emptyPages 0..1 or trailingToken true|false`,
      );
  }
  return out;
}

/**
 * Creates the v2 half. Options are checked at once; the account is seeded on first use (a request, a
 * control, `seeded`), with its history placed before the moment of creation, so an emulator used only
 * for Classic pays nothing for it. A saved account is seeded as it was and its changes replayed.
 */
export function createInspector2(setup: Inspector2Setup): Inspector2 {
  const { options, clock, saved } = setup;
  const quirks = { ...NO_QUIRKS, ...checkedQuirks(options.quirks ?? {}) };
  const denied = new Set(checkedOperations(options.deny ?? []));
  const scanSeconds = options.scanSeconds ?? 90;
  const seeding = saved?.account ?? {
    findings: options.findings ?? 150,
    scanSeconds,
    timeScale: setup.timeScale,
    seededAt: clock.now(),
    changes: [],
  };
  let built: { ctx: Context2; seeded: Seeded2; journal: Journal } | undefined;
  const state = () => {
    if (built === undefined) {
      const acct = new Account2({
        seed: setup.seed,
        region: setup.region,
        account: setup.account,
        timeScale: seeding.timeScale,
        scanSeconds: seeding.scanSeconds,
        start: seeding.seededAt,
      });
      const seeded = seedAccount(acct, seeding.findings);
      if (saved) replay(acct, saved.account.changes, saved.file);
      // What comes next goes at the pace, and with the scan time, of this emulator.
      acct.timeScale = setup.timeScale;
      acct.scanSeconds = scanSeconds;
      const listings = new Listings(acct);
      const ctx: Context2 = {
        acct,
        tokens: new PageTokens(invalidToken),
        listings,
        reports: new Reports(acct, listings, options.reportSeconds ?? 30),
        quirks,
        faults: setup.faults,
        failedOnce: new Set(),
      };
      built = { ctx, seeded, journal: new Journal(acct, saved?.account.changes) };
    }
    return built;
  };
  const ctx = () => state().ctx;
  const api: Inspector2Emulator = {
    get seeded() {
      return state().seeded;
    },
    pushImage: (input) => state().journal.apply("pushImage", input, clock.now()),
    deployFunction: (input) => state().journal.apply("deployFunction", input, clock.now()),
    setScanStatus: (input) => state().journal.apply("setScanStatus", input, clock.now()),
    deny(operations) {
      const list = checkedOperations(operations);
      denied.clear();
      for (const o of list) denied.add(o);
    },
    quirks(update) {
      ctx().quirks = { ...ctx().quirks, ...checkedQuirks(update) };
    },
    findings() {
      const now = clock.now();
      const { acct, listings } = ctx();
      return listings
        .findings(undefined, undefined, now)
        .map((f) => toSdkShape("Finding", findingJson(f, now, acct.region, acct.accountId)) as Finding);
    },
    coverage() {
      const { acct, listings } = ctx();
      return listings
        .coverage(clock.now())
        .map((e) => toSdkShape("CoveredResource", coverageJson(e, acct.accountId)) as CoveredResource);
    },
    setReportWriter(writer) {
      ctx().reports.writer = writer;
    },
    reportFaults(faults) {
      const checked = checkReportFaults(faults);
      ctx().reports.faults = checked;
      return checked;
    },
  };
  const control = inspector2Control({ api, denied: () => [...denied], quirks: () => ctx().quirks });
  const faultSeed = hash(setup.seed, "inspector2-faults");
  // A saved account is rebuilt at once, so that a state file that no longer applies fails the start.
  if (saved) state();
  return {
    protocol: inspector2Protocol({ ctx, denied, control, faultSeed }),
    api,
    snapshot: () => (built ? { ...seeding, changes: [...built.journal.changes] } : undefined),
  };
}
