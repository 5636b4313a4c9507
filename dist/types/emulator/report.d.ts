import type { Emulation } from "./operations.js";
export declare function renderReport(em: Emulation, runArn: string, path: string, now: number): {
    type: string;
    body: Buffer;
} | undefined;
