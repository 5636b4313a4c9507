/**
 * The Inspector v2 half of the emulator: the seeded account, the restJson1 service and the controls
 * under `/_emulator/inspector2/`. `startEmulator` creates it beside Classic on the same port and
 * exposes the controls as `emulator.inspector2`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CoveredResource, Finding } from "@aws-sdk/client-inspector2";
import type { Clock } from "../../logging.js";
import type { FaultConfig } from "../faults.js";
import { PageTokens } from "../pagination.js";
import { hash } from "../random.js";
import { readBody } from "../server.js";
import { Account2 } from "./account.js";
import {
  type DeployedFunction,
  type DeployFunctionInput,
  deployFunction,
  type PushedImage,
  type PushImageInput,
  pushImage,
  type ScanStatusInput,
  setScanStatus,
} from "./controls.js";
import { coverageJson } from "./coverage.js";
import { Listings } from "./listing.js";
import { isOperation2, toSdkShape } from "./model.js";
import { type Context2, NO_QUIRKS, type PagingQuirks } from "./operations.js";
import { findingJson } from "./render.js";
import { Reports, type ReportWriter } from "./reports.js";
import { type Seeded2, seedAccount } from "./seed.js";
import { Inspector2Service } from "./service.js";

export type {
  DeployedFunction,
  DeployFunctionInput,
  PushedImage,
  PushImageInput,
  ScanStatusInput,
} from "./controls.js";
export type { PagingQuirks } from "./operations.js";
export type { ReportRec, ReportWriter } from "./reports.js";
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
}

export interface Inspector2Setup {
  readonly options: Inspector2Options;
  readonly seed: string;
  readonly region: string;
  readonly account: string;
  readonly timeScale: number;
  readonly clock: Clock;
  readonly stats: Map<string, number>;
  faults(): FaultConfig;
}

export interface Inspector2 {
  readonly service: Inspector2Service;
  readonly api: Inspector2Emulator;
  /** Serves `/_emulator/inspector2/...`. */
  control(req: IncomingMessage, res: ServerResponse): Promise<void>;
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
 * for Classic pays nothing for it.
 */
export function createInspector2(setup: Inspector2Setup): Inspector2 {
  const { options, clock } = setup;
  const start = clock.now();
  const quirks = { ...NO_QUIRKS, ...checkedQuirks(options.quirks ?? {}) };
  const denied = new Set(checkedOperations(options.deny ?? []));
  let built: { ctx: Context2; seeded: Seeded2 } | undefined;
  const state = () => {
    if (built === undefined) {
      const acct = new Account2({
        seed: setup.seed,
        region: setup.region,
        account: setup.account,
        timeScale: setup.timeScale,
        scanSeconds: options.scanSeconds ?? 90,
        start,
      });
      const seeded = seedAccount(acct, options.findings ?? 150);
      const listings = new Listings(acct);
      const ctx: Context2 = {
        acct,
        tokens: new PageTokens(),
        listings,
        reports: new Reports(acct, listings, options.reportSeconds ?? 30),
        quirks,
        faults: setup.faults,
        failedOnce: new Set(),
      };
      built = { ctx, seeded };
    }
    return built;
  };
  const ctx = () => state().ctx;
  const service = new Inspector2Service({
    ctx,
    clock,
    stats: setup.stats,
    faults: setup.faults,
    denied,
    faultSeed: hash(setup.seed, "inspector2-faults"),
  });
  const api: Inspector2Emulator = {
    get seeded() {
      return state().seeded;
    },
    pushImage: (input) => pushImage(ctx().acct, input, clock.now()),
    deployFunction: (input) => deployFunction(ctx().acct, input, clock.now()),
    setScanStatus: (input) => setScanStatus(ctx().acct, input, clock.now()),
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
  };
  const control = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const path = (req.url ?? "/").split("?")[0]!.replace(/\/+$/, "").slice("/_emulator/inspector2".length);
    const method = req.method ?? "GET";
    const reply = (status: number, value: unknown) => {
      if (res.destroyed) return;
      const text = `${JSON.stringify(value, null, 2)}\n`;
      res.writeHead(status, {
        "Content-Type": "application/json",
        "Content-Length": String(Buffer.byteLength(text)),
      });
      res.end(text);
    };
    try {
      if (body === undefined) throw new Error("request body too large");
      const input = () => (body.length === 0 ? {} : JSON.parse(body.toString("utf8")));
      if (method === "GET" && path === "/seeded") reply(200, api.seeded);
      else if (method === "POST" && path === "/images") reply(200, api.pushImage(input()));
      else if (method === "POST" && path === "/functions") reply(200, api.deployFunction(input()));
      else if (method === "POST" && path === "/scan-status") reply(200, api.setScanStatus(input()));
      else if (method === "POST" && path === "/deny") {
        api.deny((input() as { operations?: string[] }).operations ?? []);
        reply(200, { denied: [...denied] });
      } else if (method === "POST" && path === "/quirks") {
        api.quirks(input());
        reply(200, ctx().quirks);
      } else {
        reply(404, {
          error: `unknown control path ${method} /_emulator/inspector2${path}`,
          paths: [
            "GET /_emulator/inspector2/seeded",
            "POST /_emulator/inspector2/images",
            "POST /_emulator/inspector2/functions",
            "POST /_emulator/inspector2/scan-status",
            "POST /_emulator/inspector2/deny",
            "POST /_emulator/inspector2/quirks",
          ],
        });
      }
    } catch (error) {
      reply(400, { error: error instanceof Error ? error.message : String(error) });
    }
  };
  return { service, api, control };
}
