/**
 * A small Inspector (v2) server that can lie, for tests of what the gate does with a server it must not
 * trust. It speaks restJson1 over HTTP on loopback to the real @aws-sdk/client-inspector2 (the paths of
 * the service model: POST /findings/list, /coverage/list, /findings/details/batch/get), holds the findings
 * it is given, and by default answers faithfully: ListFindings honours the filterCriteria it is sent and
 * pages at most 25 findings, ListCoverage lists each resource of the findings once (ACTIVE, scanned),
 * filtered as asked, and BatchGetFindingDetails answers every ARN asked for once. Each lie is opt-in: the
 * filter ignored, findings repeated, a page without its list, repeated or cycling tokens, coverage records
 * as given, details as given, raw answers (error-shaped or HTML, any status), an operation that never
 * answers.
 *
 * It is separate from the emulator on purpose: the emulator stays faithful to the service, while this
 * double exists to misbehave.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Inspector2Client } from "@aws-sdk/client-inspector2";
import { afterEach, expect } from "vitest";
import { type GateOptions, runGate } from "../../src/gate.js";
import type { Clock } from "../../src/logging.js";
import type { GateResult } from "../../src/result.js";
import { createInspector2Client } from "../../src/sources/inspector2/client.js";
import type { Inspector2Scope } from "../../src/sources/inspector2/scope.js";
import { policy } from "../integration/harness.js";
import { READ_ALL } from "./hostile-inspector.js";
import { VirtualClock } from "./virtual-clock.js";

export type Wire = Record<string, unknown>;

export const ACCOUNT = "111122223333";
export const REGION = "us-east-1";
export const REPOSITORY = "payments-api";
const OBSERVED = Date.UTC(2026, 0, 10, 12, 0, 0) / 1000;

export interface Lies2 {
  /** ListFindings answers every finding, whatever filterCriteria asked. */
  readonly ignoreFilter?: boolean;
  /** ListFindings: page `page` (1-based) repeats the first finding of page 1 (on page 1, in its 2nd place). */
  readonly repeatOnPage?: number;
  /** ListFindings: page `page` (1-based) has no `findings`. */
  readonly dropFindingsOnPage?: number;
  /** ListFindings: every page gives this token. */
  readonly sameToken?: string;
  /** ListFindings: tokens cycle A → B → A. */
  readonly tokenCycle?: boolean;
  /** ListFindings: after the findings, empty pages with a new token each, for ever. */
  readonly endless?: boolean;
  /** ListCoverage answers exactly these records, unfiltered, in one page. */
  readonly coverage?: readonly Wire[];
  /** BatchGetFindingDetails answers this body for the ARNs asked (the n-th call, 1-based). */
  readonly details?: (asked: readonly string[], call: number) => Wire;
  /** Answers per operation: the first `times` calls (all when absent) get this status and body. */
  readonly raw?: Readonly<
    Record<
      string,
      { readonly status: number; readonly body: string; readonly times?: number; readonly errorType?: string }
    >
  >;
  /** This operation never answers. */
  readonly hang?: string;
}

export interface Hostile2Options {
  /** The findings to serve, in the wire shape (see `wireFinding`). */
  readonly findings: readonly Wire[];
  /** ARNs whose details carry cisaData (in CISA's KEV catalog). */
  readonly kevArns?: readonly string[];
  readonly lies?: Lies2;
}

export interface HostileInspector2 {
  readonly endpoint: string;
  /** Requests per operation. */
  readonly calls: Record<string, number>;
  /** The filterCriteria of each ListFindings request, in order. */
  readonly criteria: Wire[];
  /** An SDK client for this server (dummy credentials; the caller destroys it). */
  client(maxAttempts?: number): Inspector2Client;
  close(): Promise<void>;
}

/** An image of REPOSITORY by its digest's last hex digits. */
export function imageId(n: number, repository = REPOSITORY, account = ACCOUNT): string {
  return `arn:aws:ecr:${REGION}:${account}:repository/${repository}/sha256:${String(n).padStart(64, "0")}`;
}

/** A package-vulnerability finding on image `image` (default 1), in the wire shape ListFindings answers. */
export function wireFinding(
  i: number,
  o: { severity?: string; status?: string; account?: string; repository?: string; image?: number } = {},
): Wire {
  const account = o.account ?? ACCOUNT;
  const repository = o.repository ?? REPOSITORY;
  const cve = `CVE-2025-${10000 + i}`;
  return {
    awsAccountId: account,
    findingArn: `arn:aws:inspector2:${REGION}:${account}:finding/${String(i).padStart(32, "0")}`,
    description: `A flaw ${i}.`,
    title: `${cve} - libexample`,
    severity: o.severity ?? "LOW",
    status: o.status ?? "ACTIVE",
    type: "PACKAGE_VULNERABILITY",
    firstObservedAt: OBSERVED,
    lastObservedAt: OBSERVED,
    updatedAt: OBSERVED,
    fixAvailable: "YES",
    exploitAvailable: "NO",
    inspectorScore: 5,
    remediation: { recommendation: { text: "None Provided" } },
    packageVulnerabilityDetails: {
      vulnerabilityId: cve,
      source: "NVD",
      vulnerablePackages: [{ name: "libexample", version: "1.0.0", packageManager: "OS" }],
    },
    resources: [
      {
        type: "AWS_ECR_CONTAINER_IMAGE",
        id: imageId(o.image ?? 1, repository, account),
        partition: "aws",
        region: REGION,
        details: {
          awsEcrContainerImage: {
            repositoryName: repository,
            imageHash: `sha256:${String(o.image ?? 1).padStart(64, "0")}`,
            imageTags: ["latest"],
            registry: account,
            pushedAt: OBSERVED - 3600,
          },
        },
      },
    ],
  };
}

/** A coverage record of an image, ACTIVE and scanned unless told otherwise. */
export function coverageRecord(
  resourceId: string,
  o: { status?: string; reason?: string; scanned?: boolean } = {},
): Wire {
  const account = /^arn:aws:ecr:[^:]+:(\d+):/.exec(resourceId)?.[1] ?? ACCOUNT;
  const repository = /:repository\/(.+)\/sha256:/.exec(resourceId)?.[1] ?? REPOSITORY;
  return {
    accountId: account,
    resourceId,
    resourceType: "AWS_ECR_CONTAINER_IMAGE",
    scanType: "PACKAGE",
    scanStatus: { statusCode: o.status ?? "ACTIVE", reason: o.reason ?? "SUCCESSFUL" },
    ...(o.scanned === false ? {} : { lastScannedAt: OBSERVED }),
    resourceMetadata: {
      ecrRepository: { name: repository, scanFrequency: "CONTINUOUS_SCAN" },
      ecrImage: { tags: ["latest"], pushedAt: OBSERVED - 3600 },
    },
  };
}

type Filter = { comparison?: string; value?: string };

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const resourcesOf = (f: Wire) => (Array.isArray(f.resources) ? (f.resources as Wire[]) : []);
const imageOf = (r: Wire) => ((r.details as Wire | undefined)?.awsEcrContainerImage ?? {}) as Wire;

/** What a wire finding carries for each ListFindings criterion the double honours. */
const FINDING_FIELDS: Record<string, (f: Wire) => (string | undefined)[]> = {
  awsAccountId: (f) => [str(f.awsAccountId)],
  findingStatus: (f) => [str(f.status)],
  severity: (f) => [str(f.severity)],
  findingType: (f) => [str(f.type)],
  title: (f) => [str(f.title)],
  resourceType: (f) => resourcesOf(f).map((r) => str(r.type)),
  resourceId: (f) => resourcesOf(f).map((r) => str(r.id)),
  ecrImageRepositoryName: (f) => resourcesOf(f).map((r) => str(imageOf(r).repositoryName)),
  ecrImageHash: (f) => resourcesOf(f).map((r) => str(imageOf(r).imageHash)),
};

/** What a coverage record carries for each ListCoverage criterion the double honours. */
const COVERAGE_FIELDS: Record<string, (c: Wire) => (string | undefined)[]> = {
  accountId: (c) => [str(c.accountId)],
  resourceType: (c) => [str(c.resourceType)],
  resourceId: (c) => [str(c.resourceId)],
  ecrRepositoryName: (c) => [str(((c.resourceMetadata as Wire)?.ecrRepository as Wire)?.name)],
  ecrImageTags: (c) => ((((c.resourceMetadata as Wire)?.ecrImage as Wire)?.tags ?? []) as string[]).map(str),
};

/** Whether `item` meets every criterion (AND of criteria, OR of a criterion's EQUALS filters). */
function meets(
  item: Wire,
  criteria: Wire,
  fields: Record<string, (w: Wire) => (string | undefined)[]>,
): boolean {
  for (const [name, list] of Object.entries(criteria)) {
    const read = fields[name];
    if (read === undefined) throw new Error(`the hostile double does not honour the criterion ${name}`);
    const carried = read(item);
    if (!(list as Filter[]).some((f) => f.comparison === "EQUALS" && carried.includes(f.value))) return false;
  }
  return true;
}

const OPERATIONS: Record<string, string> = {
  "/findings/list": "ListFindings",
  "/coverage/list": "ListCoverage",
  "/findings/details/batch/get": "BatchGetFindingDetails",
};

export async function startHostileInspector2(options: Hostile2Options): Promise<HostileInspector2> {
  const lies = options.lies ?? {};
  const findings = options.findings;
  const kev = new Set(options.kevArns ?? []);
  const calls: Record<string, number> = {};
  const criteria: Wire[] = [];

  const listFindings = (input: Wire): Wire => {
    const filter = (input.filterCriteria ?? {}) as Wire;
    criteria.push(filter);
    const selected = lies.ignoreFilter
      ? [...findings]
      : findings.filter((f) => meets(f, filter, FINDING_FIELDS));
    const size = Math.min(25, Number(input.maxResults ?? 25));
    const token = str(input.nextToken);
    const start = token === undefined || token === "B" ? 0 : token === "A" ? size : Number(token) || 0;
    const pageNo = Math.floor(start / size) + 1;
    const page = selected.slice(start, start + size);
    if (lies.repeatOnPage === pageNo && selected[0] !== undefined) {
      if (pageNo === 1) page[1] = selected[0];
      else page[0] = selected[0];
    }
    const out: Wire = { findings: page };
    if (lies.dropFindingsOnPage === pageNo) delete out.findings;
    if (lies.sameToken !== undefined) out.nextToken = lies.sameToken;
    else if (lies.tokenCycle) out.nextToken = token === "A" ? "B" : "A";
    else if (start + size < selected.length || lies.endless) out.nextToken = String(start + size);
    return out;
  };

  const listCoverage = (input: Wire): Wire => {
    if (lies.coverage !== undefined) return { coveredResources: lies.coverage };
    const ids = [...new Set(findings.flatMap((f) => resourcesOf(f).map((r) => String(r.id))))];
    const filter = (input.filterCriteria ?? {}) as Wire;
    return {
      coveredResources: ids.map((id) => coverageRecord(id)).filter((c) => meets(c, filter, COVERAGE_FIELDS)),
    };
  };

  const details = (input: Wire): Wire => {
    const asked = (input.findingArns ?? []) as string[];
    if (lies.details !== undefined) return lies.details(asked, calls.BatchGetFindingDetails ?? 0);
    return {
      findingDetails: asked.map((arn) => ({
        findingArn: arn,
        ...(kev.has(arn)
          ? {
              cisaData: {
                action: "Apply updates.",
                dateAdded: OBSERVED - 86_400,
                dateDue: OBSERVED + 86_400,
              },
            }
          : {}),
      })),
      errors: [],
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const op = OPERATIONS[(req.url ?? "").split("?")[0] ?? ""] ?? "Unknown";
    calls[op] = (calls[op] ?? 0) + 1;
    if (lies.hang === op) return; // never answers
    const raw = lies.raw?.[op];
    if (raw !== undefined && (raw.times === undefined || (calls[op] ?? 0) <= raw.times)) {
      const html = raw.body.trimStart().startsWith("<");
      res.writeHead(raw.status, {
        "content-type": html ? "text/html" : "application/json",
        ...(raw.errorType ? { "x-amzn-errortype": raw.errorType } : {}),
      });
      res.end(raw.body);
      return;
    }
    const input = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Wire) : {};
    const out =
      op === "ListFindings"
        ? listFindings(input)
        : op === "ListCoverage"
          ? listCoverage(input)
          : op === "BatchGetFindingDetails"
            ? details(input)
            : undefined;
    if (out === undefined) {
      res.writeHead(404, {
        "content-type": "application/json",
        "x-amzn-errortype": "UnknownOperationException",
      });
      res.end(JSON.stringify({ message: `no such operation: ${req.method} ${req.url}` }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(out));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, {
        "content-type": "application/json",
        "x-amzn-errortype": "InternalServerException",
      });
      res.end(JSON.stringify({ message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    calls,
    criteria,
    client: (maxAttempts = 1) =>
      createInspector2Client({
        endpoint,
        region: REGION,
        credentials: { accessKeyId: "AKIDHOSTILE", secretAccessKey: "hostile" },
        maxAttempts,
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Driving the gate against the double

/** Only High and Critical can change the verdict: the filter asks for those severities alone. */
export const HIGH_ONLY = `version: 1
name: high-only
severity:
  fail-on: High
rules:
  - id: high-fixable
    level: warning
    max: 1000000
    match:
      min-severity: High
`;

/** Findings in CISA's KEV catalog fail; nothing else counts. */
export const KEV = `version: 1
name: kev
rules:
  - id: cisa-kev
    match:
      kev: true
`;

/** The scope the gate is given unless told otherwise: the repository every default finding is in. */
export const SCOPE: Inspector2Scope = { ecrRepositories: [REPOSITORY] };

export interface GateOn {
  readonly policyText?: string;
  readonly scope?: Inspector2Scope;
  readonly maxAttempts?: number;
  /** Default: a virtual clock (sleeps return at once); a real one where a hang must meet the deadline. */
  readonly clock?: Clock;
}

/** Servers started by `serve` and clients made by `gate`, closed after each test. */
export function useHostile2() {
  const servers: HostileInspector2[] = [];
  const clients: Inspector2Client[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) await s.close();
  });
  return {
    async serve(options: Hostile2Options): Promise<HostileInspector2> {
      const server = await startHostileInspector2(options);
      servers.push(server);
      return server;
    },
    /** runGate on the double's endpoint with an inspector2 source spec. */
    async gate(
      server: HostileInspector2,
      o: GateOn & Omit<Partial<GateOptions>, "source" | "policy"> = {},
    ): Promise<GateResult> {
      const {
        policyText = READ_ALL,
        scope = SCOPE,
        maxAttempts = 1,
        clock = new VirtualClock(),
        ...rest
      } = o;
      const client = server.client(maxAttempts);
      clients.push(client);
      return runGate(
        {
          policy: await policy(policyText),
          source: { kind: "inspector2", scope },
          pollIntervalMs: 10_000,
          ...rest,
        },
        { clients: { inspector2: client }, clock, random: () => 0.5 },
      );
    },
  };
}

/** Exit 3 with `code`, and a message naming what was wrong. */
export function expectError(result: GateResult, code: string, message: RegExp): void {
  expect(result.verdict, result.error?.message).toBe("error");
  expect(result.exitCode).toBe(3);
  expect(result.error?.code, result.error?.message).toBe(code);
  expect(result.error?.message).toMatch(message);
}

/** `n` findings (LOW unless told), numbered from `from`. */
export function findings(n: number, o: Parameters<typeof wireFinding>[1] = {}, from = 0): Wire[] {
  return Array.from({ length: n }, (_, i) => wireFinding(from + i, o));
}
