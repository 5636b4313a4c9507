/**
 * Inspector Classic's Finding (as the SDK parses it) → our compact, source-agnostic Finding. Description
 * and recommendation are dropped: policies never look at them and 200,000 of them would dominate memory.
 */
import type { Finding as SdkFinding } from "@aws-sdk/client-inspector";
import type { Attribute, Finding } from "../model.js";
export declare function normalizeAttributes(list: readonly {
    key?: string;
    value?: string;
}[] | undefined): Attribute[];
export declare function normalizeFinding(finding: SdkFinding, rulesPackageNames?: ReadonlyMap<string, string>): Finding;
