/**
 * A small Inspector Classic server that can lie, for tests of what the gate does with a server it must
 * not trust. It speaks awsJson1_1 over HTTP on loopback to the real @aws-sdk/client-inspector, holds one
 * template, one run and the findings it is given, and by default answers faithfully (a page holds at
 * most 100 ARNs, findingCounts add up, every member the model requires is there). Each lie is opt-in:
 * repeated or foreign ARNs, dropped members, error-shaped or HTML bodies with 200 or 5xx, repeated page
 * tokens, counts that disagree, states that change between reads, runs of another template, severities
 * outside the enum, a StopAssessmentRun that never answers.
 *
 * It is separate from the emulator on purpose: the emulator stays faithful to the service, while this
 * double exists to misbehave.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InspectorClient } from "@aws-sdk/client-inspector";
import { createInspectorClient } from "../../src/sources/classic/client.js";

export type Wire = Record<string, unknown>;

export interface Lies {
  /** ListFindings: page `page` (1-based) repeats the first ARN of page 1 in place of its own first. */
  readonly repeatArnOnPage?: number;
  /** ListFindings lists this ARN (another run's finding) in place of the last one. */
  readonly foreignArn?: string;
  /** DescribeFindings describes every finding as one of this run. */
  readonly describedRunArn?: string;
  /** ListFindings: page `page` (1-based) has no findingArns. */
  readonly dropFindingArnsOnPage?: number;
  /** ListFindings: every page gives this token (the same token again and again). */
  readonly sameToken?: string;
  /** ListFindings: tokens cycle A → B → A. */
  readonly tokenCycle?: boolean;
  /** findingCounts as reported (instead of the counts of the findings). */
  readonly findingCounts?: Wire;
  /** The run's state on each DescribeAssessmentRuns answer, in order (the last one stays). */
  readonly states?: readonly string[];
  /** The template the run claims to belong to. */
  readonly runTemplateArn?: string;
  /** StartAssessmentRun answers with this run ARN. */
  readonly startedRunArn?: string;
  /** Severity on the wire for every finding ("absent" drops it). */
  readonly severity?: unknown;
  /** DescribeFindings also returns a finding that was not asked for. */
  readonly extraFinding?: boolean;
  /** DescribeFindings leaves out the last finding of each answer, without a failed item. */
  readonly dropDescribed?: boolean;
  /** StopAssessmentRun never answers. */
  readonly hangStop?: boolean;
  /** Answers per operation: the first `times` calls (all when absent) get this status and body. */
  readonly raw?: Readonly<
    Record<string, { readonly status: number; readonly body: string; readonly times?: number }>
  >;
}

export interface HostileOptions {
  /** The findings to serve, in the wire shape; each is re-homed into the run (ARN and run attribute). */
  readonly findings: readonly Wire[];
  readonly region?: string;
  readonly runName?: string;
  /** The run exists (COMPLETED) before the gate asks; otherwise StartAssessmentRun creates it. */
  readonly existing?: boolean;
  readonly lies?: Lies;
}

export interface HostileInspector {
  readonly endpoint: string;
  readonly templateArn: string;
  readonly runArn: string;
  /** Requests per operation. */
  readonly calls: Record<string, number>;
  /** StopAssessmentRun requests whose connection the client closed before an answer. */
  readonly abandonedStops: () => number;
  /** An SDK client for this server (dummy credentials; the caller destroys it). */
  client(maxAttempts?: number): InspectorClient;
  close(): Promise<void>;
}

const SEVERITIES = ["High", "Medium", "Low", "Informational", "Undefined"];
const PAGE = 100;

/** A finding of `runArn` made from a wire finding of any run: its ARN re-homed, the rest as given. */
export function rehome(finding: Wire, runArn: string, index: number): Wire {
  const arn = typeof finding.arn === "string" ? finding.arn : "";
  const id = /\/finding\/(0-[0-9A-Za-z]+)$/.exec(arn)?.[1] ?? `0-${String(index).padStart(8, "0")}`;
  const service = (finding.serviceAttributes ?? { schemaVersion: 1 }) as Wire;
  return {
    ...finding,
    arn: `${runArn}/finding/${id}`,
    serviceAttributes: { ...service, assessmentRunArn: runArn },
  };
}

export async function startHostileInspector(options: HostileOptions): Promise<HostileInspector> {
  const region = options.region ?? "us-east-1";
  const lies = options.lies ?? {};
  const account = "123456789012";
  const templateArn = `arn:aws:inspector:${region}:${account}:target/0-hstlTrgt/template/0-hstlTmpl`;
  const runArn = `${templateArn}/run/0-hstlRun1`;
  const runName = options.runName ?? "hostile-run";
  const findings = options.findings.map((f, i) => rehome(f, runArn, i));
  const byArn = new Map(findings.map((f) => [f.arn as string, f]));
  const calls: Record<string, number> = {};
  let started = options.existing === true;
  let describedRuns = 0;
  let abandoned = 0;
  const now = Date.UTC(2026, 0, 15, 12, 0, 0) / 1000;

  const counts = (): Wire => {
    if (lies.findingCounts !== undefined) return lies.findingCounts;
    const c: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const f of findings) {
      const s = String(f.severity);
      if (s in c) c[s] = (c[s] ?? 0) + 1;
    }
    return c;
  };
  const run = (state: string): Wire => ({
    arn: runArn,
    name: runName,
    assessmentTemplateArn: lies.runTemplateArn ?? templateArn,
    state,
    durationInSeconds: 900,
    rulesPackageArns: [...new Set(findings.map((f) => (f.serviceAttributes as Wire).rulesPackageArn))].filter(
      (a) => typeof a === "string",
    ),
    userAttributesForFindings: [],
    createdAt: now - 1000,
    startedAt: now - 990,
    completedAt: now - 60,
    stateChangedAt: now - 60,
    dataCollected: true,
    stateChanges: [{ state, stateChangedAt: now - 60 }],
    notifications: [],
    findingCounts: counts(),
  });
  const stateNow = (): string => {
    const states = lies.states ?? ["COMPLETED"];
    const state = states[Math.min(describedRuns, states.length - 1)] ?? "COMPLETED";
    describedRuns++;
    return state;
  };
  const onWire = (f: Wire): Wire => {
    const out: Wire = { ...f };
    if (lies.severity === "absent") delete out.severity;
    else if (lies.severity !== undefined) out.severity = lies.severity;
    if (lies.describedRunArn !== undefined) {
      out.serviceAttributes = { ...(f.serviceAttributes as Wire), assessmentRunArn: lies.describedRunArn };
    }
    return out;
  };

  const listFindings = (input: Wire): Wire => {
    // The filter's severities and rules packages are honoured (the others are not: keep them unused).
    const filter = (input.filter ?? {}) as { severities?: unknown[]; rulesPackageArns?: unknown[] };
    const arns = findings
      .filter((f) => filter.severities === undefined || filter.severities.includes(f.severity))
      .filter(
        (f) =>
          filter.rulesPackageArns === undefined ||
          filter.rulesPackageArns.includes((f.serviceAttributes as Wire).rulesPackageArn),
      )
      .map((f) => f.arn as string);
    if (lies.foreignArn !== undefined && arns.length > 0) arns[arns.length - 1] = lies.foreignArn;
    const size = Math.min(PAGE, Number(input.maxResults ?? PAGE));
    const token = typeof input.nextToken === "string" ? input.nextToken : undefined;
    const start = token === undefined || token === "B" ? 0 : token === "A" ? size : Number(token) || 0;
    const pageNo = Math.floor(start / size) + 1;
    const page = arns.slice(start, start + size);
    if (lies.repeatArnOnPage === pageNo && pageNo > 1 && arns[0] !== undefined) page[0] = arns[0];
    const end = start + size;
    const out: Wire = { findingArns: page };
    if (lies.dropFindingArnsOnPage === pageNo) delete out.findingArns;
    if (lies.sameToken !== undefined) out.nextToken = lies.sameToken;
    else if (lies.tokenCycle) out.nextToken = token === "A" ? "B" : "A";
    else if (end < arns.length) out.nextToken = String(end);
    return out;
  };

  const describeFindings = (input: Wire): Wire => {
    const asked = (input.findingArns as string[]) ?? [];
    const out = asked
      .map((a) => byArn.get(a))
      .filter((f): f is Wire => f !== undefined)
      .map(onWire);
    const failedItems: Record<string, Wire> = {};
    for (const a of asked)
      if (!byArn.has(a)) failedItems[a] = { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false };
    if (lies.dropDescribed) out.pop();
    if (lies.extraFinding) out.push(onWire({ ...(findings[0] ?? {}), arn: `${runArn}/finding/0-notasked` }));
    return { findings: out, failedItems };
  };

  const answer = (op: string, input: Wire): Wire | undefined => {
    switch (op) {
      case "DescribeAssessmentTemplates":
        return {
          assessmentTemplates: [
            {
              arn: templateArn,
              name: "hostile-template",
              assessmentTargetArn: templateArn.slice(0, templateArn.indexOf("/template/")),
              durationInSeconds: 900,
              rulesPackageArns: [],
              userAttributesForFindings: [],
              assessmentRunCount: started ? 1 : 0,
              createdAt: now - 5000,
            },
          ],
          failedItems: {},
        };
      case "ListAssessmentRuns":
        return { assessmentRunArns: started ? [runArn] : [] };
      case "StartAssessmentRun":
        started = true;
        return { assessmentRunArn: lies.startedRunArn ?? runArn };
      case "DescribeAssessmentRuns": {
        const asked = (input.assessmentRunArns as string[]) ?? [];
        const known = asked.filter((a) => a === runArn || a === lies.startedRunArn);
        return {
          assessmentRuns: known.map((a) => ({ ...run(stateNow()), arn: a })),
          failedItems: Object.fromEntries(
            asked
              .filter((a) => !known.includes(a))
              .map((a) => [a, { failureCode: "ITEM_DOES_NOT_EXIST", retryable: false }]),
          ),
        };
      }
      case "StopAssessmentRun":
        return lies.hangStop ? undefined : {};
      case "ListFindings":
        return listFindings(input);
      case "DescribeFindings":
        return describeFindings(input);
      case "DescribeRulesPackages":
        return { rulesPackages: [], failedItems: {} };
      case "ListAssessmentRunAgents":
        return {
          assessmentRunAgents: [
            {
              agentId: "i-0hostile",
              assessmentRunArn: runArn,
              agentHealth: "HEALTHY",
              agentHealthCode: "IDLE",
              telemetryMetadata: [{ messageType: "Total", count: 10 }],
            },
          ],
        };
      case "GetTelemetryMetadata":
        return { telemetryMetadata: [{ messageType: "Total", count: 10 }] };
      default:
        return {};
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const op = String(req.headers["x-amz-target"] ?? "").split(".")[1] ?? "";
    calls[op] = (calls[op] ?? 0) + 1;
    const raw = lies.raw?.[op];
    if (raw !== undefined && (raw.times === undefined || (calls[op] ?? 0) <= raw.times)) {
      const html = raw.body.trimStart().startsWith("<");
      res.writeHead(raw.status, { "content-type": html ? "text/html" : "application/x-amz-json-1.1" });
      res.end(raw.body);
      return;
    }
    const input = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Wire) : {};
    const out = answer(op, input);
    if (out === undefined) {
      res.once("close", () => {
        if (!res.writableEnded) abandoned++;
      });
      return; // never answers
    }
    res.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
    res.end(JSON.stringify(out));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/x-amz-json-1.1" });
      res.end(JSON.stringify({ __type: "InternalException", message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    templateArn,
    runArn,
    calls,
    abandonedStops: () => abandoned,
    client: (maxAttempts = 1) =>
      createInspectorClient({
        endpoint,
        region,
        credentials: { accessKeyId: "AKIDHOSTILE", secretAccessKey: "hostile" },
        maxAttempts,
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A policy for driving the gate against a double: every finding is read (a rule on titles, so no severity
 * is left out of a server-side filter), and High fails. */
export const READ_ALL = `version: 1
name: read-all
severity:
  fail-on: High
rules:
  - id: any-title
    level: warning
    max: 1000000
    match:
      title: "*"
`;
