/**
 * Runs the bundled Action the way the GitHub runner does: `node dist/action.js` as a child process, with
 * inputs as INPUT_* variables and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the event
 * payload). The child gets a clean environment, so nothing leaks in from a CI that is itself a workflow.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");
export const BUNDLE = join(ROOT, "dist/action.js");

/** The runner's naming: INPUT_ + the name uppercased with spaces turned into underscores; dashes stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

export interface RunOptions {
  readonly inputs: Record<string, string>;
  /** Files to create in the workspace (path relative to it -> content). */
  readonly files?: Record<string, string>;
  /** The event: name and payload. Default: a pull_request event for PR #7. */
  readonly event?: { readonly name: string; readonly payload: unknown };
  readonly env?: Record<string, string>;
  /** Reuse this workspace (e.g. for a re-run). */
  readonly workspace?: string;
  /** What the step summary file already holds when the Action starts. */
  readonly summaryBefore?: string;
  /** The bundle to run (default dist/action.js in this repository). */
  readonly bundle?: string;
  /** Send a signal (as the runner does on cancellation) once stdout shows this text. */
  readonly signalWhen?: { readonly text: string; readonly signal: NodeJS.Signals };
}

/** Parses the GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!match) continue;
    const [, name = "", delimiter = ""] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
    outputs[name] = value.join("\n");
  }
  return outputs;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const bundle = options.bundle ?? BUNDLE;
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run 'node scripts/build.mjs' first`);
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), "ig-action-ws-"));
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(join(workspace, path, ".."), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  const runner = mkdtempSync(join(tmpdir(), "ig-action-runner-"));
  const outputFile = join(runner, "output");
  const summaryFile = join(runner, "summary.md");
  const eventFile = join(runner, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, options.summaryBefore ?? "");
  const event = options.event ?? {
    name: "pull_request",
    payload: { action: "synchronize", number: 7, pull_request: { number: 7 } },
  };
  writeFileSync(eventFile, JSON.stringify(event.payload));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: runner,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: "octo/app",
    GITHUB_WORKFLOW: "CI",
    GITHUB_JOB: "gate",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SERVER_URL: "https://github.example",
    RUNNER_TEMP: runner,
    // Dummy credentials: the emulator checks the signature's shape, never the secret.
    AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
    AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    AWS_REGION: "us-west-2",
    AWS_EC2_METADATA_DISABLED: "true",
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;

  const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let signalled = false;
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    if (options.signalWhen && !signalled && stdout.includes(options.signalWhen.text)) {
      signalled = true;
      child.kill(options.signalWhen.signal);
    }
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exitCode) => resolve(exitCode));
  });
  clearTimeout(killer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
    workspace,
  };
}

/** Workflow commands in the output: `::name props::message` lines. */
export function workflowCommands(
  stdout: string,
): { name: string; properties: Record<string, string>; message: string }[] {
  const commands: { name: string; properties: Record<string, string>; message: string }[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const eq = pair.indexOf("=");
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ name: match[1] ?? "", properties, message: unescapeData(match[3] ?? "") });
  }
  return commands;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ":").replace(/%2C/g, ","));
}
