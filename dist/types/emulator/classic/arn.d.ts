export type ArnKind = "resourcegroup" | "rulespackage" | "target" | "template" | "run" | "finding" | "exclusion";
export interface ParsedArn {
    readonly region: string;
    readonly account: string;
    readonly kind: ArnKind;
    /** The ARN of the parent (template for a run, run for a finding, ...), if any. */
    readonly parent?: string;
    /** The last ID, e.g. "0-MKkpXXPE". */
    readonly id: string;
}
export declare function parseArn(arn: string): ParsedArn | undefined;
export declare function arnPrefix(region: string, account: string): string;
/** The eight-character ID of finding `index` in a run whose permutation key is `key`. */
export declare function encodeFindingId(index: number, key: number): string;
/** The index a finding ID stands for, or -1 when no index maps to it. */
export declare function decodeFindingId(id: string, key: number): number;
