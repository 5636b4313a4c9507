/**
 * The source-agnostic finding model. Inspector Classic findings (and later Inspector v2 findings) are
 * normalised into this shape by the code that fetches them; the policy engine and the reports only ever
 * see this. Everything in a Finding came from the scanner and is untrusted text.
 */
/** Inspector's severities, lowest first. */
export declare const SEVERITIES: readonly ["Undefined", "Informational", "Low", "Medium", "High"];
export type Severity = (typeof SEVERITIES)[number];
/** Rank for ordering: Undefined 0 … High 4. */
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
export declare function isSeverity(value: unknown): value is Severity;
/** A map with one counter per severity. */
export type SeverityCounts = Record<Severity, number>;
export declare function emptySeverityCounts(): SeverityCounts;
/** A key/value pair, as Inspector's `Attribute`. Keys may repeat (e.g. several CVE_ID values). */
export interface Attribute {
    readonly key: string;
    readonly value?: string;
}
/** What the finding is about (Inspector's AssetAttributes, trimmed to what policies and reports use). */
export interface Asset {
    readonly agentId?: string;
    readonly hostname?: string;
    readonly autoScalingGroup?: string;
    readonly amiId?: string;
    readonly ipv4Addresses?: readonly string[];
}
export interface Finding {
    readonly arn: string;
    /** Scanner-side identifier, e.g. "CVE-2021-44228" or a CIS rule id. */
    readonly id?: string;
    readonly title?: string;
    readonly severity: Severity;
    readonly numericSeverity?: number;
    readonly confidence?: number;
    readonly indicatorOfCompromise?: boolean;
    /** The rules package (Inspector Classic) or scanner that produced the finding. */
    readonly rulesPackageArn?: string;
    /** Its human name, when known (the gate resolves it with DescribeRulesPackages). */
    readonly rulesPackageName?: string;
    readonly attributes: readonly Attribute[];
    readonly userAttributes: readonly Attribute[];
    readonly asset: Asset;
    /** ISO-8601. */
    readonly createdAt?: string;
}
/** A short human label for a finding's asset: hostname, else agent id, else AMI, else "unknown asset". */
export declare function assetLabel(asset: Asset): string;
