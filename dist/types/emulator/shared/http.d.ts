import type { IncomingMessage, ServerResponse } from "node:http";
/** A request body larger than this is not read (the protocol answers it as too large). */
export declare const MAX_BODY: number;
/** An answer to write: status, headers (Content-Type included) and body. */
export interface Answer {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string | Buffer;
}
/** The whole body, or undefined when it is larger than MAX_BODY (the rest is drained). */
export declare function readBody(req: IncomingMessage): Promise<Buffer | undefined>;
/** Writes a service answer, with its length and a fresh `x-amzn-RequestId`. */
export declare function writeAnswer(res: ServerResponse, answer: Answer): void;
/** Writes a control-endpoint answer: indented JSON, without a request id (no service answers it). */
export declare function writeControl(res: ServerResponse, status: number, value: unknown): void;
