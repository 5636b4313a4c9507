import { type ValidateFunction } from "ajv";
import type { JsonReport } from "../report/json.js";
import type { GateScope } from "./scope.js";
import { BaselineSet } from "./set.js";
import type { BaselineSample } from "./types.js";
/** Larger files are refused rather than read (a report of 200,000 findings is about 7 MB). */
export declare const MAX_BASELINE_BYTES: number;
export declare const BASELINE_KIND = "inspector-gate-baseline";
/** A baseline file (baseline.schema.json). */
export interface BaselineFile {
    readonly kind: typeof BASELINE_KIND;
    readonly version: 1;
    readonly tool: {
        readonly name: string;
        readonly version: string;
    };
    readonly takenFrom: {
        readonly verdict: "pass" | "fail";
        readonly source: string | null;
        readonly startedAt: string;
        readonly runArn: string | null;
    };
    readonly policyDigest: string | null;
    readonly fingerprints: NonNullable<JsonReport["fingerprints"]>;
    readonly samples: readonly {
        readonly fingerprint: string;
        readonly severity: BaselineSample["severity"];
        readonly findingId: string | null;
        readonly title: string | null;
        readonly subject: string;
    }[];
}
/** A baseline ready for a gate. */
export interface Baseline {
    /** As given. */
    readonly file: string;
    readonly set: BaselineSet;
    readonly scope: GateScope;
    readonly policyDigest: string | null;
    /** The kind of source of the gate it comes from. */
    readonly source: string | null;
    /** When that gate started. */
    readonly takenAt: string | null;
    /** Every finding of that gate's source was evaluated (no server-side narrowing). */
    readonly complete: boolean;
}
/** The report schema and the baseline schema (which refers to it), compiled once. */
export declare function schemaValidators(): {
    report: ValidateFunction;
    baseline: ValidateFunction;
};
/** The first few schema errors, as `at /path: message` (capped). */
export declare function schemaProblems(validate: ValidateFunction): string;
/** A baseline file from a gate's JSON report (what `inspector-gate baseline` writes). */
export declare function baselineFileOf(report: JsonReport, label: string): BaselineFile;
/**
 * A parsed JSON value as a baseline: a gate's report (schemaVersion 2) or a baseline file. `shown` is the
 * file as reports name it; `label` names it in messages (e.g. `--baseline 'main.json'`).
 */
export declare function baselineOf(value: unknown, shown: string, label: string): Baseline;
/** Reads and parses a JSON file for a baseline or a merge: a ConfigError (exit 2) on any problem. */
export declare function readJsonFile(path: string, label: string, code?: string): Promise<unknown>;
/** Reads a baseline (a report or a baseline file). */
export declare function readBaseline(path: string, shown: string, label: string): Promise<Baseline>;
