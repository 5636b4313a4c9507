export declare const MAX_POLICY_BYTES: number;
export declare const MAX_DEPTH = 32;
export declare const MAX_ALIASES = 100;
export declare const MAX_NODES = 100000;
export interface Position {
    readonly line: number;
    readonly column: number;
}
export interface Problem {
    readonly file: string;
    /** Absent for problems about the file as a whole that have no place in it (unreadable file). */
    readonly position?: Position;
    readonly message: string;
}
export interface Located {
    /** Where the value starts. */
    readonly value: Position;
    /** Where its key starts, for map entries. */
    readonly key?: Position;
}
export interface YamlTree {
    readonly data: unknown;
    /** JSON pointer (as ajv's instancePath: "" for the root, "/rules/0/id") -> position. */
    readonly positions: ReadonlyMap<string, Located>;
}
export declare function pointerChild(pointer: string, key: string | number): string;
export declare function parseYaml(text: string, file: string): {
    tree?: YamlTree;
    problems: Problem[];
};
