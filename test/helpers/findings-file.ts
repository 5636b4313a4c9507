/** Exported findings as `aws inspector describe-findings` prints them, for offline runs of the doors. */
import { writeFileSync } from "node:fs";

export const EXPORT_RUN_ARN =
  "arn:aws:inspector:us-west-2:123456789012:target/0-aaaaaaaa/template/0-bbbbbbbb/run/0-cccccccc";
/** The Common Vulnerabilities and Exposures package in us-west-2. */
const CVE_PACKAGE = "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-9hgA516p";

export type ExportSeverity = "High" | "Medium" | "Low" | "Informational";

/** One finding in Inspector's shape, numbered `n`. */
export function exportedFinding(
  n: number,
  severity: ExportSeverity,
  title?: string,
): Record<string, unknown> {
  const numeric = { High: 9, Medium: 6, Low: 3, Informational: 0 }[severity];
  return {
    arn: `${EXPORT_RUN_ARN}/finding/0-${String(n).padStart(8, "0")}`,
    schemaVersion: 1,
    service: "Inspector",
    severity,
    numericSeverity: numeric,
    id: `CVE-2026-${n}`,
    title: title ?? `A finding with a title long enough to fill a pipe quickly, number ${n}`,
    assetType: "ec2-instance",
    assetAttributes: { schemaVersion: 1, agentId: `i-${n}`, hostname: `host-${n}` },
    serviceAttributes: { schemaVersion: 1, assessmentRunArn: EXPORT_RUN_ARN, rulesPackageArn: CVE_PACKAGE },
    attributes: [{ key: "CVE_ID", value: `CVE-2026-${n}` }],
    userAttributes: [],
    indicatorOfCompromise: false,
    confidence: 10,
    createdAt: 1_767_225_600,
    updatedAt: 1_767_225_600,
  };
}

/** Writes `severities.length` findings as JSON Lines; returns the path. */
export function writeExport(path: string, severities: readonly ExportSeverity[]): string {
  writeFileSync(path, `${severities.map((s, i) => JSON.stringify(exportedFinding(i, s))).join("\n")}\n`);
  return path;
}
