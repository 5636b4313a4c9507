/**
 * Globs of the policy format: `*` any run of characters, `?` one character (a UTF-16 code unit), `\`
 * makes the next character literal; exact when no wildcard appears. A glob matches the whole value.
 * Globs never use a regular expression: they compile to equality, prefix, suffix and substring tests,
 * or a left-to-right scan of their literal segments, so any value is matched in linear time.
 */
export type StringTest = (value: string) => boolean;
export declare const always: StringTest;
/** The exact value a glob stands for, or undefined when it has a wildcard. */
export declare function globLiteral(glob: string): string | undefined;
/** The literal text every value the glob matches starts with: "" when it starts with a wildcard. */
export declare function globPrefix(glob: string): string;
export declare function compileGlob(glob: string): StringTest;
