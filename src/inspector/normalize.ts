/**
 * Inspector Classic's Finding (as the SDK parses it) → our compact, source-agnostic Finding. Description
 * and recommendation are dropped: policies never look at them and 200,000 of them would dominate memory.
 */
import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import type { Asset, Attribute, Finding } from "../model.js";
import { isSeverity } from "../model.js";

export function normalizeAttributes(
  list: readonly { key?: string; value?: string }[] | undefined,
): Attribute[] {
  if (list === undefined) return [];
  const out: Attribute[] = [];
  for (const a of list) {
    if (typeof a.key !== "string") continue;
    out.push(typeof a.value === "string" ? { key: a.key, value: a.value } : { key: a.key });
  }
  return out;
}

export function normalizeFinding(
  finding: SdkFinding,
  rulesPackageNames?: ReadonlyMap<string, string>,
): Finding {
  const asset: { -readonly [K in keyof Asset]: Asset[K] } = {};
  const a = finding.assetAttributes;
  if (a?.agentId !== undefined) asset.agentId = a.agentId;
  if (a?.hostname !== undefined) asset.hostname = a.hostname;
  if (a?.autoScalingGroup !== undefined) asset.autoScalingGroup = a.autoScalingGroup;
  if (a?.amiId !== undefined) asset.amiId = a.amiId;
  if (a?.ipv4Addresses !== undefined && a.ipv4Addresses.length > 0) asset.ipv4Addresses = a.ipv4Addresses;

  const out: { -readonly [K in keyof Finding]: Finding[K] } = {
    arn: finding.arn ?? "",
    severity: isSeverity(finding.severity) ? finding.severity : "Undefined",
    attributes: normalizeAttributes(finding.attributes),
    userAttributes: normalizeAttributes(finding.userAttributes),
    asset,
  };
  if (finding.id !== undefined) out.id = finding.id;
  if (finding.title !== undefined) out.title = finding.title;
  if (typeof finding.numericSeverity === "number") out.numericSeverity = finding.numericSeverity;
  if (typeof finding.confidence === "number") out.confidence = finding.confidence;
  if (typeof finding.indicatorOfCompromise === "boolean")
    out.indicatorOfCompromise = finding.indicatorOfCompromise;
  const packageArn = finding.serviceAttributes?.rulesPackageArn;
  if (packageArn !== undefined) {
    out.rulesPackageArn = packageArn;
    const name = rulesPackageNames?.get(packageArn);
    if (name !== undefined) out.rulesPackageName = name;
  }
  if (finding.createdAt instanceof Date && !Number.isNaN(finding.createdAt.getTime())) {
    out.createdAt = finding.createdAt.toISOString();
  }
  return out;
}
