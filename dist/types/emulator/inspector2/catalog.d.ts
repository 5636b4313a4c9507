/**
 * The vulnerabilities the emulated account is drawn from: real CVE ids with the packages they affect
 * in each ecosystem the seeded resources run (Amazon Linux 2 and 2023, Ubuntu 22.04, npm, pip, Maven
 * jars, Go binaries), NVD CVSS v3.1 vectors, CWEs, and for some an exploit or a CISA KEV entry. The
 * CVE ids, packages and vectors follow the public records; installed versions, EPSS scores and dates
 * are representative values, not a snapshot of the feeds. Descriptions are our own summaries.
 */
import type { Ecosystem, Vulnerability } from "./catalog-types.js";
export type { CatalogPackage, Ecosystem, Kev, Target, Vulnerability } from "./catalog-types.js";
export declare const CATALOG: readonly Vulnerability[];
/** Catalog indexes by ecosystem, for drawing findings that fit a resource's software. */
export declare const BY_ECOSYSTEM: ReadonlyMap<Ecosystem, readonly number[]>;
export declare function catalogIndexOf(id: string): number | undefined;
