import type { Finding, Resource } from "../model.js";
/** Names the recipe below; a report says which recipe its fingerprints were made with. */
export declare const FINGERPRINT_ALGORITHM = "inspector-gate/v1";
/** The fingerprint's length: 22 base64url characters, the first 132 bits of the SHA-256. */
export declare const FINGERPRINT_LENGTH = 22;
/** A fingerprint as reports carry it. */
export declare const FINGERPRINT_PATTERN: RegExp;
/**
 * What the finding is about, the same across rebuilds and redeploys: an image's repository (not its
 * digest or tags), a function (not its version or code hash), an instance, a code project.
 */
export declare function resourceKey(resource: Resource): string;
/**
 * The parts a fingerprint is made of, or undefined when nothing but free text, timestamps or per-run ARNs
 * identifies the finding (it then has no fingerprint and always counts as new).
 */
export declare function fingerprintParts(finding: Finding): readonly string[] | undefined;
/** The fingerprint of parts as fingerprintParts gives them. */
export declare function fingerprintOf(parts: readonly string[]): string;
/** The finding's fingerprint (22 base64url characters), or undefined when it has none (fingerprintParts). */
export declare function fingerprint(finding: Finding): string | undefined;
