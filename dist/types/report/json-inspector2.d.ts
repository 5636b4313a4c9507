/**
 * The JSON report's Inspector (v2) parts: the source (scope, region and accounts, the filterCriteria sent,
 * what was listed, suppressed findings, waiting, KEV) and the coverage. Optional values are null, lists
 * are always present, so consumers never test for a missing key. Described by report.schema.json
 * (`inspector2Source`, `inspector2Coverage`).
 */
import type { Severity } from "../model.js";
import type { Inspector2CoverageInfo, Inspector2SourceInfo } from "../result.js";
export interface JsonInspector2Source {
    readonly kind: "inspector2";
    readonly severities: readonly Severity[];
    readonly scope: {
        readonly accounts: readonly string[];
        readonly resourceTypes: readonly string[];
        readonly resourceIds: readonly string[];
        readonly ecrRepositories: readonly string[];
        readonly ecrImageDigests: readonly string[];
        readonly ecrImageTags: readonly string[];
        readonly lambdaFunctions: readonly string[];
        readonly resourceTags: readonly {
            readonly key: string;
            readonly value: string;
        }[];
    };
    readonly allResources: boolean;
    readonly region: string | null;
    readonly accounts: readonly string[];
    readonly filterCriteria: Readonly<Record<string, unknown>> | null;
    readonly includeSuppressed: boolean;
    readonly listed: {
        readonly active: number;
        readonly suppressed: number;
        readonly closed: number;
    };
    readonly suppressed: readonly {
        readonly findingArn: string;
        readonly severity: Severity;
        readonly title: string | null;
        readonly resource: string | null;
    }[];
    readonly waiting: {
        readonly forScan: boolean;
        readonly checks: number;
        readonly waitedMs: number;
    };
    readonly kev: {
        readonly candidates: number;
        readonly inKev: number;
        readonly unknown: number;
    } | null;
}
export interface JsonInspector2Coverage {
    readonly kind: "inspector2";
    readonly resources: number;
    readonly scanned: number;
    readonly pending: number;
    readonly inactive: number;
    readonly byType: Readonly<Record<string, number>>;
    readonly records: number;
    readonly unscanned: readonly {
        readonly resourceId: string;
        readonly resourceType: string;
        readonly label: string;
        readonly status: "INACTIVE" | "PENDING";
        readonly scans: readonly {
            readonly scanType: string;
            readonly statusCode: string;
            readonly reason: string;
            readonly lastScannedAt: string | null;
        }[];
    }[];
    readonly missingDigests: readonly string[];
    readonly matchedByGate: readonly string[];
    readonly inactiveResourcesPolicy: "fail" | "warn" | "ignore";
}
export declare function jsonInspector2Source(source: Inspector2SourceInfo): JsonInspector2Source;
export declare function jsonInspector2Coverage(cov: Inspector2CoverageInfo): JsonInspector2Coverage;
