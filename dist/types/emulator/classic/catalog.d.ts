/**
 * What the emulator's scanners "know": the four Inspector Classic rules packages and, for each, a
 * catalogue of rules. Entries are computed from (seed, package, index) on demand, so a run with 200,000
 * findings needs no per-finding text in memory.
 *
 * The findings follow what Inspector Classic really returned (docs/emulator.md names the sources): a
 * Security Best Practices finding is named by its rule in `id` ("Disable root login over SSH") and has
 * INSTANCE_ID as its only attribute; a Network Reachability finding carries RULE_TYPE, PORT, PROTOCOL,
 * PORT_GROUP_NAME, REACHABILITY_TYPE and the network path (SECURITY_GROUP, ENI, ACL, IGW, VPC); a CIS
 * finding carries BENCHMARK_ID, BENCHMARK_RULE_ID and CIS_BENCHMARK_PROFILE; a CVE finding carries
 * CVE_ID and the CVSS scores and vectors.
 */
import type { ClassicSeverity as Severity } from "../../model.js";
export type PackageKind = "cve" | "cis" | "sbp" | "nr";
export interface RulesPackageInfo {
    readonly kind: PackageKind;
    readonly arn: string;
    readonly name: string;
    readonly version: string;
    readonly provider: string;
    readonly description: string;
}
export declare const PACKAGE_KINDS: readonly PackageKind[];
/**
 * The region's rules packages: Amazon's published ARNs where the table lists the region (GovCloud has no
 * Network Reachability package), ARNs of the same form elsewhere.
 */
export declare function rulesPackages(region: string): RulesPackageInfo[];
/** Inspector's numeric severities. */
export declare const NUMERIC_SEVERITY: Readonly<Record<Severity, number>>;
export interface RuleEntry {
    readonly id: string;
    readonly severity: Severity;
    /** Title with `{instance}` standing for the instance id. */
    readonly title: string;
    readonly description: string;
    readonly recommendation: string;
    /** System attributes besides INSTANCE_ID. */
    readonly attributes: readonly {
        key: string;
        value: string;
    }[];
}
/** How many distinct rules a package has (CVE: unbounded). */
export declare const CATALOG_SIZE: Readonly<Record<PackageKind, number>>;
export declare function ruleEntry(seed: number, kind: PackageKind, index: number): RuleEntry;
/** Severity alone, cheaper than a whole entry (used while indexing). */
export declare function ruleSeverity(seed: number, kind: PackageKind, index: number): Severity;
