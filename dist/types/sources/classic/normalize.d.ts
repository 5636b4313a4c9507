/**
 * The one Classic normaliser: Inspector Classic's Finding → our Finding, for findings the Classic source
 * fetches (as the SDK parses them) and for exported files of Classic findings (as the AWS CLI prints them,
 * or in inspector-gate's own shape). Classic's five severities map one to one onto the model's; anything
 * else (missing, lower-case, unknown) is a problem, never a lower severity. A rules package is named from
 * DescribeRulesPackages when the caller has asked it, else from Amazon's published table of ARNs, so the
 * same finding reads the same online and offline; a name neither knows is marked unresolved.
 */
import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import { type Finding } from "../../model.js";
/** Where a strict reader reports a problem (the finding's place is prefixed). */
export interface ProblemSink {
    add(problem: string): void;
}
export interface ClassicReaderOptions {
    /**
     * Where every malformed field is reported (exports: gathered for the whole file, the finding dropped).
     * Absent (what the SDK parsed from Inspector): the first malformed field throws an InspectorError
     * (FINDINGS_MALFORMED, exit 3): the service sent what it must not, and no verdict is built on it.
     */
    readonly problems?: ProblemSink;
    /** A finding's place in problems, from its index and value (default "[index]"). */
    readonly where?: (index: number, value: unknown) => string;
    /** Rules package ARN → name from DescribeRulesPackages; the published table names the rest. */
    readonly rulesPackageNames?: ReadonlyMap<string, string>;
}
/**
 * Converts Classic findings one at a time: Inspector's shape (as the SDK parses it, or as the AWS CLI
 * prints it) or inspector-gate's own (`asset`, `rulesPackageArn`) → Finding. One reader serves a whole
 * listing or file, so a finding costs no closures. Description and recommendation are dropped: policies
 * never look at them and 200,000 of them would dominate memory.
 */
export declare class ClassicFindingReader {
    private index;
    private value;
    private ok;
    private readonly badFn;
    private readonly problems;
    private readonly where;
    private readonly names;
    /** The last rules package ARN seen and its name (findings come in runs of one package). */
    private lastArn;
    private lastName;
    private readonly unresolvedArns;
    private unresolvedCount;
    constructor(options?: ClassicReaderOptions);
    private bad;
    /** Findings whose rules package could not be named, and (up to 20 of) their distinct ARNs. */
    unresolved(): {
        readonly findings: number;
        readonly arns: readonly string[];
    };
    /** The name of a rules package ARN: DescribeRulesPackages' answer, else Amazon's published table. */
    private packageName;
    private str;
    private num;
    /** The finding at `index`, or undefined (its problems reported) when it is not valid. */
    convert(value: unknown, index?: number): Finding | undefined;
}
/** The place of a finding Inspector returned, for problems: its ARN. */
export declare function fetchedWhere(_index: number, value: unknown): string;
/**
 * A finding the Classic source fetched (DescribeFindings) → Finding; its package named from `names` or
 * the published table. Throws an InspectorError (FINDINGS_MALFORMED) for a malformed one.
 */
export declare function normalizeFinding(finding: SdkFinding, rulesPackageNames?: ReadonlyMap<string, string>): Finding;
