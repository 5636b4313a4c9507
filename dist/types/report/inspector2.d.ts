/**
 * The Inspector (v2) source and coverage, in plain words every human report shows (each formatter
 * escapes them for its medium: the scope, labels and reasons came from the user and from Inspector).
 * Pure: no I/O.
 */
import type { Inspector2CoverageInfo, Inspector2SourceInfo, Inspector2UnscannedResource } from "../result.js";
/** One line of a section: a short label and its (untrusted) text. */
export interface Line {
    readonly label: string;
    readonly text: string;
}
/** "repository storefront/web; image sha256:…" (values of one kind joined by "or"). */
export declare function scopeText(source: Inspector2SourceInfo): string;
/** The source's lines: where, what, which statuses, waiting, KEV. */
export declare function inspector2SourceLines(source: Inspector2SourceInfo): Line[];
/** The suppressed findings shown apart: "High CVE-… on repo@sha256:… (arn)". */
export declare function suppressedLines(source: Inspector2SourceInfo): string[];
/** "3 resources in scope: 2 scanned, 1 pending, 0 inactive" */
export declare function coverageSummary(cov: Inspector2CoverageInfo): string;
/** "payments/worker@sha256:… (SCAN_ELIGIBILITY_EXPIRED on PACKAGE)" */
export declare function unscannedText(r: Inspector2UnscannedResource): string;
/** The coverage's detail lines: each unscanned resource, missing digests, what the gate matched itself. */
export declare function coverageLines(cov: Inspector2CoverageInfo): Line[];
/** Markdown list rows for the source (`esc` escapes untrusted text for Markdown). */
export declare function markdownSourceRows(source: Inspector2SourceInfo, esc: (text: string, max: number) => string): string[];
/** Markdown list rows for the coverage. */
export declare function markdownCoverageRows(cov: Inspector2CoverageInfo, esc: (text: string, max: number) => string): string[];
/** The v2 facts of a run as name/value pairs (JUnit properties; SARIF run properties as an object). */
export declare function inspector2Properties(source: Inspector2SourceInfo, cov: Inspector2CoverageInfo | undefined): [string, string][];
