/**
 * Integration harness: the emulator in process on a virtual clock shared with the gate, spoken to by
 * the real SDK over HTTP on loopback. The gate's sleeps move the clock; the emulator computes run
 * states from it, so a 15-minute assessment takes milliseconds.
 */
import { type InspectorClient, StartAssessmentRunCommand } from "@aws-sdk/client-inspector";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../src/emulator/index.js";
import { type GateOptions, type ProgressEvent, runGate } from "../../src/gate.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Policy } from "../../src/policy/types.js";
import type { GateResult } from "../../src/result.js";
import { createInspectorClient } from "../../src/sources/classic/client.js";
import { VirtualClock } from "../helpers/virtual-clock.js";

export const POLICIES = {
  /** Severity limits only: decided from findingCounts. */
  severityOnly: "version: 1\nname: severity-only\nseverity:\n  fail-on: High\n",
  /** A rule no server-side filter can narrow: every finding is fetched. */
  everything:
    "version: 1\nname: everything\nrules:\n  - id: any-title\n    level: warning\n    max: 1000000\n    match:\n      title: '*'\n",
  /** A rule on High findings only: fetched through a severity filter. */
  highOnly: "version: 1\nname: high-only\nrules:\n  - id: no-high\n    match:\n      severity: High\n",
} as const;

export function policy(text: string): Promise<Policy> {
  return loadPolicy({ text, file: "policy.yml" });
}

export interface Harness {
  readonly clock: VirtualClock;
  readonly emulator: Emulator;
  readonly client: InspectorClient;
  readonly events: ProgressEvent[];
  readonly templateArn: string;
  /** Inputs of the ListFindings calls the client sent (after the paginator filled them in). */
  readonly listFindingsInputs: Record<string, unknown>[];
  gate(options: Partial<GateOptions> & { policy: Policy }): Promise<GateResult>;
  startRun(name: string): Promise<string>;
  /** Calls per operation as the emulator counted them (fault counters left out). */
  serverCalls(): Record<string, number>;
  close(): Promise<void>;
}

export async function harness(options: EmulatorOptions & { maxAttempts?: number } = {}): Promise<Harness> {
  const clock = new VirtualClock();
  const { maxAttempts, ...emulatorOptions } = options;
  const emulator = await startEmulator({ seed: "gate-integration", clock, ...emulatorOptions });
  const client = createInspectorClient({
    endpoint: emulator.endpoint,
    region: "us-west-2",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "integration" },
    maxAttempts: maxAttempts ?? 6,
  });
  const listFindingsInputs: Record<string, unknown>[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if ((context as { commandName?: string }).commandName === "ListFindingsCommand") {
        listFindingsInputs.push({ ...(args.input as Record<string, unknown>) });
      }
      return next(args);
    },
    { step: "initialize", name: "captureListFindings" },
  );
  const events: ProgressEvent[] = [];
  const templateArn = emulator.seeded.templateArn;
  return {
    clock,
    emulator,
    client,
    events,
    templateArn,
    listFindingsInputs,
    gate: (o) =>
      runGate(
        { source: { kind: "template", templateArn, runName: "ci-run" }, pollIntervalMs: 10_000, ...o },
        { clients: { inspector: client }, clock, progress: (e) => events.push(e), random: () => 0.5 },
      ),
    async startRun(name) {
      const out = await client.send(
        new StartAssessmentRunCommand({ assessmentTemplateArn: templateArn, assessmentRunName: name }),
      );
      return out.assessmentRunArn as string;
    },
    serverCalls() {
      return Object.fromEntries(Object.entries(emulator.stats()).filter(([k]) => !k.startsWith("fault.")));
    },
    async close() {
      client.destroy();
      await emulator.stop();
    },
  };
}
