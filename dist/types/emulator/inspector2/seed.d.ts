/**
 * The seeded Inspector v2 account: six ECR repositories (continuous, scan-on-push and manual scanning),
 * their images (one pushed seconds ago and pending its first scan, one past its scan eligibility, one
 * on an unsupported OS), five EC2 instances (one stopped, one not managed by SSM), four Lambda
 * functions (one just deployed, one on an unsupported runtime) and two suppression rules. `findings`
 * package-vulnerability findings are spread over the resources that are scanned, in proportion to
 * what their software can hold; beyond that, more images are pushed to storefront/web.
 */
import type { Account2 } from "./account.js";
/** ECR's re-scan duration in the seeded account: images pushed longer ago stop being scanned. */
export declare const RESCAN_DAYS = 180;
export interface SuppressionRule {
    readonly name: string;
    readonly description: string;
    readonly criteria: Readonly<Record<string, unknown>>;
}
export declare const SUPPRESSION_RULES: readonly SuppressionRule[];
export interface Seeded2 {
    readonly account: string;
    readonly region: string;
    readonly repositories: readonly string[];
    readonly images: readonly {
        repositoryName: string;
        imageDigest: string;
        imageTags: readonly string[];
        resourceId: string;
        pending: boolean;
    }[];
    readonly instances: readonly {
        instanceId: string;
        name: string;
    }[];
    readonly functions: readonly {
        functionName: string;
        resourceId: string;
        pending: boolean;
    }[];
    readonly suppressionRules: readonly string[];
}
/** Seeds the account; `findings` package findings, plus the network and code findings of the inventory. */
export declare function seedAccount(acct: Account2, findings: number): Seeded2;
