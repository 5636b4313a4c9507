/**
 * Listings and their pages. A listing is computed once per (filter, sort, moment) and cached, so
 * paging through 200,000 findings costs one filter pass, not one per page. Tokens are opaque and
 * sealed (the shared PageTokens): each carries the operation, a hash of the request it continues and
 * the moment of the first page, so a listing stays consistent while it is paged (findings that
 * appear later are not slipped in) and a token is refused for any other operation or filter.
 */
import type { PageTokens } from "../shared/pagination.js";
import { type Account2, type FindingRec, statusAt } from "./account.js";
import { compileCriteria } from "./criteria.js";
import { type CoverageEntry, coverageFields, findingFields, sortKey } from "./fields.js";
import { type CoverageResourceType, type ResourceRec, type ScanType, scanStateAt } from "./resources.js";

const SCAN_TYPES: readonly ScanType[] = ["PACKAGE", "NETWORK", "CODE"];
const CACHE_SIZE = 8;

export interface Position {
  /** Index of the next item. */
  readonly start: number;
  /** The moment (ms) the listing was taken at. */
  readonly at: number;
  /** Distinguishes tokens that continue at the same position (an empty page's token). */
  readonly turn: number;
}

/** Reads a token for `operation` and `scope`; one that is not ours is refused as the tokens were told. */
export function readToken(tokens: PageTokens, operation: string, scope: unknown, token: string): Position {
  const [start = 0, at = 0, turn = 0] = tokens.read(operation, scope, token);
  return { start, at, turn };
}

export function issueToken(tokens: PageTokens, operation: string, scope: unknown, p: Position): string {
  return tokens.issue(operation, scope, [p.start, p.at, p.turn]);
}

function compare(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

export class Listings {
  private readonly cache = new Map<string, FindingRec[]>();

  constructor(private readonly acct: Account2) {}

  /** The findings visible at `at` that match, in the requested order (default: as they were found). */
  findings(
    criteria: Record<string, unknown> | undefined,
    sort: { field: string; sortOrder: string } | undefined,
    at: number,
  ): FindingRec[] {
    const key = JSON.stringify([this.acct.version, at, criteria ?? null, sort ?? null]);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const matches = compileCriteria(criteria, findingFields(this.acct.accountId, at));
    const list = this.acct.findings.filter((f) => f.firstObservedAt <= at && matches(f));
    if (sort) {
      const keyOf = sortKey(sort.field, this.acct.accountId, at);
      const keys = new Map(list.map((f) => [f, keyOf(f)]));
      const sign = sort.sortOrder === "DESC" ? -1 : 1;
      list.sort((a, b) => {
        const ka = keys.get(a);
        const kb = keys.get(b);
        if (ka === undefined || kb === undefined) return compare(ka, kb) || a.seq - b.seq;
        return sign * compare(ka, kb) || a.seq - b.seq;
      });
    }
    this.cache.set(key, list);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return list;
  }

  /** Every coverage record at `at` (resources in the order they were found, then scan types). */
  coverage(at: number): CoverageEntry[] {
    const out: CoverageEntry[] = [];
    for (const resource of this.acct.resources) {
      for (const scanType of SCAN_TYPES) {
        const state = scanStateAt(resource, scanType, at);
        if (state) out.push({ resource, scanType, state });
      }
    }
    return out;
  }

  matchingCoverage(criteria: Record<string, unknown> | undefined, at: number): CoverageEntry[] {
    const matches = compileCriteria(criteria, coverageFields(this.acct.accountId));
    return this.coverage(at).filter(matches);
  }

  /**
   * The account itself, which coverage statistics count as an AWS_ACCOUNT resource (ListCoverage
   * does not list it), when it matches the criteria.
   */
  accountEntry(criteria: Record<string, unknown> | undefined, at: number): CoverageEntry | undefined {
    const resource: ResourceRec = {
      seq: -1,
      type: "AWS_ACCOUNT" as CoverageResourceType,
      id: this.acct.accountId,
      tags: {},
      ecosystems: [],
      discoveredAt: this.acct.options.start,
      scans: {},
    };
    const entry: CoverageEntry = {
      resource,
      scanType: "PACKAGE",
      state: { statusCode: "ACTIVE", reason: "SUCCESSFUL" },
    };
    if (at < resource.discoveredAt) return undefined;
    return compileCriteria(criteria, coverageFields(this.acct.accountId))(entry) ? entry : undefined;
  }

  /** ACTIVE findings visible at `at` (what aggregations count). */
  active(at: number): FindingRec[] {
    return this.acct.findings.filter((f) => f.firstObservedAt <= at && statusAt(f, at) === "ACTIVE");
  }
}
