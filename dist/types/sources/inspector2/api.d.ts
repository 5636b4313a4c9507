/**
 * The v2 client behind the shared AWS call wrapper (per-call signals, counting, coded errors), and paging
 * that distrusts the server: a page without its list, or a token the listing has already used (the SDK
 * paginator, with stopOnSameToken, would end quietly there), is incomplete data, never the end of it.
 */
import type { Inspector2Client } from "@aws-sdk/client-inspector2";
import { AwsApi, type CallOptions } from "../shared/aws.js";
export declare class Inspector2Api extends AwsApi<Inspector2Client> {
}
/** BatchGetFindingDetails takes at most 10 finding ARNs. */
export declare const DETAILS_BATCH = 10;
/**
 * The pages of a listing, each checked: `member` (the page's list) present, and a next token never seen
 * before in this listing (a repeated one would page forever or stop early).
 */
export declare function checkedPages<P extends {
    readonly nextToken?: string | undefined;
}>(api: Inspector2Api, operation: string, member: NoInfer<keyof P & string>, paginate: (options: CallOptions) => AsyncIterable<P>, code: string): AsyncGenerator<P>;
