/**
 * The one Classic normaliser: Inspector Classic's Finding → our Finding, for findings the Classic source
 * fetches (as the SDK parses them) and for exported files of Classic findings (as the AWS CLI prints them,
 * or in inspector-gate's own shape). Classic's five severities map one to one onto the model's; anything
 * else (missing, lower-case, unknown) is a problem, never a lower severity. A rules package is named from
 * DescribeRulesPackages when the caller has asked it, else from Amazon's published table of ARNs, so the
 * same finding reads the same online and offline; a name neither knows is marked unresolved.
 */
import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import { InspectorError } from "../../errors.js";
import {
  type Asset,
  type Attribute,
  CLASSIC_SEVERITIES,
  type ClassicSeverity,
  type Finding,
} from "../../model.js";
import { timestamp } from "../shared/timestamp.js";
import { describeValue, isObject } from "../shared/values.js";
import { publishedRulesPackageName } from "./rules-packages.js";

const CLASSIC: ReadonlySet<string> = new Set(CLASSIC_SEVERITIES);
const SEVERITY_LIST = [...CLASSIC_SEVERITIES].reverse().join(", ");
function isClassicSeverity(value: unknown): value is ClassicSeverity {
  return typeof value === "string" && CLASSIC.has(value);
}

/** Where a strict reader reports a problem (the finding's place is prefixed). */
export interface ProblemSink {
  add(problem: string): void;
}

export interface ClassicReaderOptions {
  /**
   * Where every malformed field is reported (exports: gathered for the whole file, the finding dropped).
   * Absent (what the SDK parsed from Inspector): the first malformed field throws an InspectorError
   * (FINDINGS_MALFORMED, exit 3): the service sent what it must not, and no verdict is built on it.
   */
  readonly problems?: ProblemSink;
  /** A finding's place in problems, from its index and value (default "[index]"). */
  readonly where?: (index: number, value: unknown) => string;
  /** Rules package ARN → name from DescribeRulesPackages; the published table names the rest. */
  readonly rulesPackageNames?: ReadonlyMap<string, string>;
}

/** Distinct unresolved rules package ARNs a reader remembers (for a warning). */
const MAX_UNRESOLVED = 20;
const UNRESOLVED_NAME: readonly "rulesPackageName"[] = Object.freeze(["rulesPackageName"]);

/** Problems of findings the SDK parsed: the first one ends the fetch. */
const THROWING_SINK: ProblemSink = {
  add(problem) {
    throw new InspectorError(
      "FINDINGS_MALFORMED",
      `Inspector returned a malformed finding: ${problem}; refusing to decide on it`,
    );
  },
};

/**
 * Converts Classic findings one at a time: Inspector's shape (as the SDK parses it, or as the AWS CLI
 * prints it) or inspector-gate's own (`asset`, `rulesPackageArn`) → Finding. One reader serves a whole
 * listing or file, so a finding costs no closures. Description and recommendation are dropped: policies
 * never look at them and 200,000 of them would dominate memory.
 */
export class ClassicFindingReader {
  private index = 0;
  private value: unknown;
  private ok = true;
  private readonly badFn = (message: string) => this.bad(message);
  private readonly problems: ProblemSink;
  private readonly where: (i: number, value: unknown) => string;
  private readonly names: ReadonlyMap<string, string> | undefined;
  /** The last rules package ARN seen and its name (findings come in runs of one package). */
  private lastArn: string | undefined;
  private lastName: string | undefined;
  private readonly unresolvedArns = new Set<string>();
  private unresolvedCount = 0;

  constructor(options: ClassicReaderOptions = {}) {
    this.problems = options.problems ?? THROWING_SINK;
    this.where = options.where ?? defaultWhere;
    this.names = options.rulesPackageNames;
  }

  private bad(message: string): void {
    this.ok = false;
    this.problems.add(`${this.where(this.index, this.value)}: ${message}`);
  }

  /** Findings whose rules package could not be named, and (up to 20 of) their distinct ARNs. */
  unresolved(): { readonly findings: number; readonly arns: readonly string[] } {
    return { findings: this.unresolvedCount, arns: [...this.unresolvedArns] };
  }

  /** The name of a rules package ARN: DescribeRulesPackages' answer, else Amazon's published table. */
  private packageName(arn: string): string | undefined {
    if (arn === this.lastArn) return this.lastName;
    const name = this.names?.get(arn) ?? publishedRulesPackageName(arn);
    this.lastArn = arn;
    this.lastName = name;
    return name;
  }

  private str(key: string, v: unknown): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") return v;
    this.bad(`${key} must be a string, got ${describeValue(v)}`);
    return undefined;
  }

  private num(key: string, v: unknown): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.bad(`${key} must be a number, got ${describeValue(v)}`);
    return undefined;
  }

  /** The finding at `index`, or undefined (its problems reported) when it is not valid. */
  convert(value: unknown, index = 0): Finding | undefined {
    this.index = index;
    this.value = value;
    this.ok = true;
    if (!isObject(value)) {
      this.bad(`expected a finding object, got ${describeValue(value)}`);
      return undefined;
    }
    const bad = this.badFn;

    const arn = value.arn;
    if (typeof arn !== "string" || arn === "") {
      this.bad(`arn must be a non-empty string, got ${describeValue(arn)}`);
    }
    let severity: Finding["severity"] = "Undefined";
    if (isClassicSeverity(value.severity)) severity = value.severity;
    else if (value.severity === undefined || value.severity === null) {
      this.bad(`severity is missing: expected one of ${SEVERITY_LIST}`);
    } else this.bad(`severity ${describeValue(value.severity)} is not one of ${SEVERITY_LIST}`);
    const attributes = attributeList("attributes", value.attributes, bad);
    const userAttributes = attributeList("userAttributes", value.userAttributes, bad);

    const assetSource = isObject(value.asset)
      ? value.asset
      : isObject(value.assetAttributes)
        ? value.assetAttributes
        : {};
    const asset: { -readonly [K in keyof Asset]: Asset[K] } = {};
    const agentId = this.str("assetAttributes.agentId", assetSource.agentId);
    if (agentId !== undefined) asset.agentId = agentId;
    const hostname = this.str("assetAttributes.hostname", assetSource.hostname);
    if (hostname !== undefined) asset.hostname = hostname;
    const group = this.str("assetAttributes.autoScalingGroup", assetSource.autoScalingGroup);
    if (group !== undefined) asset.autoScalingGroup = group;
    const amiId = this.str("assetAttributes.amiId", assetSource.amiId);
    if (amiId !== undefined) asset.amiId = amiId;
    const ipv4 = assetSource.ipv4Addresses;
    if (ipv4 !== undefined) {
      if (Array.isArray(ipv4) && allStrings(ipv4)) {
        if (ipv4.length > 0) asset.ipv4Addresses = ipv4 as string[];
      } else this.bad("assetAttributes.ipv4Addresses must be a list of strings");
    }

    const out: { -readonly [K in keyof Finding]: Finding[K] } = {
      arn: typeof arn === "string" ? arn : "",
      severity,
      attributes,
      userAttributes,
      asset,
    };
    const id = this.str("id", value.id);
    if (id !== undefined) out.id = id;
    const title = this.str("title", value.title);
    if (title !== undefined) out.title = title;
    const numericSeverity = this.num("numericSeverity", value.numericSeverity);
    if (numericSeverity !== undefined) out.numericSeverity = numericSeverity;
    const confidence = this.num("confidence", value.confidence);
    if (confidence !== undefined) out.confidence = confidence;
    if (value.indicatorOfCompromise !== undefined && value.indicatorOfCompromise !== null) {
      if (typeof value.indicatorOfCompromise === "boolean")
        out.indicatorOfCompromise = value.indicatorOfCompromise;
      else
        this.bad(
          `indicatorOfCompromise must be true or false, got ${describeValue(value.indicatorOfCompromise)}`,
        );
    }
    const service = isObject(value.serviceAttributes) ? value.serviceAttributes : {};
    const packageArn = this.str("rulesPackageArn", value.rulesPackageArn ?? service.rulesPackageArn);
    if (packageArn !== undefined) out.rulesPackageArn = packageArn;
    const packageName =
      (packageArn !== undefined ? this.packageName(packageArn) : undefined) ??
      this.str("rulesPackageName", value.rulesPackageName);
    if (packageName !== undefined) out.rulesPackageName = packageName;
    else if (packageArn !== undefined) {
      out.unresolved = UNRESOLVED_NAME;
      this.unresolvedCount++;
      if (this.unresolvedArns.size < MAX_UNRESOLVED) this.unresolvedArns.add(packageArn);
    }
    if (value.createdAt !== undefined && value.createdAt !== null) {
      const createdAt = timestamp(value.createdAt);
      if (createdAt === undefined) {
        this.bad(
          `createdAt ${describeValue(value.createdAt)} is not a timestamp: expected epoch seconds or an ISO-8601 string`,
        );
      } else out.createdAt = createdAt;
    }
    return this.ok ? out : undefined;
  }
}

function defaultWhere(index: number): string {
  return `[${index}]`;
}

function allStrings(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return false;
  return true;
}

function attributeList(key: string, value: unknown, bad: (message: string) => void): Attribute[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    bad(`${key} must be a list of {key, value} objects, got ${describeValue(value)}`);
    return [];
  }
  const out: Attribute[] = [];
  for (let i = 0; i < value.length; i++) {
    const a = value[i];
    if (
      !isObject(a) ||
      typeof a.key !== "string" ||
      (a.value !== undefined && a.value !== null && typeof a.value !== "string")
    ) {
      bad(`${key}[${i}] must be an object with a string key and an optional string value`);
      continue;
    }
    out.push(typeof a.value === "string" ? { key: a.key, value: a.value } : { key: a.key });
  }
  return out;
}

/** The place of a finding Inspector returned, for problems: its ARN. */
export function fetchedWhere(_index: number, value: unknown): string {
  const arn = isObject(value) ? value.arn : undefined;
  return typeof arn === "string" ? `finding ${arn}` : "a finding without an ARN";
}

/**
 * A finding the Classic source fetched (DescribeFindings) → Finding; its package named from `names` or
 * the published table. Throws an InspectorError (FINDINGS_MALFORMED) for a malformed one.
 */
export function normalizeFinding(
  finding: SdkFinding,
  rulesPackageNames?: ReadonlyMap<string, string>,
): Finding {
  const reader = new ClassicFindingReader({
    where: fetchedWhere,
    ...(rulesPackageNames ? { rulesPackageNames } : {}),
  });
  return reader.convert(finding) as Finding;
}
