import type { CliIo } from "./io.js";
export declare function usage(): string;
export declare function main(argv: readonly string[], io: CliIo): Promise<number>;
/** User mistakes and Inspector failures get one clean message; anything else is a bug and shows its stack. */
export declare function reportError(error: unknown, io: CliIo): number;
