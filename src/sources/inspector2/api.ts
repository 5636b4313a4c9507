/**
 * The v2 client behind the shared AWS call wrapper (per-call signals, counting, coded errors, and paging
 * that refuses a token the listing has already used: PAGINATION_LOOP), and a page without its list, which
 * is incomplete data, never the end of it.
 */
import type { Inspector2Client } from "@aws-sdk/client-inspector2";
import { InspectorError } from "../../errors.js";
import { AwsApi, type CallOptions } from "../shared/aws.js";

export class Inspector2Api extends AwsApi<Inspector2Client> {}

/** BatchGetFindingDetails takes at most 10 finding ARNs. */
export const DETAILS_BATCH = 10;

/**
 * The pages of a listing, each checked to hold `member` (the page's list). A repeated next token is
 * refused by `api.pages` itself, before its page is handed on.
 */
export async function* checkedPages<P>(
  api: Inspector2Api,
  operation: string,
  member: NoInfer<keyof P & string>,
  paginate: (options: CallOptions) => AsyncIterable<P>,
  code: string,
): AsyncGenerator<P> {
  let pages = 0;
  for await (const page of api.pages(operation, paginate)) {
    pages++;
    if (!Array.isArray(page[member])) {
      throw new InspectorError(
        code,
        `Inspector ${operation} answered page ${pages} without its ${member} list; refusing to decide on incomplete data`,
      );
    }
    yield page;
  }
}
