/**
 * Bounded samples of findings, worst first, independent of the order findings arrive in: what the
 * evaluator keeps of each limit, rule and exception (the findings a report lists).
 */
import type { Finding } from "../model.js";
export interface Entry {
    readonly finding: Finding;
    readonly rank: number;
    readonly numeric: number;
    /** arnKey(finding.arn), kept so that ordering the heap rarely reads the finding again. */
    readonly key: number;
    readonly seq: number;
    /** Against a baseline, new (STATE_NEW) or not (STATE_UNCHANGED) for the limit or rule sampled. */
    readonly state: number;
}
/** True when a should be listed before b: higher severity, higher numeric severity, then ARN, then arrival. */
export declare function worse(a: Entry, b: Entry): boolean;
/** Keeps the `limit` worst entries in a heap whose root is the least bad one kept. */
export declare class Sample {
    private readonly limit;
    private readonly heap;
    constructor(limit: number);
    /** Considers a finding; allocates only when it is kept. */
    offer(finding: Finding, rank: number, seq: number, state?: number): void;
    private push;
    private replaceRoot;
    get size(): number;
    sorted(): Entry[];
}
