/**
 * What a package-vulnerability finding says about its vulnerability, derived once per catalog entry
 * and ecosystem: Inspector's severity (the distribution's rating for OS packages, the NVD score band
 * otherwise), the Inspector score and its CVSS source, fix and exploit availability, the title
 * ("CVE-... - pkg, pkg and N more") and the advisory links each source uses.
 */
import { type Ecosystem, type Target, type Vulnerability } from "./catalog.js";
export type Severity = "INFORMATIONAL" | "LOW" | "MEDIUM" | "HIGH" | "CRITICAL" | "UNTRIAGED";
/** Sorting and comparison order: UNTRIAGED sits below INFORMATIONAL (nobody rated it yet). */
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
export interface VulnFacts {
    readonly vuln: Vulnerability;
    readonly target: Target;
    readonly severity: Severity;
    readonly vendorSeverity: string | undefined;
    /** The vulnerability source: AMAZON_CVE, UBUNTU_CVE or NVD. */
    readonly source: string;
    readonly sourceUrl: string;
    readonly referenceUrls: readonly string[];
    readonly inspectorScore: number | undefined;
    readonly scoringVector: string | undefined;
    readonly fixAvailable: "YES" | "NO" | "PARTIAL";
    readonly exploitAvailable: "YES" | "NO";
    readonly title: string;
    readonly packageNames: readonly string[];
}
export declare function severityOfScore(score: number | undefined): Severity;
export declare function isOsEcosystem(eco: Ecosystem): boolean;
/** "a, b" for two names, "a, b and N more" beyond. */
export declare function titleOf(id: string, names: readonly string[]): string;
/** The facts of catalog entry `ref` as it affects its target `target`. */
export declare function factsOf(ref: number, target: number): VulnFacts;
/** The index of the first target of `ref` in one of `ecosystems`, or undefined. */
export declare function targetFor(ref: number, ecosystems: readonly Ecosystem[]): number | undefined;
