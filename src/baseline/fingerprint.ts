/**
 * A finding's fingerprint: what stays the same when the same problem is found again on the same thing, and
 * changes when the problem or the thing changes. Computed from the model's Finding (never inside a source),
 * so a run, an export and either service's findings are fingerprinted alike. docs/baseline.md explains each
 * part and why it is there.
 *
 * The parts are identifiers only: never a timestamp, never an ARN that is new on every run (a Classic
 * finding's or run's ARN, a v2 finding's ARN), never free text (a title or description), never a version
 * that a rebuild changes (an image digest, an installed package version). The parts are encoded as a JSON
 * array (so no value can forge a separator) and hashed with SHA-256: finding text is untrusted, and a
 * cryptographic hash keeps anyone from crafting a new finding whose fingerprint equals an old one's.
 */
import * as crypto from "node:crypto";
import type { Finding, Resource } from "../model.js";

/** Names the recipe below; a report says which recipe its fingerprints were made with. */
export const FINGERPRINT_ALGORITHM = "inspector-gate/v1";

/** The fingerprint's length: 22 base64url characters, the first 132 bits of the SHA-256. */
export const FINGERPRINT_LENGTH = 22;

/** A fingerprint as reports carry it. */
export const FINGERPRINT_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Classic attributes that name the issue when the finding has no id (in this order). */
const CLASSIC_ID_ATTRIBUTES = ["CVE_ID", "RULE_ID", "BENCHMARK_RULE_ID"] as const;
/** Classic Network Reachability attributes that tell two findings of one rule on one instance apart. */
const CLASSIC_PLACE_ATTRIBUTES = ["PORT", "PROTOCOL"] as const;

function attribute(finding: Finding, key: string): string | undefined {
  for (const a of finding.attributes ?? []) if (a.key === key && a.value !== undefined) return a.value;
  return undefined;
}

/**
 * The rules package: its name when known. The name is the same in every region and for every version of
 * the package, while its ARN differs per region (us-west-2's CVE package is rulespackage/0-9hgA516p,
 * us-east-1's is rulespackage/0-gEjTy7T7). When the name could not be resolved, the ARN's resource part
 * (stable across the runs of one region) stands in; a name known in one run and not in the other then
 * makes the finding new, which is loud and never a false pass.
 */
function rulesPackageKey(finding: Finding): string {
  if (finding.rulesPackageName !== undefined && finding.rulesPackageName !== "")
    return `name:${finding.rulesPackageName}`;
  const arn = finding.rulesPackageArn;
  if (arn === undefined || arn === "") return "";
  const at = arn.indexOf(":rulespackage/");
  return at >= 0 ? `arn:${arn.slice(at + 1)}` : `arn:${arn}`;
}

function classicParts(finding: Finding): string[] | undefined {
  let what = finding.id;
  if (what === undefined || what === "") {
    for (const key of CLASSIC_ID_ATTRIBUTES) {
      const value = attribute(finding, key);
      if (value !== undefined && value !== "") {
        what = `${key}=${value}`;
        break;
      }
    }
  }
  // Nothing names the issue but free text: no fingerprint (such a finding always counts as new).
  if (what === undefined || what === "") return undefined;
  const asset = finding.asset ?? {};
  const where =
    asset.agentId !== undefined && asset.agentId !== ""
      ? `agent:${asset.agentId}`
      : asset.hostname !== undefined && asset.hostname !== ""
        ? `host:${asset.hostname}`
        : "";
  const parts = ["classic", rulesPackageKey(finding), what, where];
  for (const key of CLASSIC_PLACE_ATTRIBUTES) {
    const value = attribute(finding, key);
    if (value !== undefined) parts.push(`${key}=${value}`);
  }
  return parts;
}

/** An ECR image ARN's repository: `arn:aws:ecr:REGION:ACCOUNT:repository/NAME/sha256:…` without the digest. */
function repositoryOfImageArn(id: string): string {
  const at = id.lastIndexOf("/sha256:");
  return at > 0 ? id.slice(0, at) : id;
}

/** A Lambda function ARN without its version or alias: `arn:aws:lambda:REGION:ACCOUNT:function:NAME`. */
function unqualifiedFunctionArn(id: string): string {
  const m = /^(arn:[^:]+:lambda:[^:]*:[^:]*:function:[^:]+)/.exec(id);
  return m ? m[1]! : id;
}

/**
 * What the finding is about, the same across rebuilds and redeploys: an image's repository (not its
 * digest or tags), a function (not its version or code hash), an instance, a code project.
 */
export function resourceKey(resource: Resource): string {
  const d = resource.details;
  switch (resource.type) {
    case "AWS_ECR_CONTAINER_IMAGE": {
      const image = d?.awsEcrContainerImage;
      if (resource.id.startsWith("arn:")) return `ecr:${repositoryOfImageArn(resource.id)}`;
      const registry = image?.registry ?? "";
      return `ecr:${resource.region ?? ""}:${registry}:${image?.repositoryName ?? repositoryOfImageArn(resource.id)}`;
    }
    case "AWS_LAMBDA_FUNCTION": {
      if (resource.id.startsWith("arn:")) return `lambda:${unqualifiedFunctionArn(resource.id)}`;
      return `lambda:${resource.region ?? ""}:${d?.awsLambdaFunction?.functionName ?? resource.id}`;
    }
    case "AWS_EC2_INSTANCE":
      return `ec2:${resource.id}`;
    case "CODE_REPOSITORY": {
      const code = d?.codeRepository;
      return code?.projectName !== undefined
        ? `code:${code.providerType ?? ""}:${code.projectName}`
        : `code:${resource.id}`;
    }
    default:
      return `${resource.type}:${resource.id}`;
  }
}

function inspector2Parts(finding: Finding, resources: readonly Resource[]): string[] | undefined {
  let what: string | undefined;
  const pvd = finding.packageVulnerabilityDetails;
  const net = finding.networkReachabilityDetails;
  const code = finding.codeVulnerabilityDetails;
  if (pvd?.vulnerabilityId) what = `vulnerability:${pvd.vulnerabilityId}`;
  else if (net?.openPortRange !== undefined || net?.protocol !== undefined) {
    const range = net.openPortRange;
    what = `network:${net.protocol ?? ""}:${range ? `${range.begin}-${range.end}` : ""}`;
  } else if (code?.detectorId !== undefined || code?.ruleId !== undefined) {
    const file = code.filePath?.filePath ?? code.filePath?.fileName ?? "";
    what = `code:${code.detectorId ?? ""}:${code.ruleId ?? ""}:${file}`;
  } else if (finding.id !== undefined && finding.id !== "") what = `id:${finding.id}`;
  if (what === undefined) return undefined;
  const where = [...new Set(resources.map(resourceKey))].sort();
  const packages = [...new Set((pvd?.vulnerablePackages ?? []).map((p) => p.name))].sort();
  return ["inspector2", what, where.join("\n"), packages.join("\n")];
}

/**
 * The parts a fingerprint is made of, or undefined when nothing but free text, timestamps or per-run ARNs
 * identifies the finding (it then has no fingerprint and always counts as new).
 */
export function fingerprintParts(finding: Finding): readonly string[] | undefined {
  const resources = finding.resources;
  return resources !== undefined && resources.length > 0
    ? inspector2Parts(finding, resources)
    : classicParts(finding);
}

/** One-shot hashing (Node 20.12 and later) is several times faster than a Hash object per finding. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64url") => string })
  .hash;
const sha256 = oneShot
  ? (text: string) => oneShot("sha256", text, "base64url")
  : (text: string) => crypto.createHash("sha256").update(text).digest("base64url");

/** The fingerprint of parts as fingerprintParts gives them. */
export function fingerprintOf(parts: readonly string[]): string {
  return sha256(JSON.stringify(parts)).slice(0, FINGERPRINT_LENGTH);
}

/** The finding's fingerprint (22 base64url characters), or undefined when it has none (fingerprintParts). */
export function fingerprint(finding: Finding): string | undefined {
  const parts = fingerprintParts(finding);
  return parts === undefined ? undefined : fingerprintOf(parts);
}
