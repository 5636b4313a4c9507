/** The parsed file, or undefined when it does not exist yet (it will be written on stop). */
export declare function readStateFile(path: string): Promise<Record<string, unknown> | undefined>;
export declare function writeStateFile(path: string, data: Record<string, unknown>): Promise<void>;
