/** Reading request bodies and writing answers on node:http, for the protocols and the control endpoint. */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A request body larger than this is not read (the protocol answers it as too large). */
export const MAX_BODY = 1024 * 1024;

/** An answer to write: status, headers (Content-Type included) and body. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Buffer;
}

/** The whole body, or undefined when it is larger than MAX_BODY (the rest is drained). */
export function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Writes a service answer, with its length and a fresh `x-amzn-RequestId`. */
export function writeAnswer(res: ServerResponse, answer: Answer): void {
  if (res.destroyed) return;
  const length = typeof answer.body === "string" ? Buffer.byteLength(answer.body) : answer.body.length;
  res.writeHead(answer.status, {
    ...answer.headers,
    "Content-Length": String(length),
    "x-amzn-RequestId": randomUUID(),
  });
  res.end(answer.body);
}

/** Writes a control-endpoint answer: indented JSON, without a request id (no service answers it). */
export function writeControl(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed) return;
  const body = `${JSON.stringify(value, null, 2)}\n`;
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
  });
  res.end(body);
}
