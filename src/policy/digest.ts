/**
 * A policy's identity: a digest of what it decides (limits, rules, exceptions, coverage, baseline and fleet
 * settings), not of where it was written. Two gates that loaded the same policy files carry the same
 * digest, which is how `merge` knows their reports may be combined under one policy and how a baseline
 * says it was taken under another policy.
 */
import { createHash } from "node:crypto";
import type { Policy } from "./types.js";

/** A SourceLocation: where something was written, which is no part of what it decides. */
function isLocation(value: unknown): boolean {
  const v = value as { file?: unknown; line?: unknown; column?: unknown } | null;
  return typeof v === "object" && v !== null && typeof v.line === "number" && typeof v.column === "number";
}

export function policyDigest(policy: Policy): string {
  const { files: _files, name: _name, ...decides } = policy;
  const text = JSON.stringify(decides, (key, value: unknown) =>
    key === "source" && isLocation(value) ? undefined : value,
  );
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}
