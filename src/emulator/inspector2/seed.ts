/**
 * The seeded Inspector v2 account: six ECR repositories (continuous, scan-on-push and manual scanning),
 * their images (one pushed seconds ago and pending its first scan, one past its scan eligibility, one
 * on an unsupported OS), five EC2 instances (one stopped, one not managed by SSM), four Lambda
 * functions (one just deployed, one on an unsupported runtime) and two suppression rules. `findings`
 * package-vulnerability findings are spread over the resources that are scanned, in proportion to
 * what their software can hold; beyond that, more images are pushed to storefront/web.
 */
import type { Account2 } from "./account.js";
import { compileCriteria } from "./criteria.js";
import { findingFields } from "./fields.js";
import { addFunction, addImage, addRepository, type ImageSpec, scanPlan } from "./inventory.js";
import { findingsVisibleFrom, type ResourceRec } from "./resources.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** ECR's re-scan duration in the seeded account: images pushed longer ago stop being scanned. */
export const RESCAN_DAYS = 180;

export interface SuppressionRule {
  readonly name: string;
  readonly description: string;
  readonly criteria: Readonly<Record<string, unknown>>;
}

export const SUPPRESSION_RULES: readonly SuppressionRule[] = [
  {
    name: "zlib-minizip-not-shipped",
    description: "MiniZip is not part of the zlib the images ship; CVE-2023-45853 does not apply.",
    criteria: { vulnerabilityId: [{ comparison: "EQUALS", value: "CVE-2023-45853" }] },
  },
  {
    name: "dev-low-severity",
    description: "Low and informational findings on development resources.",
    criteria: {
      resourceTags: [{ comparison: "EQUALS", key: "Environment", value: "dev" }],
      severity: [
        { comparison: "EQUALS", value: "LOW" },
        { comparison: "EQUALS", value: "INFORMATIONAL" },
      ],
    },
  },
];

export interface Seeded2 {
  readonly account: string;
  readonly region: string;
  readonly repositories: readonly string[];
  readonly images: readonly {
    repositoryName: string;
    imageDigest: string;
    imageTags: readonly string[];
    resourceId: string;
    pending: boolean;
  }[];
  readonly instances: readonly { instanceId: string; name: string }[];
  readonly functions: readonly { functionName: string; resourceId: string; pending: boolean }[];
  readonly suppressionRules: readonly string[];
}

interface Instance {
  readonly name: string;
  readonly role: string;
  readonly platform: string;
  readonly eco: "al2023" | "al2" | "ubuntu";
  readonly ports: readonly number[];
  readonly env: string;
  readonly packageReason: string;
  readonly networkReason: string;
  readonly mode: "EC2_SSM_AGENT_BASED" | "EC2_AGENTLESS";
}

const INSTANCES: readonly Instance[] = [
  {
    name: "web-1",
    role: "web",
    platform: "AMAZON_LINUX_2023",
    eco: "al2023",
    ports: [80, 443],
    env: "prod",
    packageReason: "SUCCESSFUL",
    networkReason: "SUCCESSFUL",
    mode: "EC2_SSM_AGENT_BASED",
  },
  {
    name: "web-2",
    role: "web",
    platform: "AMAZON_LINUX_2023",
    eco: "al2023",
    ports: [80, 443],
    env: "prod",
    packageReason: "SUCCESSFUL",
    networkReason: "SUCCESSFUL",
    mode: "EC2_AGENTLESS",
  },
  {
    name: "bastion-1",
    role: "bastion",
    platform: "UBUNTU_22_04",
    eco: "ubuntu",
    ports: [22],
    env: "prod",
    packageReason: "SUCCESSFUL",
    networkReason: "SUCCESSFUL",
    mode: "EC2_SSM_AGENT_BASED",
  },
  {
    name: "db-1",
    role: "db",
    platform: "AMAZON_LINUX_2",
    eco: "al2",
    ports: [5432],
    env: "prod",
    packageReason: "EC2_INSTANCE_STOPPED",
    networkReason: "EC2_INSTANCE_STOPPED",
    mode: "EC2_SSM_AGENT_BASED",
  },
  {
    name: "batch-legacy-1",
    role: "batch",
    platform: "AMAZON_LINUX_2",
    eco: "al2",
    ports: [22],
    env: "dev",
    packageReason: "UNMANAGED_EC2_INSTANCE",
    networkReason: "SUCCESSFUL",
    mode: "EC2_SSM_AGENT_BASED",
  },
];

/** Seeds the account; `findings` package findings, plus the network and code findings of the inventory. */
export function seedAccount(acct: Account2, findings: number): Seeded2 {
  const t0 = acct.options.start;
  const scanDone = t0 + acct.scaled(acct.scanSeconds);
  const fields = findingFields(acct.accountId, Number.MAX_SAFE_INTEGER);
  const rules = SUPPRESSION_RULES.map((r) => compileCriteria(r.criteria, fields));
  acct.suppressed = (f) => rules.some((matches) => matches(f));

  const repo = (
    name: string,
    freq: "CONTINUOUS_SCAN" | "SCAN_ON_PUSH" | "MANUAL",
    team: string,
    env: string,
  ) => addRepository(acct, { name, scanFrequency: freq }, { team, Environment: env }, t0 - 400 * DAY);
  const web = repo("storefront/web", "CONTINUOUS_SCAN", "storefront", "prod");
  const api = repo("storefront/api", "CONTINUOUS_SCAN", "storefront", "prod");
  const worker = repo("payments/worker", "CONTINUOUS_SCAN", "payments", "prod");
  const python = repo("base/python", "SCAN_ON_PUSH", "platform", "dev");
  const runner = repo("tools/runner", "CONTINUOUS_SCAN", "platform", "dev");
  const reports = repo("legacy/reports", "MANUAL", "finance", "dev");

  /** An image pushed `daysAgo`; only continuous scanning rescans it (two hours ago). */
  const old = (
    repository: ResourceRec,
    profile: string,
    tags: string[],
    daysAgo: number,
    reason: string,
    extra: Partial<ImageSpec> = {},
  ) => {
    const pushedAt = t0 - daysAgo * DAY;
    const scans = ["SUCCESSFUL", "SCAN_FREQUENCY_SCAN_ON_PUSH", "SCAN_ELIGIBILITY_EXPIRED"].includes(reason);
    return addImage(acct, {
      repository,
      profile,
      tags,
      pushedAt,
      discoveredAt: pushedAt + 20_000,
      completesAt: scans ? pushedAt + 3 * MINUTE : undefined,
      lastScanAt: reason === "SUCCESSFUL" ? t0 - 2 * HOUR : pushedAt + 3 * MINUTE,
      reason,
      ...extra,
    });
  };
  const images: ResourceRec[] = [
    old(web, "ubuntu-node", ["v2.3.0"], 34, "SUCCESSFUL"),
    old(web, "ubuntu-node", ["v2.4.0"], 6, "SUCCESSFUL", {
      inUseCount: 3,
      lastInUseAt: t0 - HOUR,
      pulledAt: t0 - 30 * MINUTE,
    }),
    addImage(acct, {
      repository: web,
      profile: "ubuntu-node",
      tags: ["v2.4.1", "latest"],
      pushedAt: t0 - 8_000,
      discoveredAt: t0 - 3_000,
      completesAt: scanDone,
      reason: "SUCCESSFUL",
    }),
    old(api, "al2023-java", ["v1.8.2"], 21, "SUCCESSFUL"),
    old(api, "al2023-java", ["v1.9.0", "latest"], 2, "SUCCESSFUL", {
      inUseCount: 2,
      lastInUseAt: t0 - 2 * HOUR,
      pulledAt: t0 - 5 * HOUR,
    }),
    old(worker, "al2023-go", ["v0.3.1"], RESCAN_DAYS + 20, "SCAN_ELIGIBILITY_EXPIRED", {
      closedAt: t0 - 20 * DAY,
    }),
    old(worker, "al2023-go", ["v0.9.0", "latest"], 12, "SUCCESSFUL", {
      architecture: "arm64",
      inUseCount: 1,
      lastInUseAt: t0 - 10 * MINUTE,
    }),
    old(python, "ubuntu-python", ["3.11-slim"], 45, "SCAN_FREQUENCY_SCAN_ON_PUSH"),
    old(runner, "scratch", ["v1.0.0"], 9, "UNSUPPORTED_OS"),
    old(reports, "al2023-java", ["2019.4"], 90, "SCAN_FREQUENCY_MANUAL"),
  ];

  const instances = INSTANCES.map((spec) => {
    const launchedAt = t0 - 40 * DAY;
    const k = spec.name;
    const stopped = spec.packageReason === "EC2_INSTANCE_STOPPED";
    const plan = (reason: string, firstAfter: number, lastAgo: number) =>
      scanPlan(
        reason === "UNMANAGED_EC2_INSTANCE" ? undefined : launchedAt + firstAfter,
        stopped ? t0 - 9 * DAY : t0 - lastAgo,
        reason,
      );
    return acct.addResource({
      type: "AWS_EC2_INSTANCE",
      id: `i-0${acct.hex(16, "instance", k)}`,
      tags: { Name: spec.name, Role: spec.role, Environment: spec.env },
      ecosystems: [spec.eco],
      discoveredAt: launchedAt + MINUTE,
      scans: {
        PACKAGE: { ...plan(spec.packageReason, 25 * MINUTE, 5 * HOUR), scanMode: spec.mode },
        NETWORK: plan(spec.networkReason, HOUR, 3 * HOUR),
      },
      ec2: {
        instanceId: `i-0${acct.hex(16, "instance", k)}`,
        amiId: `ami-0${acct.hex(16, "ami", spec.platform)}`,
        platform: spec.platform,
        type: spec.role === "db" ? "r6g.large" : "t3.medium",
        subnetId: `subnet-0${acct.hex(16, "subnet", spec.role)}`,
        vpcId: `vpc-0${acct.hex(16, "vpc")}`,
        ipV4: [
          `10.0.${INSTANCES.indexOf(spec) + 1}.${16 + acct.random("ip", k).int(200)}`,
          `54.${acct.random("pub", k).int(200) + 10}.${acct.random("pub2", k).int(250)}.${acct.random("pub3", k).int(250) + 1}`,
        ],
        launchedAt,
        ...(spec.role === "bastion" ? { keyName: "ops-bastion" } : {}),
        igw: `igw-0${acct.hex(16, "igw")}`,
        acl: `acl-0${acct.hex(16, "acl", spec.role)}`,
        sg: `sg-0${acct.hex(16, "sg", spec.role)}`,
        eni: `eni-0${acct.hex(16, "eni", k)}`,
      },
    });
  });

  const fn = (
    name: string,
    runtime: string,
    team: string,
    daysAgo: number,
    pending: boolean,
    layers: string[] = [],
  ) => {
    const modifiedAt = pending ? t0 - 5_000 : t0 - daysAgo * DAY;
    const supported = runtime !== "UNSUPPORTED";
    return addFunction(acct, {
      name,
      runtime,
      tags: { team, Environment: "prod" },
      modifiedAt,
      discoveredAt: modifiedAt + 2_000,
      completesAt: !supported ? undefined : pending ? scanDone : modifiedAt + 2 * MINUTE,
      lastScanAt: pending || !supported ? undefined : t0 - HOUR,
      reason: supported ? "SUCCESSFUL" : "UNSUPPORTED_RUNTIME",
      codeScanning: true,
      layers,
    });
  };
  const functions = [
    fn("orders-api", "PYTHON_3_11", "orders", 15, false, [
      `arn:aws:lambda:${acct.region}:${acct.accountId}:layer:shared-deps:7`,
    ]),
    fn("image-resizer", "NODEJS_18_X", "media", 0, true),
    fn("report-generator", "JAVA_17", "finance", 30, false),
    fn("legacy-cron", "UNSUPPORTED", "finance", 400, false),
  ];

  // Network and code findings, then package findings spread over what is scanned.
  instances.forEach((rec, i) => {
    acct.addNetworkFindings(rec, INSTANCES[i]!.ports);
  });
  for (const rec of functions) acct.addCodeFindings(rec, rec.lambda?.runtime === "PYTHON_3_11" ? 2 : 1);
  spreadPackageFindings(acct, [...images, ...instances, ...functions], findings, web);

  return {
    account: acct.accountId,
    region: acct.region,
    repositories: [web, api, worker, python, runner, reports].map((r) => r.repository!.name),
    images: images.map((r) => ({
      repositoryName: r.image!.repositoryName,
      imageDigest: r.image!.digest,
      imageTags: [...r.image!.tags],
      resourceId: r.id,
      pending: (r.scans.PACKAGE?.completesAt ?? 0) > t0,
    })),
    instances: instances.map((r) => ({ instanceId: r.ec2!.instanceId, name: r.tags["Name"] ?? "" })),
    functions: functions.map((r) => ({
      functionName: r.lambda!.functionName,
      resourceId: r.id,
      pending: (r.scans.PACKAGE?.completesAt ?? 0) > t0,
    })),
    suppressionRules: SUPPRESSION_RULES.map((r) => r.name),
  };
}

/** Spreads `total` package findings over the resources in proportion to their capacity. */
function spreadPackageFindings(
  acct: Account2,
  resources: ResourceRec[],
  total: number,
  overflow: ResourceRec,
): void {
  const t0 = acct.options.start;
  const eligible = resources.filter((r) => findingsVisibleFrom(r, "PACKAGE") !== undefined);
  const capacity = eligible.map((r) => acct.packageCapacity(r));
  const room = capacity.reduce((a, b) => a + b, 0);
  const share = Math.min(total, room);
  const counts = capacity.map((c) => Math.floor((share * c) / room));
  let left = share - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length) {
    if (counts[i]! < capacity[i]!) {
      counts[i]!++;
      left--;
    }
  }
  eligible.forEach((r, i) => {
    acct.addPackageFindings(r, counts[i]!, [], r.ec2 ? 0.1 : 0);
  });
  // Beyond what the seeded resources hold: more builds of storefront/web, one an hour back in time.
  let remaining = total - share;
  for (let build = 1; remaining > 0; build++) {
    const pushedAt = t0 - (7 * DAY + build * HOUR);
    const image = addImage(acct, {
      repository: overflow,
      profile: "ubuntu-node",
      tags: [`build-${build}`],
      pushedAt,
      discoveredAt: pushedAt + 20_000,
      completesAt: pushedAt + 3 * MINUTE,
      lastScanAt: t0 - 2 * HOUR,
      reason: "SUCCESSFUL",
    });
    const n = Math.min(remaining, acct.packageCapacity(image));
    remaining -= acct.addPackageFindings(image, n);
    if (n === 0) break;
  }
}
