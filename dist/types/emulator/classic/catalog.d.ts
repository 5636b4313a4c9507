/**
 * What the emulator's scanners "know": the four Inspector Classic rules packages and, for each, a
 * catalogue of plausible rules. Entries are computed from (seed, package, index) on demand, so a run
 * with 200,000 findings needs no per-finding text in memory.
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
