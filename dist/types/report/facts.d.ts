/**
 * The Inspector (v2) facts of a finding a reviewer acts on, for every report: the resource
 * (repository@digest, function, instance), each vulnerable package as installed → fixed-in version, the
 * Inspector score, EPSS, exploit and CISA KEV flags, and the link Inspector gives. Pure. Every text part
 * is plain (plainText: no control characters, ANSI or line breaks, bounded); the link is kept only when
 * it is a plain http(s) URL of characters no report format treats specially.
 */
import { type Finding } from "../model.js";
export interface PackageFact {
    /** `name@installed`, plain text. */
    readonly installed: string;
    /** The fixed-in version, plain text; undefined when Inspector knows none. */
    readonly fixedIn?: string;
}
export interface FindingFacts {
    /** The finding's first resource, plain text, with "(+N more)" when it names several. */
    readonly resource?: string;
    /** At most PACKAGES_SHOWN packages. */
    readonly packages: readonly PackageFact[];
    /** Packages beyond those listed. */
    readonly morePackages: number;
    readonly inspectorScore?: number;
    readonly epss?: number;
    /** True: exploitAvailable YES; false: NO; undefined: not said. */
    readonly exploitAvailable?: boolean;
    /** True: in CISA's KEV catalog; false: looked up and not in it; undefined: not looked up. */
    readonly kev?: boolean;
    readonly link?: string;
}
/** The URL when it is a plain http(s) URL of at most 500 characters; undefined otherwise. */
export declare function safeUrl(url: string | undefined): string | undefined;
/** The finding's v2 facts; undefined for a finding that has none (an Inspector Classic finding). */
export declare function findingFacts(f: Finding): FindingFacts | undefined;
/** "openssl@1.1.1k → 1.1.1w", "zlib@1.2.11 → no fix". */
export declare function packageText(p: PackageFact): string;
/** A number as reports show it: at most 4 decimals, no trailing zeros. */
export declare function scoreText(n: number): string;
/** "Inspector score 9.8", "EPSS 0.9432", "exploit available", "CISA KEV": the flags worth a glance. */
export declare function flagTexts(facts: FindingFacts): string[];
/** The packages, one text each, and "+N more packages". */
export declare function packageTexts(facts: FindingFacts): string[];
/**
 * The facts in one plain line, parts joined by " · ": packages, flags, then the link; the resource first
 * unless `resource` is false (a line that already names it).
 */
export declare function factsLine(facts: FindingFacts, resource?: boolean): string;
/** The SARIF / GitHub `security-severity` (a number from 0 to 10, as text) from the Inspector score. */
export declare function securitySeverity(score: number | undefined): string | undefined;
