/**
 * SDK clients pointed at an emulator: dummy credentials, the emulator's region, and optionally a
 * recorder of the raw wire responses (status, headers, parsed JSON body) so tests can hold exactly
 * what went over HTTP against the service model; and the modeled error a call fails with.
 */
import { Readable } from "node:stream";
import {
  InspectorClient,
  type InspectorClientConfig,
  InspectorServiceException,
} from "@aws-sdk/client-inspector";

export const TEST_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" } as const;

export interface WireResponse {
  readonly operation: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body; undefined for an empty body. */
  readonly body: unknown;
}

export function inspectorClient(
  endpoint: string,
  config: Partial<InspectorClientConfig> = {},
): InspectorClient {
  return new InspectorClient({
    endpoint,
    region: "us-west-2",
    credentials: TEST_CREDENTIALS,
    ...config,
  });
}

/** Anything with the SDK's middleware stack (both Inspector clients, whatever their Smithy version). */
interface WithMiddleware {
  // biome-ignore lint/suspicious/noExplicitAny: the two SDK generations type their stacks differently
  middlewareStack: { add(middleware: any, options: any): void };
}

/** Records every raw response `client` receives into `responses`, oldest first. */
export function recordResponses(client: WithMiddleware, responses: WireResponse[]): void {
  client.middlewareStack.add(
    // biome-ignore lint/suspicious/noExplicitAny: see WithMiddleware
    (next: any, context: any) => async (args: any) => {
      const result = await next(args);
      const response = result.response as {
        statusCode: number;
        headers: Record<string, string>;
        body: Readable | undefined;
      };
      const chunks: Buffer[] = [];
      if (response.body) for await (const chunk of response.body) chunks.push(Buffer.from(chunk as Buffer));
      const text = Buffer.concat(chunks).toString("utf8");
      response.body = Readable.from([Buffer.from(text)]);
      responses.push({
        operation: String(context.commandName ?? "").replace(/Command$/, ""),
        status: response.statusCode,
        headers: response.headers,
        body: text.length > 0 ? JSON.parse(text) : undefined,
      });
      return result;
    },
    { step: "deserialize", priority: "low", name: "wireRecorder" },
  );
}

/** A client that also records every raw response it receives, oldest first. */
export function recordingClient(
  endpoint: string,
  config: Partial<InspectorClientConfig> = {},
): { client: InspectorClient; responses: WireResponse[]; last(): WireResponse } {
  const client = inspectorClient(endpoint, config);
  const responses: WireResponse[] = [];
  recordResponses(client, responses);
  return {
    client,
    responses,
    last() {
      const r = responses[responses.length - 1];
      if (r === undefined) throw new Error("no response recorded yet");
      return r;
    },
  };
}

/** The modeled error a call fails with; fails the test when the call succeeds or fails otherwise. */
export async function failure(promise: Promise<unknown>): Promise<InspectorServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InspectorServiceException) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}
