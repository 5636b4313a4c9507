/**
 * The findings of one run, held compactly and indexed. A generated run keeps four typed arrays
 * (severity, rules package, agent, catalogue entry) and builds each finding's text only when it is
 * described; a run loaded from a state file keeps the findings it was given. Both are indexed by
 * severity, rules package and agent, so ListFindings starts from the smallest matching slice
 * (finding-filter.ts) and DescribeFindings goes from an ARN to its finding in constant time.
 */
import { CLASSIC_SEVERITIES as SEVERITIES, type ClassicSeverity as Severity } from "../../model.js";
import { hash, Random } from "../shared/random.js";
import { decodeFindingId, encodeFindingId } from "./arn.js";
import {
  CATALOG_SIZE,
  NUMERIC_SEVERITY,
  type PackageKind,
  type RuleEntry,
  ruleEntry,
  ruleSeverity,
} from "./catalog.js";
import type { Agent } from "./fleet.js";

export interface WireAttribute {
  key: string;
  value?: string;
}

export interface AssetInfo {
  readonly agentId: string;
  readonly hostname?: string;
  readonly amiId?: string;
  readonly autoScalingGroup?: string;
  readonly ipv4Addresses?: readonly string[];
}

/** What a finding needs from its run to be described. */
export interface FindingContext {
  readonly runArn: string;
  readonly userAttributesForFindings: readonly WireAttribute[];
  /** When the run produced its findings (ms). */
  readonly createdBaseMs: number;
  /** Over how long (ms) they were produced. */
  readonly spreadMs: number;
}

const SEVERITY_INDEX = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));

/** Sorted index lists, one per bucket (counting sort of `values`). */
function bucketize(values: ArrayLike<number>, buckets: number, size: number): Int32Array[] {
  const counts = new Int32Array(buckets);
  for (let i = 0; i < size; i++) {
    const v = values[i]!;
    if (v >= 0) counts[v]!++;
  }
  const lists = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(buckets);
  for (let i = 0; i < size; i++) {
    const v = values[i]!;
    if (v >= 0) lists[v]![fill[v]!++] = i;
  }
  return lists;
}

/** How many entries of a sorted list are below `limit`. */
export function countBelow(list: Int32Array, limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameAttribute(a: WireAttribute, b: WireAttribute): boolean {
  return a.key === b.key && (a.value ?? undefined) === (b.value ?? undefined);
}

export function containsAll(have: readonly WireAttribute[], wanted: readonly WireAttribute[]): boolean {
  return wanted.every((w) => have.some((h) => sameAttribute(h, w)));
}

export abstract class FindingSet {
  readonly size: number;
  readonly packages: readonly string[];
  readonly assets: readonly AssetInfo[];
  protected readonly severity: Uint8Array;
  protected readonly pkg: Uint8Array;
  protected readonly agent: Int32Array;
  readonly bySeverity: Int32Array[];
  readonly byPackage: Int32Array[];
  readonly byAgent: Int32Array[];
  /** User attributes changed by Add/RemoveAttributesFromFindings, per index. */
  readonly userOverrides = new Map<number, WireAttribute[]>();
  /** updatedAt (ms) changed by Add/RemoveAttributesFromFindings, per index. */
  readonly updatedAt = new Map<number, number>();

  protected constructor(
    size: number,
    packages: readonly string[],
    assets: readonly AssetInfo[],
    severity: Uint8Array,
    pkg: Uint8Array,
    agent: Int32Array,
  ) {
    this.size = size;
    this.packages = packages;
    this.assets = assets;
    this.severity = severity;
    this.pkg = pkg;
    this.agent = agent;
    this.bySeverity = bucketize(severity, SEVERITIES.length, size);
    this.byPackage = bucketize(pkg, packages.length, size);
    this.byAgent = bucketize(agent, assets.length, size);
  }

  severityOf(i: number): Severity {
    return SEVERITIES[this.severity[i]!]!;
  }

  packageOf(i: number): string {
    return this.packages[this.pkg[i]!]!;
  }

  assetOf(i: number): AssetInfo | undefined {
    const a = this.agent[i]!;
    return a < 0 ? undefined : this.assets[a];
  }

  /** Counts per severity among the first `visible` findings. */
  countsOf(visible: number): Record<Severity, number> {
    const counts = {} as Record<Severity, number>;
    SEVERITIES.forEach((s, k) => {
      counts[s] = countBelow(this.bySeverity[k]!, visible);
    });
    return counts;
  }

  userAttributesOf(i: number, ctx: FindingContext): readonly WireAttribute[] {
    return this.userOverrides.get(i) ?? ctx.userAttributesForFindings;
  }

  abstract arnOf(i: number, runArn: string): string;
  /** The index of a finding ARN of this run, or -1. */
  abstract indexOf(findingArn: string, runArn: string): number;
  abstract ruleIdOf(i: number): string | undefined;
  abstract hasAttributes(i: number, wanted: readonly WireAttribute[], cache: Map<number, boolean>): boolean;
  abstract createdAtMs(i: number, ctx: FindingContext): number;
  /** The finding in the wire shape (timestamps in epoch seconds). */
  abstract describe(i: number, ctx: FindingContext): Record<string, unknown>;
}

export interface GeneratedParams {
  /** Seed of the catalogue (the emulator's seed). */
  readonly catalogSeed: number;
  /** Seed of this run's draw and of its finding-id permutation. */
  readonly key: number;
  readonly count: number;
  readonly agents: readonly Agent[];
  readonly packages: readonly { readonly arn: string; readonly kind: PackageKind }[];
}

const PACKAGE_WEIGHT: Readonly<Record<PackageKind, number>> = { cve: 0.55, cis: 0.25, sbp: 0.1, nr: 0.1 };

/** Findings drawn from the catalogue; nothing but four small numbers is stored per finding. */
export class GeneratedFindings extends FindingSet {
  readonly params: GeneratedParams;
  private readonly kinds: readonly PackageKind[];
  private readonly entry: Uint32Array;
  /** Rule entries recently described (agents share most rules), bounded. */
  private readonly entries = new Map<number, RuleEntry>();
  /** The assetAttributes of each agent, in the wire shape. */
  private readonly assetWire: readonly Record<string, unknown>[];

  constructor(params: GeneratedParams) {
    const agents = params.agents;
    const packages = params.packages;
    const count = agents.length === 0 || packages.length === 0 ? 0 : params.count;
    const severity = new Uint8Array(count);
    const pkg = new Uint8Array(count);
    const agent = new Int32Array(count);
    const entry = new Uint32Array(count);
    const r = new Random(params.key);
    const weights = packages.map((p) => PACKAGE_WEIGHT[p.kind]);
    const total = weights.reduce((a, b) => a + b, 0);
    const cveIndex = packages.findIndex((p) => p.kind === "cve");
    const counters = new Uint32Array(agents.length * packages.length);
    for (let i = 0; i < count; i++) {
      const a = i % agents.length;
      let u = r.float() * total;
      let p = 0;
      while (p < packages.length - 1 && u >= weights[p]!) u -= weights[p++]!;
      let kind = packages[p]!.kind;
      if (counters[a * packages.length + p]! >= CATALOG_SIZE[kind] && cveIndex >= 0) {
        p = cveIndex;
        kind = "cve";
      }
      const c = counters[a * packages.length + p]!++;
      // Agents share most rules (offset ranges), yet no agent gets the same rule twice.
      const e = kind === "cve" ? c + a * 3 : (c + a * 5) % CATALOG_SIZE[kind];
      pkg[i] = p;
      agent[i] = a;
      entry[i] = e;
      severity[i] = SEVERITY_INDEX.get(ruleSeverity(params.catalogSeed, kind, e))!;
    }
    const assets = agents.map(
      (g): AssetInfo => ({
        agentId: g.agentId,
        hostname: g.hostname,
        amiId: g.amiId,
        ipv4Addresses: [g.ipv4Address],
        ...(g.autoScalingGroup ? { autoScalingGroup: g.autoScalingGroup } : {}),
      }),
    );
    super(
      count,
      packages.map((p) => p.arn),
      assets,
      severity,
      pkg,
      agent,
    );
    this.params = params;
    this.kinds = packages.map((p) => p.kind);
    this.entry = entry;
    this.assetWire = assets.map((a) => ({ schemaVersion: 1, ...a }));
  }

  arnOf(i: number, runArn: string): string {
    return `${runArn}/finding/${encodeFindingId(i, this.params.key)}`;
  }

  indexOf(findingArn: string, runArn: string): number {
    const prefix = `${runArn}/finding/`;
    if (!findingArn.startsWith(prefix)) return -1;
    const i = decodeFindingId(findingArn.slice(prefix.length), this.params.key);
    return i >= 0 && i < this.size ? i : -1;
  }

  private entryOf(i: number): RuleEntry {
    const key = this.pkg[i]! * 0x100000000 + this.entry[i]!;
    let e = this.entries.get(key);
    if (e === undefined) {
      if (this.entries.size >= 50_000) this.entries.clear();
      e = ruleEntry(this.params.catalogSeed, this.kinds[this.pkg[i]!]!, this.entry[i]!);
      this.entries.set(key, e);
    }
    return e;
  }

  ruleIdOf(i: number): string | undefined {
    return this.entryOf(i).id;
  }

  hasAttributes(i: number, wanted: readonly WireAttribute[], cache: Map<number, boolean>): boolean {
    const asset = this.assetOf(i)!;
    const rest: WireAttribute[] = [];
    for (const w of wanted) {
      if (w.key === "INSTANCE_ID") {
        if (w.value !== asset.agentId) return false;
      } else {
        rest.push(w);
      }
    }
    if (rest.length === 0) return true;
    const key = this.pkg[i]! * 0x100000000 + this.entry[i]!;
    let ok = cache.get(key);
    if (ok === undefined) {
      ok = containsAll(this.entryOf(i).attributes, rest);
      cache.set(key, ok);
    }
    return ok;
  }

  createdAtMs(i: number, ctx: FindingContext): number {
    return ctx.createdBaseMs + Math.floor((i * ctx.spreadMs) / Math.max(1, this.size));
  }

  describe(i: number, ctx: FindingContext): Record<string, unknown> {
    const e = this.entryOf(i);
    const asset = this.assetOf(i)!;
    const createdAt = this.createdAtMs(i, ctx);
    const severity = this.severityOf(i);
    return {
      arn: this.arnOf(i, ctx.runArn),
      schemaVersion: 1,
      service: "Inspector",
      serviceAttributes: {
        schemaVersion: 1,
        assessmentRunArn: ctx.runArn,
        rulesPackageArn: this.packageOf(i),
      },
      assetType: "ec2-instance",
      assetAttributes: this.assetWire[this.agent[i]!],
      id: e.id,
      title: e.title.replace("{instance}", asset.agentId),
      description: e.description,
      recommendation: e.recommendation,
      severity,
      numericSeverity: NUMERIC_SEVERITY[severity],
      confidence: 10,
      indicatorOfCompromise: false,
      attributes: [{ key: "INSTANCE_ID", value: asset.agentId }, ...e.attributes],
      userAttributes: this.userAttributesOf(i, ctx),
      createdAt: createdAt / 1000,
      updatedAt: (this.updatedAt.get(i) ?? createdAt) / 1000,
    };
  }
}

/** A finding as a state file gives it: the wire shape, timestamps already in ms. */
export interface StoredFinding {
  readonly arn: string;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
  readonly severity: Severity;
  readonly rulesPackageArn?: string;
  readonly asset?: AssetInfo;
  readonly id?: string;
  readonly attributes: readonly WireAttribute[];
  readonly userAttributes: readonly WireAttribute[];
  /** Everything else of the wire shape, kept as given. */
  readonly rest: Readonly<Record<string, unknown>>;
}

/** Findings given one by one (a replayed account). */
export class ExplicitFindings extends FindingSet {
  readonly findings: readonly StoredFinding[];
  private readonly byArn: Map<string, number>;

  constructor(findings: readonly StoredFinding[]) {
    const packages: string[] = [];
    const assets: AssetInfo[] = [];
    const pkgIndex = new Map<string, number>();
    const agentIndex = new Map<string, number>();
    const size = findings.length;
    const severity = new Uint8Array(size);
    const pkg = new Uint8Array(size);
    const agent = new Int32Array(size);
    findings.forEach((f, i) => {
      severity[i] = SEVERITY_INDEX.get(f.severity) ?? 0;
      const p = f.rulesPackageArn ?? "";
      if (!pkgIndex.has(p)) {
        pkgIndex.set(p, packages.length);
        packages.push(p);
      }
      pkg[i] = pkgIndex.get(p)!;
      if (f.asset === undefined) {
        agent[i] = -1;
      } else {
        if (!agentIndex.has(f.asset.agentId)) {
          agentIndex.set(f.asset.agentId, assets.length);
          assets.push(f.asset);
        }
        agent[i] = agentIndex.get(f.asset.agentId)!;
      }
    });
    super(size, packages, assets, severity, pkg, agent);
    this.findings = findings;
    this.byArn = new Map(findings.map((f, i) => [f.arn, i]));
    findings.forEach((f, i) => {
      this.userOverrides.set(i, [...f.userAttributes]);
    });
  }

  arnOf(i: number): string {
    return this.findings[i]!.arn;
  }

  indexOf(findingArn: string): number {
    return this.byArn.get(findingArn) ?? -1;
  }

  ruleIdOf(i: number): string | undefined {
    return this.findings[i]!.id;
  }

  hasAttributes(i: number, wanted: readonly WireAttribute[]): boolean {
    return containsAll(this.findings[i]!.attributes, wanted);
  }

  createdAtMs(i: number): number {
    return this.findings[i]!.createdAtMs;
  }

  describe(i: number, ctx: FindingContext): Record<string, unknown> {
    const f = this.findings[i]!;
    return {
      ...f.rest,
      arn: f.arn,
      severity: f.severity,
      ...(f.id !== undefined ? { id: f.id } : {}),
      ...(f.asset !== undefined
        ? { assetAttributes: { schemaVersion: 1, ...f.asset, ...assetRest(f.rest) } }
        : {}),
      attributes: f.attributes,
      userAttributes: this.userAttributesOf(i, ctx),
      createdAt: f.createdAtMs / 1000,
      updatedAt: (this.updatedAt.get(i) ?? f.updatedAtMs) / 1000,
    };
  }
}

function assetRest(rest: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const a = rest["assetAttributes"];
  return typeof a === "object" && a !== null ? (a as Record<string, unknown>) : {};
}

/** A stable 32-bit key for a run's findings, from the emulator seed and the run ARN. */
export function findingKey(catalogSeed: number, runArn: string): number {
  return hash(catalogSeed, "findings", runArn);
}
