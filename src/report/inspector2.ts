/**
 * The Inspector (v2) source and coverage, in plain words every human report shows (each formatter
 * escapes them for its medium: the scope, labels and reasons came from the user and from Inspector).
 * Pure: no I/O.
 */
import type {
  Inspector2CoverageInfo,
  Inspector2Scope,
  Inspector2SourceInfo,
  Inspector2UnscannedResource,
} from "../result.js";
import { formatDuration, plural } from "./views.js";

/** One line of a section: a short label and its (untrusted) text. */
export interface Line {
  readonly label: string;
  readonly text: string;
}

const SCOPE_WORDS: readonly (readonly [keyof Inspector2Scope, string])[] = [
  ["accounts", "account"],
  ["resourceTypes", "resource type"],
  ["resourceIds", "resource"],
  ["ecrRepositories", "repository"],
  ["ecrImageDigests", "image"],
  ["ecrImageTags", "tag"],
  ["lambdaFunctions", "function"],
  ["resourceTags", "resource tag"],
];

/** "repository storefront/web; image sha256:…" (values of one kind joined by "or"). */
export function scopeText(source: Inspector2SourceInfo): string {
  if (source.allResources) return "every resource of the account (all-resources)";
  const parts: string[] = [];
  for (const [key, word] of SCOPE_WORDS) {
    const values = source.scope[key] as readonly (string | { key: string; value: string })[] | undefined;
    if (!values?.length) continue;
    const shown = values.map((v) => (typeof v === "string" ? v : `${v.key}=${v.value}`));
    parts.push(`${word} ${shown.join(" or ")}`);
  }
  return parts.join("; ") || "none";
}

/** The source's lines: where, what, which statuses, waiting, KEV. */
export function inspector2SourceLines(source: Inspector2SourceInfo): Line[] {
  const where = [
    source.region ? `region ${source.region}` : "",
    source.accounts.length > 0 ? `account ${source.accounts.join(", ")}` : "",
  ]
    .filter((w) => w !== "")
    .join(", ");
  const lines: Line[] = [
    { label: "source", text: `Inspector (v2)${where ? `, ${where}` : ""}` },
    { label: "scope", text: scopeText(source) },
  ];
  const { active, suppressed } = source.listed;
  lines.push({
    label: "statuses",
    text: source.includeSuppressed
      ? `${active} ACTIVE and ${suppressed} SUPPRESSED findings evaluated (include-suppressed); CLOSED never`
      : `${active} ACTIVE findings evaluated; ${plural(suppressed, "SUPPRESSED finding")} shown apart, not counted; CLOSED never`,
  });
  if (source.waiting.forScan) {
    lines.push({
      label: "waited",
      text: `${formatDuration(source.waiting.waitedMs)} for scans (${plural(source.waiting.checks, "coverage check")})`,
    });
  }
  if (source.kev) {
    lines.push({
      label: "KEV",
      text:
        `${plural(source.kev.candidates, "candidate finding")} looked up, ${source.kev.inKev} in CISA's catalog` +
        `${source.kev.unknown > 0 ? `, ${source.kev.unknown} unknown` : ""}`,
    });
  }
  return lines;
}

/** The suppressed findings shown apart: "High CVE-… on repo@sha256:… (arn)". */
export function suppressedLines(source: Inspector2SourceInfo): string[] {
  return source.suppressed.map(
    (s) => `${s.severity} ${s.title ?? s.arn}${s.resource ? ` on ${s.resource}` : ""}`,
  );
}

/** "3 resources in scope: 2 scanned, 1 pending, 0 inactive" */
export function coverageSummary(cov: Inspector2CoverageInfo): string {
  const types = Object.entries(cov.byType)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, n]) => `${type} ${n}`)
    .join(", ");
  return (
    `${plural(cov.resources, "resource")} in scope${types ? ` (${types})` : ""}: ${cov.scanned} scanned, ` +
    `${cov.pending} pending, ${cov.inactive} inactive; inactive resources: ${cov.inactivePolicy}`
  );
}

/** "payments/worker@sha256:… (SCAN_ELIGIBILITY_EXPIRED on PACKAGE)" */
export function unscannedText(r: Inspector2UnscannedResource): string {
  const reasons = r.scans
    .filter((s) => s.statusCode !== "ACTIVE" || r.status === "PENDING")
    .map((s) => `${s.reason} on ${s.scanType}`);
  return `${r.label} (${reasons.join(", ") || "no scan recorded"})`;
}

/** The coverage's detail lines: each unscanned resource, missing digests, what the gate matched itself. */
export function coverageLines(cov: Inspector2CoverageInfo): Line[] {
  const lines: Line[] = cov.unscanned.map((r) => ({
    label: r.status === "INACTIVE" ? "inactive" : "pending",
    text: unscannedText(r),
  }));
  const listed = cov.unscanned.length;
  const total = cov.pending + cov.inactive;
  if (total > listed) lines.push({ label: "", text: `… and ${total - listed} more not scanned` });
  for (const digest of cov.missingDigests)
    lines.push({ label: "missing", text: `image ${digest} is not in coverage` });
  for (const note of cov.matchedByGate) lines.push({ label: "matched", text: note });
  return lines;
}

const CAPITAL: Readonly<Record<string, string>> = {
  source: "Source",
  scope: "Scope",
  statuses: "Statuses",
  waited: "Waited",
  KEV: "KEV",
  inactive: "Inactive",
  pending: "Pending",
  missing: "Missing",
  matched: "Matched by the gate",
};

/** Markdown list rows for the source (`esc` escapes untrusted text for Markdown). */
export function markdownSourceRows(source: Inspector2SourceInfo, esc: (text: string, max: number) => string) {
  const rows = inspector2SourceLines(source).map(
    (l) => `- **${CAPITAL[l.label] ?? l.label}:** ${esc(l.text, 500)}`,
  );
  const suppressed = suppressedLines(source);
  if (suppressed.length > 0) {
    const shown = suppressed.slice(0, 10).map((s) => esc(s, 200));
    const more = source.listed.suppressed - shown.length;
    rows.push(`- **Suppressed (not counted):** ${shown.join("; ")}${more > 0 ? `; … ${more} more` : ""}`);
  }
  return rows;
}

/** Markdown list rows for the coverage. */
export function markdownCoverageRows(
  cov: Inspector2CoverageInfo,
  esc: (text: string, max: number) => string,
) {
  const rows = [`- **Coverage:** ${esc(coverageSummary(cov), 500)}`];
  for (const line of coverageLines(cov)) {
    rows.push(`  - ${line.label ? `**${CAPITAL[line.label] ?? line.label}:** ` : ""}${esc(line.text, 300)}`);
  }
  return rows;
}

/** The v2 facts of a run as name/value pairs (JUnit properties; SARIF run properties as an object). */
export function inspector2Properties(
  source: Inspector2SourceInfo,
  cov: Inspector2CoverageInfo | undefined,
): [string, string][] {
  const pairs: [string, string][] = [
    ["inspector2.region", source.region ?? ""],
    ["inspector2.accounts", source.accounts.join(",")],
    ["inspector2.scope", scopeText(source)],
    ["inspector2.listed.active", String(source.listed.active)],
    ["inspector2.listed.suppressed", String(source.listed.suppressed)],
    ["inspector2.includeSuppressed", String(source.includeSuppressed)],
    ["inspector2.waitForScan", String(source.waiting.forScan)],
  ];
  if (cov) {
    pairs.push(
      ["coverage.resources", String(cov.resources)],
      ["coverage.scanned", String(cov.scanned)],
      ["coverage.pending", String(cov.pending)],
      ["coverage.inactive", String(cov.inactive)],
      ["coverage.inactiveResources", cov.inactivePolicy],
    );
  }
  return pairs;
}
