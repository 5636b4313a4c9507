import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../logging.js";
import { type FaultConfig } from "./faults.js";
import type { Inspector2 } from "./inspector2/index.js";
import { type Emulation } from "./operations.js";
export declare const SIGV4: RegExp;
export interface ServerState {
    readonly em: Emulation;
    readonly clock: Clock;
    readonly stats: Map<string, number>;
    faults: FaultConfig;
    readonly seeded: Record<string, unknown>;
    /** Sets the outcome of a run, or of every future run with "*"; returns false for an unknown run. */
    setOutcome(run: string, outcome: string): boolean;
    /** Inspector v2, served beside Classic on the same port. */
    readonly inspector2?: Inspector2;
}
export declare function readBody(req: IncomingMessage): Promise<Buffer | undefined>;
export declare class RequestHandler {
    private readonly state;
    private readonly random;
    private bucket?;
    constructor(state: ServerState, faultSeed: number);
    handle: (req: IncomingMessage, res: ServerResponse) => void;
    private takeToken;
    private service;
    private control;
}
