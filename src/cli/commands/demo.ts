/**
 * `inspector-gate demo`: the whole gate with no AWS account. Starts the embedded Inspector emulator on a
 * free loopback port with a fixed seed, starts an assessment run on an accelerated clock, shows its
 * progress, evaluates the shipped default policy, prints the report and exits with the gate's code.
 */
import { isAbsolute, join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { startEmulator } from "../../emulator/index.js";
import { ConfigError } from "../../errors.js";
import { runGate } from "../../gate.js";
import { loadPolicy, presetsDir } from "../../policy/load.js";
import { FORMATS } from "../../report/index.js";
import { createInspectorClient } from "../../sources/classic/client.js";
import { parseChoice, parseDuration, parseInteger } from "../args.js";
import type { CliIo, Command } from "../io.js";
import { createProgress } from "../progress.js";
import { deliver, parseCommandArgs } from "./check.js";
import { runInspector2Demo } from "./demo-inspector2.js";

export const DEMO_SEED = "inspector-gate-demo";
/** The seeded template runs 900 s; divided by this it takes a few seconds. */
export const DEMO_TIME_SCALE = 300;
/** The emulator's 90 s first scan of a pushed image, divided by this, takes 3 s. */
export const DEMO_TIME_SCALE_V2 = 30;

const HELP = `Usage: inspector-gate demo [--source classic|inspector2] [--policy FILE ...] [--finding-count N]
    [--seed S] [--time-scale X] [--format text|json|markdown|sarif|junit] [--timeout DURATION] [--quiet]
    [--no-color]

Runs the whole gate against the embedded Amazon Inspector emulator: no AWS account needed. It starts
the emulator on a free loopback port and, on an accelerated clock:
  Inspector Classic (default): starts an assessment run of the seeded template and waits for it;
  --source inspector2: pushes an image to the emulated ECR and waits for Inspector (v2) to scan it
  (the gate --source inspector2 --ecr-repository ... --ecr-image-digest ... --wait-for-scan);
then fetches the findings, evaluates the policy (default: the shipped preset inspector-gate:default,
which fails on High and Critical findings), prints the report and exits with the gate's exit code.

Options:
  --source SOURCE       classic (default) or inspector2
  -p, --policy FILE     policy file instead of the default preset (repeatable)
  --finding-count N     findings in the run, or in the pushed image (default: the emulator's)
  --seed S              data seed (default ${DEMO_SEED})
  --time-scale X        divide the emulator's timings by X (default ${DEMO_TIME_SCALE}; ${DEMO_TIME_SCALE_V2} with
                        --source inspector2, so its 90 s scan takes 3 s)
  -f, --format FORMAT   text (default), json, markdown, sarif or junit
  --timeout DURATION    deadline for the gate (default 2m)
  -q, --quiet           no progress on stderr
  --no-color            no colour in the text report (also NO_COLOR)
  -h, --help            show this help

Exit codes: 0 pass, 1 policy violated, 2 usage or policy error, 3 Inspector or run error.
`;

const OPTIONS = {
  source: { type: "string" },
  policy: { type: "string", short: "p", multiple: true },
  "finding-count": { type: "string" },
  // The count had this name before `--findings` came to mean a findings file everywhere.
  findings: { type: "string" },
  seed: { type: "string" },
  "time-scale": { type: "string" },
  format: { type: "string", short: "f" },
  timeout: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * The report's suggestion for listing findings decided from the counts alone: the AWS CLI on the run
 * cannot work once the demo (and its emulator) has exited, so it says how the demo itself lists them.
 */
export const DEMO_NOT_FETCHED_HINT =
  "The demo's emulator stops with the demo, so the AWS CLI cannot list them afterwards: run " +
  "`inspector-gate demo --policy FILE` with a policy that has a rule (every finding is then fetched), " +
  "e.g. `rules: [{ id: any-high, match: { severity: High } }]`.";

/** The shipped default preset, found the way the policy loader finds `inspector-gate:default`. */
export function defaultPresetPath(): string {
  const dir = presetsDir();
  if (dir === undefined) {
    throw new ConfigError(
      "PRESET_MISSING",
      "The shipped policies/ directory was not found next to this build; pass --policy FILE.",
    );
  }
  return join(dir, "default.yml");
}

function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel.split(sep).join("/");
}

export const command: Command = {
  name: "demo",
  summary: "run the whole gate against the embedded Inspector emulator",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(
      () => parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }),
      "demo",
    );
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const format = values.format === undefined ? "text" : parseChoice(values.format, "--format", FORMATS);
    if (values.findings !== undefined) {
      throw new ConfigError(
        "USAGE",
        `demo: --findings is a findings file elsewhere; the number of findings in the demo's run is --finding-count ${values.findings}.`,
      );
    }
    const source =
      values.source === undefined
        ? "classic"
        : parseChoice(values.source, "--source", ["classic", "inspector2"] as const);
    const count = values["finding-count"];
    const findings = count === undefined ? undefined : parseInteger(count, "--finding-count", 0, 200_000);
    const timeScale =
      values["time-scale"] === undefined
        ? source === "inspector2"
          ? DEMO_TIME_SCALE_V2
          : DEMO_TIME_SCALE
        : parseInteger(values["time-scale"], "--time-scale", 1, 1_000_000);
    const timeoutMs = values.timeout === undefined ? 120_000 : parseDuration(values.timeout, "--timeout");
    const quiet = values.quiet === true;
    const policyFiles = values.policy ?? [shown(io.cwd, defaultPresetPath())];
    const policy = await loadPolicy(policyFiles, { cwd: io.cwd });

    const demo = {
      policy,
      policyFiles,
      seed: values.seed ?? DEMO_SEED,
      timeScale,
      timeoutMs,
      quiet,
      format,
      noColor: values["no-color"] === true,
    };
    if (source === "inspector2") return runInspector2Demo({ ...demo, findings }, io);

    const emulator = await startEmulator({
      seed: values.seed ?? DEMO_SEED,
      timeScale,
      ...(findings !== undefined ? { findings } : {}),
    });
    const client = createInspectorClient({
      endpoint: emulator.endpoint,
      region: "us-west-2",
      credentials: { accessKeyId: "demo", secretAccessKey: "demo" },
      maxAttempts: 3,
    });
    const progress = createProgress(io, { quiet });
    try {
      if (!quiet) {
        io.stderr(
          `inspector-gate demo: Inspector emulator listening on ${emulator.endpoint} (seed ${values.seed ?? DEMO_SEED})\n`,
        );
        io.stderr(
          `inspector-gate demo: policy ${policyFiles.join(", ")}; template ${emulator.seeded.templateArn}\n`,
        );
      }
      const result = await runGate(
        {
          policy,
          source: {
            kind: "template",
            templateArn: emulator.seeded.templateArn,
            runName: "inspector-gate-demo",
          },
          timeoutMs,
          pollIntervalMs: 250,
          signal: io.signal,
        },
        { clients: { inspector: client }, logger: progress.logger, progress: progress.onEvent },
      );
      progress.done();
      return await deliver(
        result,
        { format, quiet, noColor: values["no-color"] === true, notFetchedHint: DEMO_NOT_FETCHED_HINT },
        io,
      );
    } finally {
      progress.done();
      client.destroy();
      await emulator.stop();
    }
  },
};
