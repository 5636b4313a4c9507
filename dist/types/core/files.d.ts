export interface AtomicWriteOptions {
    /** Create the file's missing parent directories first (the Action's report paths). */
    readonly createDirectories?: boolean;
}
export declare function writeFileAtomic(path: string, text: string, options?: AtomicWriteOptions): Promise<void>;
/** A file written under a temporary name beside it, renamed into place by commit(). */
export declare class AtomicFile {
    readonly path: string;
    private readonly temp;
    private readonly stream;
    private failure;
    constructor(path: string);
    /** Waits for the stream to drain when its buffer is full, so memory holds a batch, not the export. */
    write(text: string): Promise<void>;
    commit(): Promise<void>;
    discard(): Promise<void>;
}
