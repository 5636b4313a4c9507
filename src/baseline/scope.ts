/**
 * What a gate's findings are the findings of: the service, and its lineage (an Inspector Classic
 * assessment template, whose every run is the same scope; for Inspector v2 the regions and accounts seen,
 * and the source's own declared scope when it gives one). A baseline applies only within its scope: a
 * baseline of another template or another service would make every finding new and every old one "fixed",
 * so it is refused instead.
 */
import type { Finding } from "../model.js";
import type { SourceInfo } from "../result.js";

export type ScopeService = "inspector-classic" | "inspector2";

export interface GateScope {
  /** Whose findings; null when nothing says (e.g. an empty file). */
  readonly service: ScopeService | null;
  /** Classic: assessment template ARNs; v2: `REGION:ACCOUNT` pairs. Sorted; empty when unknown. */
  readonly lineage: readonly string[];
  /** The v2 source's declared scope (canonical JSON), when it declares one. */
  readonly detail: string | null;
}

/** Lineage entries kept at most (a gate over an organisation may see many accounts). */
const MAX_LINEAGE = 1000;

const CLASSIC_TEMPLATE = /^(arn:[^:]+:inspector:[^:]*:[^:]*:target\/[^/]+\/template\/[^/]+)\/run\//;
const V2_FINDING = /^arn:[^:]+:inspector2:([^:]*):([^:]*):/;

/** The assessment template of a Classic run or finding ARN. */
export function templateOfArn(arn: string): string | undefined {
  return CLASSIC_TEMPLATE.exec(arn)?.[1];
}

/** What a source spec says of its scope before the gate starts (a Classic run's or template's ARN). */
export function specScope(spec: {
  readonly kind: string;
  readonly runArn?: string;
  readonly templateArn?: string;
}): GateScope {
  const template = spec.templateArn ?? (spec.runArn !== undefined ? templateOfArn(spec.runArn) : undefined);
  if (spec.kind === "run" || spec.kind === "template" || spec.kind === "latest")
    return { service: "inspector-classic", lineage: template ? [template] : [], detail: null };
  return { service: null, lineage: [], detail: null };
}

/** Notes the scope of the findings a gate reads, cheaply: findings of one run share an ARN prefix. */
export class ScopeObserver {
  private readonly services = new Set<ScopeService>();
  private readonly lineage = new Set<string>();
  private lastPrefix = "\u0000";

  add(finding: Finding): void {
    const arn = finding.arn;
    if (arn.startsWith(this.lastPrefix)) return;
    if (finding.resources !== undefined && finding.resources.length > 0) {
      this.services.add("inspector2");
      const m = V2_FINDING.exec(arn);
      const region = m?.[1] ?? finding.resources[0]?.region ?? "";
      const account = m?.[2] ?? finding.awsAccountId ?? "";
      if (region !== "" || account !== "") this.note(`${region}:${account}`);
      if (m) this.lastPrefix = m[0];
      return;
    }
    this.services.add("inspector-classic");
    const template = CLASSIC_TEMPLATE.exec(arn)?.[1];
    if (template !== undefined) {
      this.note(template);
      this.lastPrefix = `${template}/run/`;
    }
  }

  private note(entry: string): void {
    if (this.lineage.size < MAX_LINEAGE) this.lineage.add(entry);
  }

  /** What was seen. */
  seen(): { services: ReadonlySet<ScopeService>; lineage: readonly string[] } {
    return { services: this.services, lineage: [...this.lineage] };
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The scope a source declares before any finding is read. */
export function declaredScope(source: SourceInfo | null): GateScope {
  if (source === null) return { service: null, lineage: [], detail: null };
  switch (source.kind) {
    case "inspector-classic-run": {
      const template =
        source.run?.templateArn ??
        source.templateArn ??
        (source.runArn !== undefined ? templateOfArn(source.runArn) : undefined);
      return { service: "inspector-classic", lineage: template ? [template] : [], detail: null };
    }
    case "file": {
      const services = new Set(source.files.map((f) => f.format?.service).filter((s) => s !== undefined));
      const only = services.size === 1 ? ([...services][0] as string) : undefined;
      const service = only === "inspector-classic" || only === "inspector2" ? only : null;
      return { service, lineage: [], detail: null };
    }
    case "inspector2": {
      const declared = (source as { scope?: unknown }).scope;
      return {
        service: "inspector2",
        lineage: [],
        detail: declared === undefined ? null : canonical(declared),
      };
    }
    default:
      return { service: null, lineage: [], detail: null };
  }
}

/** The declared scope and what the findings showed, together. */
export function scopeOf(source: SourceInfo | null, observer?: ScopeObserver): GateScope {
  const declared = declaredScope(source);
  const seen = observer?.seen();
  const services = new Set([...(declared.service ? [declared.service] : []), ...(seen?.services ?? [])]);
  const service = services.size === 1 ? [...services][0]! : declared.service;
  const lineage = [...new Set([...declared.lineage, ...(seen?.lineage ?? [])])].sort();
  return { service, lineage, detail: declared.detail };
}

const SERVICE_NAMES: Readonly<Record<ScopeService, string>> = {
  "inspector-classic": "Inspector Classic",
  inspector2: "Inspector (v2)",
};

function listed(values: readonly string[]): string {
  const shown = values.slice(0, 3).join(", ");
  return values.length > 3 ? `${shown} and ${values.length - 3} more` : shown;
}

/**
 * Why a baseline of scope `baseline` cannot serve a gate of scope `current`; undefined when it can (as
 * far as both say: an unknown part is no reason to refuse). Classic lineages must be equal (a gate is one
 * template); v2 ones must share a region and account (an organisation's accounts come and go).
 */
export function scopeMismatch(baseline: GateScope, current: GateScope): string | undefined {
  if (baseline.service !== null && current.service !== null && baseline.service !== current.service) {
    return `it holds ${SERVICE_NAMES[baseline.service]} findings and this gate reads ${SERVICE_NAMES[current.service]} findings`;
  }
  const service = current.service ?? baseline.service;
  if (baseline.lineage.length > 0 && current.lineage.length > 0) {
    if (service === "inspector2") {
      const shared = baseline.lineage.some((l) => current.lineage.includes(l));
      if (!shared)
        return `its findings are of ${listed(baseline.lineage)} (region:account) and this gate's of ${listed(current.lineage)}`;
    } else {
      const same =
        baseline.lineage.length === current.lineage.length &&
        baseline.lineage.every((l) => current.lineage.includes(l));
      if (!same)
        return `it is of the assessment template ${listed(baseline.lineage)} and this gate's findings are of ${listed(current.lineage)}`;
    }
  }
  if (baseline.detail !== null && current.detail !== null && baseline.detail !== current.detail) {
    return `it was taken over another scope (${baseline.detail}) than this gate's (${current.detail})`;
  }
  return undefined;
}
