/**
 * An error an emulated service answers with: an HTTP status, the error type the SDK dispatches on, a
 * message and the modeled members (errorCode, canRetry, ...). Each protocol writes it on the wire in
 * its own way (awsJson1_1: `__type` in the body; restJson1: the `x-amzn-ErrorType` header).
 */

export class ServiceError extends Error {
  readonly type: string;
  readonly status: number;
  readonly members: Readonly<Record<string, unknown>>;

  constructor(type: string, status: number, message: string, members: Record<string, unknown> = {}) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
    this.members = members;
  }

  /** The JSON body on the wire (awsJson1_1). */
  body(): Record<string, unknown> {
    return { __type: this.type, message: this.message, ...this.members };
  }
}
