/**
 * The shapes of the vulnerability catalog the emulated account is drawn from, and the small helpers
 * its entries are written with.
 */
export type Ecosystem = "al2023" | "al2" | "ubuntu" | "npm" | "pip" | "jar" | "go";
export interface CatalogPackage {
    readonly name: string;
    readonly version: string;
    /** OS packages: the release part of the installed version, e.g. "1.amzn2023.0.3". */
    readonly release?: string;
    /** The version that fixes it; absent when no fix is published. */
    readonly fixed?: string;
}
export interface Target {
    readonly eco: Ecosystem;
    readonly packages: readonly CatalogPackage[];
    /** The distribution's own rating (OS ecosystems): Amazon "Important", Ubuntu "medium", ... */
    readonly vendorSeverity?: string;
    /** The distribution's own CVSS score and vector, when it rates differently from NVD. */
    readonly vendorCvss?: {
        readonly score: number;
        readonly vector: string;
    };
    /** Advisories of the distribution, e.g. "USN-6986-1" or "ALAS2023-2024-700". */
    readonly related?: readonly string[];
}
export interface Kev {
    readonly dateAdded: string;
    readonly dateDue: string;
    readonly action: string;
}
export interface Vulnerability {
    readonly id: string;
    readonly summary: string;
    /** NVD CVSS v3.1; absent for a vulnerability nobody has scored yet. */
    readonly cvss?: {
        readonly score: number;
        readonly vector: string;
    };
    readonly cwes: readonly string[];
    readonly epss: number;
    /** When an exploit was last seen (ISO date): exploitAvailable YES. */
    readonly exploitSeen?: string;
    readonly kev?: Kev;
    readonly published: string;
    readonly targets: readonly Target[];
}
export declare const APPLY_UPDATES = "Apply updates per vendor instructions.";
export declare const APPLY_MITIGATIONS = "Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.";
export declare const V: {
    readonly netHigh: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    readonly netDos: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H";
    readonly netLeak: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N";
    readonly localRoot: "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H";
};
export declare const pkg: (name: string, version: string, fixed?: string, release?: string) => CatalogPackage;
