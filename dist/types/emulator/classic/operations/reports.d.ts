import { type Emulation, type Handler } from "../context.js";
export declare function renderReport(em: Emulation, runArn: string, path: string, now: number): {
    type: string;
    body: Buffer;
} | undefined;
export declare const REPORT_OPERATIONS: Readonly<Record<string, Handler>>;
