/**
 * The one Classic normaliser: Inspector Classic's Finding → our Finding, for findings the Classic source
 * fetches (as the SDK parses them) and for exported files of Classic findings (as the AWS CLI prints them,
 * or in inspector-gate's own shape). Classic's five severities map one to one onto the model's.
 */
import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import { type Finding } from "../../model.js";
/** Where a strict reader reports a problem (the finding's place is prefixed). */
export interface ProblemSink {
    add(problem: string): void;
}
export interface ClassicReaderOptions {
    /**
     * Strict (exports): every malformed field is a problem reported here, and the finding is dropped.
     * Absent (the SDK's parsed findings): nothing is dropped, a malformed field is left out and an unknown
     * severity counts as Undefined.
     */
    readonly problems?: ProblemSink;
    /** A finding's place for problems, from its index (strict). */
    readonly where?: (index: number) => string;
    /** Rules package ARN → name, to name each finding's package (DescribeRulesPackages). */
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
    private ok;
    private readonly badFn;
    private readonly strict;
    private readonly problems;
    private readonly where;
    private readonly names;
    constructor(options?: ClassicReaderOptions);
    private bad;
    private str;
    private num;
    /** The finding at `index`, or undefined (its problems reported) when it is not valid. */
    convert(value: unknown, index?: number): Finding | undefined;
}
/** A finding the Classic source fetched (DescribeFindings) → Finding; its package named from `names`. */
export declare function normalizeFinding(finding: SdkFinding, rulesPackageNames?: ReadonlyMap<string, string>): Finding;
