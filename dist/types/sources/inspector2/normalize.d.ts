/**
 * The one Inspector (v2) normaliser: Inspector's Finding → our Finding, for findings the v2 source lists
 * (as the SDK parses them: Dates) and for exported files (`aws inspector2 list-findings` output: epoch
 * seconds or ISO-8601 strings). Names follow the service model (inspector2-2020-06-08), so a field keeps
 * its meaning from the wire to the policy and the report.
 *
 * Unlike a lenient reading, nothing here guesses: a severity, status, type or resource the model does not
 * know is a problem, never a lower severity or a missing resource. Online the source turns a problem into
 * a data error (exit 3); offline the file reader names the finding and the field (exit 2).
 */
import { type Finding, type FindingStatus } from "../../model.js";
/** The model's enums, as Inspector (v2) spells them. */
export declare const FINDING_STATUSES: readonly FindingStatus[];
export declare const FINDING_TYPES: readonly ["NETWORK_REACHABILITY", "PACKAGE_VULNERABILITY", "CODE_VULNERABILITY"];
export declare const RESOURCE_TYPES: readonly ["AWS_EC2_INSTANCE", "AWS_ECR_CONTAINER_IMAGE", "AWS_ECR_REPOSITORY", "AWS_LAMBDA_FUNCTION", "CODE_REPOSITORY"];
/** Where a problem is reported (the finding's place is prefixed). */
export interface ProblemSink {
    add(problem: string): void;
}
export interface Inspector2ReaderOptions {
    readonly problems: ProblemSink;
    /** A finding's place for problems, from its index. */
    readonly where?: (index: number) => string;
}
/**
 * Converts v2 findings one at a time. The description, remediation text, CVSS vectors and network paths
 * are dropped: no policy looks at them, and hundreds of thousands of them would dominate memory.
 */
export declare class Inspector2FindingReader {
    private index;
    private ok;
    private readonly problems;
    private readonly where;
    constructor(options: Inspector2ReaderOptions);
    private bad;
    private str;
    private num;
    private time;
    private oneOf;
    private strings;
    /** The finding at `index`, or undefined (its problems reported) when it is not a valid v2 finding. */
    convert(value: unknown, index?: number): Finding | undefined;
    private resources;
    private details;
    private packageVulnerability;
    private networkReachability;
    private codeVulnerability;
}
/** Whether a parsed JSON value looks like an Inspector (v2) finding rather than a Classic one. */
export declare function looksLikeInspector2Finding(value: unknown): boolean;
