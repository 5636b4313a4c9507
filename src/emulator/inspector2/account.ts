/**
 * The emulated Inspector v2 account: its resources and findings, with the rules that decide which
 * findings are SUPPRESSED. A finding is kept as a few numbers (its resource, catalog entry, times and
 * status) and rendered into the API shape only when asked for, so an account of 200,000 findings
 * costs tens of MiB. Everything is derived from the seed.
 */
import { createHash } from "node:crypto";
import { HEX, Random } from "../shared/random.js";
import { BY_ECOSYSTEM } from "./catalog.js";
import { targetFor } from "./facts.js";
import type { ResourceRec, ScanType } from "./resources.js";
import { CODE_RULES, PORT_RULES } from "./rules.js";

export type FindingType = "PACKAGE_VULNERABILITY" | "NETWORK_REACHABILITY" | "CODE_VULNERABILITY";
export type FindingStatus = "ACTIVE" | "SUPPRESSED" | "CLOSED";

export interface FindingRec {
  readonly seq: number;
  readonly arn: string;
  readonly resource: ResourceRec;
  readonly type: FindingType;
  /** Catalog index (package), PORT_RULES index (network) or CODE_RULES index (code). */
  readonly ref: number;
  /** The catalog entry's target (package findings). */
  readonly target: number;
  /** ACTIVE, SUPPRESSED by a rule, or CLOSED (remediated before the account was seeded). */
  base: FindingStatus;
  readonly firstObservedAt: number;
  readonly lastObservedAt: number;
  readonly updatedAt: number;
  /** CLOSED from this time (ms): the resource was rescanned without it, expired or terminated. */
  closedAt?: number;
}

export interface AccountOptions {
  readonly seed: string;
  readonly region: string;
  readonly account: string;
  /** Divides every delay still to come (scans, discovery), until changed. */
  readonly timeScale: number;
  /** Seconds from a push or deploy to the end of its first scan, before scaling, until changed. */
  readonly scanSeconds: number;
  /** When the account was seeded (ms); seeded history is placed before it. */
  readonly start: number;
}

export class Account2 {
  readonly resources: ResourceRec[] = [];
  readonly findings: FindingRec[] = [];
  /** Bumped on every change, so cached listings are recomputed. */
  version = 0;
  /** Decides whether a new finding is suppressed (set from the account's suppression rules). */
  suppressed: (finding: FindingRec) => boolean = () => false;
  private readonly byId = new Map<string, ResourceRec>();
  private byArn: Map<string, FindingRec> | undefined;
  /** Per repository, the image each tag is on. */
  private readonly tagged = new Map<string, Map<string, ResourceRec>>();
  private pushes = 0;
  /** The time scale in force: a restored account replays its history under the scale it had then. */
  timeScale: number;
  /** The default scan time in force (seconds, before scaling). */
  scanSeconds: number;

  constructor(readonly options: AccountOptions) {
    this.timeScale = options.timeScale;
    this.scanSeconds = options.scanSeconds;
  }

  get region(): string {
    return this.options.region;
  }

  get accountId(): string {
    return this.options.account;
  }

  /** Milliseconds of a future delay of `seconds`, accelerated by the time scale. */
  scaled(seconds: number): number {
    return (seconds * 1000) / this.timeScale;
  }

  /** A deterministic generator for one purpose. */
  random(...parts: (string | number)[]): Random {
    return Random.from(this.options.seed, ...parts);
  }

  /** Deterministic lowercase hex of `length` digits. */
  hex(length: number, ...parts: (string | number)[]): string {
    return this.random("hex", ...parts).chars(length, HEX);
  }

  /** A sequence number for runtime pushes and deploys, so their generated ids never collide. */
  nextPush(): number {
    this.version++;
    return ++this.pushes;
  }

  resource(id: string): ResourceRec | undefined {
    return this.byId.get(id);
  }

  /** Adds (or replaces, keeping the id) a resource. */
  addResource(rec: Omit<ResourceRec, "seq">): ResourceRec {
    const existing = this.byId.get(rec.id);
    const full: ResourceRec = { ...rec, seq: existing?.seq ?? this.resources.length };
    if (existing) this.resources[existing.seq] = full;
    else this.resources.push(full);
    this.byId.set(full.id, full);
    this.version++;
    return full;
  }

  /** Puts `tags` on an image, taking them off the image of its repository that had them (as ECR does). */
  moveTags(image: ResourceRec): void {
    const info = image.image;
    if (info === undefined) return;
    let tags = this.tagged.get(info.repositoryName);
    if (tags === undefined) {
      tags = new Map();
      this.tagged.set(info.repositoryName, tags);
    }
    for (const tag of info.tags) {
      const holder = tags.get(tag);
      if (holder?.image && holder !== image) holder.image.tags = holder.image.tags.filter((t) => t !== tag);
      tags.set(tag, image);
    }
  }

  findingByArn(arn: string): FindingRec | undefined {
    if (this.byArn === undefined) this.byArn = new Map(this.findings.map((f) => [f.arn, f]));
    return this.byArn.get(arn);
  }

  private add(
    resource: ResourceRec,
    type: FindingType,
    ref: number,
    target: number,
    scanType: ScanType,
    remediated: boolean,
  ): FindingRec | undefined {
    const plan = resource.scans[scanType];
    if (plan?.completesAt === undefined) return undefined;
    const firstObservedAt = plan.completesAt;
    const lastObservedAt = Math.max(firstObservedAt, plan.lastScanAt ?? firstObservedAt);
    const key = `${resource.id}|${resource.revision ?? 0}|${type}|${ref}`;
    // 128 bits of a digest: four 32-bit hashes of one key collide together (one 32-bit state), and
    // an account of 200,000 findings then gave two different findings the same ARN.
    const id = createHash("sha256").update(`${this.options.seed}\u0000${key}`).digest("hex").slice(0, 32);
    const arn = `arn:aws:inspector2:${this.region}:${this.accountId}:finding/${id}`;
    // The same vulnerability drawn twice for one resource is one finding, as on the service.
    const existing = this.findingByArn(arn);
    if (existing !== undefined) return existing;
    const finding: FindingRec = {
      seq: this.findings.length,
      arn,
      resource,
      type,
      ref,
      target,
      base: remediated ? "CLOSED" : "ACTIVE",
      firstObservedAt,
      lastObservedAt,
      updatedAt: lastObservedAt,
      ...(resource.closedAt !== undefined ? { closedAt: resource.closedAt } : {}),
    };
    if (finding.base === "ACTIVE" && this.suppressed(finding)) finding.base = "SUPPRESSED";
    this.findings.push(finding);
    this.byArn?.set(finding.arn, finding);
    this.version++;
    return finding;
  }

  /** How many package findings a resource can hold: the catalog entries of its ecosystems. */
  packageCapacity(resource: ResourceRec): number {
    return candidates(resource).length;
  }

  /**
   * Draws package findings for a resource: the `forced` catalog entries, and `count` more distinct
   * vulnerabilities fitting its software. `remediatedShare` of them are CLOSED (patched before now).
   */
  addPackageFindings(
    resource: ResourceRec,
    count: number,
    forced: readonly number[] = [],
    remediatedShare = 0,
  ): number {
    const rnd = this.random("package-findings", resource.id);
    const pool = candidates(resource);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rnd.int(i + 1);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const chosen = [...new Set([...forced, ...pool])].slice(0, count + new Set(forced).size);
    let added = 0;
    for (const ref of chosen) {
      const target = targetFor(ref, resource.ecosystems) ?? 0;
      const remediated = remediatedShare > 0 && rnd.float() < remediatedShare;
      if (this.add(resource, "PACKAGE_VULNERABILITY", ref, target, "PACKAGE", remediated)) added++;
    }
    return added;
  }

  /** Network reachability findings for the given open ports of an instance. */
  addNetworkFindings(resource: ResourceRec, ports: readonly number[]): number {
    let added = 0;
    for (const port of ports) {
      const ref = PORT_RULES.findIndex((r) => r.port === port);
      if (ref >= 0 && this.add(resource, "NETWORK_REACHABILITY", ref, 0, "NETWORK", false)) added++;
    }
    return added;
  }

  /** Up to `count` code findings fitting a function's language. */
  addCodeFindings(resource: ResourceRec, count: number): number {
    let added = 0;
    CODE_RULES.forEach((rule, ref) => {
      if (added >= count || !resource.ecosystems.includes(rule.eco)) return;
      if (this.add(resource, "CODE_VULNERABILITY", ref, 0, "CODE", false)) added++;
    });
    return added;
  }

  /** Closes a resource's open findings from `at` (a rescan found them fixed, or it went away). */
  closeFindingsOf(resourceId: string, at: number): void {
    for (const f of this.findings) {
      if (f.resource.id === resourceId && f.closedAt === undefined && f.base !== "CLOSED") f.closedAt = at;
    }
    this.version++;
  }
}

function candidates(resource: ResourceRec): number[] {
  const set = new Set<number>();
  for (const eco of resource.ecosystems) for (const i of BY_ECOSYSTEM.get(eco) ?? []) set.add(i);
  return [...set];
}

/** A finding's status at `now`. */
export function statusAt(f: FindingRec, now: number): FindingStatus {
  return f.closedAt !== undefined && f.closedAt <= now ? "CLOSED" : f.base;
}

/** A finding's updatedAt at `now`: its closing counts as an update. */
export function updatedAtOf(f: FindingRec, now: number): number {
  return f.closedAt !== undefined && f.closedAt <= now ? Math.max(f.updatedAt, f.closedAt) : f.updatedAt;
}
