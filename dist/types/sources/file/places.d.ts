import type { ValueForm } from "./json-stream.js";
/** The places of one file's findings, by their number in the file (from 0). */
export declare class PlaceLog {
    readonly file: string;
    private forms;
    private roots;
    private indexes;
    private lines;
    private size;
    constructor(file: string);
    /** Records a finding's place; returns its number. */
    add(form: ValueForm, root: number, index: number, line: number): number;
    /** "f.json:40: findings[3]", "f.json:9: document 2, findings[0]", "f.json:3: [2]", "f.jsonl:7". */
    text(n: number): string;
    private grow;
}
/**
 * The finding ARNs seen so far across the files of one source, each with the number of the file and of
 * the finding in it (one number: a place is spelled out only when a duplicate needs it).
 */
export declare class SeenArns {
    private readonly first;
    private readonly files;
    /** A number for the file whose places `log` keeps. */
    register(log: PlaceLog): number;
    /** Where `arn` first appeared, or undefined (and it is recorded as seen at `finding` of `file`). */
    check(arn: string, file: number, finding: number): string | undefined;
}
/** The problems found in one file, reported together once it has been read. */
export declare class Problems {
    private readonly list;
    private count;
    add(problem: string): void;
    throwIfAny(file: string): void;
}
