/**
 * The Inspector (v2) facts of a finding a reviewer acts on, for every report: the resource
 * (repository@digest, function, instance), each vulnerable package as installed → fixed-in version, the
 * Inspector score, EPSS, exploit and CISA KEV flags, and the link Inspector gives. Pure. Every text part
 * is plain (plainText: no control characters, ANSI or line breaks, bounded); the link is kept only when
 * it is a plain http(s) URL of characters no report format treats specially.
 */
import { type Finding, resourceLabel, type VulnerablePackage } from "../model.js";
import { plainText } from "./escape.js";

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

const PACKAGES_SHOWN = 3;

/** Characters a link may hold: none that Markdown, XML, a table cell or a workflow command treats specially. */
const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~/?#=&%+:,;-]*)?$/;

/** The URL when it is a plain http(s) URL of at most 500 characters; undefined otherwise. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && url.length <= 500 && SAFE_URL.test(url) ? url : undefined;
}

function installedVersion(p: VulnerablePackage): string {
  const epoch = p.epoch !== undefined && p.epoch !== 0 ? `${p.epoch}:` : "";
  const release = p.release !== undefined && p.release !== "" ? `-${p.release}` : "";
  return `${epoch}${p.version}${release}`;
}

/** Inspector writes "NotAvailable" where no fixed version exists. */
function fixedVersion(p: VulnerablePackage): string | undefined {
  const fixed = p.fixedInVersion;
  return fixed === undefined || fixed === "" || fixed === "NotAvailable" ? undefined : fixed;
}

/** The finding's v2 facts; undefined for a finding that has none (an Inspector Classic finding). */
export function findingFacts(f: Finding): FindingFacts | undefined {
  const resources = f.resources ?? [];
  const packages = f.packageVulnerabilityDetails?.vulnerablePackages ?? [];
  const v2 =
    resources.length > 0 ||
    f.packageVulnerabilityDetails !== undefined ||
    f.inspectorScore !== undefined ||
    f.epss !== undefined ||
    f.exploitAvailable !== undefined ||
    f.kev !== undefined;
  if (!v2) return undefined;
  const first = resources[0];
  const more = resources.length > 1 ? ` (+${resources.length - 1} more)` : "";
  const link = safeUrl(f.packageVulnerabilityDetails?.sourceUrl);
  return {
    ...(first !== undefined ? { resource: `${plainText(resourceLabel(first), 200)}${more}` } : {}),
    packages: packages.slice(0, PACKAGES_SHOWN).map((p) => {
      const fixed = fixedVersion(p);
      return {
        installed: `${plainText(p.name, 100)}@${plainText(installedVersion(p), 100)}`,
        ...(fixed !== undefined ? { fixedIn: plainText(fixed, 100) } : {}),
      };
    }),
    morePackages: Math.max(0, packages.length - PACKAGES_SHOWN),
    ...(f.inspectorScore !== undefined ? { inspectorScore: f.inspectorScore } : {}),
    ...(f.epss !== undefined ? { epss: f.epss.score } : {}),
    ...(f.exploitAvailable !== undefined ? { exploitAvailable: f.exploitAvailable === "YES" } : {}),
    ...(f.kev !== undefined ? { kev: f.kev } : {}),
    ...(link !== undefined ? { link } : {}),
  };
}

/** "openssl@1.1.1k → 1.1.1w", "zlib@1.2.11 → no fix". */
export function packageText(p: PackageFact): string {
  return `${p.installed} → ${p.fixedIn ?? "no fix"}`;
}

/** A number as reports show it: at most 4 decimals, no trailing zeros. */
export function scoreText(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
}

/** "Inspector score 9.8", "EPSS 0.9432", "exploit available", "CISA KEV": the flags worth a glance. */
export function flagTexts(facts: FindingFacts): string[] {
  const out: string[] = [];
  if (facts.inspectorScore !== undefined) out.push(`Inspector score ${scoreText(facts.inspectorScore)}`);
  if (facts.epss !== undefined) out.push(`EPSS ${scoreText(facts.epss)}`);
  if (facts.exploitAvailable === true) out.push("exploit available");
  if (facts.kev === true) out.push("CISA KEV");
  return out;
}

/** The packages, one text each, and "+N more packages". */
export function packageTexts(facts: FindingFacts): string[] {
  const out = facts.packages.map(packageText);
  if (facts.morePackages > 0)
    out.push(`+${facts.morePackages} more package${facts.morePackages === 1 ? "" : "s"}`);
  return out;
}

/**
 * The facts in one plain line, parts joined by " · ": packages, flags, then the link; the resource first
 * unless `resource` is false (a line that already names it).
 */
export function factsLine(facts: FindingFacts, resource = true): string {
  const parts = [
    ...(resource && facts.resource !== undefined ? [facts.resource] : []),
    ...packageTexts(facts),
    ...flagTexts(facts),
    ...(facts.link !== undefined ? [facts.link] : []),
  ];
  return parts.join(" · ");
}

/** The SARIF / GitHub `security-severity` (a number from 0 to 10, as text) from the Inspector score. */
export function securitySeverity(score: number | undefined): string | undefined {
  if (score === undefined || !Number.isFinite(score)) return undefined;
  return Math.min(10, Math.max(0, score)).toFixed(1);
}
