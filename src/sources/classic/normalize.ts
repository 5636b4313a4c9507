/**
 * The one Classic normaliser: Inspector Classic's Finding → our Finding, for findings the Classic source
 * fetches (as the SDK parses them) and for exported files of Classic findings (as the AWS CLI prints them,
 * or in inspector-gate's own shape). Classic's five severities map one to one onto the model's.
 */
import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import {
  type Asset,
  type Attribute,
  CLASSIC_SEVERITIES,
  type ClassicSeverity,
  type Finding,
} from "../../model.js";
import { timestamp } from "../shared/timestamp.js";
import { describeValue, isObject } from "../shared/values.js";

const CLASSIC: ReadonlySet<string> = new Set(CLASSIC_SEVERITIES);
function isClassicSeverity(value: unknown): value is ClassicSeverity {
  return typeof value === "string" && CLASSIC.has(value);
}

/** Where a strict reader reports a problem (the finding's place is prefixed). */
export interface ProblemSink {
  add(problem: string): void;
}

export interface ClassicReaderOptions {
  /**
   * Strict (exports): every malformed field is a problem reported here, and the finding is dropped.
   * Absent (the SDK's parsed findings): nothing is dropped, a malformed field is left out and an unknown
   * severity counts as Undefined.
   */
  readonly problems?: ProblemSink;
  /** A finding's place for problems, from its index (strict). */
  readonly where?: (index: number) => string;
  /** Rules package ARN → name, to name each finding's package (DescribeRulesPackages). */
  readonly rulesPackageNames?: ReadonlyMap<string, string>;
}

/**
 * Converts Classic findings one at a time: Inspector's shape (as the SDK parses it, or as the AWS CLI
 * prints it) or inspector-gate's own (`asset`, `rulesPackageArn`) → Finding. One reader serves a whole
 * listing or file, so a finding costs no closures. Description and recommendation are dropped: policies
 * never look at them and 200,000 of them would dominate memory.
 */
export class ClassicFindingReader {
  private index = 0;
  private ok = true;
  private readonly badFn = (message: string) => this.bad(message);
  private readonly strict: boolean;
  private readonly problems: ProblemSink | undefined;
  private readonly where: (i: number) => string;
  private readonly names: ReadonlyMap<string, string> | undefined;

  constructor(options: ClassicReaderOptions = {}) {
    this.problems = options.problems;
    this.strict = options.problems !== undefined;
    this.where = options.where ?? ((i) => `[${i}]`);
    this.names = options.rulesPackageNames;
  }

  private bad(message: string): void {
    if (!this.strict) return;
    this.ok = false;
    this.problems?.add(`${this.where(this.index)}: ${message}`);
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
    if (value.severity !== undefined && value.severity !== null) {
      if (isClassicSeverity(value.severity)) severity = value.severity;
      else if (this.strict)
        this.bad(
          `severity ${describeValue(value.severity)} is not one of ${[...CLASSIC_SEVERITIES].reverse().join(", ")}`,
        );
    }
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
      (packageArn !== undefined ? this.names?.get(packageArn) : undefined) ??
      this.str("rulesPackageName", value.rulesPackageName);
    if (packageName !== undefined) out.rulesPackageName = packageName;
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

/** A finding the Classic source fetched (DescribeFindings) → Finding; its package named from `names`. */
export function normalizeFinding(
  finding: SdkFinding,
  rulesPackageNames?: ReadonlyMap<string, string>,
): Finding {
  const reader = new ClassicFindingReader(rulesPackageNames ? { rulesPackageNames } : {});
  return reader.convert(finding) as Finding;
}
