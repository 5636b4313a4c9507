import type { ServiceError } from "./errors.js";
export declare class PageTokens {
    private readonly refusal;
    private readonly secret;
    constructor(refusal: (operation: string) => ServiceError, secret?: Buffer);
    private seal;
    /** A token continuing `operation` for the request described by `scope` at `position`. */
    issue(operation: string, scope: unknown, position: readonly number[]): string;
    /** The position a token stands for; throws when the token is not one we issued for this request. */
    read(operation: string, scope: unknown, token: string): number[];
}
