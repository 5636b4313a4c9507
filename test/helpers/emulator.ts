/**
 * An emulator on a virtual clock with a recording SDK client, for tests that walk runs through their
 * states without waiting: `runToEnd` starts a run and moves the clock past its end. Also: every page
 * of a paginator, the finding ARNs ListFindings lists page by page, and the control endpoint.
 */
import {
  DescribeAssessmentRunsCommand,
  type InspectorClient,
  type ListFindingsCommandInput,
  paginateListFindings,
  StartAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../src/emulator/index.js";
import { recordingClient, type WireResponse } from "./inspector-client.js";
import { VirtualClock } from "./virtual-clock.js";

/** An emulator on a virtual clock, and an SDK client of one of its services. */
export interface TestEmulator<C = InspectorClient> {
  readonly emulator: Emulator;
  readonly clock: VirtualClock;
  /** Records every raw response in `responses`. */
  readonly client: C;
  readonly responses: WireResponse[];
  stop(): Promise<void>;
}

export type TestEmulatorOptions = Omit<EmulatorOptions, "clock"> & { clock?: VirtualClock };

/** Starts an emulator on a virtual clock (unless `options` gives one) with a client `connect` makes. */
export async function startWithClient<C extends { destroy(): void }>(
  options: TestEmulatorOptions,
  connect: (endpoint: string) => { client: C; responses: WireResponse[] },
): Promise<TestEmulator<C>> {
  const clock = options.clock ?? new VirtualClock();
  const emulator = await startEmulator({ ...options, clock });
  const { client, responses } = connect(emulator.endpoint);
  return {
    emulator,
    clock,
    client,
    responses,
    stop: async () => {
      client.destroy();
      await emulator.stop();
    },
  };
}

/** An emulator on a virtual clock with a recording Inspector Classic client. */
export function startTestEmulator(
  options: TestEmulatorOptions = {},
  clientConfig: { maxAttempts?: number } = {},
): Promise<TestEmulator> {
  return startWithClient(options, (endpoint) => recordingClient(endpoint, clientConfig));
}

/** A day: longer than any run of the seeded template at any time scale. */
export const PAST_ANY_RUN_MS = 24 * 3600 * 1000;

/** Starts a run (of the seeded template unless told) and moves the clock until it has ended. */
export async function runToEnd(
  t: TestEmulator,
  options: { templateArn?: string; name?: string } = {},
): Promise<string> {
  const { assessmentRunArn } = await t.client.send(
    new StartAssessmentRunCommand({
      assessmentTemplateArn: options.templateArn ?? t.emulator.seeded.templateArn,
      ...(options.name ? { assessmentRunName: options.name } : {}),
    }),
  );
  t.clock.advance(PAST_ANY_RUN_MS);
  return assessmentRunArn!;
}

export async function describeRun(client: InspectorClient, runArn: string) {
  const out = await client.send(new DescribeAssessmentRunsCommand({ assessmentRunArns: [runArn] }));
  const run = out.assessmentRuns?.[0];
  if (run === undefined) throw new Error(`run ${runArn} not described: ${JSON.stringify(out.failedItems)}`);
  return run;
}

/** Every page a paginator gives, in order. */
export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

/** The finding ARNs of each page paginateListFindings gives for `input`, asking `pageSize` a page. */
export async function listFindingPages(
  client: InspectorClient,
  input: ListFindingsCommandInput,
  pageSize: number,
): Promise<string[][]> {
  const pages = await collect(paginateListFindings({ client, pageSize }, input));
  return pages.map((page) => page.findingArns ?? []);
}

/** GET `/_emulator/<path>`, or POST it with `body` (a string is sent as it is, anything else as JSON). */
export async function control(
  endpoint: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${endpoint}/_emulator/${path}`, {
    method: body === undefined ? "GET" : "POST",
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
