/**
 * Opaque pagination tokens. A token carries the operation, a hash of the request it continues (the
 * filter and parent ARNs, not maxResults) and a position, sealed with an HMAC under a secret of this
 * emulator instance. A token it did not issue, or one reused for another request, is refused with
 * the error the protocol gives (Inspector Classic: InvalidInputException INVALID_PAGINATION_TOKEN).
 */
import { createHmac, randomBytes } from "node:crypto";
import type { ServiceError } from "./errors.js";
import { hash } from "./random.js";

export class PageTokens {
  constructor(
    private readonly refusal: (operation: string) => ServiceError,
    private readonly secret: Buffer = randomBytes(32),
  ) {}

  private seal(body: string): string {
    return createHmac("sha256", this.secret).update(body).digest("base64url").slice(0, 22);
  }

  /** A token continuing `operation` for the request described by `scope` at `position`. */
  issue(operation: string, scope: unknown, position: readonly number[]): string {
    const body = Buffer.from(
      JSON.stringify([operation, hash(operation, JSON.stringify(scope ?? null)), ...position]),
    ).toString("base64url");
    return `${body}.${this.seal(body)}`;
  }

  /** The position a token stands for; throws when the token is not one we issued for this request. */
  read(operation: string, scope: unknown, token: string): number[] {
    const refuse = () => this.refusal(operation);
    const dot = token.indexOf(".");
    if (dot < 0) throw refuse();
    const body = token.slice(0, dot);
    if (this.seal(body) !== token.slice(dot + 1)) throw refuse();
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    } catch {
      throw refuse();
    }
    if (!Array.isArray(payload) || payload[0] !== operation) throw refuse();
    if (payload[1] !== hash(operation, JSON.stringify(scope ?? null))) throw refuse();
    const position = payload.slice(2);
    if (!position.every((n): n is number => Number.isInteger(n) && n >= 0)) throw refuse();
    return position;
  }
}
