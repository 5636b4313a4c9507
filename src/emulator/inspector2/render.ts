/**
 * Findings, their details and coverage records in the API's wire shape (timestamps in epoch
 * seconds), written after the findings Inspector's user guide and the AWS CLI show: package
 * vulnerabilities with vulnerablePackages per ecosystem, network reachability with its network path,
 * code vulnerabilities with their detector, and resources with their per-type details.
 */
import { type FindingRec, statusAt, updatedAtOf } from "./account.js";
import type { CatalogPackage, Ecosystem } from "./catalog.js";
import { factsOf, isOsEcosystem, type Severity } from "./facts.js";
import type { ResourceRec } from "./resources.js";
import { CODE_RULES, NETWORK_REMEDIATION, PORT_RULES } from "./rules.js";

type Json = Record<string, unknown>;

export const sec = (ms: number): number => ms / 1000;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

function remediationCommand(eco: Ecosystem, name: string): string {
  if (eco === "ubuntu") return "apt-get update && apt-get upgrade";
  return eco === "al2023" ? `dnf update ${name}` : `yum update ${name}`;
}

function artifactOf(name: string): string {
  return name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
}

const LAMBDA_FILES: Readonly<Record<string, (p: CatalogPackage) => { manager: string; path: string }>> = {
  pip: () => ({ manager: "PIP", path: "requirements.txt" }),
  npm: () => ({ manager: "NPM", path: "package-lock.json" }),
  jar: (p) => ({ manager: "JAR", path: `lib/${artifactOf(p.name)}-${p.version}.jar` }),
  go: () => ({ manager: "GOBINARY", path: "bootstrap" }),
};
const IMAGE_FILES: Readonly<Record<string, (p: CatalogPackage) => { manager: string; path: string }>> = {
  pip: (p) => ({
    manager: "PYTHONPKG",
    path: `usr/local/lib/python3.11/site-packages/${p.name}-${p.version}.dist-info/METADATA`,
  }),
  npm: (p) => ({ manager: "NODEPKG", path: `app/node_modules/${p.name}/package.json` }),
  jar: (p) => ({ manager: "JAR", path: `app/lib/${artifactOf(p.name)}-${p.version}.jar` }),
  go: () => ({ manager: "GOBINARY", path: "usr/local/bin/server" }),
};

function packageJson(p: CatalogPackage, eco: Ecosystem, resource: ResourceRec): Json {
  const epochMatch = /^(\d+):(.*)$/.exec(p.version);
  const out: Json = {
    epoch: epochMatch ? Number(epochMatch[1]) : 0,
    name: p.name,
    version: epochMatch ? epochMatch[2]! : p.version,
  };
  if (p.fixed !== undefined) out["fixedInVersion"] = p.fixed;
  if (isOsEcosystem(eco)) {
    const arm = resource.image?.architecture === "arm64";
    out["arch"] = arm ? (eco === "ubuntu" ? "ARM64" : "AARCH64") : "X86_64";
    if (p.release !== undefined) out["release"] = p.release;
    out["packageManager"] = "OS";
    out["remediation"] = remediationCommand(eco, p.name);
    if (resource.image) out["sourceLayerHash"] = resource.image.baseLayer;
  } else {
    const files = (resource.lambda ? LAMBDA_FILES : IMAGE_FILES)[eco];
    const file = files ? files(p) : { manager: "OS", path: p.name };
    out["packageManager"] = file.manager;
    out["filePath"] = file.path;
    if (resource.image) out["sourceLayerHash"] = resource.image.appLayer;
  }
  return out;
}

/** The vulnerable packages of a package finding, as the API lists them. */
export function packagesOf(f: FindingRec): Json[] {
  if (f.type !== "PACKAGE_VULNERABILITY") return [];
  const facts = factsOf(f.ref, f.target);
  return facts.target.packages.map((p) => packageJson(p, facts.target.eco, f.resource));
}

export function severityOf(f: FindingRec): Severity {
  if (f.type === "PACKAGE_VULNERABILITY") return factsOf(f.ref, f.target).severity;
  if (f.type === "NETWORK_REACHABILITY") return PORT_RULES[f.ref]!.severity;
  return CODE_RULES[f.ref]!.severity;
}

export function titleOfFinding(f: FindingRec): string {
  if (f.type === "PACKAGE_VULNERABILITY") return factsOf(f.ref, f.target).title;
  if (f.type === "NETWORK_REACHABILITY") {
    const rule = PORT_RULES[f.ref]!;
    return `Port ${rule.port} is reachable from an Internet Gateway - ${rule.protocol}`;
  }
  const rule = CODE_RULES[f.ref]!;
  return `${rule.cwe} - ${rule.detectorName}`;
}

/** The network path of a reachability finding, internet gateway to instance. */
export function networkSteps(resource: ResourceRec): { componentId: string; componentType: string }[] {
  const ec2 = resource.ec2;
  if (ec2 === undefined) return [];
  return [
    { componentId: ec2.igw, componentType: "AWS::EC2::InternetGateway" },
    { componentId: ec2.acl, componentType: "AWS::EC2::NetworkAcl" },
    { componentId: ec2.sg, componentType: "AWS::EC2::SecurityGroup" },
    { componentId: ec2.eni, componentType: "AWS::EC2::NetworkInterface" },
    { componentId: ec2.instanceId, componentType: "AWS::EC2::Instance" },
  ];
}

export function resourceJson(resource: ResourceRec, region: string, account: string): Json {
  const out: Json = {
    id: resource.id,
    partition: "aws",
    region,
    tags: { ...resource.tags },
    type: resource.type,
  };
  const { image, ec2, lambda } = resource;
  if (image) {
    out["details"] = {
      awsEcrContainerImage: {
        architecture: image.architecture,
        imageHash: image.digest,
        imageTags: [...image.tags],
        ...(image.inUseCount !== undefined ? { inUseCount: image.inUseCount } : {}),
        ...(image.lastInUseAt !== undefined ? { lastInUseAt: sec(image.lastInUseAt) } : {}),
        ...(image.platform !== undefined ? { platform: image.platform } : {}),
        pushedAt: sec(image.pushedAt),
        registry: account,
        repositoryName: image.repositoryName,
      },
    };
  } else if (ec2) {
    out["details"] = {
      awsEc2Instance: {
        iamInstanceProfileArn: `arn:aws:iam::${account}:instance-profile/AmazonSSMRoleForInstancesQuickSetup`,
        imageId: ec2.amiId,
        ipV4Addresses: [...ec2.ipV4],
        ipV6Addresses: [],
        ...(ec2.keyName !== undefined ? { keyName: ec2.keyName } : {}),
        launchedAt: sec(ec2.launchedAt),
        platform: ec2.platform,
        subnetId: ec2.subnetId,
        type: ec2.type,
        vpcId: ec2.vpcId,
      },
    };
  } else if (lambda) {
    out["details"] = {
      awsLambdaFunction: {
        architectures: [lambda.architecture],
        codeSha256: lambda.codeSha256,
        executionRoleArn: lambda.executionRoleArn,
        functionName: lambda.functionName,
        lastModifiedAt: sec(lambda.lastModifiedAt),
        ...(lambda.layers.length > 0 ? { layers: [...lambda.layers] } : {}),
        packageType: "ZIP",
        runtime: lambda.runtime,
        version: "$LATEST",
      },
    };
  }
  return out;
}

function packageFinding(f: FindingRec): Json {
  const facts = factsOf(f.ref, f.target);
  const { vuln, target } = facts;
  const cvss: Json[] = [];
  if (vuln.cvss)
    cvss.push({ baseScore: vuln.cvss.score, scoringVector: vuln.cvss.vector, source: "NVD", version: "3.1" });
  if (target.vendorCvss && facts.source !== "NVD") {
    cvss.unshift({
      baseScore: target.vendorCvss.score,
      scoringVector: target.vendorCvss.vector,
      source: facts.source,
      version: "3.1",
    });
  }
  const out: Json = {
    description: vuln.summary,
    epss: { score: vuln.epss },
    exploitAvailable: facts.exploitAvailable,
    fixAvailable: facts.fixAvailable,
    packageVulnerabilityDetails: {
      cvss,
      referenceUrls: [...facts.referenceUrls],
      relatedVulnerabilities: [...(target.related ?? [])],
      source: facts.source,
      sourceUrl: facts.sourceUrl,
      vendorCreatedAt: sec(day(vuln.published)),
      ...(facts.vendorSeverity !== undefined ? { vendorSeverity: facts.vendorSeverity } : {}),
      vulnerabilityId: vuln.id,
      vulnerablePackages: packagesOf(f),
    },
    remediation: { recommendation: { text: "None Provided" } },
  };
  if (vuln.exploitSeen !== undefined) {
    out["exploitabilityDetails"] = { lastKnownExploitAt: sec(day(vuln.exploitSeen)) };
  }
  if (facts.inspectorScore !== undefined && facts.scoringVector !== undefined) {
    out["inspectorScore"] = facts.inspectorScore;
    out["inspectorScoreDetails"] = {
      adjustedCvss: {
        adjustments: [],
        cvssSource: target.vendorCvss && facts.source !== "NVD" ? facts.source : "NVD",
        score: facts.inspectorScore,
        scoreSource: facts.source,
        scoringVector: facts.scoringVector,
        version: "3.1",
      },
    };
  }
  return out;
}

function networkFinding(f: FindingRec): Json {
  const rule = PORT_RULES[f.ref]!;
  const ec2 = f.resource.ec2!;
  return {
    description: `On the instance ${ec2.instanceId}, the port range ${rule.port}-${rule.port} is reachable from the InternetGateway ${ec2.igw} from an attached ENI ${ec2.eni}.`,
    networkReachabilityDetails: {
      networkPath: { steps: networkSteps(f.resource) },
      openPortRange: { begin: rule.port, end: rule.port },
      protocol: rule.protocol,
    },
    remediation: { recommendation: { text: NETWORK_REMEDIATION } },
  };
}

function codeFinding(f: FindingRec): Json {
  const rule = CODE_RULES[f.ref]!;
  const fileName = rule.file.slice(rule.file.lastIndexOf("/") + 1);
  return {
    codeVulnerabilityDetails: {
      cwes: [rule.cwe],
      detectorId: rule.detectorId,
      detectorName: rule.detectorName,
      detectorTags: [...rule.detectorTags],
      filePath: { endLine: rule.line, fileName, filePath: rule.file, startLine: rule.line },
      ruleId: rule.ruleId,
    },
    description: rule.description,
    remediation: { recommendation: { text: rule.recommendation } },
  };
}

/** A finding in the API's Finding shape, as it stands at `now`. */
export function findingJson(f: FindingRec, now: number, region: string, account: string): Json {
  const body =
    f.type === "PACKAGE_VULNERABILITY"
      ? packageFinding(f)
      : f.type === "NETWORK_REACHABILITY"
        ? networkFinding(f)
        : codeFinding(f);
  return {
    awsAccountId: account,
    ...body,
    findingArn: f.arn,
    firstObservedAt: sec(f.firstObservedAt),
    lastObservedAt: sec(f.lastObservedAt),
    resources: [resourceJson(f.resource, region, account)],
    severity: severityOf(f),
    status: statusAt(f, now),
    title: titleOfFinding(f),
    type: f.type,
    updatedAt: sec(updatedAtOf(f, now)),
  };
}

/** BatchGetFindingDetails' FindingDetail of a package finding (vulnerability intelligence). */
export function findingDetailJson(f: FindingRec): Json {
  const { vuln } = factsOf(f.ref, f.target);
  const out: Json = {
    cwes: [...vuln.cwes],
    epssScore: vuln.epss,
    findingArn: f.arn,
    referenceUrls: [
      `https://nvd.nist.gov/vuln/detail/${vuln.id}`,
      `https://www.cve.org/CVERecord?id=${vuln.id}`,
    ],
  };
  if (vuln.kev) {
    out["cisaData"] = {
      action: vuln.kev.action,
      dateAdded: sec(day(vuln.kev.dateAdded)),
      dateDue: sec(day(vuln.kev.dateDue)),
    };
  }
  if (vuln.exploitSeen !== undefined) {
    const firstSeen = Math.min(day(vuln.exploitSeen), day(vuln.published) + 14 * 86_400_000);
    out["exploitObserved"] = { firstSeen: sec(firstSeen), lastSeen: sec(day(vuln.exploitSeen)) };
  }
  return out;
}
