import type { Policy } from "./types.js";
export declare function policyDigest(policy: Policy): string;
