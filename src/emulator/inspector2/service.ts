/**
 * Inspector v2's restJson1 wire on the emulator's HTTP server: a request without an
 * `X-Amz-Target: InspectorService.*` header whose method and path are a route of the v2 model is v2.
 * Answers carry `x-amzn-RequestId` and JSON; errors carry `x-amzn-ErrorType` and the modeled members.
 * The shared faults (latency, rate limit, internal errors, dropped connections) apply here as they do
 * to Classic, each operation counted in the stats as `inspector2.<Operation>`.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../../logging.js";
import { applies, type FaultConfig, TokenBucket } from "../faults.js";
import { Random } from "../random.js";
import { readBody, SIGV4 } from "../server.js";
import {
  accessDenied,
  internalServer,
  invalidField,
  ServiceError2,
  throttled,
  unauthenticated,
} from "./errors.js";
import { routeOf, SIGNING_NAME } from "./model.js";
import { type Context2, HANDLERS2 } from "./operations.js";
import { validateInput2 } from "./validate.js";

/** Stats and fault scopes name v2 operations with this prefix ("inspector2.ListFindings"). */
export const STATS_PREFIX = "inspector2.";

export interface Service2Deps {
  /** The account and its state, created on first use. */
  ctx(): Context2;
  readonly clock: Clock;
  readonly stats: Map<string, number>;
  faults(): FaultConfig;
  /** Operations the caller's (emulated) IAM policy does not allow. */
  readonly denied: Set<string>;
  readonly faultSeed: number;
}

function count(stats: Map<string, number>, key: string): void {
  stats.set(key, (stats.get(key) ?? 0) + 1);
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(text)),
    "x-amzn-RequestId": randomUUID(),
    ...extra,
  });
  res.end(text);
}

export function sendError2(res: ServerResponse, error: ServiceError2): void {
  send(res, error.status, error.body(), { "x-amzn-ErrorType": error.type, ...error.headers });
}

/** Whether a fault scope names this v2 operation ("ListFindings" or "inspector2.ListFindings"). */
function scoped(scope: { readonly operations?: readonly string[] }, operation: string): boolean {
  return applies(scope, operation) || applies(scope, STATS_PREFIX + operation);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Inspector2Service {
  private readonly random: Random;
  private bucket?: { config: FaultConfig["rateLimit"]; bucket: TokenBucket };

  constructor(private readonly deps: Service2Deps) {
    this.random = new Random(deps.faultSeed);
  }

  /** The v2 operation a request addresses, or undefined when it is not a v2 request. */
  operationOf(req: IncomingMessage): string | undefined {
    if (req.headers["x-amz-target"] !== undefined) return undefined;
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    return routeOf(req.method ?? "GET", path);
  }

  private throttles(operation: string, faults: FaultConfig): boolean {
    const limit = faults.rateLimit;
    if (limit === null || !scoped(limit, operation)) return false;
    if (this.bucket?.config !== limit) {
      this.bucket = { config: limit, bucket: new TokenBucket(limit.requestsPerSecond, limit.burst) };
    }
    return !this.bucket.bucket.take();
  }

  /** Refuses a request the front end would: no signature, a malformed one, or one for another service. */
  private unsigned(req: IncomingMessage): ServiceError2 | undefined {
    const auth = req.headers.authorization;
    if (typeof auth !== "string" || auth === "") {
      return unauthenticated("MissingAuthenticationTokenException", 403, "Missing Authentication Token");
    }
    const sig = SIGV4.exec(auth);
    if (sig === null) {
      return unauthenticated(
        "IncompleteSignatureException",
        400,
        "The Authorization header is not a valid AWS Signature Version 4.",
      );
    }
    if (sig[3] !== SIGNING_NAME) {
      return unauthenticated(
        "InvalidSignatureException",
        403,
        `Credential should be scoped to correct service: '${SIGNING_NAME}'.`,
      );
    }
    return undefined;
  }

  async serve(req: IncomingMessage, res: ServerResponse, operation: string): Promise<void> {
    const { stats } = this.deps;
    const body = await readBody(req);
    count(stats, STATS_PREFIX + operation);
    const handler = HANDLERS2[operation];
    if (handler === undefined) {
      send(
        res,
        501,
        { message: `The emulator does not serve Inspector2 ${operation}.` },
        {
          "x-amzn-ErrorType": "NotImplementedException",
        },
      );
      return;
    }
    const refused = this.unsigned(req);
    if (refused) {
      sendError2(res, refused);
      return;
    }
    if (this.deps.denied.has(operation)) {
      sendError2(res, accessDenied(operation, this.deps.ctx().acct.accountId));
      return;
    }
    const faults = this.deps.faults();
    if (faults.dropConnections && scoped(faults.dropConnections, operation)) {
      if (this.random.float() < faults.dropConnections.rate) {
        count(stats, "fault.dropped");
        req.socket.destroy();
        return;
      }
    }
    if (this.throttles(operation, faults)) {
      count(stats, "fault.throttled");
      const rps = faults.rateLimit?.requestsPerSecond ?? 1;
      sendError2(res, throttled(Math.max(1, Math.ceil(1 / rps))));
      return;
    }
    const latency =
      faults.latencyMs[STATS_PREFIX + operation] ?? faults.latencyMs[operation] ?? faults.latencyMs["*"] ?? 0;
    if (latency > 0) await sleep(latency);
    if (faults.internalErrors && scoped(faults.internalErrors, operation)) {
      if (this.random.float() < faults.internalErrors.rate) {
        count(stats, "fault.internalErrors");
        sendError2(res, internalServer());
        return;
      }
    }
    try {
      if (body === undefined)
        throw invalidField("(request)", "The request body is too large.", "CANNOT_PARSE");
      let input: unknown = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString("utf8"));
        } catch {
          throw invalidField("(request)", "The request body is not valid JSON.", "CANNOT_PARSE");
        }
      }
      validateInput2(operation, input);
      const output = await handler(input as Record<string, unknown>, this.deps.ctx(), this.deps.clock.now());
      send(res, 200, output);
    } catch (error) {
      // A bug in the emulator is answered as the service's own internal error, and serving goes on.
      sendError2(
        res,
        error instanceof ServiceError2
          ? error
          : internalServer(
              `Internal error in the emulator: ${error instanceof Error ? error.message : String(error)}`,
            ),
      );
    }
  }
}
