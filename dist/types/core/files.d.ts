export interface AtomicWriteOptions {
    /** Create the file's missing parent directories first (the Action's report paths). */
    readonly createDirectories?: boolean;
}
export declare function writeFileAtomic(path: string, text: string, options?: AtomicWriteOptions): Promise<void>;
