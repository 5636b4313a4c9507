/**
 * SARIF 2.1.0 (`--format sarif`, `--sarif FILE`), for GitHub code scanning and other SARIF viewers. One
 * result per violating finding, with ruleId = the policy rule (or `severity:<Severity>` for a severity
 * limit) — for an Inspector (v2) package vulnerability, its vulnerability id, whose descriptor carries
 * `security-severity` from the Inspector score, the policy rule being the result's `policyRule` — level from the rule's level, located at the policy file line that set the rule or limit (through
 * ctx.displayPath; what a shipped preset brought in, at the user's `extends` entry naming it) with the
 * finding's asset as a logical location. Artifact URIs are relative to the repository root (the working
 * directory, or the workspace in the Action); a policy outside it is located through a `uriBaseId` whose
 * base is its directory, so no artifact URI is ever absolute. Findings an exception
 * waived are results too, carrying an external, accepted suppression whose justification is the
 * exception's reason. `tool.driver.rules` describes every rule and limit of the policy.
 * Messages are plain text (plainText): SARIF viewers show them as text.
 */

import { basename, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import type {
  ArtifactLocation,
  Invocation,
  Location,
  Log,
  Notification,
  ReportingDescriptor,
  Result,
  Run,
  Suppression,
} from "sarif";
import { assetLabel, type Finding, resourceLabel, type Severity } from "../model.js";
import type { AppliedException, RuleLevel, SourceLocation } from "../policy/types.js";
import { type GateResult, isInspector2Coverage, runOf } from "../result.js";
import { INFORMATION_URI } from "../version.js";
import { plainText, toJsonText } from "./escape.js";
import { findingFacts, packageTexts, securitySeverity } from "./facts.js";
import { inspector2Properties } from "./inspector2.js";
import { absentResult, baselineProperties } from "./sarif-baseline.js";
import type { Formatter, ReportContext } from "./types.js";
import {
  anchorOf,
  type Check,
  checksOf,
  compareFindings,
  displayFile,
  findingLine,
  plural,
  presetNote,
  severityCheckId,
  TOOL_NAME,
  whereFrom,
} from "./views.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** GitHub code scanning maps a rule's `security-severity` (0-10) to critical/high/medium/low. */
const SECURITY_SEVERITY: Partial<Record<Severity, string>> = { High: "8.0", Medium: "5.5", Low: "3.0" };

/** A relative or absolute path as a URI reference: forward slashes, each segment percent-encoded. */
export function pathToUri(path: string): string {
  const forward = path.replace(/\\/g, "/");
  return forward
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/** An absolute path (POSIX or Windows), which an artifact URI must never be. */
function isAbsolutePath(path: string): boolean {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(path);
}

/**
 * Artifact locations of one log: relative to the repository root when the file is inside it; otherwise
 * relative to a base (`POLICY_DIR_<n>`, its directory) declared once in the run's originalUriBaseIds.
 */
class Artifacts {
  readonly bases: Record<string, ArtifactLocation> = {};
  private readonly ids = new Map<string, string>();

  constructor(private readonly ctx: ReportContext) {}

  location(file: string): ArtifactLocation {
    const shown = displayFile(this.ctx, file);
    if (!isAbsolutePath(shown)) return { uri: pathToUri(shown) };
    const dir = dirname(shown);
    let id = this.ids.get(dir);
    if (id === undefined) {
      id = `POLICY_DIR_${this.ids.size + 1}`;
      this.ids.set(dir, id);
      const base = pathToFileURL(dir).href;
      this.bases[id] = { uri: base.endsWith("/") ? base : `${base}/` };
    }
    return { uri: pathToUri(basename(shown)), uriBaseId: id };
  }

  physical(source: SourceLocation): Location["physicalLocation"] {
    const at = anchorOf(source);
    return {
      artifactLocation: this.location(at.file),
      region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) },
    };
  }
}

/** A rule's `name`: an identifier distinct from its id ("no-log4shell" -> "NoLog4shellRule"). */
export function ruleName(check: Pick<Check, "id" | "kind" | "severity">): string {
  if (check.kind === "severity") return `${check.severity}SeverityLimit`;
  const words = plainText(check.id, 200)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  return `${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("")}Rule`;
}

function assetLocation(finding: Finding): NonNullable<Location["logicalLocations"]>[number] {
  const resource = finding.resources?.[0];
  if (resource !== undefined) {
    const name = plainText(resourceLabel(resource), 200);
    return { name, fullyQualifiedName: plainText(resource.id, 500) || name, kind: "resource" };
  }
  const label = plainText(assetLabel(finding.asset), 200);
  const qualified = [finding.asset.autoScalingGroup, finding.asset.agentId ?? finding.asset.hostname]
    .filter((x) => x !== undefined)
    .map((x) => plainText(x, 200))
    .join("/");
  return { name: label, fullyQualifiedName: qualified || label, kind: "resource" };
}

function findingProperties(finding: Finding): Record<string, unknown> {
  return {
    findingArn: finding.arn,
    severity: finding.severity,
    ...(finding.id !== undefined ? { findingId: finding.id } : {}),
    ...(finding.title !== undefined ? { title: finding.title } : {}),
    ...(finding.numericSeverity !== undefined ? { numericSeverity: finding.numericSeverity } : {}),
    ...(finding.rulesPackageName !== undefined || finding.rulesPackageArn !== undefined
      ? { rulesPackage: finding.rulesPackageName ?? finding.rulesPackageArn }
      : {}),
    ...v2Properties(finding),
    asset: {
      ...(finding.asset.agentId !== undefined ? { agentId: finding.asset.agentId } : {}),
      ...(finding.asset.hostname !== undefined ? { hostname: finding.asset.hostname } : {}),
      ...(finding.asset.autoScalingGroup !== undefined
        ? { autoScalingGroup: finding.asset.autoScalingGroup }
        : {}),
      ...(finding.asset.amiId !== undefined ? { amiId: finding.asset.amiId } : {}),
    },
  };
}

/** The finding's Inspector (v2) facts as result properties (SARIF property bags are data, not markup). */
function v2Properties(finding: Finding): Record<string, unknown> {
  const facts = findingFacts(finding);
  if (facts === undefined) return {};
  return {
    ...(facts.resource !== undefined ? { resource: facts.resource } : {}),
    ...(facts.packages.length > 0 ? { packages: packageTexts(facts) } : {}),
    ...(facts.inspectorScore !== undefined ? { inspectorScore: facts.inspectorScore } : {}),
    ...(facts.epss !== undefined ? { epss: facts.epss } : {}),
    ...(facts.exploitAvailable !== undefined ? { exploitAvailable: facts.exploitAvailable } : {}),
    ...(facts.kev !== undefined ? { kev: facts.kev } : {}),
    ...(facts.link !== undefined ? { link: facts.link } : {}),
  };
}

/** An Inspector (v2) finding's vulnerability id, its SARIF rule; undefined for any other finding. */
function vulnerabilityIdOf(finding: Finding): string | undefined {
  const id = finding.packageVulnerabilityDetails?.vulnerabilityId;
  return id !== undefined && id !== "" ? plainText(id, 200) : undefined;
}

/**
 * One descriptor per vulnerability: what Inspector calls it, its link, and `security-severity` from the
 * highest Inspector score among its findings (GitHub code scanning ranks alerts by it).
 */
function vulnerabilityDescriptor(id: string, findings: readonly Finding[]): ReportingDescriptor {
  let score: number | undefined;
  let link: string | undefined;
  let title: string | undefined;
  for (const f of findings) {
    const facts = findingFacts(f);
    if (facts?.inspectorScore !== undefined && (score === undefined || facts.inspectorScore > score)) {
      score = facts.inspectorScore;
    }
    link ??= facts?.link;
    title ??= f.title;
  }
  const severity = securitySeverity(score);
  const short = title !== undefined ? plainText(title, 1000) : `Vulnerability ${id}`;
  return {
    id,
    name: ruleName({ id, kind: "rule" }).replace(/Rule$/, "Vulnerability"),
    shortDescription: { text: short },
    fullDescription: { text: `Amazon Inspector reports ${id} on a scanned resource.` },
    ...(link !== undefined ? { helpUri: link } : {}),
    help: {
      text: `Update the vulnerable package to the fixed-in version Inspector gives, or add an exception with a reason and an expiry date.${link !== undefined ? ` See ${link}.` : ""}`,
    },
    defaultConfiguration: { level: "warning" },
    properties: {
      tags: ["security", "inspector", "vulnerability"],
      ...(severity !== undefined ? { "security-severity": severity } : {}),
    },
  };
}

/** Stable across runs of the same assessment: the rule, the scanner's finding id (or title) and the asset. */
function fingerprint(ruleId: string, finding: Finding): string {
  const what = finding.id ?? finding.title ?? finding.arn;
  const where = finding.asset.agentId ?? finding.asset.hostname ?? finding.asset.amiId ?? "";
  return [ruleId, what, where].map((x) => plainText(x, 200)).join("|");
}

function descriptor(check: Check, ctx: ReportContext): ReportingDescriptor {
  const short =
    check.kind === "severity"
      ? `At most ${plural(check.max, `${check.severity} finding`)}`
      : check.description
        ? plainText(check.description, 1000)
        : `Policy rule ${plainText(check.id, 200)}`;
  const allows =
    check.kind === "severity"
      ? `The policy allows at most ${plural(check.max, `${check.severity} finding`)} after exceptions.`
      : `${short.replace(/[.\s]+$/, "")}. The policy allows at most ${plural(check.max, "matching finding")} after exceptions.`;
  const tags = ["security", "inspector", check.kind === "severity" ? "severity-limit" : "policy-rule"];
  const securitySeverity = check.severity !== undefined ? SECURITY_SEVERITY[check.severity] : undefined;
  return {
    id: check.id,
    name: ruleName(check),
    shortDescription: { text: short },
    fullDescription: { text: allows },
    defaultConfiguration: { level: check.level },
    help: {
      text: `${allows} Defined at ${plainText(whereFrom(ctx, check.source), 300)}. Fix the findings, or add an exception with a reason and an expiry date.`,
    },
    properties: {
      tags,
      max: check.max,
      ...(check.source.via ? { preset: check.source.via.preset } : {}),
      ...(securitySeverity !== undefined ? { "security-severity": securitySeverity } : {}),
    },
  };
}

/** A descriptor for a severity that has no limit in the policy (referenced by waived findings). */
function bareSeverityDescriptor(severity: Severity): ReportingDescriptor {
  return {
    id: severityCheckId(severity),
    name: `${severity}Severity`,
    shortDescription: { text: `${severity} findings` },
    defaultConfiguration: { level: "note" },
    properties: { tags: ["security", "inspector", "severity"] },
  };
}

function suppression(exception: AppliedException, artifacts: Artifacts): Suppression {
  return {
    kind: "external",
    status: "accepted",
    justification: plainText(exception.reason, 1000),
    location: { physicalLocation: artifacts.physical(exception.source) },
    properties: {
      exceptionId: exception.id,
      expires: exception.expires,
      ...(exception.owner !== undefined ? { owner: exception.owner } : {}),
      ...(exception.ticket !== undefined ? { ticket: exception.ticket } : {}),
    },
  };
}

export function buildSarif(result: GateResult, ctx: ReportContext): Log {
  const checks = checksOf(result.evaluation);
  const artifacts = new Artifacts(ctx);
  const rules: ReportingDescriptor[] = checks.map((check) => descriptor(check, ctx));
  const ruleIndex = new Map<string, number>(rules.map((rule, index) => [rule.id, index]));
  const levelOf = new Map<string, RuleLevel>(checks.map((c) => [c.id, c.level]));
  const ensureRule = (id: string, severity: Severity): number => {
    const known = ruleIndex.get(id);
    if (known !== undefined) return known;
    rules.push(bareSeverityDescriptor(severity));
    ruleIndex.set(id, rules.length - 1);
    return rules.length - 1;
  };

  // An Inspector (v2) vulnerability is its own rule; the policy rule it violates is a property.
  const byVulnerability = new Map<string, Finding[]>();
  const everyFinding = [
    ...checks.flatMap((c) => c.violations.map((v) => v.finding)),
    ...(result.evaluation?.exceptions.applied ?? []).flatMap((e) => e.findings),
  ];
  for (const f of everyFinding) {
    const id = vulnerabilityIdOf(f);
    if (id === undefined) continue;
    const list = byVulnerability.get(id);
    if (list) list.push(f);
    else byVulnerability.set(id, [f]);
  }
  for (const [id, findings] of byVulnerability) {
    if (ruleIndex.has(id)) continue;
    rules.push(vulnerabilityDescriptor(id, findings));
    ruleIndex.set(id, rules.length - 1);
  }

  const results: Result[] = [];
  for (const check of checks) {
    const preset = presetNote(check.source);
    for (const violation of check.violations) {
      const f = violation.finding;
      const ruleId = vulnerabilityIdOf(f) ?? check.id;
      results.push({
        ruleId,
        ruleIndex: ruleIndex.get(ruleId)!,
        kind: "fail",
        level: violation.level,
        message: {
          text: `${findingLine(f, 200)} violates ${plainText(check.id, 200)}: ${plural(check.matched, "finding")} (max ${check.max}).${preset ? ` ${preset}` : ""}`,
        },
        locations: [
          { physicalLocation: artifacts.physical(check.source), logicalLocations: [assetLocation(f)] },
        ],
        partialFingerprints: { "inspectorGateFinding/v1": fingerprint(check.id, f) },
        ...(violation.baselineState ? { baselineState: violation.baselineState } : {}),
        properties: { ...findingProperties(f), policyRule: check.id },
      });
    }
  }
  for (const sample of result.baseline ? (result.evaluation?.baseline?.absentSamples ?? []) : []) {
    results.push(absentResult(sample, ensureRule(severityCheckId(sample.severity), sample.severity)));
  }
  for (const exception of result.evaluation?.exceptions.applied ?? []) {
    for (const f of [...exception.findings].sort(compareFindings)) {
      const severityRule = severityCheckId(f.severity);
      const vulnerability = vulnerabilityIdOf(f);
      const ruleId = vulnerability ?? severityRule;
      results.push({
        ruleId,
        ruleIndex:
          vulnerability !== undefined ? ruleIndex.get(vulnerability)! : ensureRule(ruleId, f.severity),
        kind: "fail",
        level: levelOf.get(severityRule) ?? "note",
        message: {
          text: `${findingLine(f, 200)} is waived by exception ${plainText(exception.id, 200)} until ${exception.expires}.`,
        },
        locations: [
          { physicalLocation: artifacts.physical(exception.source), logicalLocations: [assetLocation(f)] },
        ],
        partialFingerprints: { "inspectorGateFinding/v1": fingerprint(severityRule, f) },
        suppressions: [suppression(exception, artifacts)],
        properties: findingProperties(f),
      });
    }
  }

  const notifications: Notification[] = [];
  if (result.verdict === "error" && result.error) {
    notifications.push({
      level: "error",
      message: { text: `${plainText(result.error.code, 100)}: ${plainText(result.error.message, 4000)}` },
      descriptor: { id: plainText(result.error.code, 100) },
    });
  }
  for (const warning of result.warnings) {
    notifications.push({ level: "warning", message: { text: plainText(warning, 2000) } });
  }
  const invocation: Invocation = {
    executionSuccessful: result.verdict !== "error",
    exitCode: result.exitCode,
    startTimeUtc: result.timings.startedAt,
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };

  const assessmentRun = runOf(result);
  const run: Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    ...(Object.keys(artifacts.bases).length > 0 ? { originalUriBaseIds: artifacts.bases } : {}),
    invocations: [invocation],
    results,
    columnKind: "utf16CodeUnits",
    properties: {
      verdict: result.verdict,
      exitCode: result.exitCode,
      warnOnly: result.warnOnly === true,
      policyFiles: result.policyFiles.map((f) => displayFile(ctx, f)),
      ...(result.policyName !== undefined ? { policyName: result.policyName } : {}),
      source: result.source?.kind ?? null,
      assessmentRun: assessmentRun
        ? {
            arn: assessmentRun.arn,
            name: assessmentRun.name,
            templateArn: assessmentRun.templateArn,
            state: assessmentRun.state,
          }
        : null,
      ...(result.source?.kind === "inspector2"
        ? {
            inspector2: Object.fromEntries(
              inspector2Properties(
                result.source,
                isInspector2Coverage(result.coverage) ? result.coverage : undefined,
              ),
            ),
          }
        : {}),
      findings: { total: result.findings.total, evaluated: result.findings.evaluated },
      counts: { ...result.counts },
      violationsTruncated: result.evaluation?.violationsTruncated ?? false,
      ...(result.evaluation?.baseline && result.baseline
        ? { baseline: baselineProperties(result.evaluation.baseline, result.baseline.file) }
        : {}),
      ...(result.fleet
        ? {
            fleet: result.fleet.map((m) => ({
              report: plainText(m.file, 1000),
              source: m.source,
              scope: plainText(m.scope, 1000),
              verdict: m.verdict,
              findings: m.findings,
            })),
          }
        : {}),
    },
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}

export const formatSarif: Formatter = (result, ctx) => `${toJsonText(buildSarif(result, ctx))}\n`;
