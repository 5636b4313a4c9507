/** `inspector-gate validate [file...]`: validates policy files and summarises each in one line. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError, ExitCode } from "../../errors.js";
import { POLICY_SOURCES, type PolicySource } from "../../policy/conditions.js";
import { evaluate } from "../../policy/evaluate.js";
import { loadPolicy } from "../../policy/load.js";
import type { ExceptionStatus, Policy } from "../../policy/types.js";
import type { CliIo, Command } from "../io.js";

/** Where the Action looks for a policy when its policy input is not set. */
export const DEFAULT_POLICY = ".github/inspector-gate.yml";

const HELP = `Usage: inspector-gate validate [options] [<policy.yml>...]

Validates policy files: YAML syntax, the schema, unique ids, regular expressions, dates, applies-to and
extends. Each file is validated on its own, together with the presets and files it extends. With no file,
validates ${DEFAULT_POLICY}, where the Action looks for its policy.

Options:
  --together    validate the files as one policy, the way 'check --policy A --policy B' loads them
  --now DATE    judge exception expiry as of DATE (YYYY-MM-DD or an ISO-8601 time; default: now)
  --source S    also refuse conditions no finding of source S can have: classic (Inspector Classic
                runs: no EPSS, KEV, package, resource...), inspector2 (Inspector v2: no rules
                package, attributes, asset...) or file (exported findings of either: accepts both)
  -h, --help    show this help

Prints one summary line per valid file on stdout. Exit codes: 0 every file is valid; 2 otherwise, with
one 'file:line:col: message' line per problem on stderr.
`;

interface Args {
  readonly files: string[];
  readonly together: boolean;
  readonly now: Date;
  readonly source?: PolicySource;
  readonly help: boolean;
}

function usageError(message: string): ConfigError {
  return new ConfigError("USAGE", `validate: ${message}; run 'inspector-gate validate --help' for usage`);
}

function parseNow(value: string | undefined): Date {
  if (value === undefined || value === "") throw usageError("--now needs a date such as 2026-12-31");
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) {
    throw usageError(`invalid --now '${value}': expected a date such as 2026-12-31 or 2026-12-31T12:00:00Z`);
  }
  return date;
}

function parseSource(value: string | undefined): PolicySource {
  if (value !== undefined && (POLICY_SOURCES as readonly string[]).includes(value))
    return value as PolicySource;
  throw usageError(
    value === undefined || value === ""
      ? `--source needs a source: ${POLICY_SOURCES.join(", ")}`
      : `invalid --source '${value}': expected one of ${POLICY_SOURCES.join(", ")}`,
  );
}

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let together = false;
  let help = false;
  let now = new Date();
  let source: PolicySource | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h" || arg === "--help") help = true;
    else if (arg === "--together") together = true;
    else if (arg === "--now") now = parseNow(argv[++i]);
    else if (arg.startsWith("--now=")) now = parseNow(arg.slice(6));
    else if (arg === "--source") source = parseSource(argv[++i]);
    else if (arg.startsWith("--source=")) source = parseSource(arg.slice(9));
    else if (arg.startsWith("-") && arg !== "-") {
      throw usageError(`unknown option '${arg}': expected --together, --now, --source or --help`);
    } else files.push(arg);
  }
  return { files, together, now, help, ...(source !== undefined ? { source } : {}) };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function exceptionList(list: readonly ExceptionStatus[], expired: boolean): string {
  const shown = list.slice(0, 5).map((e) => {
    if (expired) return `${e.id} (expired ${e.expires})`;
    return `${e.id} (${e.expires}, ${e.daysLeft === 0 ? "last day today" : `${plural(e.daysLeft, "day")} left`})`;
  });
  return list.length > 5 ? `${shown.join(", ")} and ${list.length - 5} more` : shown.join(", ");
}

/** One line: what the policy holds and which exceptions need attention. */
export function summarize(label: string, policy: Policy, now: Date): string {
  const limits = policy.severityLimits.map((l) => `${l.severity} max ${l.max}`).join(", ");
  const extended = policy.files.filter((f) => !label.split(" + ").includes(f));
  const parts = [
    plural(policy.rules.length, "rule"),
    `${plural(policy.severityLimits.length, "severity limit")}${limits ? ` (${limits})` : ""}`,
    plural(policy.exceptions.length, "exception"),
  ];
  let line = `${label}: valid${policy.name ? ` policy '${policy.name}'` : ""}: ${parts.join(", ")}`;
  if (extended.length > 0) line += `; extends ${extended.join(", ")}`;
  const status = evaluate(policy, [], { now }).exceptions;
  if (status.expired.length > 0) line += `; expired: ${exceptionList(status.expired, true)}`;
  if (status.expiring.length > 0) line += `; expiring soon: ${exceptionList(status.expiring, false)}`;
  return line;
}

async function validateOne(
  files: string[],
  io: CliIo,
  now: Date,
  source: PolicySource | undefined,
): Promise<boolean> {
  const label = files.join(" + ");
  try {
    const policy = await loadPolicy(files, { cwd: io.cwd, ...(source !== undefined ? { source } : {}) });
    io.stdout(`${summarize(label, policy, now)}\n`);
    return true;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const lines = error.problems.length > 0 ? error.problems : [`${label}: ${error.message}`];
    for (const line of lines) io.stderr(`${line}\n`);
    return false;
  }
}

export const command: Command = {
  name: "validate",
  summary: "validate policy files and summarise them",
  run: async (argv, io) => {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(HELP);
      return ExitCode.Pass;
    }
    if (args.files.length === 0) {
      if (!existsSync(resolve(io.cwd, DEFAULT_POLICY))) {
        throw usageError(
          `no policy file given, and there is no ${DEFAULT_POLICY} (the Action's default) in ${io.cwd}; name the policy files to validate`,
        );
      }
      args.files.push(DEFAULT_POLICY);
    }
    let ok = true;
    if (args.together) ok = await validateOne(args.files, io, args.now, args.source);
    else for (const file of args.files) ok = (await validateOne([file], io, args.now, args.source)) && ok;
    return ok ? ExitCode.Pass : ExitCode.Usage;
  },
};
