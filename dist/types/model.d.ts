/**
 * The source-neutral finding model. Inspector Classic findings, Inspector (v2) findings and exported files
 * of either are normalised into this shape by the source that reads them; the policy engine and the
 * reports only ever see this. Everything in a Finding came from the scanner and is untrusted text.
 *
 * The fields common to both services are required or plain optional ones (arn, id, title, severity);
 * what only one service knows is optional and simply absent from the other's findings (a Classic finding
 * has no package or EPSS score, a v2 finding has no rules package or agent). Names follow Inspector's own
 * (the v2 service model's Finding, Resource, PackageVulnerabilityDetails, …) so a reader can look them up.
 */
/**
 * Every severity either service reports, lowest first. The order is what `fail-on` and `min-severity`
 * mean by "and above": Untriaged and Undefined sit below Informational, so `fail-on: Low` never includes
 * them; a policy names them explicitly (`max: { Untriaged: 0 }`, `severity: Untriaged`) to count them.
 */
export declare const SEVERITIES: readonly ["Undefined", "Untriaged", "Informational", "Low", "Medium", "High", "Critical"];
export type Severity = (typeof SEVERITIES)[number];
/** Rank for ordering: Undefined 0 … Critical 6 (the index in SEVERITIES). */
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
/** Inspector Classic's Severity enum: its five values, lowest first, each one of ours by the same name. */
export declare const CLASSIC_SEVERITIES: readonly ["Undefined", "Informational", "Low", "Medium", "High"];
export type ClassicSeverity = (typeof CLASSIC_SEVERITIES)[number];
/** Inspector (v2)'s Severity enum → ours (lowest first by our order). */
export declare const INSPECTOR2_SEVERITY: Readonly<Record<string, Severity>>;
/** The severities an Inspector (v2) finding can carry, lowest first. */
export declare const INSPECTOR2_SEVERITIES: readonly Severity[];
export declare function isSeverity(value: unknown): value is Severity;
/**
 * SEVERITY_RANK of a value that may not be a severity at all; anything unknown ranks as Undefined (0).
 * A switch rather than a lookup: the evaluator calls this once per finding.
 */
export declare function severityRank(value: string): number;
/** A map with one counter per severity. */
export type SeverityCounts = Record<Severity, number>;
/** Zero for every severity, highest first (the order reports list them in). */
export declare function emptySeverityCounts(): SeverityCounts;
/** A key/value pair, as Inspector's `Attribute`. Keys may repeat (e.g. several CVE_ID values). */
export interface Attribute {
    readonly key: string;
    readonly value?: string;
}
/** What a Classic finding is about (Inspector Classic's AssetAttributes, trimmed to what is used). */
export interface Asset {
    readonly agentId?: string;
    readonly hostname?: string;
    readonly autoScalingGroup?: string;
    readonly amiId?: string;
    readonly ipv4Addresses?: readonly string[];
}
/** Inspector (v2)'s ResourceType; kept open, as services add types. */
export type ResourceType = "AWS_EC2_INSTANCE" | "AWS_ECR_CONTAINER_IMAGE" | "AWS_ECR_REPOSITORY" | "AWS_LAMBDA_FUNCTION" | "CODE_REPOSITORY" | (string & {});
/** An EC2 instance (v2 AwsEc2InstanceDetails, trimmed). */
export interface Ec2InstanceDetails {
    readonly imageId?: string;
    readonly platform?: string;
    readonly type?: string;
    readonly vpcId?: string;
    readonly subnetId?: string;
    readonly ipV4Addresses?: readonly string[];
    /** ISO-8601. */
    readonly launchedAt?: string;
}
/** An image in ECR (v2 AwsEcrContainerImageDetails, trimmed). */
export interface EcrContainerImageDetails {
    readonly repositoryName: string;
    /** The image digest, "sha256:…". */
    readonly imageHash: string;
    readonly registry?: string;
    readonly imageTags?: readonly string[];
    /** ISO-8601. */
    readonly pushedAt?: string;
    readonly architecture?: string;
    readonly platform?: string;
}
/** A Lambda function (v2 AwsLambdaFunctionDetails, trimmed). */
export interface LambdaFunctionDetails {
    readonly functionName: string;
    readonly runtime?: string;
    readonly version?: string;
    readonly codeSha256?: string;
    readonly packageType?: string;
    /** ISO-8601. */
    readonly lastModifiedAt?: string;
}
/** A code repository (v2 CodeRepositoryDetails). */
export interface CodeRepositoryDetails {
    readonly projectName?: string;
    readonly providerType?: string;
    readonly integrationArn?: string;
}
/** What a v2 finding is about (v2 Resource): one of its 1 to 10 resources. */
export interface Resource {
    readonly type: ResourceType;
    readonly id: string;
    readonly region?: string;
    readonly partition?: string;
    readonly tags?: Readonly<Record<string, string>>;
    readonly details?: {
        readonly awsEc2Instance?: Ec2InstanceDetails;
        readonly awsEcrContainerImage?: EcrContainerImageDetails;
        readonly awsLambdaFunction?: LambdaFunctionDetails;
        readonly codeRepository?: CodeRepositoryDetails;
    };
}
/** One vulnerable package of a finding (v2 VulnerablePackage, trimmed). */
export interface VulnerablePackage {
    readonly name: string;
    /** The installed version. */
    readonly version: string;
    /** The version that fixes it, when one is known ("NotAvailable" is how Inspector says there is none). */
    readonly fixedInVersion?: string;
    readonly packageManager?: string;
    readonly epoch?: number;
    readonly release?: string;
    readonly arch?: string;
    readonly filePath?: string;
    readonly remediation?: string;
}
/** v2 PackageVulnerabilityDetails, trimmed (CVSS vectors and vendor dates are left out). */
export interface PackageVulnerabilityDetails {
    readonly vulnerabilityId: string;
    /** Who reported it, e.g. "NVD" or "UBUNTU_CVE". */
    readonly source: string;
    readonly sourceUrl?: string;
    readonly referenceUrls?: readonly string[];
    readonly vendorSeverity?: string;
    readonly relatedVulnerabilities?: readonly string[];
    readonly vulnerablePackages: readonly VulnerablePackage[];
}
/** v2 NetworkReachabilityDetails, trimmed. */
export interface NetworkReachabilityDetails {
    readonly protocol?: string;
    readonly openPortRange?: {
        readonly begin: number;
        readonly end: number;
    };
}
/** v2 CodeVulnerabilityDetails, trimmed. */
export interface CodeVulnerabilityDetails {
    readonly detectorId?: string;
    readonly detectorName?: string;
    readonly ruleId?: string;
    readonly cwes?: readonly string[];
    readonly filePath?: {
        readonly fileName?: string;
        readonly filePath?: string;
        readonly startLine?: number;
        readonly endLine?: number;
    };
}
export type FindingType = "NETWORK_REACHABILITY" | "PACKAGE_VULNERABILITY" | "CODE_VULNERABILITY" | (string & {});
export type FindingStatus = "ACTIVE" | "SUPPRESSED" | "CLOSED";
export type FixAvailable = "YES" | "NO" | "PARTIAL";
export type ExploitAvailable = "YES" | "NO";
/** CISA's Known Exploited Vulnerabilities entry (v2 BatchGetFindingDetails `cisaData`). */
export interface CisaData {
    readonly action?: string;
    /** ISO-8601 dates. */
    readonly dateAdded?: string;
    readonly dateDue?: string;
}
/** A finding field whose value its source could not establish (see `Finding.unresolved`). */
export type UnresolvedField = "rulesPackageName" | (string & {});
export interface Finding {
    readonly arn: string;
    /** Scanner-side identifier: a CVE id, a CIS rule id, v2's vulnerability id. */
    readonly id?: string;
    readonly title?: string;
    readonly severity: Severity;
    /** ISO-8601. */
    readonly createdAt?: string;
    readonly updatedAt?: string;
    readonly numericSeverity?: number;
    readonly confidence?: number;
    readonly indicatorOfCompromise?: boolean;
    /** The rules package that produced the finding. */
    readonly rulesPackageArn?: string;
    /**
     * Its human name, when known: named by DescribeRulesPackages online, or from Amazon's published table of
     * rules package ARNs (online and offline). Absent with `unresolved` naming it when neither knows the ARN.
     */
    readonly rulesPackageName?: string;
    /** Classic attributes ([] for v2 findings). */
    readonly attributes: readonly Attribute[];
    readonly userAttributes: readonly Attribute[];
    /** Classic asset ({} for v2 findings, which name `resources` instead). */
    readonly asset: Asset;
    /**
     * Facts of this finding its source could not establish, by field: a condition on one of them cannot be
     * decided for the finding (it must never count as a silent non-match). Classic: "rulesPackageName" when
     * the rules package ARN is named neither by Inspector nor by Amazon's published table.
     */
    readonly unresolved?: readonly UnresolvedField[];
    readonly awsAccountId?: string;
    readonly type?: FindingType;
    readonly status?: FindingStatus;
    readonly resources?: readonly Resource[];
    readonly packageVulnerabilityDetails?: PackageVulnerabilityDetails;
    readonly networkReachabilityDetails?: NetworkReachabilityDetails;
    readonly codeVulnerabilityDetails?: CodeVulnerabilityDetails;
    readonly fixAvailable?: FixAvailable;
    readonly exploitAvailable?: ExploitAvailable;
    /** ISO-8601 (v2 ExploitabilityDetails.lastKnownExploitAt). */
    readonly lastKnownExploitAt?: string;
    /** v2 EpssDetails. */
    readonly epss?: {
        readonly score: number;
    };
    readonly inspectorScore?: number;
    /** ISO-8601. */
    readonly firstObservedAt?: string;
    readonly lastObservedAt?: string;
    /** True: in CISA's KEV catalog; false: looked up and not in it; absent: not looked up. */
    readonly kev?: boolean;
    readonly cisaData?: CisaData;
}
/** A short human label for a finding's asset: hostname, else agent id, else AMI, else "unknown asset". */
export declare function assetLabel(asset: Asset): string;
/** A short human label for a v2 resource: repository@digest, function, instance or its id. */
export declare function resourceLabel(resource: Resource): string;
/** What a finding is about, in a few words, whichever service it came from. */
export declare function subjectLabel(finding: Finding): string;
