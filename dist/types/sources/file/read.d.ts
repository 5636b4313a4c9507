import type { Finding } from "../../model.js";
import type { FindingsFileFormat } from "../../result.js";
/** The bytes of a findings file, decoded once; a ConfigError naming the file when it cannot be read. */
export declare function readFindingsText(path: string): Promise<string>;
/** A findings file split into its finding values, not yet converted. */
export interface SplitFile {
    readonly file: string;
    readonly format: FindingsFileFormat;
    /** The parsed values, in file order; each is dropped once converted. */
    readonly values: unknown[];
    /** A value's place in messages: "f.json: findings[3]", "f.jsonl:7". */
    readonly where: (index: number) => string;
    /** Problems already found while splitting (lines that are not JSON). */
    readonly problems: Problems;
}
/** Splits the text of a findings file (see the module comment for the accepted forms). */
export declare function splitFindings(text: string, file: string): SplitFile;
/**
 * The ARNs seen so far across the files of one source, each with the place it first appeared (kept as a
 * number: a place is spelled out only when a duplicate needs it).
 */
export declare class SeenArns {
    private readonly first;
    private readonly files;
    /** A number for `split`, used by convertFindings. */
    register(split: SplitFile): number;
    /** Where `arn` first appeared, or undefined; records (fileNo, index) when it is new. */
    check(arn: string, fileNo: number, index: number): string | undefined;
}
/**
 * Converts a split file's values in batches of up to `size`, in file order. A value that is not a valid
 * finding, or a finding whose ARN came earlier (in this file or in another of the same source, through
 * `seen`), is a problem; once every value has been converted, any problem is one ConfigError for the file.
 */
export declare function convertFindings(split: SplitFile, size: number, seen?: SeenArns): Generator<Finding[]>;
/** Parses the text of a findings file whole (see the module comment for the accepted forms). */
export declare function parseFindings(text: string, file: string): Finding[];
/** Reads a findings file whole (the file source streams it instead). */
export declare function loadFindingsFile(path: string): Promise<Finding[]>;
declare class Problems {
    readonly list: string[];
    private count;
    add(problem: string): void;
    throwIfAny(file: string): void;
}
export {};
