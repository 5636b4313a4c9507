import type { Clock } from "../../logging.js";
import type { CisaData, Finding } from "../../model.js";
import type { Inspector2Api } from "./api.js";
/** Further attempts for ARNs that came back as a retryable error. */
export declare const KEV_RETRIES = 3;
export type KevAnswer = {
    readonly kev: true;
    readonly cisaData: CisaData;
} | {
    readonly kev: false;
} | {
    readonly kev: undefined;
};
/** Looks up at most 10 findings; resolves with an answer for each of them, by ARN. */
export declare function kevOf(api: Inspector2Api, findings: readonly Finding[], options: {
    readonly clock: Clock;
    readonly signal: AbortSignal;
    readonly retries?: number;
}): Promise<Map<string, KevAnswer>>;
/** The finding with its KEV answer set (`kev` left unset when unknown). */
export declare function withKev(finding: Finding, answer: KevAnswer | undefined): Finding;
