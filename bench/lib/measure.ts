/**
 * Shared helpers for the bench modules: medians, timing child processes (wall time and peak resident
 * memory through /usr/bin/time when present), the emulator as a child process, a built dist/, and
 * code run in a worker thread.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Worker } from "node:worker_threads";

export const ROOT = join(import.meta.dirname, "../..");
export const CLI = join(ROOT, "dist/cli.js");
export const ACTION = join(ROOT, "dist/action.js");
const GNU_TIME = "/usr/bin/time";

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function requireDist(): void {
  for (const file of [CLI, ACTION]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run 'node scripts/build.mjs' first`);
  }
}

export interface Timed {
  readonly code: number | null;
  /** Wall time from spawn to exit. */
  readonly wallMs: number;
  /** Peak resident set size of the command (not of /usr/bin/time), in KiB; NaN when unknown. */
  readonly maxRssKiB: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to completion, timing it. With `rss`, runs it under GNU time to read its peak RSS
 * (the wrapper adds a millisecond or two, so wall times to compare are taken without it).
 */
export function timeCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; rss?: boolean; stdout?: "capture" | "ignore" } = {},
): Promise<Timed> {
  const rss = options.rss === true && existsSync(GNU_TIME);
  const argv = rss ? [GNU_TIME, "-f", "IGRSS %M", command, ...args] : [command, ...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ["ignore", options.stdout === "ignore" ? "ignore" : "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr?.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      const m = /IGRSS (\d+)\s*$/.exec(stderr);
      resolve({
        code,
        wallMs,
        maxRssKiB: m ? Number(m[1]) : Number.NaN,
        stdout,
        stderr: m ? stderr.slice(0, m.index) : stderr,
      });
    });
  });
}

export interface EmulatorChild {
  readonly endpoint: string;
  readonly templateArn: string;
  stop(): Promise<void>;
}

/** `node dist/cli.js emulator ...` in its own process, so its memory and CPU are not the gate's. */
export async function emulatorChild(args: readonly string[]): Promise<EmulatorChild> {
  const child: ChildProcess = spawn(process.execPath, [CLI, "emulator", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  let endpoint = "";
  let templateArn = "";
  for await (const line of lines) {
    endpoint ||= /^listening on (\S+)/.exec(line)?.[1] ?? "";
    templateArn ||= /^template\s+(\S+)/.exec(line)?.[1] ?? "";
    if (endpoint && templateArn) break;
  }
  if (!endpoint || !templateArn) throw new Error("the emulator did not print its endpoint and template");
  // Keep draining its output so it never blocks on a full pipe.
  child.stdout?.resume();
  return {
    endpoint,
    templateArn,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/** Environment for a child gate: dummy credentials, no instance metadata, nothing inherited from CI. */
export function gateEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? ROOT,
    AWS_ACCESS_KEY_ID: "AKIDBENCH",
    AWS_SECRET_ACCESS_KEY: "bench-secret",
    AWS_REGION: "us-west-2",
    AWS_EC2_METADATA_DISABLED: "true",
    ...extra,
  };
}

export const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/**
 * Runs `source` (an ES module's text) in a worker thread and resolves to the one message it posts
 * back (rejects with its `error`). `workerData.base` is this module's URL, for the worker to resolve
 * packages from.
 */
export function inWorker<T>(
  source: string,
  data: Record<string, unknown>,
  youngGenerationMb?: number,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: true,
      workerData: { base: import.meta.url, ...data },
      ...(youngGenerationMb !== undefined
        ? { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }
        : {}),
    });
    worker.once("message", (m: T & { error?: string }) => {
      if (m.error) reject(new Error(m.error));
      else resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}
