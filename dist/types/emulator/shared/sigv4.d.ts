/**
 * The check every AWS service makes first: an `Authorization` header in the SigV4 form, scoped to the
 * service. Signatures are not verified (any credentials do): the emulator checks that a client signs,
 * and signs for the right service, not who it is.
 */
import { ServiceError } from "./errors.js";
/**
 * "missing" when the request is not signed at all (each protocol answers that in its own words), the
 * error for a header that is not SigV4 or is scoped to another service, undefined when it will do.
 */
export declare function checkSignature(authorization: string | undefined, signingName: string): "missing" | ServiceError | undefined;
