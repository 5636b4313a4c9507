/**
 * What a package-vulnerability finding says about its vulnerability, derived once per catalog entry
 * and ecosystem: Inspector's severity (the distribution's rating for OS packages, the NVD score band
 * otherwise), the Inspector score and its CVSS source, fix and exploit availability, the title
 * ("CVE-... - pkg, pkg and N more") and the advisory links each source uses.
 */
import { CATALOG, type Ecosystem, type Target, type Vulnerability } from "./catalog.js";

export type Severity = "INFORMATIONAL" | "LOW" | "MEDIUM" | "HIGH" | "CRITICAL" | "UNTRIAGED";

/** Sorting and comparison order: UNTRIAGED sits below INFORMATIONAL (nobody rated it yet). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  UNTRIAGED: 0,
  INFORMATIONAL: 1,
  LOW: 2,
  MEDIUM: 3,
  HIGH: 4,
  CRITICAL: 5,
};

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

const OS_SOURCE: Partial<Record<Ecosystem, string>> = {
  al2: "AMAZON_CVE",
  al2023: "AMAZON_CVE",
  ubuntu: "UBUNTU_CVE",
};

const VENDOR_SEVERITY: Readonly<Record<string, Severity>> = {
  critical: "CRITICAL",
  important: "HIGH",
  high: "HIGH",
  medium: "MEDIUM",
  moderate: "MEDIUM",
  low: "LOW",
  negligible: "INFORMATIONAL",
  untriaged: "UNTRIAGED",
};

export function severityOfScore(score: number | undefined): Severity {
  if (score === undefined) return "UNTRIAGED";
  if (score >= 9) return "CRITICAL";
  if (score >= 7) return "HIGH";
  if (score >= 4) return "MEDIUM";
  if (score > 0) return "LOW";
  return "INFORMATIONAL";
}

export function isOsEcosystem(eco: Ecosystem): boolean {
  return OS_SOURCE[eco] !== undefined;
}

/** "a, b" for two names, "a, b and N more" beyond. */
export function titleOf(id: string, names: readonly string[]): string {
  const shown = names.slice(0, 2).join(", ");
  return names.length > 2 ? `${id} - ${shown} and ${names.length - 2} more` : `${id} - ${shown}`;
}

function derive(vuln: Vulnerability, target: Target): VulnFacts {
  const osSource = OS_SOURCE[target.eco];
  const source = osSource ?? "NVD";
  const year = vuln.id.split("-")[1] ?? "";
  const severity = osSource
    ? (VENDOR_SEVERITY[(target.vendorSeverity ?? "").toLowerCase()] ?? severityOfScore(vuln.cvss?.score))
    : severityOfScore(vuln.cvss?.score);
  const scored = osSource ? (target.vendorCvss ?? vuln.cvss) : vuln.cvss;
  const fixedCount = target.packages.filter((p) => p.fixed !== undefined).length;
  const related = target.related ?? [];
  let sourceUrl: string;
  let referenceUrls: string[];
  if (source === "AMAZON_CVE") {
    sourceUrl = `https://alas.aws.amazon.com/cve/json/v1/${vuln.id}.json`;
    referenceUrls = related.map((a) =>
      a.startsWith("ALAS2023")
        ? `https://alas.aws.amazon.com/AL2023/${a}.html`
        : `https://alas.aws.amazon.com/AL2/${a}.html`,
    );
  } else if (source === "UBUNTU_CVE") {
    sourceUrl = `https://people.canonical.com/~ubuntu-security/cve/${year}/${vuln.id}.html`;
    referenceUrls = [
      `https://www.cve.org/CVERecord?id=${vuln.id}`,
      ...related.map((u) => `https://ubuntu.com/security/notices/${u}`),
    ];
  } else {
    sourceUrl = `https://nvd.nist.gov/vuln/detail/${vuln.id}`;
    referenceUrls = [`https://www.cve.org/CVERecord?id=${vuln.id}`];
  }
  const packageNames = target.packages.map((p) => p.name);
  return {
    vuln,
    target,
    severity,
    vendorSeverity: osSource
      ? target.vendorSeverity
      : vuln.cvss
        ? severityOfScore(vuln.cvss.score)
        : undefined,
    source,
    sourceUrl,
    referenceUrls,
    inspectorScore: scored?.score,
    scoringVector: scored?.vector,
    fixAvailable: fixedCount === target.packages.length ? "YES" : fixedCount === 0 ? "NO" : "PARTIAL",
    exploitAvailable: vuln.exploitSeen !== undefined ? "YES" : "NO",
    title: titleOf(vuln.id, packageNames),
    packageNames,
  };
}

const MEMO = new Map<number, VulnFacts>();

/** The facts of catalog entry `ref` as it affects its target `target`. */
export function factsOf(ref: number, target: number): VulnFacts {
  const key = ref * 16 + target;
  let facts = MEMO.get(key);
  if (facts === undefined) {
    const vuln = CATALOG[ref];
    const t = vuln?.targets[target];
    if (vuln === undefined || t === undefined) throw new Error(`no catalog entry ${ref}/${target}`);
    facts = derive(vuln, t);
    MEMO.set(key, facts);
  }
  return facts;
}

/** The index of the first target of `ref` in one of `ecosystems`, or undefined. */
export function targetFor(ref: number, ecosystems: readonly Ecosystem[]): number | undefined {
  const targets = CATALOG[ref]?.targets ?? [];
  const i = targets.findIndex((t) => ecosystems.includes(t.eco));
  return i < 0 ? undefined : i;
}
