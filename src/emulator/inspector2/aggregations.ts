/**
 * ListFindingAggregations: ACTIVE findings grouped by account, AMI, image, instance, function, image
 * layer, package, repository, title or finding type, with severity counts, filtered by the
 * aggregation's own string, map, number and date filters (the same semantics as FilterCriteria), and
 * sorted by the requested count (default: CRITICAL, descending). The request's union member must be
 * the one of its aggregationType.
 */
import type { FindingRec } from "./account.js";
import { compileCriteria, type FieldSpec } from "./criteria.js";
import { invalidField } from "./errors.js";
import { factsOf } from "./facts.js";
import { issueToken, readToken } from "./listing.js";
import type { Handler2 } from "./operations.js";
import { packagesOf, sec, severityOf, titleOfFinding } from "./render.js";

type Json = Record<string, unknown>;

interface Kind {
  /** The union member of AggregationRequest and AggregationResponse. */
  readonly member: string;
  /** The group(s) a finding counts in. */
  readonly keys: (f: FindingRec) => readonly string[];
  /** Request filter members and what they read from a finding. */
  readonly fields: Readonly<Record<string, FieldSpec<FindingRec>>>;
  /** The response item of a group, without severityCounts. */
  readonly item: (key: string, group: readonly FindingRec[], account: string) => Json;
}

const s = (get: (f: FindingRec) => unknown): FieldSpec<FindingRec> => ({ kind: "string", get });
const one = (v: string | undefined): readonly string[] => (v === undefined ? [] : [v]);
const image = (f: FindingRec) => f.resource.image;
const distinct = (group: readonly FindingRec[]) => new Set(group.map((f) => f.resource.id)).size;
const countWhere = (group: readonly FindingRec[], test: (f: FindingRec) => boolean) =>
  group.filter(test).length;
const exploitable = (f: FindingRec) =>
  f.type === "PACKAGE_VULNERABILITY" && factsOf(f.ref, f.target).exploitAvailable === "YES";
const fixable = (f: FindingRec) =>
  f.type === "PACKAGE_VULNERABILITY" && factsOf(f.ref, f.target).fixAvailable === "YES";

const byTypeFields = {
  findingType: s((f) => f.type),
  resourceType: s((f) => f.resource.type),
};

/** One group for the account: counts, and how many could be fixed or are exploitable. */
const PER_ACCOUNT: Omit<Kind, "member"> = {
  keys: () => ["account"],
  fields: byTypeFields,
  item: (_k, g, account) => ({
    accountId: account,
    exploitAvailableCount: countWhere(g, exploitable),
    fixAvailableCount: countWhere(g, fixable),
  }),
};

const KINDS: Readonly<Record<string, Kind>> = {
  ACCOUNT: { member: "accountAggregation", ...PER_ACCOUNT },
  // The response has no finding type: it counts the account's findings of the type asked for.
  FINDING_TYPE: { member: "findingTypeAggregation", ...PER_ACCOUNT },
  AMI: {
    member: "amiAggregation",
    keys: (f) => one(f.resource.ec2?.amiId),
    fields: { amis: s((f) => f.resource.ec2?.amiId) },
    item: (k, g, account) => ({ accountId: account, affectedInstances: distinct(g), ami: k }),
  },
  AWS_EC2_INSTANCE: {
    member: "ec2InstanceAggregation",
    keys: (f) => one(f.resource.ec2?.instanceId),
    fields: {
      amis: s((f) => f.resource.ec2?.amiId),
      instanceIds: s((f) => f.resource.ec2?.instanceId),
      instanceTags: { kind: "map", get: (f) => f.resource.tags },
      operatingSystems: s((f) => f.resource.ec2?.platform),
    },
    item: (k, g, account) => {
      const r = g[0]!.resource;
      return {
        accountId: account,
        ami: r.ec2!.amiId,
        instanceId: k,
        instanceTags: { ...r.tags },
        networkFindings: countWhere(g, (f) => f.type === "NETWORK_REACHABILITY"),
        operatingSystem: r.ec2!.platform,
      };
    },
  },
  AWS_ECR_CONTAINER: {
    member: "awsEcrContainerAggregation",
    keys: (f) => (image(f) ? [f.resource.id] : []),
    fields: {
      architectures: s((f) => image(f)?.architecture),
      imageShas: s((f) => image(f)?.digest),
      imageTags: s((f) => image(f)?.tags),
      inUseCount: { kind: "number", get: (f) => image(f)?.inUseCount },
      lastInUseAt: { kind: "date", get: (f) => image(f)?.lastInUseAt },
      repositories: s((f) => image(f)?.repositoryName),
      resourceIds: s((f) => f.resource.id),
    },
    item: (k, g, account) => {
      const img = g[0]!.resource.image!;
      return {
        accountId: account,
        architecture: img.architecture,
        imageSha: img.digest,
        imageTags: [...img.tags],
        ...(img.inUseCount !== undefined ? { inUseCount: img.inUseCount } : {}),
        ...(img.lastInUseAt !== undefined ? { lastInUseAt: sec(img.lastInUseAt) } : {}),
        repository: img.repositoryName,
        resourceId: k,
      };
    },
  },
  AWS_LAMBDA_FUNCTION: {
    member: "lambdaFunctionAggregation",
    keys: (f) => (f.resource.lambda ? [f.resource.id] : []),
    fields: {
      functionNames: s((f) => f.resource.lambda?.functionName),
      functionTags: { kind: "map", get: (f) => f.resource.tags },
      resourceIds: s((f) => f.resource.id),
      runtimes: s((f) => f.resource.lambda?.runtime),
    },
    item: (k, g, account) => {
      const r = g[0]!.resource;
      return {
        accountId: account,
        functionName: r.lambda!.functionName,
        lambdaTags: { ...r.tags },
        lastModifiedAt: sec(r.lambda!.lastModifiedAt),
        resourceId: k,
        runtime: r.lambda!.runtime,
      };
    },
  },
  IMAGE_LAYER: {
    member: "imageLayerAggregation",
    keys: (f) =>
      image(f)
        ? [...new Set(packagesOf(f).map((p) => `${f.resource.id} ${String(p["sourceLayerHash"])}`))]
        : [],
    fields: {
      layerHashes: s((f) => (image(f) ? [image(f)!.baseLayer, image(f)!.appLayer] : undefined)),
      repositories: s((f) => image(f)?.repositoryName),
      resourceIds: s((f) => f.resource.id),
    },
    item: (k, g, account) => ({
      accountId: account,
      layerHash: k.slice(k.indexOf(" ") + 1),
      repository: g[0]!.resource.image!.repositoryName,
      resourceId: k.slice(0, k.indexOf(" ")),
    }),
  },
  LAMBDA_LAYER: {
    member: "lambdaLayerAggregation",
    // The emulated functions' packages all come from their deployment package, none from a layer.
    keys: () => [],
    fields: {
      functionNames: s((f) => f.resource.lambda?.functionName),
      layerArns: s((f) => f.resource.lambda?.layers),
      resourceIds: s((f) => f.resource.id),
    },
    item: (k, _g, account) => ({ accountId: account, functionName: k, layerArn: k, resourceId: k }),
  },
  PACKAGE: {
    member: "packageAggregation",
    keys: (f) => [...new Set(packagesOf(f).map((p) => String(p["name"])))],
    fields: { packageNames: s((f) => packagesOf(f).map((p) => String(p["name"]))) },
    item: (k, _g, account) => ({ accountId: account, packageName: k }),
  },
  REPOSITORY: {
    member: "repositoryAggregation",
    keys: (f) => one(image(f)?.repositoryName),
    fields: { repositories: s((f) => image(f)?.repositoryName) },
    item: (k, g, account) => ({ accountId: account, affectedImages: distinct(g), repository: k }),
  },
  TITLE: {
    member: "titleAggregation",
    keys: (f) => [titleOfFinding(f)],
    fields: {
      ...byTypeFields,
      titles: s((f) => titleOfFinding(f)),
      vulnerabilityIds: s((f) =>
        f.type === "PACKAGE_VULNERABILITY" ? factsOf(f.ref, f.target).vuln.id : undefined,
      ),
    },
    item: (k, g, account) => {
      const f = g[0]!;
      return {
        accountId: account,
        title: k,
        ...(f.type === "PACKAGE_VULNERABILITY" ? { vulnerabilityId: factsOf(f.ref, f.target).vuln.id } : {}),
      };
    },
  },
  CODE_REPOSITORY: {
    member: "codeRepositoryAggregation",
    keys: () => [],
    fields: {
      projectNames: s(() => undefined),
      providerTypes: s(() => undefined),
      resourceIds: s((f) => f.resource.id),
    },
    item: (k, _g, account) => ({ accountId: account, projectNames: k }),
  },
};

function severityCounts(group: readonly FindingRec[]): Json {
  let critical = 0;
  let high = 0;
  let medium = 0;
  for (const f of group) {
    const severity = severityOf(f);
    if (severity === "CRITICAL") critical++;
    else if (severity === "HIGH") high++;
    else if (severity === "MEDIUM") medium++;
  }
  return { all: group.length, critical, high, medium };
}

const SORT_VALUE: Readonly<Record<string, (item: Json, group: readonly FindingRec[]) => number>> = {
  CRITICAL: (i) => (i["severityCounts"] as { critical: number }).critical,
  HIGH: (i) => (i["severityCounts"] as { high: number }).high,
  ALL: (i) => (i["severityCounts"] as { all: number }).all,
  AFFECTED_INSTANCES: (_i, g) => distinct(g),
  AFFECTED_IMAGES: (_i, g) => distinct(g),
  NETWORK_FINDINGS: (_i, g) => countWhere(g, (f) => f.type === "NETWORK_REACHABILITY"),
};

const DEFAULT_PAGE = 100;

export const listFindingAggregations: Handler2 = (input, ctx, now) => {
  const type = input["aggregationType"] as string;
  const kind = KINDS[type]!;
  const request = (input["aggregationRequest"] ?? {}) as Record<string, Json>;
  const given = Object.keys(request);
  if (given.length > 0 && given[0] !== kind.member) {
    throw invalidField(
      "aggregationRequest",
      `The aggregation request ${given[0]} does not match the aggregationType ${type} (expected ${kind.member}).`,
    );
  }
  const options = request[kind.member] ?? {};
  const scope = { type, request, accountIds: input["accountIds"] ?? null };
  const p =
    typeof input["nextToken"] === "string" && input["nextToken"] !== ""
      ? readToken(ctx.tokens, "ListFindingAggregations", scope, input["nextToken"])
      : { start: 0, at: now, turn: 0 };
  const account = ctx.acct.accountId;
  const criteria: Record<string, unknown> = {};
  for (const name of Object.keys(kind.fields))
    if (options[name] !== undefined) criteria[name] = options[name];
  const matches = compileCriteria(criteria, kind.fields);
  const accountOk = compileCriteria({ accountIds: input["accountIds"] }, { accountIds: s(() => account) });
  const groups = new Map<string, FindingRec[]>();
  for (const f of ctx.listings.active(p.at)) {
    if (!accountOk(f) || !matches(f)) continue;
    for (const key of kind.keys(f)) {
      const group = groups.get(key) ?? [];
      group.push(f);
      groups.set(key, group);
    }
  }
  const sortBy =
    SORT_VALUE[(options["sortBy"] as unknown as string) ?? "CRITICAL"] ?? SORT_VALUE["CRITICAL"]!;
  const sign = ((options["sortOrder"] as unknown as string) ?? "DESC") === "ASC" ? 1 : -1;
  const items = [...groups.entries()].map(([key, group]) => {
    const item = { ...kind.item(key, group, account), severityCounts: severityCounts(group) };
    return { key, item, value: sortBy(item, group) };
  });
  items.sort((a, b) => sign * (a.value - b.value) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const limit = input["maxResults"] ?? DEFAULT_PAGE;
  const page = items.slice(p.start, p.start + limit);
  const out: Json = { aggregationType: type, responses: page.map((i) => ({ [kind.member]: i.item })) };
  if (p.start + limit < items.length) {
    out["nextToken"] = issueToken(ctx.tokens, "ListFindingAggregations", scope, {
      start: p.start + limit,
      at: p.at,
      turn: 0,
    });
  }
  return out;
};
