/**
 * The awsJson1_1 wire protocol on node:http: `POST /` with `X-Amz-Target: InspectorService.<Op>`,
 * a SigV4 `Authorization` header, JSON bodies, `x-amzn-RequestId` on every answer and errors as the
 * SDK parses them (`__type` in the body and `x-amzn-ErrorType`). Faults are applied here, before the
 * operation runs. Paths under `/_emulator/` are the control endpoint (no signature needed).
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../logging.js";
import { accessDenied, internalError, ServiceError, serialization, throttling } from "./errors.js";
import { applies, type FaultConfig, latencyFor, parseFaults, TokenBucket } from "./faults.js";
import type { Inspector2 } from "./inspector2/index.js";
import { type Emulation, HANDLERS } from "./operations.js";
import { Random } from "./random.js";
import { renderReport } from "./report.js";
import { isOutcome } from "./runs.js";
import { TARGET_PREFIX } from "./service-model.js";
import { validateInput } from "./validate.js";

const JSON_TYPE = "application/x-amz-json-1.1";
const MAX_BODY = 1024 * 1024;
export const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=[^/\s]+\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=[a-z0-9;-]+,\s*Signature=[0-9a-f]{64}$/;

/** The AccessDeniedErrorCode that fits an operation, for requests refused before they are read. */
function deniedCode(operation: string): string {
  if (/Finding/.test(operation)) return "ACCESS_DENIED_TO_FINDING";
  if (/AssessmentRun|Telemetry|Report|Exclusion/.test(operation)) return "ACCESS_DENIED_TO_ASSESSMENT_RUN";
  if (/Template|Subscri|Event|Tags/.test(operation)) return "ACCESS_DENIED_TO_ASSESSMENT_TEMPLATE";
  if (/ResourceGroup/.test(operation)) return "ACCESS_DENIED_TO_RESOURCE_GROUP";
  if (/RulesPackage/.test(operation)) return "ACCESS_DENIED_TO_RULES_PACKAGE";
  if (/CrossAccount/.test(operation)) return "ACCESS_DENIED_TO_IAM_ROLE";
  return "ACCESS_DENIED_TO_ASSESSMENT_TARGET";
}

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

function count(stats: Map<string, number>, key: string): void {
  stats.set(key, (stats.get(key) ?? 0) + 1);
}

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

function send(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, {
    "Content-Type": JSON_TYPE,
    "Content-Length": String(Buffer.byteLength(body)),
    "x-amzn-RequestId": randomUUID(),
    ...extra,
  });
  res.end(body);
}

function sendError(res: ServerResponse, error: ServiceError): void {
  send(res, error.status, JSON.stringify(error.body()), { "x-amzn-ErrorType": error.type });
}

function sendControl(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed) return;
  const body = `${JSON.stringify(value, null, 2)}\n`;
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
  });
  res.end(body);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RequestHandler {
  private readonly random: Random;
  private bucket?: { config: FaultConfig["rateLimit"]; bucket: TokenBucket };

  constructor(
    private readonly state: ServerState,
    faultSeed: number,
  ) {
    this.random = new Random(faultSeed);
  }

  handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const v2 = this.state.inspector2;
    const v2Operation = v2?.service.operationOf(req);
    const work =
      v2 && (path === "/_emulator/inspector2" || path.startsWith("/_emulator/inspector2/"))
        ? v2.control(req, res)
        : path.startsWith("/_emulator/")
          ? this.control(req, res)
          : v2 && v2Operation !== undefined
            ? v2.service.serve(req, res, v2Operation)
            : this.service(req, res);
    work.catch((error: unknown) => {
      // A bug in the emulator: answer as the service would, keep serving.
      sendError(
        res,
        internalError(
          `Internal error in the emulator: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    });
  };

  private takeToken(config: FaultConfig): boolean {
    const limit = config.rateLimit;
    if (limit === null) return true;
    if (this.bucket?.config !== limit) {
      this.bucket = { config: limit, bucket: new TokenBucket(limit.requestsPerSecond, limit.burst) };
    }
    return this.bucket.bucket.take();
  }

  private async service(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (req.method !== "POST") {
      send(
        res,
        404,
        JSON.stringify({ __type: "UnknownOperationException", message: "Send POST / with X-Amz-Target." }),
      );
      return;
    }
    const target = req.headers["x-amz-target"];
    const operation =
      typeof target === "string" && target.startsWith(`${TARGET_PREFIX}.`)
        ? target.slice(TARGET_PREFIX.length + 1)
        : "";
    if (!Object.hasOwn(HANDLERS, operation)) {
      sendError(
        res,
        new ServiceError(
          "UnknownOperationException",
          400,
          `Unknown operation: X-Amz-Target '${String(target ?? "")}'.`,
        ),
      );
      return;
    }
    const { stats } = this.state;
    count(stats, operation);
    const auth = req.headers.authorization;
    if (auth === undefined || auth === "") {
      sendError(
        res,
        accessDenied(
          deniedCode(operation),
          "Missing Authentication Token: sign requests with AWS Signature Version 4.",
          403,
        ),
      );
      return;
    }
    const sig = SIGV4.exec(auth);
    if (sig === null) {
      sendError(
        res,
        new ServiceError(
          "IncompleteSignatureException",
          400,
          "The Authorization header is not a valid AWS Signature Version 4.",
        ),
      );
      return;
    }
    if (sig[3] !== "inspector") {
      sendError(
        res,
        new ServiceError(
          "InvalidSignatureException",
          403,
          `Credential should be scoped to correct service: 'inspector'.`,
        ),
      );
      return;
    }

    const faults = this.state.faults;
    if (faults.dropConnections && applies(faults.dropConnections, operation)) {
      if (this.random.float() < faults.dropConnections.rate) {
        count(stats, "fault.dropped");
        req.socket.destroy();
        return;
      }
    }
    if (faults.rateLimit && applies(faults.rateLimit, operation) && !this.takeToken(faults)) {
      count(stats, "fault.throttled");
      sendError(res, throttling());
      return;
    }
    const latency = latencyFor(faults, operation);
    if (latency > 0) await sleep(latency);
    if (faults.internalErrors && applies(faults.internalErrors, operation)) {
      if (this.random.float() < faults.internalErrors.rate) {
        count(stats, "fault.internalErrors");
        sendError(res, internalError());
        return;
      }
    }

    try {
      if (body === undefined) throw serialization("The request body is too large.");
      let input: unknown = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString("utf8"));
        } catch {
          throw serialization("The request body is not valid JSON.");
        }
      }
      validateInput(operation, input);
      const output = HANDLERS[operation]!(
        input as Record<string, unknown>,
        this.state.em,
        this.state.clock.now(),
      );
      send(res, 200, output === undefined ? "" : JSON.stringify(output));
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      sendError(res, error);
    }
  }

  private async control(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://emulator");
    const path = url.pathname.replace(/\/+$/, "");
    const method = req.method ?? "GET";
    const parse = (): unknown => {
      if (body === undefined) throw new Error("request body too large");
      return body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
    };
    const state = this.state;
    try {
      if (path === "/_emulator/health" && method === "GET") {
        sendControl(res, 200, { status: "ok" });
      } else if (path === "/_emulator/seeded" && method === "GET") {
        sendControl(res, 200, state.seeded);
      } else if (path === "/_emulator/stats" && method === "GET") {
        sendControl(res, 200, Object.fromEntries(state.stats));
      } else if (path === "/_emulator/stats/reset" && method === "POST") {
        state.stats.clear();
        sendControl(res, 200, {});
      } else if (path === "/_emulator/faults" && method === "GET") {
        sendControl(res, 200, state.faults);
      } else if (path === "/_emulator/faults" && (method === "POST" || method === "PUT")) {
        const update = parseFaults(parse());
        state.faults = { ...state.faults, ...update };
        sendControl(res, 200, state.faults);
      } else if (path === "/_emulator/outcome" && method === "POST") {
        const input = parse() as Record<string, unknown>;
        const run = input["run"] ?? input["assessmentRunArn"];
        const outcome = input["outcome"];
        if (typeof run !== "string" || typeof outcome !== "string" || !isOutcome(outcome)) {
          sendControl(res, 400, {
            error:
              'expected {"run": "<run ARN or *>", "outcome": "COMPLETED|COMPLETED_WITH_ERRORS|FAILED|ERROR|NEVER"}',
          });
        } else if (!state.setOutcome(run, outcome)) {
          sendControl(res, 404, { error: `no assessment run ${run}` });
        } else {
          sendControl(res, 200, { run, outcome });
        }
      } else if (path.startsWith("/_emulator/reports/") && method === "GET") {
        const runArn = url.searchParams.get("run") ?? "";
        const report = renderReport(state.em, runArn, path, state.clock.now());
        if (report === undefined) {
          sendControl(res, 404, { error: "no such report" });
        } else if (!res.destroyed) {
          res.writeHead(200, { "Content-Type": report.type, "Content-Length": String(report.body.length) });
          res.end(report.body);
        }
      } else {
        sendControl(res, 404, {
          error: `unknown control path ${method} ${path}`,
          paths: [
            "GET /_emulator/health",
            "GET /_emulator/seeded",
            "GET /_emulator/stats",
            "POST /_emulator/stats/reset",
            "GET /_emulator/faults",
            "POST /_emulator/faults",
            "POST /_emulator/outcome",
          ],
        });
      }
    } catch (error) {
      sendControl(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  }
}
