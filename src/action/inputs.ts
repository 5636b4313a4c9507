/**
 * Every input of the Action, read in one place into one typed object. An empty input means "unset" and
 * takes the default written in action.yml (kept equal by a test). A bad value never gets past this file:
 * each problem names the input, the value and the form expected, and all problems are reported at once as
 * one ConfigError (exit 2).
 *
 * The inputs share the CLI's vocabulary: an input is named as its `check` flag without `--` (`run-arn`,
 * `template-arn`, `findings`, `json`, `sarif`, `junit`). The names of earlier versions still work, each
 * with a warning naming its replacement (DEPRECATED_INPUTS).
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import * as core from "@actions/core";
import { ConfigError } from "../errors.js";
import {
  ARN_EXAMPLE,
  AWS_REGION,
  INSPECTOR_ARN,
  isHttpUrl,
  parseDurationMs as parseDuration,
} from "../option-grammar.js";
import { defaultRunName } from "../sources/classic/run-name.js";
import type { Inspector2Spec } from "../sources/inspector2/index.js";
import { expandGlob, isGlob } from "./glob.js";
import { INSPECTOR2_INPUT_DEFAULTS, readInspector2Inputs } from "./inputs-inspector2.js";

export type CommentMode = "never" | "always" | "on-failure";
export type OnTimeout = "stop" | "leave";

/** Where the verdict's evidence comes from: a Classic run, an Inspector (v2) scope, or exported findings offline. */
export type ActionSource =
  | { readonly kind: "run"; readonly runArn: string }
  | { readonly kind: "template"; readonly templateArn: string; readonly runName: string }
  | { readonly kind: "latest"; readonly templateArn: string; readonly maxAgeMs?: number }
  | Inspector2Spec
  | { readonly kind: "findings"; readonly file: string }
  /** Merge gates' JSON reports (a glob, one or more lines) into one verdict: no gate runs here. */
  | {
      readonly kind: "merge";
      readonly patterns: readonly string[];
      /** How many gates the fleet has (merge-expect): another number of reports is an error. */
      readonly expected?: number;
    };

export interface ActionInputs {
  /** Absolute paths of the policy files, in the order given (globs expanded and sorted). */
  readonly policy: readonly string[];
  readonly source: ActionSource;
  readonly timeoutMs: number;
  readonly pollIntervalMs: number;
  readonly onTimeout: OnTimeout;
  readonly allowPartial: boolean;
  readonly concurrency: number;
  readonly region?: string;
  readonly endpoint?: string;
  readonly warnOnly: boolean;
  readonly commentOnPr: CommentMode;
  /** Empty when no token was given (no comment can be posted). */
  readonly githubToken: string;
  /** Absolute paths; undefined = do not write. */
  readonly reportFile?: string;
  readonly sarifFile?: string;
  readonly junitFile?: string;
  /** The directory relative paths are resolved against (GITHUB_WORKSPACE, else the working directory). */
  readonly workspace: string;
  /** Inputs that were set but have no effect with the others (worth a warning, not a failure). */
  readonly ignored: readonly string[];
  /** Deprecated input names that were used: one warning each. */
  readonly deprecated: readonly string[];
}

/** The defaults, as action.yml declares them. */
export const INPUT_DEFAULTS = {
  policy: ".github/inspector-gate.yml",
  "run-arn": "",
  "template-arn": "",
  "run-name": "",
  latest: "false",
  "max-age": "",
  timeout: "2h",
  "poll-interval": "10s",
  "on-timeout": "stop",
  "allow-partial": "false",
  concurrency: "8",
  region: "",
  endpoint: "",
  findings: "",
  ...INSPECTOR2_INPUT_DEFAULTS,
  merge: "",
  "merge-expect": "",
  "warn-only": "false",
  "comment-on-pr": "on-failure",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: an Actions expression, expanded by the runner.
  "github-token": "${{ github.token }}",
  json: "",
  sarif: "",
  junit: "",
  // Deprecated names (DEPRECATED_INPUTS), declared so the runner passes them on without complaint.
  "assessment-run-arn": "",
  "assessment-template-arn": "",
  "findings-file": "",
  "report-file": "",
  "sarif-file": "",
  "junit-file": "",
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** Input names of earlier versions -> the name that replaced them (the `check` flag without `--`). */
export const DEPRECATED_INPUTS = {
  "assessment-run-arn": "run-arn",
  "assessment-template-arn": "template-arn",
  "findings-file": "findings",
  "report-file": "json",
  "sarif-file": "sarif",
  "junit-file": "junit",
} as const satisfies Partial<Record<InputName, InputName>>;

type DeprecatedName = keyof typeof DEPRECATED_INPUTS;
type CurrentName = (typeof DEPRECATED_INPUTS)[DeprecatedName];

export const DURATION_FORM = "a duration such as 250ms, 90s, 15m or 2h (a bare number is seconds)";
const RUN_ARN_EXAMPLE = ARN_EXAMPLE.run;
const TEMPLATE_ARN_EXAMPLE = ARN_EXAMPLE.template;
const TEMPLATE_ARN = INSPECTOR_ARN.template;
const RUN_ARN = INSPECTOR_ARN.run;
const REGION = AWS_REGION;
/** Inspector's AssessmentRunName bounds. */
const RUN_NAME_MAX = 140;

export { defaultRunName, parseDuration };

/** Shows a value in an error message: quoted, on one line, bounded. */
function shown(value: string): string {
  const flat = value.replace(/\s*\n\s*/g, " ");
  return `'${flat.length > 120 ? `${flat.slice(0, 117)}...` : flat}'`;
}

class Problems {
  readonly list: string[] = [];
  invalid(name: InputName, value: string, expected: string): undefined {
    this.list.push(`Invalid ${name} ${shown(value)}: expected ${expected}.`);
    return undefined;
  }
  add(message: string): void {
    this.list.push(message);
  }
}

export interface ReadInputsOptions {
  /** Environment for GITHUB_WORKSPACE, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT (inputs are read by @actions/core). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly now?: Date;
}

/** Reads and validates every input. Throws ConfigError("INPUT_INVALID") listing every problem found. */
export async function readInputs(options: ReadInputsOptions = {}): Promise<ActionInputs> {
  const env = options.env ?? process.env;
  const workspace = resolve(env.GITHUB_WORKSPACE?.trim() || process.cwd());
  const problems = new Problems();
  const ignored: string[] = [];
  const deprecated: string[] = [];

  /** The raw (trimmed) input; "" means unset. */
  const raw = (name: InputName): string => core.getInput(name);
  const text = (name: InputName): string => raw(name) || defaultOf(name);

  const bool = (name: InputName): boolean => {
    if (raw(name) === "") return defaultOf(name) === "true";
    try {
      return core.getBooleanInput(name);
    } catch {
      problems.invalid(name, raw(name), "true or false");
      return false;
    }
  };

  const duration = (name: InputName): number | undefined => {
    const value = text(name);
    if (value === "") return undefined;
    const ms = parseDuration(value);
    if (ms === undefined || ms <= 0)
      return problems.invalid(name, value, `${DURATION_FORM}, greater than zero`);
    return ms;
  };

  const oneOf = <T extends string>(name: InputName, allowed: readonly T[]): T => {
    const value = text(name);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.invalid(name, value, `one of ${allowed.join(", ")}`);
    return allowed[0] as T;
  };

  const path = (name: CurrentName): string | undefined => {
    const value = aliased(name).value;
    return value === "" ? undefined : resolve(workspace, value);
  };

  /** An input that also has a deprecated name: its value and the name it was given under. */
  const aliased = (name: CurrentName): { value: string; name: InputName } => {
    const old = (Object.keys(DEPRECATED_INPUTS) as DeprecatedName[]).find(
      (o) => DEPRECATED_INPUTS[o] === name,
    )!;
    const current = raw(name);
    const legacy = raw(old);
    if (legacy === "") return { value: current, name };
    if (current !== "") {
      problems.add(`Conflicting inputs ${name} and ${old} (its deprecated name): set only ${name}.`);
      return { value: current, name };
    }
    if (!deprecated.includes(old)) deprecated.push(old);
    return { value: legacy, name: old };
  };

  // --- The source of the verdict -------------------------------------------------------------------
  const runArnInput = aliased("run-arn");
  const templateArnInput = aliased("template-arn");
  const findingsInput = aliased("findings");
  const runArn = runArnInput.value;
  const templateArn = templateArnInput.value;
  const findingsFile = findingsInput.value;
  const latest = bool("latest");
  const maxAgeMs = duration("max-age");
  const runNameInput = raw("run-name");
  const mergePatterns = core.getMultilineInput("merge");

  if (runArn && !RUN_ARN.test(runArn)) {
    problems.invalid(
      runArnInput.name,
      runArn,
      TEMPLATE_ARN.test(runArn)
        ? `an assessment run ARN, not a template ARN (use template-arn for a template), such as ${RUN_ARN_EXAMPLE}`
        : `an assessment run ARN such as ${RUN_ARN_EXAMPLE}`,
    );
  }
  if (templateArn && !TEMPLATE_ARN.test(templateArn)) {
    problems.invalid(
      templateArnInput.name,
      templateArn,
      RUN_ARN.test(templateArn)
        ? `an assessment template ARN, not a run ARN (use run-arn for a run), such as ${TEMPLATE_ARN_EXAMPLE}`
        : `an assessment template ARN such as ${TEMPLATE_ARN_EXAMPLE}`,
    );
  }
  if (runNameInput.length > RUN_NAME_MAX) {
    problems.invalid("run-name", runNameInput, `at most ${RUN_NAME_MAX} characters (Inspector's limit)`);
  }

  const given = [
    runArn && runArnInput.name,
    templateArn && templateArnInput.name,
    findingsFile && findingsInput.name,
    mergePatterns.length > 0 && "merge",
  ].filter((name): name is InputName => Boolean(name));
  const isSet = (name: string) => {
    const value = raw(name as InputName);
    return value !== "" && value !== defaultOf(name as InputName);
  };
  const inspector2 = readInspector2Inputs(
    { raw: (name) => raw(name as InputName), set: isSet, lines: scopeLines, bool },
    [...given, ...(["run-name", "latest", "max-age", "on-timeout", "allow-partial"] as const).filter(isSet)],
    problems,
    env,
  );
  let source: ActionSource | undefined;
  if (raw("source") === "inspector2") {
    source = inspector2;
  } else if (given.length === 0) {
    problems.add(
      "Missing input: set template-arn (start or reuse a run of a template), run-arn (evaluate a given run), findings (evaluate exported findings offline), source: inspector2 with a scope (gate Amazon Inspector v2) or merge (one verdict over gates' JSON reports).",
    );
  } else if (given.length > 1) {
    problems.add(`Conflicting inputs ${given.join(" and ")}: set only one of them.`);
  } else if (mergePatterns.length > 0) {
    const expectText = raw("merge-expect").trim();
    let expected: number | undefined;
    if (expectText !== "") {
      expected = /^\d+$/.test(expectText) ? Number(expectText) : Number.NaN;
      if (!Number.isSafeInteger(expected) || expected < 1) {
        problems.invalid("merge-expect", expectText, "a whole number of at least 1 (the gates in the fleet)");
      }
    }
    source = { kind: "merge", patterns: mergePatterns, ...(expected !== undefined ? { expected } : {}) };
  } else if (runArn) {
    source = { kind: "run", runArn };
  } else if (templateArn) {
    source = latest
      ? { kind: "latest", templateArn, ...(maxAgeMs !== undefined ? { maxAgeMs } : {}) }
      : {
          kind: "template",
          templateArn,
          runName: runNameInput || defaultRunName(env, options.now ?? new Date()),
        };
  } else {
    const file = resolve(workspace, findingsFile);
    if (!isReadableFile(file)) {
      problems.invalid(findingsInput.name, findingsFile, `a findings file in the workspace (${workspace})`);
    }
    source = { kind: "findings", file };
  }
  if (latest && !templateArn)
    problems.add("Input latest needs template-arn: latest picks that template's newest completed run.");
  if (maxAgeMs !== undefined && !latest) problems.add("Input max-age applies only with latest: true.");
  if (raw("merge-expect") && source?.kind !== "merge") ignored.push("merge-expect (only used with merge)");
  if (runNameInput && source && source.kind !== "template")
    ignored.push("run-name (only used when starting a run from template-arn)");

  // --- Policy ----------------------------------------------------------------------------------------
  // A merge combines decisions the gates already made under their policy: none is read here.
  const policy =
    source?.kind === "merge" ? [] : await policyFiles(core.getMultilineInput("policy"), workspace, problems);
  if (source?.kind === "merge" && raw("policy"))
    ignored.push("policy (merge combines the gates' own decisions)");

  // --- Waiting and fetching -----------------------------------------------------------------------------
  const timeoutMs = duration("timeout") ?? 0;
  const pollIntervalMs = duration("poll-interval") ?? 0;
  const onTimeout = oneOf<OnTimeout>("on-timeout", ["stop", "leave"]);
  const allowPartial = bool("allow-partial");
  const concurrencyText = text("concurrency");
  let concurrency = Number(INPUT_DEFAULTS.concurrency);
  if (/^\d+$/.test(concurrencyText) && Number(concurrencyText) >= 1 && Number(concurrencyText) <= 64) {
    concurrency = Number(concurrencyText);
  } else {
    problems.invalid("concurrency", concurrencyText, "a whole number from 1 to 64");
  }

  // --- Where Inspector is -----------------------------------------------------------------------------------
  const region = raw("region");
  if (region && !REGION.test(region)) problems.invalid("region", region, "an AWS region such as us-west-2");
  const endpoint = raw("endpoint");
  if (endpoint && !isHttpUrl(endpoint)) {
    problems.invalid(
      "endpoint",
      endpoint,
      "an http:// or https:// URL such as https://inspector.us-west-2.amazonaws.com",
    );
  }
  if (source?.kind === "findings" || source?.kind === "merge") {
    for (const name of [
      "region",
      "endpoint",
      "timeout",
      "poll-interval",
      "on-timeout",
      "allow-partial",
    ] as const) {
      if (raw(name))
        ignored.push(
          `${name} (${source.kind === "merge" ? "merge reads reports only" : "findings are evaluated offline"})`,
        );
    }
  }

  // --- Reporting --------------------------------------------------------------------------------------------
  const warnOnly = bool("warn-only");
  const commentOnPr = oneOf<CommentMode>("comment-on-pr", ["never", "always", "on-failure"]);
  // An unexpanded default means the Action runs outside a workflow: no token.
  const token = raw("github-token");
  const githubToken = token.startsWith("${{") ? "" : token;

  const reportFile = path("json");
  const sarifFile = path("sarif");
  const junitFile = path("junit");
  const written = [reportFile, sarifFile, junitFile].filter((f) => f !== undefined);
  if (new Set(written).size < written.length) {
    problems.add("Inputs json, sarif and junit name the same file: give each report its own path.");
  }

  if (problems.list.length > 0) {
    const [first] = problems.list;
    const message =
      problems.list.length === 1 && first !== undefined
        ? first
        : `${problems.list.length} invalid inputs:\n${problems.list.map((p) => `- ${p}`).join("\n")}`;
    throw new ConfigError("INPUT_INVALID", message, problems.list);
  }

  return {
    policy,
    source: source as ActionSource,
    timeoutMs,
    pollIntervalMs,
    onTimeout,
    allowPartial,
    concurrency,
    ...(region ? { region } : {}),
    ...(endpoint ? { endpoint } : {}),
    warnOnly,
    commentOnPr,
    githubToken,
    ...(reportFile ? { reportFile } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    ...(junitFile ? { junitFile } : {}),
    workspace,
    ignored,
    deprecated,
  };
}

function defaultOf(name: InputName): string {
  return INPUT_DEFAULTS[name];
}

/** A multi-line input's values: one a line, trimmed, blank lines and # comments left out. */
function scopeLines(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function isReadableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function policyFiles(
  lines: readonly string[],
  workspace: string,
  problems: Problems,
): Promise<string[]> {
  const patterns = lines.map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  const usingDefault = patterns.length === 0;
  if (usingDefault) patterns.push(INPUT_DEFAULTS.policy);
  const files: string[] = [];
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      const base = isAbsolute(pattern) ? "/" : workspace;
      const matches = await expandGlob(base, pattern);
      if (matches.length === 0) {
        problems.invalid(
          "policy",
          pattern,
          `a path or glob matching at least one file in the workspace (${workspace})`,
        );
      }
      files.push(...matches);
      continue;
    }
    const file = resolve(workspace, pattern);
    if (!existsSync(file)) {
      problems.invalid(
        "policy",
        pattern,
        usingDefault
          ? `a policy file: none exists at the default path in the workspace (${workspace}); create it or set the policy input`
          : `a policy file path relative to the workspace (${workspace}); no such file`,
      );
    } else if (!isReadableFile(file)) {
      problems.invalid("policy", pattern, "a file, not a directory (use a glob such as policies/*.yml)");
    }
    files.push(file);
  }
  return [...new Set(files)];
}
