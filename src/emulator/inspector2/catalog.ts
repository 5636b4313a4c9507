/**
 * The vulnerabilities the emulated account is drawn from: real CVE ids with the packages they affect
 * in each ecosystem the seeded resources run (Amazon Linux 2 and 2023, Ubuntu 22.04, npm, pip, Maven
 * jars, Go binaries), NVD CVSS v3.1 vectors, CWEs, and for some an exploit or a CISA KEV entry. The
 * CVE ids, packages and vectors follow the public records; installed versions, EPSS scores and dates
 * are representative values, not a snapshot of the feeds. Descriptions are our own summaries.
 */

import type { Ecosystem, Vulnerability } from "./catalog-types.js";
import { LIBRARY_VULNERABILITIES } from "./vulns-libs.js";
import { OS_VULNERABILITIES } from "./vulns-os.js";

export type { CatalogPackage, Ecosystem, Kev, Target, Vulnerability } from "./catalog-types.js";

export const CATALOG: readonly Vulnerability[] = [...LIBRARY_VULNERABILITIES, ...OS_VULNERABILITIES];

/** Catalog indexes by ecosystem, for drawing findings that fit a resource's software. */
export const BY_ECOSYSTEM: ReadonlyMap<Ecosystem, readonly number[]> = (() => {
  const map = new Map<Ecosystem, number[]>();
  CATALOG.forEach((v, i) => {
    for (const t of v.targets) {
      const list = map.get(t.eco) ?? [];
      if (!list.includes(i)) list.push(i);
      map.set(t.eco, list);
    }
  });
  return map;
})();

const BY_ID = new Map(CATALOG.map((v, i) => [v.id, i]));

export function catalogIndexOf(id: string): number | undefined {
  return BY_ID.get(id);
}
