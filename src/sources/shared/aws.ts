/**
 * One door to an AWS SDK client for a source (Inspector Classic's now, Inspector v2's next): every call
 * gets its own abort signal linked to the gate's (the SDK's HTTP handler keeps one `onabort` per signal,
 * so concurrent calls must not share one), every attempt is counted per operation, and SDK, network and
 * credential failures become InspectorErrors that name the operation. Anything else that is thrown is a
 * bug and passes through untouched.
 *
 * A call gives up the moment its signal aborts. The HTTP handler aborts the request in flight, but the
 * SDK's retry back-off and its adaptive rate limiter sleep on timers no signal reaches (a back-off can
 * last up to 20 s): the gate does not wait for them. The SDK's promise settles later on its own (its next
 * attempt sees the aborted signal and stops) and nobody reads it.
 */
import { GateAborted, linkedAbort, untilAborted } from "../../core/abort.js";
import { InspectorError } from "../../errors.js";

/** What this module needs of an SDK v3 client (any service's): its middleware stack. */
export interface SdkClient {
  readonly middlewareStack: {
    add(middleware: unknown, options: unknown): void;
    remove(name: string): boolean;
  };
}

/** Calls per Inspector operation. Counts HTTP attempts, so a call the SDK retried twice counts 3. */
export class ApiCallCounter {
  private readonly counts = new Map<string, number>();

  record(operation: string): void {
    this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);
  }

  get(operation: string): number {
    return this.counts.get(operation) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /**
   * Counts every attempt `client` sends (retries included) until the returned function is called. The
   * middleware sits in the deserialize step, which runs once per attempt inside the SDK's retry loop.
   */
  attach(client: SdkClient): () => void {
    const name = `inspectorGateCallCounter${++counterSerial}`;
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: unknown) => async (args: unknown) => {
        const command = String((context as { commandName?: unknown }).commandName ?? "Unknown");
        this.record(command.endsWith("Command") ? command.slice(0, -"Command".length) : command);
        return next(args);
      },
      { step: "deserialize", name, priority: "high" },
    );
    return () => {
      client.middlewareStack.remove(name);
    };
  }
}
let counterSerial = 0;

/**
 * The SDK (@smithy/middleware-serde 2.x, under @aws-sdk/client-inspector 3.523) loses the HTTP status of a
 * response whose body it cannot parse, such as a proxy's HTML 502 page: the SyntaxError it throws carries
 * no `$metadata`, so the standard retry strategy, which retries 500, 502, 503 and 504 by their status,
 * takes it for a client-side failure and gives up at once. This middleware sits in the deserialize step
 * around the deserializer, inside the retry loop, and gives such an error the status of the response it
 * came from (as later versions of the SDK do), so the SDK's own strategy retries it like any 5xx. It
 * retries nothing itself.
 */
export function keepStatusOfUnreadableBodies(client: SdkClient): () => void {
  const name = `inspectorGateKeepStatus${++statusSerial}`;
  client.middlewareStack.add(
    (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
      try {
        return await next(args);
      } catch (error) {
        if (error instanceof Error && !("$metadata" in error)) {
          const status = (error as { $response?: { statusCode?: unknown } }).$response?.statusCode;
          if (typeof status === "number") {
            Object.assign(error, {
              $metadata: { httpStatusCode: status },
              $fault: status >= 500 ? "server" : "client",
              $unreadableBody: true,
            });
          }
        }
        throw error;
      }
    },
    { step: "deserialize", name, priority: "high" },
  );
  return () => {
    client.middlewareStack.remove(name);
  };
}
let statusSerial = 0;

/** What the SDK passes to the HTTP handler; Node's AbortSignal satisfies it. */
export interface CallOptions {
  readonly abortSignal: AbortSignal;
}

export class AwsApi<C extends SdkClient> {
  /** The service its failures are worded with ("Inspector ListFindings failed: …"). */
  protected readonly service: string = "Inspector";

  constructor(
    readonly client: C,
    /** Aborted when the gate gives up (deadline, SIGINT, a fatal error elsewhere). */
    readonly signal: AbortSignal,
  ) {}

  /** Runs one SDK call with a signal of its own; converts SDK and network failures. */
  async call<T>(operation: string, send: (options: CallOptions) => Promise<T>): Promise<T> {
    const link = linkedAbort(this.signal);
    try {
      return await untilAborted(send({ abortSignal: link.signal }), link.signal);
    } catch (error) {
      throw this.convert(error, operation);
    } finally {
      link.dispose();
    }
  }

  /**
   * Iterates an SDK paginator (build it with `stopOnSameToken`), converting its failures like `call`. A
   * page whose `nextToken` an earlier page already gave (the same token again, or a cycle of tokens) is
   * a listing that would never end: PAGINATION_LOOP, before the paginator follows it.
   */
  async *pages<T>(
    operation: string,
    paginate: (options: CallOptions) => AsyncIterable<T>,
  ): AsyncGenerator<T> {
    const link = linkedAbort(this.signal);
    const tokens = new Set<string>();
    try {
      // Sequential pages: one signal for the whole walk is safe.
      const iterator = paginate({ abortSignal: link.signal })[Symbol.asyncIterator]();
      while (true) {
        let step: IteratorResult<T>;
        try {
          step = await untilAborted(iterator.next(), link.signal);
        } catch (error) {
          throw this.convert(error, operation);
        }
        if (step.done) return;
        const token = (step.value as { nextToken?: unknown } | undefined)?.nextToken;
        if (typeof token === "string" && token !== "") {
          if (tokens.has(token)) {
            throw new InspectorError(
              "PAGINATION_LOOP",
              `${this.service} ${operation} gave the page token '${clip(token)}' again after ${tokens.size + 1} ` +
                "pages: a listing that never ends; refusing to follow it",
            );
          }
          tokens.add(token);
        }
        yield step.value;
      }
    } finally {
      link.dispose();
    }
  }

  private convert(error: unknown, operation: string): unknown {
    if (this.signal.aborted) return new GateAborted(this.signal.reason);
    return toInspectorError(error, operation, this.service) ?? error;
  }
}

function firstLine(text: string): string {
  return clip(text.split("\n")[0] ?? "");
}

/** A value from the service, shortened for a message. */
function clip(text: string): string {
  return text.length > 64 ? `${text.slice(0, 61)}...` : text;
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_SOCKET_CONNECTION_TIMEOUT",
]);

/**
 * Maps what the SDK throws to a coded InspectorError (exit 3), or undefined when the value is not an SDK,
 * network or credentials failure (a bug, to be rethrown as is).
 */
export function toInspectorError(
  error: unknown,
  operation: string,
  service = "Inspector",
): InspectorError | undefined {
  if (error instanceof InspectorError) return error;
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & {
    $metadata?: { httpStatusCode?: number; attempts?: number };
    $fault?: string;
    code?: unknown;
  };
  const attempts = e.$metadata?.attempts;
  const after = attempts !== undefined && attempts > 1 ? ` (after ${attempts} attempts)` : "";
  const status = e.$metadata?.httpStatusCode;
  // A body the SDK could not parse (a proxy's HTML page): marked by keepStatusOfUnreadableBodies on older
  // SDKs; newer ones keep the status themselves and throw the parser's SyntaxError.
  const unreadable =
    (e as { $unreadableBody?: boolean }).$unreadableBody === true ||
    (e.name === "SyntaxError" && typeof status === "number");
  const detail = unreadable
    ? `HTTP ${status} with a body that is not the service's JSON (${firstLine(e.message)})`
    : e.message && e.message !== e.name
      ? `${e.name}: ${e.message}`
      : e.name;
  if (e.$fault !== undefined || e.$metadata !== undefined) {
    const server = e.$fault === "server" || (unreadable && (status as number) >= 500);
    const code = SERVICE_CODES[e.name] ?? (server ? "INSPECTOR_UNAVAILABLE" : "INSPECTOR_API");
    return new InspectorError(code, `${service} ${operation} failed: ${detail}${after}`, { cause: error });
  }
  if (e.name === "CredentialsProviderError" || /could not load credentials/i.test(e.message)) {
    return new InspectorError(
      "AWS_CREDENTIALS",
      `${service} ${operation} failed: no usable AWS credentials (${e.message})`,
      { cause: error },
    );
  }
  if (/region is missing/i.test(e.message)) {
    return new InspectorError(
      "AWS_REGION",
      `${service} ${operation} failed: no AWS region (pass --region or set AWS_REGION)`,
      { cause: error },
    );
  }
  if ((typeof e.code === "string" && NETWORK_CODES.has(e.code)) || e.name === "TimeoutError") {
    return new InspectorError("INSPECTOR_UNREACHABLE", `${service} ${operation} failed: ${detail}${after}`, {
      cause: error,
    });
  }
  return undefined;
}

const SERVICE_CODES: Readonly<Record<string, string>> = {
  AccessDeniedException: "ACCESS_DENIED",
  NoSuchEntityException: "NOT_FOUND",
  InvalidInputException: "INVALID_INPUT",
  ThrottlingException: "THROTTLED",
  InternalException: "INSPECTOR_UNAVAILABLE",
  ServiceTemporarilyUnavailableException: "INSPECTOR_UNAVAILABLE",
  LimitExceededException: "LIMIT_EXCEEDED",
  InvalidCrossAccountRoleException: "ACCESS_DENIED",
  UnrecognizedClientException: "AWS_CREDENTIALS",
  InvalidSignatureException: "AWS_CREDENTIALS",
  ExpiredTokenException: "AWS_CREDENTIALS",
};
