/**
 * ListFindings' filter, prepared once per run and filter: any of the values within a field, all of
 * the fields given. It starts from the smallest slice the indexes give (by severity, rules package or
 * agent) and tests each candidate against the rest.
 */
import { CLASSIC_SEVERITIES as SEVERITIES } from "../../model.js";
import {
  containsAll,
  countBelow,
  type FindingContext,
  type FindingSet,
  type WireAttribute,
} from "./finding-set.js";

export interface FindingFilterInput {
  readonly agentIds?: readonly string[];
  readonly autoScalingGroups?: readonly string[];
  readonly ruleNames?: readonly string[];
  readonly rulesPackageArns?: readonly string[];
  readonly severities?: readonly string[];
  readonly attributes?: readonly WireAttribute[];
  readonly userAttributes?: readonly WireAttribute[];
  readonly creationTimeRange?: { readonly beginDate?: number; readonly endDate?: number };
}

/** A FindingFilter prepared for one run: the slice to start from, and the test for the rest. */
export class CompiledFilter {
  readonly candidates: Int32Array | null;
  private readonly set: FindingSet;
  private readonly filter: FindingFilterInput;
  private readonly ctx: FindingContext;
  private readonly attributeCache = new Map<number, boolean>();
  private readonly severities?: Set<string>;
  private readonly packages?: Set<string>;
  private readonly agentIds?: Set<string>;
  private readonly groups?: Set<string>;
  private readonly ruleNames?: Set<string>;

  constructor(set: FindingSet, filter: FindingFilterInput, ctx: FindingContext) {
    this.set = set;
    this.filter = filter;
    this.ctx = ctx;
    const nonEmpty = (list?: readonly string[]) =>
      list !== undefined && list.length > 0 ? new Set(list) : undefined;
    this.severities = nonEmpty(filter.severities);
    this.packages = nonEmpty(filter.rulesPackageArns);
    this.agentIds = nonEmpty(filter.agentIds);
    this.groups = nonEmpty(filter.autoScalingGroups);
    this.ruleNames = nonEmpty(filter.ruleNames);

    const slices: Int32Array[][] = [];
    if (this.severities) {
      slices.push(SEVERITIES.flatMap((s, k) => (this.severities!.has(s) ? [set.bySeverity[k]!] : [])));
    }
    if (this.packages) {
      slices.push(set.packages.flatMap((p, k) => (this.packages!.has(p) ? [set.byPackage[k]!] : [])));
    }
    if (this.agentIds || this.groups) {
      slices.push(
        set.assets.flatMap((a, k) =>
          (this.agentIds === undefined || this.agentIds.has(a.agentId)) &&
          (this.groups === undefined ||
            (a.autoScalingGroup !== undefined && this.groups.has(a.autoScalingGroup)))
            ? [set.byAgent[k]!]
            : [],
        ),
      );
    }
    let best: Int32Array[] | undefined;
    let bestSize = Number.POSITIVE_INFINITY;
    for (const lists of slices) {
      const size = lists.reduce((n, l) => n + l.length, 0);
      if (size < bestSize) {
        best = lists;
        bestSize = size;
      }
    }
    if (best === undefined) {
      this.candidates = null;
    } else if (best.length === 1) {
      this.candidates = best[0]!;
    } else {
      const merged = new Int32Array(bestSize);
      let at = 0;
      for (const l of best) {
        merged.set(l, at);
        at += l.length;
      }
      this.candidates = merged.sort();
    }
  }

  test(i: number): boolean {
    const set = this.set;
    const f = this.filter;
    if (this.severities && !this.severities.has(set.severityOf(i))) return false;
    if (this.packages && !this.packages.has(set.packageOf(i))) return false;
    if (this.agentIds || this.groups) {
      const asset = set.assetOf(i);
      if (asset === undefined) return false;
      if (this.agentIds && !this.agentIds.has(asset.agentId)) return false;
      if (this.groups && (asset.autoScalingGroup === undefined || !this.groups.has(asset.autoScalingGroup))) {
        return false;
      }
    }
    if (this.ruleNames) {
      const id = set.ruleIdOf(i);
      if (id === undefined || !this.ruleNames.has(id)) return false;
    }
    if (f.creationTimeRange) {
      const t = set.createdAtMs(i, this.ctx);
      const { beginDate, endDate } = f.creationTimeRange;
      if (beginDate !== undefined && t < beginDate * 1000) return false;
      if (endDate !== undefined && t > endDate * 1000) return false;
    }
    if (f.userAttributes && f.userAttributes.length > 0) {
      if (!containsAll(set.userAttributesOf(i, this.ctx), f.userAttributes)) return false;
    }
    if (f.attributes && f.attributes.length > 0) {
      if (!set.hasAttributes(i, f.attributes, this.attributeCache)) return false;
    }
    return true;
  }

  /**
   * Up to `limit` matching indices below `visible`, starting at position `cursor` of the candidate
   * slice; `next` is the position to continue from, undefined when the slice is exhausted.
   */
  page(cursor: number, limit: number, visible: number): { indices: number[]; next?: number } {
    const cand = this.candidates;
    const end = cand === null ? visible : countBelow(cand, visible);
    const indices: number[] = [];
    let pos = cursor;
    while (pos < end && indices.length < limit) {
      const i = cand === null ? pos : cand[pos]!;
      if (this.test(i)) indices.push(i);
      pos++;
    }
    return pos < end ? { indices, next: pos } : { indices };
  }
}
