/**
 * The one Inspector (v2) normaliser: Inspector's Finding → our Finding, for findings the v2 source lists
 * (as the SDK parses them: Dates) and for exported files (`aws inspector2 list-findings` output: epoch
 * seconds or ISO-8601 strings). Names follow the service model (inspector2-2020-06-08), so a field keeps
 * its meaning from the wire to the policy and the report.
 *
 * Unlike a lenient reading, nothing here guesses: a severity, status, type or resource the model does not
 * know is a problem, never a lower severity or a missing resource. Online the source turns a problem into
 * a data error (exit 3); offline the file reader names the finding and the field (exit 2).
 */
import {
  type CodeVulnerabilityDetails,
  type Ec2InstanceDetails,
  type EcrContainerImageDetails,
  type ExploitAvailable,
  type Finding,
  type FindingStatus,
  type FixAvailable,
  INSPECTOR2_SEVERITY,
  type LambdaFunctionDetails,
  type NetworkReachabilityDetails,
  type PackageVulnerabilityDetails,
  type Resource,
  type VulnerablePackage,
} from "../../model.js";
import { timestamp } from "../shared/timestamp.js";
import { describeValue, isObject } from "../shared/values.js";

/** The model's enums, as Inspector (v2) spells them. */
export const FINDING_STATUSES: readonly FindingStatus[] = ["ACTIVE", "SUPPRESSED", "CLOSED"];
export const FINDING_TYPES = ["NETWORK_REACHABILITY", "PACKAGE_VULNERABILITY", "CODE_VULNERABILITY"] as const;
export const RESOURCE_TYPES = [
  "AWS_EC2_INSTANCE",
  "AWS_ECR_CONTAINER_IMAGE",
  "AWS_ECR_REPOSITORY",
  "AWS_LAMBDA_FUNCTION",
  "CODE_REPOSITORY",
] as const;
const FIX_AVAILABLE: readonly FixAvailable[] = ["YES", "NO", "PARTIAL"];
const EXPLOIT_AVAILABLE: readonly ExploitAvailable[] = ["YES", "NO"];

const NO_ATTRIBUTES: Finding["attributes"] = Object.freeze([]);
const NO_ASSET: Finding["asset"] = Object.freeze({});

/** Where a problem is reported (the finding's place is prefixed). */
export interface ProblemSink {
  add(problem: string): void;
}

export interface Inspector2ReaderOptions {
  readonly problems: ProblemSink;
  /** A finding's place for problems, from its index. */
  readonly where?: (index: number) => string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Converts v2 findings one at a time. The description, remediation text, CVSS vectors and network paths
 * are dropped: no policy looks at them, and hundreds of thousands of them would dominate memory.
 */
export class Inspector2FindingReader {
  private index = 0;
  private ok = true;
  private readonly problems: ProblemSink;
  private readonly where: (i: number) => string;

  constructor(options: Inspector2ReaderOptions) {
    this.problems = options.problems;
    this.where = options.where ?? ((i) => `[${i}]`);
  }

  private bad(message: string): void {
    this.ok = false;
    this.problems.add(`${this.where(this.index)}: ${message}`);
  }

  private str(key: string, v: unknown, required = false): string | undefined {
    if (v === undefined || v === null) {
      if (required) this.bad(`${key} is missing`);
      return undefined;
    }
    if (typeof v === "string" && (v !== "" || !required)) return v;
    this.bad(`${key} must be a non-empty string, got ${describeValue(v)}`);
    return undefined;
  }

  private num(key: string, v: unknown, min?: number, max?: number): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number" && Number.isFinite(v)) {
      if ((min === undefined || v >= min) && (max === undefined || v <= max)) return v;
      this.bad(`${key} ${v} is out of range: expected ${min} to ${max}`);
      return undefined;
    }
    this.bad(`${key} must be a number, got ${describeValue(v)}`);
    return undefined;
  }

  private time(key: string, v: unknown, required = false): string | undefined {
    if (v === undefined || v === null) {
      if (required) this.bad(`${key} is missing`);
      return undefined;
    }
    const iso = timestamp(v);
    if (iso === undefined) {
      this.bad(`${key} ${describeValue(v)} is not a timestamp: expected epoch seconds or an ISO-8601 string`);
    }
    return iso;
  }

  private oneOf<T extends string>(
    key: string,
    v: unknown,
    allowed: readonly T[],
    required = false,
  ): T | undefined {
    if (v === undefined || v === null) {
      if (required) this.bad(`${key} is missing`);
      return undefined;
    }
    if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
    this.bad(`${key} ${describeValue(v)} is not one of ${allowed.join(", ")}`);
    return undefined;
  }

  private strings(key: string, v: unknown): string[] | undefined {
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v) && v.every((s) => typeof s === "string")) return v as string[];
    this.bad(`${key} must be a list of strings`);
    return undefined;
  }

  /** The finding at `index`, or undefined (its problems reported) when it is not a valid v2 finding. */
  convert(value: unknown, index = 0): Finding | undefined {
    this.index = index;
    this.ok = true;
    if (!isObject(value)) {
      this.bad(`expected a finding object, got ${describeValue(value)}`);
      return undefined;
    }
    const arn = this.str("findingArn", value.findingArn, true) ?? "";
    let severity: Finding["severity"] = "Untriaged";
    const rawSeverity = value.severity;
    if (typeof rawSeverity === "string" && Object.hasOwn(INSPECTOR2_SEVERITY, rawSeverity)) {
      severity = INSPECTOR2_SEVERITY[rawSeverity]!;
    } else {
      this.bad(
        rawSeverity === undefined || rawSeverity === null
          ? "severity is missing"
          : `severity ${describeValue(rawSeverity)} is not one of ${Object.keys(INSPECTOR2_SEVERITY).join(", ")}`,
      );
    }
    const out: Mutable<Finding> = {
      arn,
      severity,
      attributes: NO_ATTRIBUTES,
      userAttributes: NO_ATTRIBUTES,
      asset: NO_ASSET,
    };
    const title = this.str("title", value.title);
    if (title !== undefined) out.title = title;
    const account = this.str("awsAccountId", value.awsAccountId, true);
    if (account !== undefined) out.awsAccountId = account;
    const type = this.oneOf("type", value.type, FINDING_TYPES, true);
    if (type !== undefined) out.type = type;
    const status = this.oneOf("status", value.status, FINDING_STATUSES, true);
    if (status !== undefined) out.status = status;
    const fix = this.oneOf("fixAvailable", value.fixAvailable, FIX_AVAILABLE);
    if (fix !== undefined) out.fixAvailable = fix;
    const exploit = this.oneOf("exploitAvailable", value.exploitAvailable, EXPLOIT_AVAILABLE);
    if (exploit !== undefined) out.exploitAvailable = exploit;
    const score = this.num("inspectorScore", value.inspectorScore, 0, 10);
    if (score !== undefined) out.inspectorScore = score;
    if (value.epss !== undefined && value.epss !== null) {
      const epss = isObject(value.epss) ? this.num("epss.score", value.epss.score, 0, 1) : undefined;
      if (!isObject(value.epss)) this.bad(`epss must be an object, got ${describeValue(value.epss)}`);
      if (epss !== undefined) out.epss = { score: epss };
    }
    if (isObject(value.exploitabilityDetails)) {
      const at = this.time(
        "exploitabilityDetails.lastKnownExploitAt",
        value.exploitabilityDetails.lastKnownExploitAt,
      );
      if (at !== undefined) out.lastKnownExploitAt = at;
    }
    const first = this.time("firstObservedAt", value.firstObservedAt, true);
    if (first !== undefined) {
      out.firstObservedAt = first;
      out.createdAt = first;
    }
    const last = this.time("lastObservedAt", value.lastObservedAt, true);
    if (last !== undefined) out.lastObservedAt = last;
    const updated = this.time("updatedAt", value.updatedAt);
    if (updated !== undefined) out.updatedAt = updated;

    out.resources = this.resources(value.resources);
    const pvd = this.packageVulnerability(value.packageVulnerabilityDetails);
    if (pvd !== undefined) {
      out.packageVulnerabilityDetails = pvd;
      out.id = pvd.vulnerabilityId;
    }
    const nrd = this.networkReachability(value.networkReachabilityDetails);
    if (nrd !== undefined) out.networkReachabilityDetails = nrd;
    const cvd = this.codeVulnerability(value.codeVulnerabilityDetails);
    if (cvd !== undefined) {
      out.codeVulnerabilityDetails = cvd;
      if (out.id === undefined && cvd.ruleId !== undefined) out.id = cvd.ruleId;
    }
    if (type === "PACKAGE_VULNERABILITY" && pvd === undefined) {
      this.bad("a PACKAGE_VULNERABILITY finding has no packageVulnerabilityDetails");
    }
    return this.ok ? out : undefined;
  }

  private resources(value: unknown): Resource[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.bad(`resources must be a non-empty list, got ${describeValue(value)}`);
      return [];
    }
    const out: Resource[] = [];
    for (let i = 0; i < value.length; i++) {
      const r = value[i];
      const key = `resources[${i}]`;
      if (!isObject(r)) {
        this.bad(`${key} must be an object, got ${describeValue(r)}`);
        continue;
      }
      const type = this.oneOf(`${key}.type`, r.type, RESOURCE_TYPES, true);
      const id = this.str(`${key}.id`, r.id, true);
      if (type === undefined || id === undefined) continue;
      const resource: Mutable<Resource> = { type, id };
      const region = this.str(`${key}.region`, r.region);
      if (region !== undefined) resource.region = region;
      const partition = this.str(`${key}.partition`, r.partition);
      if (partition !== undefined) resource.partition = partition;
      if (r.tags !== undefined && r.tags !== null) {
        if (isObject(r.tags) && Object.values(r.tags).every((t) => typeof t === "string")) {
          resource.tags = r.tags as Record<string, string>;
        } else this.bad(`${key}.tags must be a map of strings`);
      }
      const details = isObject(r.details) ? this.details(`${key}.details`, r.details) : undefined;
      if (details !== undefined) resource.details = details;
      out.push(resource);
    }
    return out;
  }

  private details(key: string, d: Record<string, unknown>): Resource["details"] | undefined {
    const out: Mutable<NonNullable<Resource["details"]>> = {};
    if (isObject(d.awsEcrContainerImage)) {
      const e = d.awsEcrContainerImage;
      const k = `${key}.awsEcrContainerImage`;
      const repositoryName = this.str(`${k}.repositoryName`, e.repositoryName, true);
      const imageHash = this.str(`${k}.imageHash`, e.imageHash, true);
      if (repositoryName !== undefined && imageHash !== undefined) {
        const image: Mutable<EcrContainerImageDetails> = { repositoryName, imageHash };
        const registry = this.str(`${k}.registry`, e.registry);
        if (registry !== undefined) image.registry = registry;
        const tags = this.strings(`${k}.imageTags`, e.imageTags);
        if (tags !== undefined) image.imageTags = tags;
        const pushedAt = this.time(`${k}.pushedAt`, e.pushedAt);
        if (pushedAt !== undefined) image.pushedAt = pushedAt;
        const architecture = this.str(`${k}.architecture`, e.architecture);
        if (architecture !== undefined) image.architecture = architecture;
        const platform = this.str(`${k}.platform`, e.platform);
        if (platform !== undefined) image.platform = platform;
        out.awsEcrContainerImage = image;
      }
    }
    if (isObject(d.awsLambdaFunction)) {
      const l = d.awsLambdaFunction;
      const k = `${key}.awsLambdaFunction`;
      const functionName = this.str(`${k}.functionName`, l.functionName, true);
      if (functionName !== undefined) {
        const fn: Mutable<LambdaFunctionDetails> = { functionName };
        const runtime = this.str(`${k}.runtime`, l.runtime);
        if (runtime !== undefined) fn.runtime = runtime;
        const version = this.str(`${k}.version`, l.version);
        if (version !== undefined) fn.version = version;
        const sha = this.str(`${k}.codeSha256`, l.codeSha256);
        if (sha !== undefined) fn.codeSha256 = sha;
        const packageType = this.str(`${k}.packageType`, l.packageType);
        if (packageType !== undefined) fn.packageType = packageType;
        const modified = this.time(`${k}.lastModifiedAt`, l.lastModifiedAt);
        if (modified !== undefined) fn.lastModifiedAt = modified;
        out.awsLambdaFunction = fn;
      }
    }
    if (isObject(d.awsEc2Instance)) {
      const e = d.awsEc2Instance;
      const k = `${key}.awsEc2Instance`;
      const instance: Mutable<Ec2InstanceDetails> = {};
      for (const field of ["imageId", "platform", "type", "vpcId", "subnetId"] as const) {
        const v = this.str(`${k}.${field}`, e[field]);
        if (v !== undefined) instance[field] = v;
      }
      const ips = this.strings(`${k}.ipV4Addresses`, e.ipV4Addresses);
      if (ips !== undefined) instance.ipV4Addresses = ips;
      const launchedAt = this.time(`${k}.launchedAt`, e.launchedAt);
      if (launchedAt !== undefined) instance.launchedAt = launchedAt;
      out.awsEc2Instance = instance;
    }
    if (isObject(d.codeRepository)) {
      const c = d.codeRepository;
      const k = `${key}.codeRepository`;
      const repo: Mutable<NonNullable<NonNullable<Resource["details"]>["codeRepository"]>> = {};
      for (const field of ["projectName", "providerType", "integrationArn"] as const) {
        const v = this.str(`${k}.${field}`, c[field]);
        if (v !== undefined) repo[field] = v;
      }
      out.codeRepository = repo;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  private packageVulnerability(value: unknown): PackageVulnerabilityDetails | undefined {
    if (value === undefined || value === null) return undefined;
    const key = "packageVulnerabilityDetails";
    if (!isObject(value)) {
      this.bad(`${key} must be an object, got ${describeValue(value)}`);
      return undefined;
    }
    const vulnerabilityId = this.str(`${key}.vulnerabilityId`, value.vulnerabilityId, true);
    const source = this.str(`${key}.source`, value.source, true);
    if (vulnerabilityId === undefined || source === undefined) return undefined;
    const packages: VulnerablePackage[] = [];
    const list = value.vulnerablePackages;
    if (list !== undefined && list !== null && !Array.isArray(list)) {
      this.bad(`${key}.vulnerablePackages must be a list, got ${describeValue(list)}`);
    }
    if (Array.isArray(list)) {
      for (let i = 0; i < list.length; i++) {
        const p = list[i];
        const k = `${key}.vulnerablePackages[${i}]`;
        if (!isObject(p)) {
          this.bad(`${k} must be an object, got ${describeValue(p)}`);
          continue;
        }
        const name = this.str(`${k}.name`, p.name, true);
        const version = this.str(`${k}.version`, p.version, true);
        if (name === undefined || version === undefined) continue;
        const pkg: Mutable<VulnerablePackage> = { name, version };
        for (const field of [
          "fixedInVersion",
          "packageManager",
          "release",
          "arch",
          "filePath",
          "remediation",
        ] as const) {
          const v = this.str(`${k}.${field}`, p[field]);
          if (v !== undefined) pkg[field] = v;
        }
        const epoch = this.num(`${k}.epoch`, p.epoch);
        if (epoch !== undefined) pkg.epoch = epoch;
        packages.push(pkg);
      }
    }
    const out: Mutable<PackageVulnerabilityDetails> = {
      vulnerabilityId,
      source,
      vulnerablePackages: packages,
    };
    const sourceUrl = this.str(`${key}.sourceUrl`, value.sourceUrl);
    if (sourceUrl !== undefined) out.sourceUrl = sourceUrl;
    const vendorSeverity = this.str(`${key}.vendorSeverity`, value.vendorSeverity);
    if (vendorSeverity !== undefined) out.vendorSeverity = vendorSeverity;
    const references = this.strings(`${key}.referenceUrls`, value.referenceUrls);
    if (references !== undefined) out.referenceUrls = references;
    const related = this.strings(`${key}.relatedVulnerabilities`, value.relatedVulnerabilities);
    if (related !== undefined) out.relatedVulnerabilities = related;
    return out;
  }

  private networkReachability(value: unknown): NetworkReachabilityDetails | undefined {
    if (!isObject(value)) return undefined;
    const out: Mutable<NetworkReachabilityDetails> = {};
    const protocol = this.str("networkReachabilityDetails.protocol", value.protocol);
    if (protocol !== undefined) out.protocol = protocol;
    const range = value.openPortRange;
    if (isObject(range)) {
      const begin = this.num("networkReachabilityDetails.openPortRange.begin", range.begin, 0, 65535);
      const end = this.num("networkReachabilityDetails.openPortRange.end", range.end, 0, 65535);
      if (begin !== undefined && end !== undefined) out.openPortRange = { begin, end };
    }
    return out;
  }

  private codeVulnerability(value: unknown): CodeVulnerabilityDetails | undefined {
    if (!isObject(value)) return undefined;
    const key = "codeVulnerabilityDetails";
    const out: Mutable<CodeVulnerabilityDetails> = {};
    for (const field of ["detectorId", "detectorName", "ruleId"] as const) {
      const v = this.str(`${key}.${field}`, value[field]);
      if (v !== undefined) out[field] = v;
    }
    const cwes = this.strings(`${key}.cwes`, value.cwes);
    if (cwes !== undefined) out.cwes = cwes;
    if (isObject(value.filePath)) {
      const f = value.filePath;
      const path: Mutable<NonNullable<CodeVulnerabilityDetails["filePath"]>> = {};
      const fileName = this.str(`${key}.filePath.fileName`, f.fileName);
      if (fileName !== undefined) path.fileName = fileName;
      const filePath = this.str(`${key}.filePath.filePath`, f.filePath);
      if (filePath !== undefined) path.filePath = filePath;
      const startLine = this.num(`${key}.filePath.startLine`, f.startLine);
      if (startLine !== undefined) path.startLine = startLine;
      const endLine = this.num(`${key}.filePath.endLine`, f.endLine);
      if (endLine !== undefined) path.endLine = endLine;
      out.filePath = path;
    }
    return out;
  }
}

/** Whether a parsed JSON value looks like an Inspector (v2) finding rather than a Classic one. */
export function looksLikeInspector2Finding(value: unknown): boolean {
  return isObject(value) && typeof value.findingArn === "string";
}
