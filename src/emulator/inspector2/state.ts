/**
 * Inspector v2's part of the state file (`--state FILE`, under "inspector2"). The account is derived
 * from the seed, so it is saved as what rebuilds it: how it was seeded (findings, scan time, time
 * scale, the moment), then every change made to it since (images pushed, functions deployed, scan
 * statuses set), each with its moment and the time scale and scan time in force. Restoring seeds the
 * same account and replays the changes in order, which gives back the same resources, findings and
 * scan states, pending scans included. Findings reports, denied operations and paging quirks are not
 * part of the account and are not kept.
 */
import { ConfigError } from "../../errors.js";
import type { Account2 } from "./account.js";
import {
  type DeployFunctionInput,
  deployFunction,
  type PushImageInput,
  pushImage,
  type ScanStatusInput,
  setScanStatus,
} from "./actions.js";

const ACTIONS = {
  pushImage: (acct: Account2, input: unknown, at: number) => pushImage(acct, input as PushImageInput, at),
  deployFunction: (acct: Account2, input: unknown, at: number) =>
    deployFunction(acct, input as DeployFunctionInput, at),
  setScanStatus: (acct: Account2, input: unknown, at: number) =>
    setScanStatus(acct, input as ScanStatusInput, at),
} as const;

export type ActionName = keyof typeof ACTIONS;

/** One change to the account, as saved. */
export interface Change {
  readonly action: ActionName;
  readonly input: unknown;
  /** When (ms since the epoch). */
  readonly at: number;
  readonly timeScale: number;
  readonly scanSeconds: number;
  /** The error it ended with, when it changed the account and then failed (it fails again on replay). */
  readonly failed?: string;
}

/** How the account was seeded, and what has changed since. */
export interface SavedAccount2 {
  readonly findings: number;
  readonly scanSeconds: number;
  readonly timeScale: number;
  /** The moment of seeding (ms since the epoch): seeded history lies before it, pending scans after. */
  readonly seededAt: number;
  readonly changes: readonly Change[];
}

/** The changes made to one account, recorded as they are made. */
export class Journal {
  readonly changes: Change[];

  constructor(
    private readonly acct: Account2,
    saved: readonly Change[] = [],
  ) {
    this.changes = [...saved];
  }

  /**
   * Applies `action` to the account now, and records it when it changed the account (a call refused
   * before it changed anything is not recorded).
   */
  apply<A extends ActionName>(action: A, input: unknown, at: number): ReturnType<(typeof ACTIONS)[A]> {
    const { acct } = this;
    const version = acct.version;
    const change = { action, input, at, timeScale: acct.timeScale, scanSeconds: acct.scanSeconds };
    try {
      const result = ACTIONS[action](acct, input, at) as ReturnType<(typeof ACTIONS)[A]>;
      this.changes.push(change);
      return result;
    } catch (error) {
      if (acct.version !== version) {
        this.changes.push({ ...change, failed: error instanceof Error ? error.message : String(error) });
      }
      throw error;
    }
  }
}

/** Replays saved changes on a freshly seeded account; a change that no longer applies is a ConfigError. */
export function replay(acct: Account2, changes: readonly Change[], file: string): void {
  const timeScale = acct.timeScale;
  const scanSeconds = acct.scanSeconds;
  changes.forEach((change, i) => {
    acct.timeScale = change.timeScale;
    acct.scanSeconds = change.scanSeconds;
    try {
      ACTIONS[change.action](acct, change.input, change.at);
      if (change.failed === undefined) return;
    } catch (error) {
      if (change.failed !== undefined) return;
      throw new ConfigError("EMULATOR_STATE_INVALID", `invalid emulator state file ${file}`, [
        `inspector2.changes[${i}].input: ${(error as Error).message}`,
      ]);
    }
    throw new ConfigError("EMULATOR_STATE_INVALID", `invalid emulator state file ${file}`, [
      `inspector2.changes[${i}]: saved as failed ("${change.failed}") but it succeeds`,
    ]);
  });
  acct.timeScale = timeScale;
  acct.scanSeconds = scanSeconds;
}

function problemsOf(value: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  const number = (v: unknown, path: string, test: (n: number) => boolean, expected: string) => {
    if (typeof v !== "number" || !Number.isFinite(v) || !test(v))
      problems.push(`${path}: expected ${expected}`);
  };
  if (!isObject(value)) return ["inspector2: expected an object"];
  number(value["findings"], "inspector2.findings", (n) => Number.isInteger(n) && n >= 0, "an integer >= 0");
  number(value["scanSeconds"], "inspector2.scanSeconds", (n) => n >= 0, "seconds >= 0");
  number(value["timeScale"], "inspector2.timeScale", (n) => n > 0, "a number > 0");
  number(value["seededAt"], "inspector2.seededAt", () => true, "a time in ms since the epoch");
  const changes = value["changes"];
  if (!Array.isArray(changes)) return [...problems, "inspector2.changes: expected a list"];
  changes.forEach((change, i) => {
    const at = `inspector2.changes[${i}]`;
    if (!isObject(change)) {
      problems.push(`${at}: expected an object`);
      return;
    }
    if (typeof change["action"] !== "string" || !Object.hasOwn(ACTIONS, change["action"])) {
      problems.push(`${at}.action: expected one of ${Object.keys(ACTIONS).join(", ")}`);
    }
    if (!isObject(change["input"])) problems.push(`${at}.input: expected an object`);
    number(change["at"], `${at}.at`, () => true, "a time in ms since the epoch");
    number(change["timeScale"], `${at}.timeScale`, (n) => n > 0, "a number > 0");
    number(change["scanSeconds"], `${at}.scanSeconds`, (n) => n >= 0, "seconds >= 0");
    if (change["failed"] !== undefined && typeof change["failed"] !== "string") {
      problems.push(`${at}.failed: expected the error message`);
    }
  });
  return problems;
}

/** The v2 part of a state file, checked; a ConfigError naming the file and every bad path. */
export function readSaved2(value: unknown, file: string): SavedAccount2 {
  const problems = problemsOf(value);
  if (problems.length > 0) {
    throw new ConfigError(
      "EMULATOR_STATE_INVALID",
      `invalid emulator state file ${file}`,
      problems.slice(0, 50),
    );
  }
  return value as SavedAccount2;
}
