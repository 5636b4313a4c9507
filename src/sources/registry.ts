/**
 * Every source, registered in one place. A source is one folder under src/sources/ with a
 * SourceDefinition; adding one means writing that folder, adding its spec to SourceSpec and its
 * definition to DEFINITIONS below (and, for an AWS service, its client to SourceClients).
 */
import { ConfigError } from "../errors.js";
import { type ClassicRunSpec, classicRunSource } from "./classic/index.js";
import type { ClassicEvent } from "./classic/progress.js";
import { type FileSpec, fileSource } from "./file/index.js";
import { type Inspector2Event, type Inspector2Spec, inspector2Source } from "./inspector2/index.js";
import type {
  AwsConnection,
  FindingSource,
  SourceClients,
  SourceContext,
  SourceDefinition,
} from "./types.js";

/**
 * What the gate is told to read: an Inspector Classic run (given, started from a template, or latest), an
 * Inspector (v2) scope, or files.
 */
export type SourceSpec = ClassicRunSpec | Inspector2Spec | FileSpec;

/** The progress events sources raise beside the gate's own (the file source raises only "fetch"). */
export type SourceEvents = ClassicEvent | Inspector2Event;

// biome-ignore lint/suspicious/noExplicitAny: each definition is typed by its own spec and client.
const DEFINITIONS: readonly SourceDefinition<any, any>[] = [classicRunSource, inspector2Source, fileSource];

function definitionOf(spec: SourceSpec): SourceDefinition<SourceSpec, unknown> {
  const kind = (spec as { kind?: unknown } | undefined)?.kind;
  const found = DEFINITIONS.find((d) => (d.kinds as readonly unknown[]).includes(kind));
  if (found === undefined) {
    const known = DEFINITIONS.flatMap((d) => d.kinds).join(", ");
    throw new ConfigError(
      "OPTION_INVALID",
      `Invalid source kind '${String(kind)}': expected one of ${known}.`,
    );
  }
  return found;
}

/** Refuses a bad spec (ConfigError) before anything runs. */
export function checkSource(spec: SourceSpec): void {
  definitionOf(spec).check(spec);
}

/** Builds the source a spec names, with the client the caller lent it (if any). */
export function createSource(
  spec: SourceSpec,
  ctx: SourceContext,
  clients: SourceClients,
  connection: AwsConnection,
): FindingSource {
  const definition = definitionOf(spec);
  const client = definition.client !== undefined ? clients[definition.client] : undefined;
  return definition.create(spec, ctx, { ...(client !== undefined ? { client } : {}), connection });
}
