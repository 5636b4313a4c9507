/**
 * What each FilterCriteria member, SortField and CoverageFilterCriteria member reads from a finding
 * or a coverage record. Every member of the model's criteria has an entry (a test holds this), so a
 * criterion is never silently ignored; members the emulated account has no data for (code
 * repositories) read as absent.
 */
import { type FindingRec, statusAt, updatedAtOf } from "./account.js";
import type { FieldSpec } from "./criteria.js";
import { factsOf, SEVERITY_RANK } from "./facts.js";
import { networkSteps, packagesOf, severityOf, titleOfFinding } from "./render.js";
import type { ResourceRec, ScanState, ScanType } from "./resources.js";
import { CODE_RULES, PORT_RULES } from "./rules.js";

const none = () => undefined;
const pkgFacts = (f: FindingRec) =>
  f.type === "PACKAGE_VULNERABILITY" ? factsOf(f.ref, f.target) : undefined;
const code = (f: FindingRec) => (f.type === "CODE_VULNERABILITY" ? CODE_RULES[f.ref] : undefined);
const port = (f: FindingRec) => (f.type === "NETWORK_REACHABILITY" ? PORT_RULES[f.ref] : undefined);

export function findingFields(account: string, now: number): Record<string, FieldSpec<FindingRec>> {
  const s = (get: (f: FindingRec) => unknown): FieldSpec<FindingRec> => ({ kind: "string", get });
  const n = (get: (f: FindingRec) => unknown): FieldSpec<FindingRec> => ({ kind: "number", get });
  const d = (get: (f: FindingRec) => unknown): FieldSpec<FindingRec> => ({ kind: "date", get });
  return {
    awsAccountId: s(() => account),
    codeRepositoryProjectName: s(none),
    codeRepositoryProviderType: s(none),
    codeVulnerabilityDetectorName: s((f) => code(f)?.detectorName),
    codeVulnerabilityDetectorTags: s((f) => code(f)?.detectorTags),
    codeVulnerabilityFilePath: s((f) => code(f)?.file),
    componentId: s((f) => (port(f) ? networkSteps(f.resource).map((x) => x.componentId) : undefined)),
    componentType: s((f) => (port(f) ? networkSteps(f.resource).map((x) => x.componentType) : undefined)),
    ec2InstanceImageId: s((f) => f.resource.ec2?.amiId),
    ec2InstanceSubnetId: s((f) => f.resource.ec2?.subnetId),
    ec2InstanceVpcId: s((f) => f.resource.ec2?.vpcId),
    ecrImageArchitecture: s((f) => f.resource.image?.architecture),
    ecrImageHash: s((f) => f.resource.image?.digest),
    ecrImageInUseCount: n((f) => f.resource.image?.inUseCount),
    ecrImageLastInUseAt: d((f) => f.resource.image?.lastInUseAt),
    ecrImagePushedAt: d((f) => f.resource.image?.pushedAt),
    ecrImageRegistry: s((f) => (f.resource.image ? account : undefined)),
    ecrImageRepositoryName: s((f) => f.resource.image?.repositoryName),
    ecrImageTags: s((f) => f.resource.image?.tags),
    epssScore: n((f) => pkgFacts(f)?.vuln.epss),
    exploitAvailable: s((f) => pkgFacts(f)?.exploitAvailable),
    findingArn: s((f) => f.arn),
    findingStatus: s((f) => statusAt(f, now)),
    findingType: s((f) => f.type),
    firstObservedAt: d((f) => f.firstObservedAt),
    fixAvailable: s((f) => pkgFacts(f)?.fixAvailable),
    inspectorScore: n((f) => pkgFacts(f)?.inspectorScore),
    lambdaFunctionExecutionRoleArn: s((f) => f.resource.lambda?.executionRoleArn),
    lambdaFunctionLastModifiedAt: d((f) => f.resource.lambda?.lastModifiedAt),
    lambdaFunctionLayers: s((f) => f.resource.lambda?.layers),
    lambdaFunctionName: s((f) => f.resource.lambda?.functionName),
    lambdaFunctionRuntime: s((f) => f.resource.lambda?.runtime),
    lastObservedAt: d((f) => f.lastObservedAt),
    networkProtocol: s((f) => port(f)?.protocol),
    portRange: { kind: "port", get: (f) => (port(f) ? [port(f)!.port, port(f)!.port] : undefined) },
    relatedVulnerabilities: s((f) => pkgFacts(f)?.target.related ?? (pkgFacts(f) ? [] : undefined)),
    resourceId: s((f) => f.resource.id),
    resourceTags: { kind: "map", get: (f) => f.resource.tags },
    resourceType: s((f) => f.resource.type),
    severity: s((f) => severityOf(f)),
    title: s((f) => titleOfFinding(f)),
    updatedAt: d((f) => updatedAtOf(f, now)),
    vendorSeverity: s((f) => pkgFacts(f)?.vendorSeverity),
    vulnerabilityId: s((f) => pkgFacts(f)?.vuln.id),
    vulnerabilitySource: s((f) => pkgFacts(f)?.source),
    vulnerablePackages: { kind: "package", get: (f) => packagesOf(f) },
  };
}

/** SortCriteria fields: the value a finding sorts by (missing values sort last either way). */
export function sortKey(
  field: string,
  account: string,
  now: number,
): (f: FindingRec) => string | number | undefined {
  switch (field) {
    case "AWS_ACCOUNT_ID":
      return () => account;
    case "FINDING_TYPE":
      return (f) => f.type;
    case "SEVERITY":
      return (f) => SEVERITY_RANK[severityOf(f)];
    case "FIRST_OBSERVED_AT":
      return (f) => f.firstObservedAt;
    case "LAST_OBSERVED_AT":
      return (f) => f.lastObservedAt;
    case "FINDING_STATUS":
      return (f) => statusAt(f, now);
    case "RESOURCE_TYPE":
      return (f) => f.resource.type;
    case "ECR_IMAGE_PUSHED_AT":
      return (f) => f.resource.image?.pushedAt;
    case "ECR_IMAGE_REPOSITORY_NAME":
      return (f) => f.resource.image?.repositoryName;
    case "ECR_IMAGE_REGISTRY":
      return (f) => (f.resource.image ? account : undefined);
    case "NETWORK_PROTOCOL":
      return (f) => port(f)?.protocol;
    case "COMPONENT_TYPE":
      return (f) => (port(f) ? "AWS::EC2::InternetGateway" : undefined);
    case "VULNERABILITY_ID":
      return (f) => pkgFacts(f)?.vuln.id;
    case "VULNERABILITY_SOURCE":
      return (f) => pkgFacts(f)?.source;
    case "INSPECTOR_SCORE":
      return (f) => pkgFacts(f)?.inspectorScore;
    case "VENDOR_SEVERITY":
      return (f) => pkgFacts(f)?.vendorSeverity;
    case "EPSS_SCORE":
      return (f) => pkgFacts(f)?.vuln.epss;
    default:
      throw new Error(`unknown sort field ${field}`);
  }
}

/** One coverage record: a resource and one of its scan types, at a time. */
export interface CoverageEntry {
  readonly resource: ResourceRec;
  readonly scanType: ScanType;
  readonly state: ScanState;
}

export function coverageFields(account: string): Record<string, FieldSpec<CoverageEntry>> {
  const s = (get: (e: CoverageEntry) => unknown): FieldSpec<CoverageEntry> => ({ kind: "string", get });
  const d = (get: (e: CoverageEntry) => unknown): FieldSpec<CoverageEntry> => ({ kind: "date", get });
  const image = (e: CoverageEntry) => e.resource.image;
  return {
    accountId: s(() => account),
    codeRepositoryProjectName: s(none),
    codeRepositoryProviderType: s(none),
    codeRepositoryProviderTypeVisibility: s(none),
    ec2InstanceTags: { kind: "map", get: (e) => (e.resource.ec2 ? e.resource.tags : undefined) },
    ecrImageInUseCount: { kind: "number", get: (e) => image(e)?.inUseCount },
    ecrImageLastInUseAt: d((e) => image(e)?.lastInUseAt),
    ecrImageTags: s((e) => image(e)?.tags),
    ecrRepositoryName: s((e) => image(e)?.repositoryName ?? e.resource.repository?.name),
    imagePulledAt: d((e) => image(e)?.pulledAt),
    lambdaFunctionName: s((e) => e.resource.lambda?.functionName),
    lambdaFunctionRuntime: s((e) => e.resource.lambda?.runtime),
    lambdaFunctionTags: { kind: "map", get: (e) => (e.resource.lambda ? e.resource.tags : undefined) },
    lastScannedAt: d((e) => e.state.lastScannedAt),
    lastScannedCommitId: s(none),
    resourceId: s((e) => e.resource.id),
    resourceType: s((e) => e.resource.type),
    scanMode: s((e) => e.resource.scans[e.scanType]?.scanMode),
    scanStatusCode: s((e) => e.state.statusCode),
    scanStatusReason: s((e) => e.state.reason),
    scanType: s((e) => e.scanType),
  };
}
