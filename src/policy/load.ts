/**
 * Policy files (YAML) -> one validated, merged Policy. Every problem is reported at once, each as
 * `file:line:col: message`, inside a single ConfigError("POLICY_INVALID"). Checks the schema cannot
 * express happen here: ids unique across every loaded file, regexes RE2 can run, applies-to naming real
 * rules, consistent ranges, extends cycles. Over 500 lines: reading, checking and merging all work on the
 * raw YAML shapes declared below, and each stays short.
 */
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../errors.js";
import { SEVERITIES, SEVERITY_RANK, type Severity } from "../model.js";
import type { PolicySource } from "./conditions.js";
import { checkMatch, matchOf, type RawMatch } from "./match-load.js";
import { convertAjvErrors, didYouMean, displayPath, formatProblems, listOf } from "./messages.js";
import { policySchema, policyValidator } from "./schema.js";
import type {
  BaselineSettings,
  CoverageSettings,
  FleetLimits,
  FleetSettings,
  Policy,
  PolicyException,
  PresetEntry,
  Rule,
  SeverityLimit,
  SourceLocation,
  UnhealthyAgents,
} from "./types.js";
import {
  type Located,
  MAX_POLICY_BYTES,
  type Position,
  type Problem,
  parseYaml,
  pointerChild,
} from "./yaml.js";

export type PolicyInput = string | readonly string[] | { readonly text: string; readonly file?: string };

export interface LoadPolicyOptions {
  /** Directory that relative paths are resolved against (default: process.cwd()). */
  readonly cwd?: string;
  /**
   * The source the policy will be applied to: conditions no finding of it can have are refused, at the
   * condition (`validate --source`). Unset: every condition is accepted, and one that cannot be decided
   * for a finding is reported when it is evaluated ("could not apply").
   */
  readonly source?: PolicySource;
}

/** Prefix of the shipped presets in `extends`. */
export const PRESET_PREFIX = "inspector-gate:";

// ---------------------------------------------------------------------------------------------------
// The YAML shapes after schema validation (kebab-case keys, as written).

interface RawRule {
  id: string;
  description?: string;
  level?: "error" | "warning";
  max?: number;
  match: RawMatch;
  baseline?: RawBaseline;
  fleet?: RawFleet;
}
interface RawBaseline {
  "new-only": boolean;
}
interface RawFleet {
  limits: FleetLimits;
}
interface RawException {
  id: string;
  reason: string;
  expires: string;
  owner?: string;
  ticket?: string;
  "applies-to"?: string[];
  match: RawMatch;
}
interface RawPolicy {
  version: 1;
  name?: string;
  extends?: string | string[];
  severity?: {
    "fail-on"?: Severity;
    max?: Partial<Record<Severity, number>>;
    baseline?: RawBaseline;
    fleet?: RawFleet;
  };
  rules?: RawRule[];
  exceptions?: RawException[];
  coverage?: {
    "min-agents"?: number;
    "unhealthy-agents"?: UnhealthyAgents;
    "inactive-resources"?: UnhealthyAgents;
  };
  baseline?: RawBaseline;
  fleet?: RawFleet;
}

interface Source {
  /** How the file is named in messages and reports. */
  readonly label: string;
  /** Absolute path, when the policy comes from a file. */
  readonly path?: string;
  readonly text?: string;
  /** Directory that its relative `extends` resolve against. */
  readonly dir: string;
  readonly root: boolean;
  /** For a shipped preset: the user's `extends` entry that brought it in (directly or through presets). */
  readonly via?: PresetEntry;
}

interface LoadedFile {
  readonly label: string;
  readonly data: RawPolicy;
  readonly positions: ReadonlyMap<string, Located>;
  readonly root: boolean;
  readonly via?: PresetEntry;
}

// ---------------------------------------------------------------------------------------------------
// Presets

let presetsDirCache: string | null | undefined;

/** The shipped policies/ directory: beside dist/ in the package, or at the repository root from src/. */
export function presetsDir(): string | undefined {
  if (presetsDirCache !== undefined) return presetsDirCache ?? undefined;
  presetsDirCache = null;
  for (const candidate of ["../policies/", "../../policies/"]) {
    try {
      const dir = fileURLToPath(new URL(candidate, import.meta.url));
      if (existsSync(join(dir, "default.yml"))) {
        presetsDirCache = dir;
        break;
      }
    } catch {
      // not a file: URL (bundled elsewhere); try the next candidate
    }
  }
  return presetsDirCache ?? undefined;
}

/** Names of the shipped presets (`inspector-gate:<name>`). */
export function presetNames(): string[] {
  const dir = presetsDir();
  if (dir === undefined) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yml"))
    .map((f) => f.slice(0, -4))
    .sort();
}

// ---------------------------------------------------------------------------------------------------

/** A source location plus the key path it belongs to (for messages). */
interface Place extends SourceLocation {
  readonly path: string;
}

function location(file: LoadedFile, pointer: string, key = false): Place {
  const located = file.positions.get(pointer);
  const at = (key ? located?.key : undefined) ?? located?.value ?? { line: 1, column: 1 };
  const place = { file: file.label, line: at.line, column: at.column, path: displayPath(pointer) };
  return file.via ? { ...place, via: file.via } : place;
}

/** A SourceLocation with nothing else (the Policy carries no message paths). */
function sourceOf(place: Place): SourceLocation {
  const source = { file: place.file, line: place.line, column: place.column };
  return place.via ? { ...source, via: place.via } : source;
}

function toPosition(loc: SourceLocation): Position {
  return { line: loc.line, column: loc.column };
}

function nodeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return error instanceof Error ? error.message : String(error);
}

class Loader {
  readonly problems: Problem[] = [];
  readonly order: LoadedFile[] = [];
  private readonly state = new Map<string, "loading" | "done">();

  constructor(
    private readonly cwd: string,
    private readonly source?: PolicySource,
  ) {}

  private problem(file: string, position: Position | undefined, message: string): void {
    this.problems.push(position ? { file, position, message } : { file, message });
  }

  /** A problem at a place, its message prefixed with the key path ("rules[0].id: ..."). */
  private report(at: Place, message: string): void {
    this.problem(at.file, toPosition(at), at.path === "" ? message : `${at.path}: ${message}`);
  }

  async load(source: Source, stack: readonly string[], via?: Place): Promise<void> {
    const key = source.path ?? `inline:${source.label}`;
    if (this.state.get(key) === "loading") {
      const cycle = [...stack.slice(stack.indexOf(key)), key].map((k) => this.labelOfKey(k)).join(" -> ");
      if (via) this.report(via, `creates a cycle: ${cycle}`);
      return;
    }
    if (this.state.has(key)) return; // loaded already (several files extend the same one)
    this.state.set(key, "loading");
    this.labels.set(key, source.label);
    try {
      const text = source.text ?? (await this.read(source, via));
      if (text === undefined) return;
      const parsed = parseYaml(text, source.label);
      if (!parsed.tree) {
        this.problems.push(...parsed.problems);
        return;
      }
      const validate = policyValidator();
      if (!validate(parsed.tree.data)) {
        this.problems.push(
          ...convertAjvErrors(validate.errors ?? [], source.label, parsed.tree.positions, policySchema),
        );
        return;
      }
      const file: LoadedFile = {
        label: source.label,
        data: parsed.tree.data as RawPolicy,
        positions: parsed.tree.positions,
        root: source.root,
        ...(source.via ? { via: source.via } : {}),
      };
      this.checkFile(file);
      const entries = file.data.extends === undefined ? [] : [file.data.extends].flat();
      const isList = Array.isArray(file.data.extends);
      for (const [index, entry] of entries.entries()) {
        const pointer = isList ? pointerChild("/extends", index) : "/extends";
        const at = location(file, pointer);
        const resolved = this.resolveExtends(entry, source, at);
        // What a preset brings in is shown at the user's own `extends` entry, which names the preset.
        const via: PresetEntry | undefined =
          source.via ??
          (resolved?.label.startsWith(PRESET_PREFIX)
            ? { preset: resolved.label, file: at.file, line: at.line, column: at.column }
            : undefined);
        const child = resolved && via ? { ...resolved, via } : resolved;
        if (child) await this.load(child, [...stack, key], at);
      }
      this.order.push(file);
    } finally {
      this.state.set(key, "done");
    }
  }

  private readonly labels = new Map<string, string>();
  private labelOfKey(key: string): string {
    return this.labels.get(key) ?? key;
  }

  private async read(source: Source, via?: Place): Promise<string | undefined> {
    const path = source.path!;
    const report = (message: string) => {
      if (via) this.report(via, `cannot read '${source.label}': ${message}`);
      else this.problem(source.label, undefined, `cannot read the policy file: ${message}`);
    };
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        report("is a directory, not a file");
        return undefined;
      }
      if (info.size > MAX_POLICY_BYTES) {
        this.problem(
          source.label,
          { line: 1, column: 1 },
          `policy file too large (${info.size} bytes; at most ${MAX_POLICY_BYTES}): a policy is a short, reviewed document`,
        );
        return undefined;
      }
      return await readFile(path, "utf8");
    } catch (error) {
      report(nodeError(error));
      return undefined;
    }
  }

  private resolveExtends(entry: string, from: Source, at: Place): Source | undefined {
    if (entry.startsWith(PRESET_PREFIX)) {
      const name = entry.slice(PRESET_PREFIX.length);
      const dir = presetsDir();
      const names = presetNames();
      if (dir === undefined) {
        this.report(at, `cannot find the shipped presets (policies/) to resolve '${entry}'`);
        return undefined;
      }
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !names.includes(name)) {
        const suggestion = didYouMean(name, names);
        this.report(
          at,
          `unknown preset '${entry}'${suggestion ? `; did you mean '${PRESET_PREFIX}${suggestion}'?` : ""} (shipped presets: ${listOf(names.map((n) => PRESET_PREFIX + n))})`,
        );
        return undefined;
      }
      const path = join(dir, `${name}.yml`);
      return { label: entry, path, dir, root: false };
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(entry)) {
      this.report(
        at,
        `URLs are not supported ('${entry}'); expected a preset (${PRESET_PREFIX}<name>) or a path relative to this file`,
      );
      return undefined;
    }
    const path = resolve(from.dir, entry);
    if (!this.confined(path)) {
      this.report(
        at,
        `'${entry}' is outside the working directory: a policy may extend shipped presets (${PRESET_PREFIX}<name>) and files within the working directory or beside the policy given, nothing else`,
      );
      return undefined;
    }
    return { label: this.labelFor(path), path, dir: dirname(path), root: false };
  }

  /**
   * Policies arrive in pull requests: `extends` must not reach files outside the repository (secrets,
   * /proc/self/environ) and quote them into a log. A path (after following symbolic links) must lie
   * within the working directory or within the directory of a policy file the user named.
   */
  private confined(path: string): boolean {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path; // missing: confined by its spelling; reading it reports that it does not exist
    }
    return this.allowedDirs.some(
      (dir) => real === dir || real.startsWith(dir.endsWith(sep) ? dir : dir + sep),
    );
  }

  private readonly allowedDirs: string[] = [];

  /** Lets `extends` reach files within `dir` (the working directory, and the directory of each named policy). */
  allow(dir: string): void {
    for (const d of [dir, realOrSelf(dir)]) if (!this.allowedDirs.includes(d)) this.allowedDirs.push(d);
  }

  /** Presets by their preset name; other files relative to the working directory. */
  private labelFor(path: string): string {
    const dir = presetsDir();
    if (
      dir !== undefined &&
      dirname(path) + sep === (dir.endsWith(sep) ? dir : dir + sep) &&
      path.endsWith(".yml")
    ) {
      return PRESET_PREFIX + path.slice(dirname(path).length + 1, -4);
    }
    const rel = relative(this.cwd, path);
    return rel === "" || isAbsolute(rel) ? path : rel;
  }

  // -------------------------------------------------------------------------------------------------
  // Checks within one file

  private checkFile(file: LoadedFile): void {
    const { data } = file;
    for (const [i, rule] of (data.rules ?? []).entries()) {
      const base = pointerChild("/rules", i);
      if (rule.id === "severity") {
        this.report(
          location(file, pointerChild(base, "id")),
          "rule id 'severity' is reserved (applies-to uses it to mean the severity limits); choose another id",
        );
      }
      this.checkMatch(file, rule.match, pointerChild(base, "match"));
    }
    for (const [i, exception] of (data.exceptions ?? []).entries()) {
      this.checkMatch(file, exception.match, pointerChild(pointerChild("/exceptions", i), "match"));
    }
  }

  private checkMatch(file: LoadedFile, match: RawMatch, pointer: string): void {
    checkMatch(
      match,
      pointer,
      (at, message, key) => this.report(location(file, at, key), message),
      this.source,
    );
  }

  // -------------------------------------------------------------------------------------------------
  // Checks across every loaded file

  checkAll(): void {
    const ruleIds = new Map<string, Place>();
    const exceptionIds = new Map<string, Place>();
    for (const file of this.order) {
      for (const [i, rule] of (file.data.rules ?? []).entries()) {
        const at = location(file, pointerChild(pointerChild("/rules", i), "id"));
        const first = ruleIds.get(rule.id);
        if (first) {
          this.report(
            at,
            `duplicate rule id '${rule.id}': already defined at ${first.file}:${first.line}:${first.column}`,
          );
        } else ruleIds.set(rule.id, at);
      }
      for (const [i, exception] of (file.data.exceptions ?? []).entries()) {
        const at = location(file, pointerChild(pointerChild("/exceptions", i), "id"));
        const first = exceptionIds.get(exception.id);
        if (first) {
          this.report(
            at,
            `duplicate exception id '${exception.id}': already defined at ${first.file}:${first.line}:${first.column}`,
          );
        } else exceptionIds.set(exception.id, at);
      }
    }
    const known = [...ruleIds.keys()];
    for (const file of this.order) {
      for (const [i, exception] of (file.data.exceptions ?? []).entries()) {
        const base = pointerChild(pointerChild("/exceptions", i), "applies-to");
        for (const [j, id] of (exception["applies-to"] ?? []).entries()) {
          if (id === "severity" || ruleIds.has(id)) continue;
          const at = location(file, pointerChild(base, j));
          const suggestion = didYouMean(id, [...known, "severity"]);
          this.report(
            at,
            `unknown rule id '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (expected a rule id defined in the loaded policies${known.length > 0 ? `: ${listOf(known)}` : ""}, or "severity")`,
          );
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Normalising and merging

const UNHEALTHY_STRICTNESS: Readonly<Record<UnhealthyAgents, number>> = { ignore: 0, warn: 1, fail: 2 };

/** The stricter of two settings, either of which may be unset. */
function strictest(
  a: UnhealthyAgents | undefined,
  b: UnhealthyAgents | undefined,
): UnhealthyAgents | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return UNHEALTHY_STRICTNESS[a] >= UNHEALTHY_STRICTNESS[b] ? a : b;
}

/** The limits one file sets: fail-on gives max 0 at and above it; a listed severity uses its own max. */
function limitsOf(file: LoadedFile): SeverityLimit[] {
  const severity = file.data.severity;
  if (severity === undefined) return [];
  const out = new Map<Severity, SeverityLimit>();
  const failOn = severity["fail-on"];
  if (failOn !== undefined) {
    const source = sourceOf(location(file, "/severity/fail-on"));
    for (const s of SEVERITIES) {
      if (SEVERITY_RANK[s] >= SEVERITY_RANK[failOn]) out.set(s, { severity: s, max: 0, source });
    }
  }
  for (const s of SEVERITIES) {
    const max = severity.max?.[s];
    if (max !== undefined)
      out.set(s, { severity: s, max, source: sourceOf(location(file, `/severity/max/${s}`)) });
  }
  const modes = {
    ...(severity.baseline !== undefined ? { newOnly: severity.baseline["new-only"] } : {}),
    ...(severity.fleet !== undefined ? { fleet: severity.fleet.limits } : {}),
  };
  return [...out.values()].map((limit) => ({ ...limit, ...modes }));
}

function merge(files: readonly LoadedFile[]): Policy {
  const limits = new Map<Severity, SeverityLimit>();
  const rules: Rule[] = [];
  const exceptions: PolicyException[] = [];
  let coverage: CoverageSettings = { minAgents: 1, unhealthyAgents: "warn" };
  let coverageSet = false;
  // Strictest wins: counting every finding over new ones only, a fleet total over each gate's own count.
  let baseline: BaselineSettings | undefined;
  let fleet: FleetSettings | undefined;
  for (const file of files) {
    // Strictest wins; on a tie the later file (closer to the user's own) supplies the position.
    for (const limit of limitsOf(file)) {
      const current = limits.get(limit.severity);
      if (current === undefined || limit.max <= current.max) limits.set(limit.severity, limit);
    }
    for (const [i, raw] of (file.data.rules ?? []).entries()) {
      const base = pointerChild("/rules", i);
      rules.push({
        id: raw.id,
        ...(raw.description !== undefined ? { description: raw.description } : {}),
        level: raw.level ?? "error",
        max: raw.max ?? 0,
        match: matchOf(raw.match),
        source: sourceOf(location(file, pointerChild(base, "id"))),
        ...(raw.baseline !== undefined ? { newOnly: raw.baseline["new-only"] } : {}),
        ...(raw.fleet !== undefined ? { fleet: raw.fleet.limits } : {}),
      });
    }
    for (const [i, raw] of (file.data.exceptions ?? []).entries()) {
      const base = pointerChild("/exceptions", i);
      exceptions.push({
        id: raw.id,
        reason: raw.reason,
        expires: raw.expires,
        ...(raw.owner !== undefined ? { owner: raw.owner } : {}),
        ...(raw.ticket !== undefined ? { ticket: raw.ticket } : {}),
        ...(raw["applies-to"] !== undefined ? { appliesTo: [...raw["applies-to"]] } : {}),
        match: matchOf(raw.match),
        source: sourceOf(location(file, pointerChild(base, "id"))),
      });
    }
    const b = file.data.baseline;
    if (b !== undefined && (baseline === undefined || (baseline.newOnly && !b["new-only"]))) {
      baseline = { newOnly: b["new-only"], source: sourceOf(location(file, "/baseline", true)) };
    }
    const f = file.data.fleet;
    if (f !== undefined && (fleet === undefined || (fleet.limits === "per-gate" && f.limits === "total"))) {
      fleet = { limits: f.limits, source: sourceOf(location(file, "/fleet", true)) };
    }
    const c = file.data.coverage;
    if (c !== undefined) {
      const source = sourceOf(location(file, "/coverage", true));
      const minAgents = Math.max(coverage.minAgents, c["min-agents"] ?? 1);
      const unhealthy = c["unhealthy-agents"] ?? "warn";
      const stricter =
        UNHEALTHY_STRICTNESS[unhealthy] > UNHEALTHY_STRICTNESS[coverage.unhealthyAgents]
          ? unhealthy
          : coverage.unhealthyAgents;
      const inactive = strictest(c["inactive-resources"], coverage.inactiveResources);
      const changed =
        !coverageSet ||
        minAgents !== coverage.minAgents ||
        stricter !== coverage.unhealthyAgents ||
        inactive !== coverage.inactiveResources;
      coverage = {
        minAgents,
        unhealthyAgents: stricter,
        ...(inactive !== undefined ? { inactiveResources: inactive } : {}),
        ...(changed ? { source } : coverage.source ? { source: coverage.source } : {}),
      };
      coverageSet = true;
    }
  }
  const roots = files.filter((f) => f.root);
  // The name is the user's: a preset's name is not shown as if it were the policy's.
  const name = roots.find((f) => f.data.name !== undefined)?.data.name;
  return {
    version: 1,
    ...(name !== undefined ? { name } : {}),
    files: files.map((f) => f.label),
    severityLimits: SEVERITIES.slice()
      .reverse()
      .flatMap((s) => {
        const limit = limits.get(s);
        return limit ? [limit] : [];
      }),
    rules,
    exceptions,
    coverage,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(fleet !== undefined ? { fleet } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Loads one or more policy files (or inline YAML), resolves `extends`, validates everything and merges
 * the result. Throws ConfigError("POLICY_INVALID") listing every problem as `file:line:col: message`.
 */
export async function loadPolicy(input: PolicyInput, options: LoadPolicyOptions = {}): Promise<Policy> {
  const cwd = options.cwd ?? process.cwd();
  const sources: Source[] = [];
  if (typeof input === "string") {
    sources.push({ label: input, path: resolve(cwd, input), dir: dirname(resolve(cwd, input)), root: true });
  } else if (Array.isArray(input)) {
    for (const path of input as readonly string[]) {
      sources.push({ label: path, path: resolve(cwd, path), dir: dirname(resolve(cwd, path)), root: true });
    }
  } else {
    const inline = input as { text: string; file?: string };
    const label = inline.file ?? "<inline>";
    const dir = inline.file !== undefined ? dirname(resolve(cwd, inline.file)) : cwd;
    sources.push({ label, text: inline.text, dir, root: true });
  }
  if (sources.length === 0) {
    throw new ConfigError("POLICY_INVALID", "no policy given: expected at least one policy file");
  }
  const loader = new Loader(cwd, options.source);
  loader.allow(resolve(cwd));
  for (const source of sources) if (source.path !== undefined) loader.allow(source.dir);
  for (const source of sources) await loader.load(source, []);
  if (loader.problems.length === 0) loader.checkAll();
  let policy: Policy | undefined;
  if (loader.problems.length === 0) {
    policy = merge(loader.order);
    if (policy.severityLimits.length === 0 && policy.rules.length === 0) {
      const first = loader.order.find((f) => f.root) ?? loader.order[0]!;
      const at = location(first, "/version", true);
      loader.problems.push({
        file: at.file,
        position: toPosition(at),
        message:
          "this policy can never fail: it sets no severity limit (severity.fail-on or severity.max) and no rule; add one, or extend inspector-gate:default",
      });
    }
  }
  if (loader.problems.length > 0 || policy === undefined) {
    const files = sources.map((s) => s.label);
    const lines = formatProblems(loader.problems, files);
    const count = loader.problems.length;
    throw new ConfigError(
      "POLICY_INVALID",
      `invalid policy (${files.join(", ")}): ${count} problem${count === 1 ? "" : "s"}`,
      lines,
    );
  }
  return policy;
}
