/**
 * The check every AWS service makes first: an `Authorization` header in the SigV4 form, scoped to the
 * service. Signatures are not verified (any credentials do): the emulator checks that a client signs,
 * and signs for the right service, not who it is.
 */
import { ServiceError } from "./errors.js";

const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=[^/\s]+\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=[a-z0-9;-]+,\s*Signature=[0-9a-f]{64}$/;

/**
 * "missing" when the request is not signed at all (each protocol answers that in its own words), the
 * error for a header that is not SigV4 or is scoped to another service, undefined when it will do.
 */
export function checkSignature(
  authorization: string | undefined,
  signingName: string,
): "missing" | ServiceError | undefined {
  if (authorization === undefined || authorization === "") return "missing";
  const sig = SIGV4.exec(authorization);
  if (sig === null) {
    return new ServiceError(
      "IncompleteSignatureException",
      400,
      "The Authorization header is not a valid AWS Signature Version 4.",
    );
  }
  if (sig[3] !== signingName) {
    return new ServiceError(
      "InvalidSignatureException",
      403,
      `Credential should be scoped to correct service: '${signingName}'.`,
    );
  }
  return undefined;
}
