/**
 * Faults for tests and benchmarks: latency, a request-rate limit, internal errors, dropped
 * connections, failed items in DescribeFindings and findingCounts that disagree with the findings.
 * Each can be limited to some operations. They are set at start, changed at run time with
 * `emulator.faults(...)` or `POST /_emulator/faults`; every key given replaces that fault.
 * `FaultInjector` decides, request by request, which of them strikes.
 */
import { Random } from "./random.js";

export interface OperationScope {
  /**
   * Only these operations (by name, e.g. "ListFindings"; a plain name reaches the operation of that
   * name in every service, "inspector2.ListFindings" only v2's); every operation when absent.
   */
  readonly operations?: readonly string[];
}

export interface FaultConfig {
  /** Delay in ms before answering, per operation name (see OperationScope); "*": every other one. */
  readonly latencyMs: Readonly<Record<string, number>>;
  /** A token bucket (real time): requests beyond it are answered with ThrottlingException. */
  readonly rateLimit:
    | ({ readonly requestsPerSecond: number; readonly burst: number } & OperationScope)
    | null;
  /** Share (0..1) of requests answered with InternalException (HTTP 500). */
  readonly internalErrors: ({ readonly rate: number } & OperationScope) | null;
  /** Share (0..1) of requests whose connection is destroyed without an answer. */
  readonly dropConnections: ({ readonly rate: number } & OperationScope) | null;
  /**
   * DescribeFindings (v2: BatchGetFindingDetails): share (0..1) of the requested finding ARNs
   * reported in failedItems (v2: errors) with INTERNAL_ERROR. "retryable-once": retryable, and the same ARN succeeds when asked again;
   * "permanent": not retryable, and the same ARN always fails.
   */
  readonly failedItems: { readonly rate: number; readonly mode: "retryable-once" | "permanent" } | null;
  /** Added to the High count of every run's findingCounts (0 = counts agree with the findings). */
  readonly findingCountsSkew: number;
}

export const NO_FAULTS: FaultConfig = {
  latencyMs: {},
  rateLimit: null,
  internalErrors: null,
  dropConnections: null,
  failedItems: null,
  findingCountsSkew: 0,
};

const KEYS = Object.keys(NO_FAULTS) as (keyof FaultConfig)[];

/**
 * Checks a fault update (from a user, a file or the control endpoint) whose operation names must
 * satisfy `isOperation`; throws a readable Error.
 */
export function parseFaults(input: unknown, isOperation: (name: string) => boolean): Partial<FaultConfig> {
  const problems: string[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new Error('faults must be an object such as {"internalErrors": {"rate": 0.1}}');
  }
  const record = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const isRate = (v: unknown) => typeof v === "number" && v >= 0 && v <= 1;
  const operations = (v: unknown, where: string): readonly string[] | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((o) => typeof o === "string" && isOperation(o))) {
      problems.push(`${where}.operations must be a list of Inspector operation names such as "ListFindings"`);
      return undefined;
    }
    return v as string[];
  };
  for (const key of Object.keys(record)) {
    if (!(KEYS as string[]).includes(key)) {
      problems.push(`unknown fault '${key}': expected one of ${KEYS.join(", ")}`);
    }
  }
  if ("latencyMs" in record) {
    const v = record["latencyMs"];
    if (typeof v === "number" && v >= 0) {
      out["latencyMs"] = { "*": v };
    } else if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const entries = Object.entries(v as Record<string, unknown>);
      for (const [op, ms] of entries) {
        if (op !== "*" && !isOperation(op)) {
          problems.push(`latencyMs: unknown operation '${op}'`);
        }
        if (typeof ms !== "number" || ms < 0) problems.push(`latencyMs.${op} must be a number of ms >= 0`);
      }
      out["latencyMs"] = Object.fromEntries(entries);
    } else {
      problems.push("latencyMs must be a number of ms or an object {operation: ms}");
    }
  }
  if ("rateLimit" in record) {
    const v = record["rateLimit"] as Record<string, unknown> | null;
    if (v === null) {
      out["rateLimit"] = null;
    } else if (
      typeof v === "object" &&
      typeof v["requestsPerSecond"] === "number" &&
      v["requestsPerSecond"] > 0 &&
      (v["burst"] === undefined || (typeof v["burst"] === "number" && v["burst"] >= 1))
    ) {
      const ops = operations(v["operations"], "rateLimit");
      out["rateLimit"] = {
        requestsPerSecond: v["requestsPerSecond"],
        burst: (v["burst"] as number | undefined) ?? Math.max(1, Math.ceil(v["requestsPerSecond"])),
        ...(ops ? { operations: ops } : {}),
      };
    } else {
      problems.push("rateLimit must be null or {requestsPerSecond: > 0, burst?: >= 1, operations?: [...]}");
    }
  }
  for (const key of ["internalErrors", "dropConnections"] as const) {
    if (!(key in record)) continue;
    const v = record[key] as Record<string, unknown> | null;
    if (v === null) {
      out[key] = null;
    } else if (typeof v === "object" && isRate(v["rate"])) {
      const ops = operations(v["operations"], key);
      out[key] = { rate: v["rate"], ...(ops ? { operations: ops } : {}) };
    } else {
      problems.push(`${key} must be null or {rate: 0..1, operations?: [...]}`);
    }
  }
  if ("failedItems" in record) {
    const v = record["failedItems"] as Record<string, unknown> | null;
    if (v === null) {
      out["failedItems"] = null;
    } else if (
      typeof v === "object" &&
      isRate(v["rate"]) &&
      (v["mode"] === undefined || v["mode"] === "retryable-once" || v["mode"] === "permanent")
    ) {
      out["failedItems"] = { rate: v["rate"], mode: v["mode"] ?? "retryable-once" };
    } else {
      problems.push('failedItems must be null or {rate: 0..1, mode?: "retryable-once" | "permanent"}');
    }
  }
  if ("findingCountsSkew" in record) {
    const v = record["findingCountsSkew"];
    if (typeof v === "number" && Number.isInteger(v)) out["findingCountsSkew"] = v;
    else problems.push("findingCountsSkew must be an integer (0 = off)");
  }
  if (problems.length > 0) throw new Error(problems.join("; "));
  return out as Partial<FaultConfig>;
}

/**
 * "ListFindings" for "inspector2.ListFindings": a fault naming an operation plainly reaches that
 * operation in every service; one naming it with its service's prefix, only that service's.
 */
export function plainName(operation: string): string | undefined {
  const dot = operation.lastIndexOf(".");
  return dot < 0 ? undefined : operation.slice(dot + 1);
}

export function applies(scope: OperationScope, operation: string): boolean {
  const names = scope.operations;
  if (names === undefined || names.includes(operation)) return true;
  const plain = plainName(operation);
  return plain !== undefined && names.includes(plain);
}

/** The latency of `operation`: its own name first, then its plain name, then "*". */
export function latencyFor(config: FaultConfig, operation: string): number {
  const own = config.latencyMs[operation];
  if (own !== undefined) return own;
  const plain = plainName(operation);
  return (plain === undefined ? undefined : config.latencyMs[plain]) ?? config.latencyMs["*"] ?? 0;
}

/** A token bucket on a monotonic real-time clock. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = this.now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}

/** Which fault strikes a request: seeded decisions, and a token bucket rebuilt when the limit changes. */
export class FaultInjector {
  private readonly random: Random;
  private bucket?: { config: FaultConfig["rateLimit"]; bucket: TokenBucket };

  constructor(seed: number) {
    this.random = new Random(seed);
  }

  /** Whether the connection of a request for `operation` is dropped without an answer. */
  drops(config: FaultConfig, operation: string): boolean {
    const fault = config.dropConnections;
    return fault !== null && applies(fault, operation) && this.random.float() < fault.rate;
  }

  /** Whether a request for `operation` is beyond the rate limit. */
  throttles(config: FaultConfig, operation: string): boolean {
    const limit = config.rateLimit;
    if (limit === null || !applies(limit, operation)) return false;
    if (this.bucket?.config !== limit) {
      this.bucket = { config: limit, bucket: new TokenBucket(limit.requestsPerSecond, limit.burst) };
    }
    return !this.bucket.bucket.take();
  }

  /** Whether a request for `operation` is answered with an internal error. */
  failsInternally(config: FaultConfig, operation: string): boolean {
    const fault = config.internalErrors;
    return fault !== null && applies(fault, operation) && this.random.float() < fault.rate;
  }
}
