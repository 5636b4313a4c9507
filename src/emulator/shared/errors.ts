/**
 * An error an emulated service answers with: an HTTP status, the error type the SDK dispatches on, a
 * message, the modeled members (errorCode, canRetry, ...) and the members bound to response headers
 * (restJson1's `retryAfterSeconds` travels as `Retry-After`). Each protocol writes it on the wire in
 * its own way (awsJson1_1: `__type` in the body; restJson1: the `x-amzn-ErrorType` header).
 */

export class ServiceError extends Error {
  readonly type: string;
  readonly status: number;
  readonly members: Readonly<Record<string, unknown>>;
  /** Response headers of header-bound members, e.g. Retry-After. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    type: string,
    status: number,
    message: string,
    members: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
    this.members = members;
    this.headers = headers;
  }

  /** The JSON body on the wire (awsJson1_1). */
  body(): Record<string, unknown> {
    return { __type: this.type, message: this.message, ...this.members };
  }
}
