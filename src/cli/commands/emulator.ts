/**
 * `inspector-gate emulator`: serves the local Amazon Inspector emulators (Classic and v2, one port)
 * until SIGINT/SIGTERM, on an accelerated clock unless told `--real-time`, and prints the `check`
 * command to run against it and how to reach v2.
 */
import { basename, isAbsolute, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { type FaultConfig, type Inspector2Options, startEmulator } from "../../emulator/index.js";
import { ConfigError, ExitCode } from "../../errors.js";
import type { CliIo, Command } from "../io.js";
import { defaultPresetPath } from "./demo.js";

/** Inspector's timings divided by this unless told otherwise: the seeded 15-minute run takes 9.6 s. */
export const EMULATOR_TIME_SCALE = 100;

/** What the printed `check` command sets: the emulator accepts any credentials, these are dummies. */
export const DUMMY_CREDENTIALS = "AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test";

const USAGE = `Usage: inspector-gate emulator [options]

Serves the Amazon Inspector Classic API (2016-02-16) and the Amazon Inspector (v2) API (2020-06-08)
on one loopback port for the demo, tests and dry runs. The first line printed is
'listening on http://HOST:PORT'; the seeded ARNs follow, then the 'check' command that gates the
seeded template against it and an 'aws inspector2' command that reaches v2. Any credentials are
accepted. Stop with Ctrl-C.

Options:
  --host HOST                  interface to listen on (default 127.0.0.1)
  --port N                     port, 0 for any free port (default 0)
  --seed S                     seed of every generated id, agent and finding (default inspector-gate)
  --findings N                 findings per assessment run (default 120)
  --time-scale X               divide every run timing by X (default ${EMULATOR_TIME_SCALE}: the seeded 15-minute
                               run takes under 10 s)
  --real-time                  Inspector's own timings (a 15-minute run takes 15 minutes); same as --time-scale 1
  --agents N                   agents in the fleet (default 5)
  --unhealthy-agents N         how many of them are unhealthy (default 0)
  --region R                   region of the ARNs (default us-west-2)
  --state FILE                 load both accounts (Classic, v2) from FILE if it exists; save them on stop
  --outcome O                  how runs end: COMPLETED, COMPLETED_WITH_ERRORS, FAILED, ERROR or NEVER
  --v2-findings N              package findings in the seeded Inspector v2 account (default 150)
  --v2-scan-seconds S          seconds from an image push to the end of its scan (default 90, scaled)
  --v2-empty-pages R           share 0..1 of v2 ListFindings pages answered empty while findings remain
  --v2-trailing-token          the last v2 ListFindings page still carries a token (to an empty page)
  --s3-bucket NAME             start an S3 endpoint (in-process, loopback) with this bucket and write v2
                               findings reports there (repeatable)

Faults (OPS: optional comma-separated operation names, e.g. @ListFindings,DescribeFindings; a plain
name applies to both services, inspector2.ListFindings to v2 only):
  --latency MS | OP=MS         response time of each call (repeatable; OP limits it to one operation)
  --rate-limit RPS[:BURST][@OPS]      token bucket; beyond it ThrottlingException
  --internal-error-rate R[@OPS]       share 0..1 of requests answered with InternalException (HTTP 500)
  --drop-rate R[@OPS]                 share 0..1 of connections closed without an answer
  --failed-items R[:retryable-once|permanent]
                               share 0..1 of DescribeFindings ARNs returned in failedItems
  --finding-counts-skew N      add N to every run's High findingCount (counts disagree with findings)
  --faults JSON                a whole fault configuration, as accepted by POST /_emulator/faults

Control endpoint on the same port: GET /_emulator/stats, GET|POST /_emulator/faults,
POST /_emulator/outcome {"run": ARN|"*", "outcome": O}, POST /_emulator/stats/reset;
Inspector v2: GET /_emulator/inspector2/seeded, POST /_emulator/inspector2/images (push an image),
POST /_emulator/inspector2/functions, /scan-status, /deny, /quirks, /report-faults.
`;

const OPTIONS = {
  host: { type: "string" },
  port: { type: "string" },
  seed: { type: "string" },
  findings: { type: "string" },
  "time-scale": { type: "string" },
  "real-time": { type: "boolean" },
  agents: { type: "string" },
  "unhealthy-agents": { type: "string" },
  region: { type: "string" },
  state: { type: "string" },
  outcome: { type: "string" },
  "v2-findings": { type: "string" },
  "v2-scan-seconds": { type: "string" },
  "v2-empty-pages": { type: "string" },
  "v2-trailing-token": { type: "boolean" },
  latency: { type: "string", multiple: true },
  "s3-bucket": { type: "string", multiple: true },
  "rate-limit": { type: "string" },
  "internal-error-rate": { type: "string" },
  "drop-rate": { type: "string" },
  "failed-items": { type: "string" },
  "finding-counts-skew": { type: "string" },
  faults: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function usageError(message: string): ConfigError {
  return new ConfigError("USAGE", `emulator: ${message}`, [
    "Run 'inspector-gate emulator --help' for usage.",
  ]);
}

function invalid(flag: string, value: string, expected: string): ConfigError {
  return usageError(`invalid --${flag} '${value}': expected ${expected}.`);
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    const flag = /'(-[^' ]+)/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw usageError(
        `unknown option '${flag ?? message}': expected one of ${Object.keys(OPTIONS)
          .map((o) => `--${o}`)
          .join(", ")}.`,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /ambiguous/.test(message)) {
      throw usageError(
        `option ${flag ?? ""} has a value starting with '-': write it as ${flag ?? "--option"}=VALUE.`,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw usageError(
        `option ${flag ?? ""} needs a value, as in '${flag ?? "--option"} VALUE' (see --help).`,
      );
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      throw usageError(
        `unexpected argument: ${message.replace(/^Unexpected argument /, "")}; the emulator takes only options.`,
      );
    }
    throw usageError(message);
  }
}

function integer(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
    throw invalid(flag, value, `an integer from ${min} to ${max}`);
  }
  return n;
}

function rate(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1)
    throw invalid(flag, value, "a share from 0 to 1, such as 0.1");
  return n;
}

/** Splits "VALUE@Op1,Op2" into the value and the operation list. */
function scoped(value: string): { body: string; operations?: string[] } {
  const at = value.indexOf("@");
  if (at < 0) return { body: value };
  return {
    body: value.slice(0, at),
    operations: value
      .slice(at + 1)
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
  };
}

function faultsFrom(values: ReturnType<typeof parse>): Partial<FaultConfig> {
  let faults: Record<string, unknown> = {};
  if (values.faults !== undefined) {
    try {
      faults = JSON.parse(values.faults) as Record<string, unknown>;
    } catch {
      throw invalid("faults", values.faults, 'a JSON object such as {"internalErrors": {"rate": 0.1}}');
    }
  }
  if (values.latency !== undefined) {
    const latency: Record<string, number> = {};
    for (const item of values.latency) {
      const m = /^(?:([A-Za-z][A-Za-z0-9.]*)=)?(\d+)$/.exec(item.trim());
      if (m === null)
        throw invalid("latency", item, "a number of ms, or OPERATION=MS such as ListFindings=50");
      latency[m[1] ?? "*"] = Number(m[2]);
    }
    faults["latencyMs"] = latency;
  }
  const limit = values["rate-limit"];
  if (limit !== undefined) {
    const { body, operations } = scoped(limit);
    const m = /^(\d+(?:\.\d+)?)(?::(\d+))?$/.exec(body.trim());
    if (m === null || Number(m[1]) <= 0)
      throw invalid("rate-limit", limit, "RPS[:BURST][@OPS], such as 50:10");
    faults["rateLimit"] = {
      requestsPerSecond: Number(m[1]),
      ...(m[2] !== undefined ? { burst: Number(m[2]) } : {}),
      ...(operations ? { operations } : {}),
    };
  }
  for (const [flag, key] of [
    ["internal-error-rate", "internalErrors"],
    ["drop-rate", "dropConnections"],
  ] as const) {
    const value = values[flag];
    if (value === undefined) continue;
    const { body, operations } = scoped(value);
    faults[key] = { rate: rate(flag, body), ...(operations ? { operations } : {}) };
  }
  const failed = values["failed-items"];
  if (failed !== undefined) {
    const [share = "", mode = "retryable-once"] = failed.split(":");
    if (mode !== "retryable-once" && mode !== "permanent") {
      throw invalid("failed-items", failed, "RATE[:retryable-once|permanent], such as 0.05:permanent");
    }
    faults["failedItems"] = { rate: rate("failed-items", share), mode };
  }
  const skew = integer("finding-counts-skew", values["finding-counts-skew"], -1_000_000, 1_000_000);
  if (skew !== undefined) faults["findingCountsSkew"] = skew;
  return faults as Partial<FaultConfig>;
}

/** The --v2-* flags as the emulator's inspector2 options. */
function inspector2From(values: ReturnType<typeof parse>): Inspector2Options {
  const findings = integer("v2-findings", values["v2-findings"], 0, 5_000_000);
  const scan = values["v2-scan-seconds"];
  if (scan !== undefined && !(scan.trim() !== "" && Number(scan) >= 0 && Number.isFinite(Number(scan)))) {
    throw invalid("v2-scan-seconds", scan, "a number of seconds >= 0, such as 90");
  }
  const emptyPages =
    values["v2-empty-pages"] === undefined ? undefined : rate("v2-empty-pages", values["v2-empty-pages"]);
  return {
    ...(findings !== undefined ? { findings } : {}),
    ...(scan !== undefined ? { scanSeconds: Number(scan) } : {}),
    quirks: {
      ...(emptyPages !== undefined ? { emptyPages } : {}),
      ...(values["v2-trailing-token"] ? { trailingToken: true } : {}),
    },
  };
}

function timeScaleOf(values: ReturnType<typeof parse>): number {
  const given = values["time-scale"];
  if (values["real-time"] === true) {
    if (given !== undefined) throw usageError("give --real-time or --time-scale, not both.");
    return 1;
  }
  if (given === undefined) return EMULATOR_TIME_SCALE;
  const n = Number(given);
  if (given.trim() === "" || !(n > 0 && Number.isFinite(n))) {
    throw invalid("time-scale", given, "a number greater than 0, such as 60 or 1000");
  }
  return n;
}

/** A word as a POSIX shell reads it back. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** A path relative to `cwd` when it lies inside it, as typed on the command line. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel.split(sep).join("/");
}

/** How the user ran this CLI: `node dist/cli.js` from a checkout, `npx inspector-gate` otherwise. */
function program(cwd: string): string[] {
  const script = process.argv[1];
  if (script === undefined || basename(script) !== "cli.js") return ["npx", "inspector-gate"];
  return ["node", shownPath(cwd, script)];
}

/** The policy the printed command names: the shipped default preset. */
function policyPath(cwd: string): string {
  try {
    return shownPath(cwd, defaultPresetPath());
  } catch {
    return "POLICY.yml";
  }
}

/** The exact `check` command that gates the seeded template against this emulator. */
export function checkCommand(endpoint: string, templateArn: string, cwd: string): string {
  const words = [
    ...program(cwd),
    "check",
    ...["--endpoint", endpoint, "--template-arn", templateArn, "--policy", policyPath(cwd)],
  ];
  return `${DUMMY_CREDENTIALS} ${words.map(shellWord).join(" ")}`;
}

/** An AWS CLI command that lists the seeded v2 findings on this emulator. */
export function v2Command(endpoint: string, region: string): string {
  const words = ["aws", "inspector2", "list-findings", "--region", region, "--endpoint-url", endpoint];
  return `${DUMMY_CREDENTIALS} ${words.map(shellWord).join(" ")}`;
}

function waitForAbort(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}

export const command: Command = {
  name: "emulator",
  summary: "serve the local Amazon Inspector emulators (Classic and v2)",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const values = parse(args);
    if (values.help) {
      io.stdout(USAGE);
      return ExitCode.Pass;
    }
    const timeScale = timeScaleOf(values);
    const port = integer("port", values.port, 0, 65535);
    const findings = integer("findings", values.findings, 0, 5_000_000);
    const agents = integer("agents", values.agents, 0, 10_000);
    const unhealthy = integer("unhealthy-agents", values["unhealthy-agents"], 0, agents ?? 5);
    const outcome = values.outcome;
    if (
      outcome !== undefined &&
      !["COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "ERROR", "NEVER"].includes(outcome)
    ) {
      throw invalid("outcome", outcome, "COMPLETED, COMPLETED_WITH_ERRORS, FAILED, ERROR or NEVER");
    }
    const inspector2 = inspector2From(values);
    const emulator = await startEmulator({
      ...(values.host !== undefined ? { host: values.host } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(values.seed !== undefined ? { seed: values.seed } : {}),
      ...(findings !== undefined ? { findings } : {}),
      timeScale,
      ...(agents !== undefined ? { agents } : {}),
      ...(unhealthy !== undefined ? { unhealthyAgents: unhealthy } : {}),
      ...(values.region !== undefined ? { region: values.region } : {}),
      ...(values.state !== undefined ? { statePath: values.state } : {}),
      ...(outcome !== undefined ? { outcome } : {}),
      faults: faultsFrom(values),
      inspector2,
      ...(values["s3-bucket"] !== undefined ? { s3: { buckets: values["s3-bucket"] } } : {}),
    });
    const { seeded } = emulator;
    const v2 = emulator.inspector2.seeded;
    io.stdout(`listening on ${emulator.endpoint}\n`);
    const lines = [
      ["resource-group", seeded.resourceGroupArn],
      ["target", seeded.targetArn],
      ["template", seeded.templateArn],
      ...seeded.rulesPackageArns.map((arn) => ["rules-package", arn]),
      ["inspector2", `account ${v2.account}, ${v2.region}: restJson1 on the same endpoint`],
      ...v2.images.filter((i) => i.pending).map((i) => ["v2-pending", i.resourceId]),
      ["v2-control", `${emulator.endpoint}/_emulator/inspector2/`],
      ...(emulator.s3Endpoint ? [["s3", `${emulator.s3Endpoint} (v2 findings reports; path-style)`]] : []),
      ["control", `${emulator.endpoint}/_emulator/`],
      [
        "time-scale",
        timeScale === 1
          ? "1 (Inspector's own timings)"
          : `${timeScale} (Inspector's timings divided by ${timeScale}; --real-time to keep them)`,
      ],
    ];
    for (const [label, value] of lines) io.stdout(`${label!.padEnd(15)} ${value}\n`);
    io.stdout(
      "\nReach Inspector v2 on the same endpoint with the AWS CLI (any credentials do; these are dummies):\n" +
        `  ${v2Command(emulator.endpoint, v2.region)}\n` +
        "\nGate the seeded template from another terminal (any credentials do; these are dummies):\n" +
        `  ${checkCommand(emulator.endpoint, seeded.templateArn, io.cwd)}\n`,
    );
    await waitForAbort(io.signal);
    await emulator.stop();
    io.stderr(`emulator stopped${values.state !== undefined ? `; state saved to ${values.state}` : ""}\n`);
    return ExitCode.Pass;
  },
};
