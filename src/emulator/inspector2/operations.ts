/**
 * The Inspector v2 operations the emulator serves. Each handler gets a request already validated
 * against the service model and answers in the wire shape. Pages never exceed what the model allows
 * (ListFindings: 25 findings whatever maxResults asks; ListCoverageStatistics: 5 groups).
 */
import type { FaultConfig } from "../shared/faults.js";
import type { PageTokens } from "../shared/pagination.js";
import { unit } from "../shared/random.js";
import type { Account2, FindingRec } from "./account.js";
import { listFindingAggregations } from "./aggregations.js";
import { coverageJson } from "./coverage.js";
import type { CoverageEntry } from "./fields.js";
import { issueToken, type Listings, type Position, readToken } from "./listing.js";
import { listMaxOf } from "./model.js";
import { findingDetailJson, findingJson } from "./render.js";
import type { Reports } from "./reports.js";

/** Behaviour of the real service a client must cope with, off by default. */
export interface PagingQuirks {
  /** Share (0..1) of ListFindings pages answered empty, with a token, while findings remain. */
  readonly emptyPages: number;
  /** The last ListFindings page still carries a token, whose page is empty and has none. */
  readonly trailingToken: boolean;
}

export const NO_QUIRKS: PagingQuirks = { emptyPages: 0, trailingToken: false };

export interface Context2 {
  readonly acct: Account2;
  readonly tokens: PageTokens;
  readonly listings: Listings;
  readonly reports: Reports;
  quirks: PagingQuirks;
  faults(): FaultConfig;
  /** Finding ARNs that already failed once under the "retryable-once" failedItems fault. */
  readonly failedOnce: Set<string>;
}

// biome-ignore lint/suspicious/noExplicitAny: requests are validated against the service model before they get here
type Input = Record<string, any>;
type Output = Record<string, unknown>;
export type Handler2 = (input: Input, ctx: Context2, now: number) => Output | Promise<Output>;

const FINDINGS_PAGE = listMaxOf("ListFindings", "findings") ?? 100;
const STATISTICS_PAGE = 5;
const COVERAGE_DEFAULT = 100;
const AT_MOST_EMPTY_IN_A_ROW = 3;

function position(ctx: Context2, operation: string, scope: unknown, token: unknown, now: number): Position {
  return typeof token === "string" && token !== ""
    ? readToken(ctx.tokens, operation, scope, token)
    : { start: 0, at: now, turn: 0 };
}

const listFindings: Handler2 = (input, ctx, now) => {
  const scope = {
    filterCriteria: input["filterCriteria"] ?? null,
    sortCriteria: input["sortCriteria"] ?? null,
  };
  const p = position(ctx, "ListFindings", scope, input["nextToken"], now);
  const limit = Math.min(input["maxResults"] ?? FINDINGS_PAGE, FINDINGS_PAGE);
  const list = ctx.listings.findings(input["filterCriteria"], input["sortCriteria"], p.at);
  const { region, accountId } = ctx.acct;
  const token = (start: number, turn = 0) =>
    issueToken(ctx.tokens, "ListFindings", scope, { start, at: p.at, turn });
  const { emptyPages, trailingToken } = ctx.quirks;
  if (
    emptyPages > 0 &&
    p.start < list.length &&
    p.turn < AT_MOST_EMPTY_IN_A_ROW &&
    unit(ctx.acct.options.seed, "empty-page", p.start, p.at, p.turn) < emptyPages
  ) {
    return { findings: [], nextToken: token(p.start, p.turn + 1) };
  }
  const page = list.slice(p.start, p.start + limit);
  const end = p.start + page.length;
  const out: Output = { findings: page.map((f) => findingJson(f, p.at, region, accountId)) };
  if (end < list.length) out["nextToken"] = token(end);
  else if (trailingToken && page.length > 0) out["nextToken"] = token(end);
  return out;
};

const listCoverage: Handler2 = (input, ctx, now) => {
  const scope = { filterCriteria: input["filterCriteria"] ?? null };
  const p = position(ctx, "ListCoverage", scope, input["nextToken"], now);
  const limit = input["maxResults"] ?? COVERAGE_DEFAULT;
  const entries = ctx.listings.matchingCoverage(input["filterCriteria"], p.at);
  const page = entries.slice(p.start, p.start + limit);
  const out: Output = { coveredResources: page.map((e) => coverageJson(e, ctx.acct.accountId)) };
  if (p.start + limit < entries.length) {
    out["nextToken"] = issueToken(ctx.tokens, "ListCoverage", scope, {
      start: p.start + limit,
      at: p.at,
      turn: 0,
    });
  }
  return out;
};

const GROUP_VALUE: Readonly<Record<string, (e: CoverageEntry, account: string) => string | undefined>> = {
  SCAN_STATUS_CODE: (e) => e.state.statusCode,
  SCAN_STATUS_REASON: (e) => e.state.reason,
  ACCOUNT_ID: (_e, account) => account,
  RESOURCE_TYPE: (e) => e.resource.type,
  ECR_REPOSITORY_NAME: (e) => e.resource.image?.repositoryName ?? e.resource.repository?.name,
};

/**
 * Counts distinct resources (a resource with several scan types counts once), the account itself
 * included as AWS_ACCOUNT, as the AWS CLI's example output shows. Groups come largest first, five a
 * page; `groupKey` holds the group's value (AWS_LAMBDA_FUNCTION, SUCCESSFUL, ...), as the service
 * answers, although the model types it as the GroupKey enum.
 */
const listCoverageStatistics: Handler2 = (input, ctx, now) => {
  const scope = { filterCriteria: input["filterCriteria"] ?? null, groupBy: input["groupBy"] ?? null };
  const p = position(ctx, "ListCoverageStatistics", scope, input["nextToken"], now);
  const account = ctx.acct.accountId;
  const entries = ctx.listings.matchingCoverage(input["filterCriteria"], p.at);
  const accountEntry = ctx.listings.accountEntry(input["filterCriteria"], p.at);
  const all = accountEntry ? [...entries, accountEntry] : entries;
  const total = new Set(all.map((e) => e.resource.id)).size;
  const groupBy: string | undefined = input["groupBy"];
  if (groupBy === undefined) return { totalCounts: total };
  const value = GROUP_VALUE[groupBy]!;
  const groups = new Map<string, Set<string>>();
  for (const e of all) {
    const v = value(e, account);
    if (v === undefined) continue;
    const set = groups.get(v) ?? new Set<string>();
    set.add(e.resource.id);
    groups.set(v, set);
  }
  const counts = [...groups.entries()]
    .map(([groupKey, ids]) => ({ count: ids.size, groupKey }))
    .sort((a, b) => b.count - a.count || (a.groupKey < b.groupKey ? -1 : 1));
  const page = counts.slice(p.start, p.start + STATISTICS_PAGE);
  const out: Output = { totalCounts: total };
  if (page.length > 0) out["countsByGroup"] = page;
  if (p.start + STATISTICS_PAGE < counts.length) {
    out["nextToken"] = issueToken(ctx.tokens, "ListCoverageStatistics", scope, {
      start: p.start + STATISTICS_PAGE,
      at: p.at,
      turn: 0,
    });
  }
  return out;
};

/** Whether the failedItems fault fails this ARN now ("retryable-once": only the first time). */
function failsNow(ctx: Context2, arn: string): boolean {
  const fault = ctx.faults().failedItems;
  if (fault === null) return false;
  if (fault.mode === "retryable-once" && ctx.failedOnce.has(arn)) return false;
  const fails = unit(ctx.acct.options.seed, "failed-details", arn) < fault.rate;
  if (fails && fault.mode === "retryable-once") ctx.failedOnce.add(arn);
  return fails;
}

const batchGetFindingDetails: Handler2 = (input, ctx, now) => {
  const findingDetails: Output[] = [];
  const errors: Output[] = [];
  for (const arn of input["findingArns"] as string[]) {
    const account = /:(\d{12}):finding\//.exec(arn)?.[1];
    const finding: FindingRec | undefined = ctx.acct.findingByArn(arn);
    if (account !== ctx.acct.accountId) {
      errors.push({
        errorCode: "ACCESS_DENIED",
        errorMessage: "Access denied to the finding.",
        findingArn: arn,
      });
    } else if (failsNow(ctx, arn)) {
      errors.push({
        errorCode: "INTERNAL_ERROR",
        errorMessage: "Internal error. Please try again.",
        findingArn: arn,
      });
    } else if (
      finding === undefined ||
      finding.firstObservedAt > now ||
      finding.type !== "PACKAGE_VULNERABILITY"
    ) {
      errors.push({
        errorCode: "FINDING_DETAILS_NOT_FOUND",
        errorMessage: "No vulnerability details were found for the finding.",
        findingArn: arn,
      });
    } else {
      findingDetails.push(findingDetailJson(finding));
    }
  }
  return { errors, findingDetails };
};

const batchGetAccountStatus: Handler2 = (input, ctx) => {
  const own = ctx.acct.accountId;
  const ids: string[] = input["accountIds"]?.length ? [...new Set<string>(input["accountIds"])] : [own];
  const enabled = (what: string) => ({
    errorCode: "ALREADY_ENABLED",
    errorMessage: `${what} is already enabled`,
    status: "ENABLED",
  });
  const accounts: Output[] = [];
  const failedAccounts: Output[] = [];
  for (const id of ids) {
    if (id !== own) {
      failedAccounts.push({
        accountId: id,
        errorCode: "ACCESS_DENIED",
        errorMessage: `The account ${id} is not a member of this account's organization.`,
      });
      continue;
    }
    accounts.push({
      accountId: id,
      resourceState: {
        codeRepository: {
          errorCode: "RESOURCE_NOT_FOUND",
          errorMessage: "Code scanning is not enabled",
          status: "DISABLED",
        },
        ec2: enabled("EC2 scanning"),
        ecr: enabled("ECR scanning"),
        lambda: enabled("Lambda standard scanning"),
        lambdaCode: enabled("Lambda code scanning"),
      },
      state: enabled("Amazon Inspector"),
    });
  }
  return { accounts, failedAccounts };
};

export const HANDLERS2: Readonly<Record<string, Handler2>> = {
  BatchGetAccountStatus: batchGetAccountStatus,
  BatchGetFindingDetails: batchGetFindingDetails,
  CancelFindingsReport: (input, ctx, now) => ctx.reports.cancel(input["reportId"], now),
  CreateFindingsReport: (input, ctx, now) => ctx.reports.create(input, now),
  GetFindingsReportStatus: (input, ctx, now) => ctx.reports.status(input["reportId"], now),
  ListCoverage: listCoverage,
  ListCoverageStatistics: listCoverageStatistics,
  ListFindingAggregations: listFindingAggregations,
  ListFindings: listFindings,
};
