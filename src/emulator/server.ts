/**
 * The emulator's HTTP server: one port for every protocol registered on it, and the control endpoint
 * under /_emulator/. A request goes to the first protocol that claims it (the first registered also
 * answers what no protocol claims); then every protocol goes through the same steps: count the call,
 * check the SigV4 header, let the protocol refuse it (IAM), apply the faults, and let the protocol run
 * the operation and write the answer, or the error, in its own wire format. Adding a protocol is one
 * `register(protocol)`.
 */
import { once } from "node:events";
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "../logging.js";
import { type ControlRequest, type ControlRoutes, sharedControl } from "./control.js";
import { ServiceError } from "./shared/errors.js";
import {
  type FaultConfig,
  FaultInjector,
  latencyFor,
  NO_FAULTS,
  parseFaults,
  plainName,
} from "./shared/faults.js";
import { type Answer, readBody, writeAnswer, writeControl } from "./shared/http.js";
import { checkSignature } from "./shared/sigv4.js";

export interface ServiceRequest {
  readonly method: string;
  /** The path without its query string. */
  readonly path: string;
  /** The request target as sent (path and query). */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

/** One wire protocol of one service, served on the emulator's port. */
export interface Protocol {
  /** The service SigV4 credentials must be scoped to, e.g. "inspector". */
  readonly signingName: string;
  /**
   * The names its calls are counted and its faults scoped under; a second service prefixes them
   * ("inspector2.ListFindings") to keep them apart from the first's.
   */
  readonly operations: readonly string[];
  /** Whether a request is for this protocol. */
  claims(request: ServiceRequest): boolean;
  /** The operation a request calls, or the answer to a request that calls none. */
  route(request: ServiceRequest): string | Answer;
  /**
   * Refuses a signed request before the faults apply: an operation the caller may not call (an IAM
   * policy that does not allow it) or one the emulator does not serve.
   */
  refuse?(operation: string): ServiceError | undefined;
  /**
   * Runs `operation` on the body (undefined when too large), at once or later; throws (or rejects
   * with) a ServiceError to refuse it.
   */
  call(
    operation: string,
    request: ServiceRequest,
    body: Buffer | undefined,
    now: number,
  ): Answer | Promise<Answer>;
  /** An error as this protocol writes it. */
  errorAnswer(error: ServiceError): Answer;
  /** The error answering a request for `operation` that carries no signature. */
  unsigned(operation: string): ServiceError;
  /** The error answering a request beyond the rate limit of `requestsPerSecond`. */
  throttled(requestsPerSecond: number): ServiceError;
  internalError(message?: string): ServiceError;
  /** Routes it adds to the control endpoint. */
  readonly control?: ControlRoutes;
  /**
   * Seeds its own fault decisions (and gives it its own rate-limit bucket), so that traffic to one
   * service does not change which requests of another fail; default: the server's fault seed.
   */
  readonly faultSeed?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sleeps until `performance.now()` reaches `at`: never less (a timer may fire up to a millisecond early). */
async function sleepUntil(at: number): Promise<void> {
  for (let left = at - performance.now(); left > 0; left = at - performance.now()) {
    await sleep(Math.ceil(left));
  }
}

function count(stats: Map<string, number>, key: string): void {
  stats.set(key, (stats.get(key) ?? 0) + 1);
}

export class EmulatorServer {
  /** Calls per operation (refused, throttled and failed calls included) and "fault.<kind>" counters. */
  readonly stats = new Map<string, number>();
  private config: FaultConfig = NO_FAULTS;
  private readonly protocols: Protocol[] = [];
  private readonly injectors = new Map<Protocol, FaultInjector>();
  /** The names a fault may scope: every operation, and the plain name of each prefixed one. */
  private readonly faultNames = new Set<string>();
  private readonly controls: ControlRoutes[];
  private readonly http: Server;
  private url = "";

  /** `faultSeed` seeds the random decisions of the faults of protocols without a seed of their own. */
  constructor(
    private readonly clock: Clock,
    private readonly faultSeed: number,
  ) {
    this.controls = [sharedControl(this)];
    this.http = createServer({ keepAliveTimeout: 10_000 }, this.handle);
  }

  register(protocol: Protocol): void {
    this.protocols.push(protocol);
    this.injectors.set(protocol, new FaultInjector(protocol.faultSeed ?? this.faultSeed));
    for (const operation of protocol.operations) {
      this.faultNames.add(operation);
      const plain = plainName(operation);
      if (plain !== undefined) this.faultNames.add(plain);
    }
    if (protocol.control) this.controls.push(protocol.control);
  }

  get faults(): FaultConfig {
    return this.config;
  }

  /** Merges a fault update in (every key given replaces that fault); throws a readable Error. */
  updateFaults(update: unknown): FaultConfig {
    this.config = { ...this.config, ...parseFaults(update, (name) => this.faultNames.has(name)) };
    return this.config;
  }

  /** "http://HOST:PORT" once listening. */
  get endpoint(): string {
    return this.url;
  }

  /** Starts listening; rejects with the system's error (port in use, bad host). */
  async listen(host: string, port: number): Promise<string> {
    this.http.listen(port, host);
    await Promise.race([
      once(this.http, "listening"),
      once(this.http, "error").then(([error]) => {
        throw error;
      }),
    ]);
    const address = this.http.address() as AddressInfo;
    const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
    this.url = `http://${shown}:${address.port}`;
    return this.url;
  }

  /** Stops listening and closes every connection. */
  close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.http.close(() => resolve()));
    this.http.closeAllConnections();
    return closed;
  }

  private readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const path = query < 0 ? url : url.slice(0, query);
    if (path.startsWith("/_emulator/")) {
      this.control(req, res).catch((error: unknown) => {
        writeControl(res, 500, { error: error instanceof Error ? error.message : String(error) });
      });
      return;
    }
    const request: ServiceRequest = { method: req.method ?? "GET", path, url, headers: req.headers };
    const protocol = this.protocols.find((p) => p.claims(request)) ?? this.protocols[0];
    if (protocol === undefined) {
      writeControl(res, 404, { error: "no service is registered on this emulator" });
      return;
    }
    this.serve(protocol, request, req, res).catch((error: unknown) => {
      // A bug in the emulator: answer as the service would, keep serving.
      const message = error instanceof Error ? error.message : String(error);
      writeAnswer(
        res,
        protocol.errorAnswer(protocol.internalError(`Internal error in the emulator: ${message}`)),
      );
    });
  };

  private async serve(
    protocol: Protocol,
    request: ServiceRequest,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const arrival = performance.now();
    const body = await readBody(req);
    const operation = protocol.route(request);
    if (typeof operation !== "string") {
      writeAnswer(res, operation);
      return;
    }
    count(this.stats, operation);
    const signature = checkSignature(request.headers.authorization, protocol.signingName);
    if (signature !== undefined) {
      const error = signature === "missing" ? protocol.unsigned(operation) : signature;
      writeAnswer(res, protocol.errorAnswer(error));
      return;
    }
    const refusal = protocol.refuse?.(operation);
    if (refusal !== undefined) {
      writeAnswer(res, protocol.errorAnswer(refusal));
      return;
    }

    const faults = this.config;
    const injector = this.injectors.get(protocol)!;
    if (injector.drops(faults, operation)) {
      count(this.stats, "fault.dropped");
      req.socket.destroy();
      return;
    }
    if (injector.throttles(faults, operation)) {
      count(this.stats, "fault.throttled");
      writeAnswer(res, protocol.errorAnswer(protocol.throttled(faults.rateLimit!.requestsPerSecond)));
      return;
    }
    let answer: Answer;
    if (injector.failsInternally(faults, operation)) {
      count(this.stats, "fault.internalErrors");
      answer = protocol.errorAnswer(protocol.internalError());
    } else {
      try {
        const called = protocol.call(operation, request, body, this.clock.now());
        // Classic answers at once: no promise, no extra turn of the event loop.
        answer = called instanceof Promise ? await called : called;
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        answer = protocol.errorAnswer(error);
      }
    }
    // The latency is the call's response time, as a client sees a service's: counted from the request's
    // arrival, with the work of answering done within it rather than added after it.
    const latency = latencyFor(faults, operation);
    if (latency > 0) await sleepUntil(arrival + latency);
    writeAnswer(res, answer);
  }

  private async control(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://emulator");
    const request: ControlRequest = {
      method: req.method ?? "GET",
      path: url.pathname.replace(/\/+$/, ""),
      query: url.searchParams,
      json() {
        if (body === undefined) throw new Error("request body too large");
        return body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
      },
    };
    try {
      for (const routes of this.controls) {
        const answer = routes.answer(request, this.clock.now());
        if (answer === undefined) continue;
        if ("json" in answer) {
          writeControl(res, answer.status, answer.json);
        } else if (!res.destroyed) {
          res.writeHead(answer.status, {
            "Content-Type": answer.contentType,
            "Content-Length": String(answer.document.length),
          });
          res.end(answer.document);
        }
        return;
      }
      writeControl(res, 404, {
        error: `unknown control path ${request.method} ${request.path}`,
        paths: this.controls.flatMap((routes) => routes.paths),
      });
    } catch (error) {
      writeControl(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  }
}
