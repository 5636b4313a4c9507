/**
 * The Inspector (v2) source: a scope of resources (an image by digest, a repository, functions, instances,
 * an account), its coverage as evidence, optionally waiting for their scans, and their live findings
 * through ListFindings narrowed by the scope and the policy, with CISA KEV details when the policy asks.
 */
import type { Inspector2Client } from "@aws-sdk/client-inspector2";
import { type Finding, type SeverityCounts } from "../../model.js";
import type { PolicyNeeds } from "../../policy/plan.js";
import type { Policy } from "../../policy/types.js";
import type { Inspector2SourceInfo } from "../../result.js";
import type { Evidence, FindingSource, SourceContext, Totals } from "../types.js";
import { type Inspector2Connection } from "./client.js";
import type { ReportDestination } from "./report.js";
import { type Inspector2Scope } from "./scope.js";
/** What the gate is told to gate on Inspector (v2). */
export interface Inspector2Spec {
    readonly kind: "inspector2";
    /** The resources to gate; required unless `allResources`. */
    readonly scope?: Inspector2Scope;
    /** Gate every resource of the account (no scope). */
    readonly allResources?: boolean;
    /** Wait until every resource in scope has been scanned (and named digests are in coverage). */
    readonly waitForScan?: boolean;
    /** Evaluate SUPPRESSED findings as ACTIVE ones (by default they are shown apart, not counted). */
    readonly includeSuppressed?: boolean;
    /** Read the findings through a findings report written to S3 rather than ListFindings. */
    readonly report?: ReportDestination;
}
export declare class Inspector2Source implements FindingSource {
    private readonly spec;
    private readonly ctx;
    private readonly connection;
    private readonly client;
    private readonly ownClient;
    private readonly detach;
    private readonly api;
    private readonly scope;
    private region;
    private view?;
    private criteria?;
    private stats?;
    private done;
    private kevAsked;
    private waitChecks;
    private waitedMs;
    private readonly coverageAccounts;
    constructor(spec: Inspector2Spec, ctx: SourceContext, client: Inspector2Client | undefined, connection: Inspector2Connection);
    private emit;
    info(): Inspector2SourceInfo;
    totals(): Totals | undefined;
    close(): void;
    private noteView;
    ready(): Promise<{
        waitMs?: number;
    }>;
    evidence(policy: Policy): Promise<Evidence>;
    findings(needs: PolicyNeeds, signal: AbortSignal): AsyncGenerator<readonly Finding[]>;
    /** The findings through a findings report (see report-findings.ts), into the channel. */
    private throughReport;
    complete(raw: SeverityCounts): Promise<Totals>;
}
