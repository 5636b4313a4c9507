/**
 * Amazon's published Inspector Classic rules packages: their ARN in every region the service ran in
 * (Amazon Inspector Classic User Guide, "Amazon Inspector Classic ARNs for rules packages",
 * https://docs.aws.amazon.com/inspector/v1/userguide/inspector_rules-arns.html, GovCloud included).
 * A finding names its rules package by ARN only; this table names it without a call, so a policy's
 * `rules-package: <name>` reads exported findings as it reads the ones DescribeRulesPackages named online.
 * Amazon never published other packages (there are no custom ones); a retired package such as Runtime
 * Behavior Analysis is not in the table, and its findings keep an unresolved name.
 */
/** The four packages' names, exactly as DescribeRulesPackages gives them. */
export declare const RULES_PACKAGE_NAMES: {
    readonly cve: "Common Vulnerabilities and Exposures";
    readonly cis: "CIS Operating System Security Configuration Benchmarks";
    readonly nr: "Network Reachability";
    readonly sbp: "Security Best Practices";
};
export type RulesPackageKind = keyof typeof RULES_PACKAGE_NAMES;
export interface PublishedRulesPackage {
    readonly kind: RulesPackageKind;
    readonly name: string;
    readonly arn: string;
    readonly region: string;
}
/** Every published package, region by region, in the user guide's order. */
export declare const PUBLISHED_RULES_PACKAGES: readonly PublishedRulesPackage[];
/**
 * The name of a published rules package from its ARN, or undefined. An exact ARN first; then the same
 * package id in the same partition and region under another account number (a package id names one
 * package in its region; samples and exports sometimes mask the owning account).
 */
export declare function publishedRulesPackageName(arn: string): string | undefined;
/** The published packages of a region (empty for a region the table does not list). */
export declare function publishedRulesPackagesOf(region: string): readonly PublishedRulesPackage[];
