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
/** The assessment template of a Classic run or finding ARN. */
export declare function templateOfArn(arn: string): string | undefined;
/** What a source spec says of its scope before the gate starts (a Classic run's or template's ARN). */
export declare function specScope(spec: {
    readonly kind: string;
    readonly runArn?: string;
    readonly templateArn?: string;
}): GateScope;
/** Notes the scope of the findings a gate reads, cheaply: findings of one run share an ARN prefix. */
export declare class ScopeObserver {
    private readonly services;
    private readonly lineage;
    private lastPrefix;
    add(finding: Finding): void;
    private note;
    /** What was seen. */
    seen(): {
        services: ReadonlySet<ScopeService>;
        lineage: readonly string[];
    };
}
/** The scope a source declares before any finding is read. */
export declare function declaredScope(source: SourceInfo | null): GateScope;
/** The declared scope and what the findings showed, together. */
export declare function scopeOf(source: SourceInfo | null, observer?: ScopeObserver): GateScope;
/**
 * Why a baseline of scope `baseline` cannot serve a gate of scope `current`; undefined when it can (as
 * far as both say: an unknown part is no reason to refuse). Classic lineages must be equal (a gate is one
 * template); v2 ones must share a region and account (an organisation's accounts come and go).
 */
export declare function scopeMismatch(baseline: GateScope, current: GateScope): string | undefined;
